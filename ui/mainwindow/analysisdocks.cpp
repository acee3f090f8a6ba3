// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis docks of the main window: frequency matrix, chart, coded extracts and
// inter-coder agreement. They read the project on worker threads; edits (reconciling)
// go through the project's undo stack like every other edit.
#include "ui/mainwindow/mainwindow.h"

#include "core/analysis/extracts.h"
#include "core/project.h"
#include "ui/agreement/agreementview.h"
#include "ui/analysis/chartview.h"
#include "ui/analysis/extractsbrowser.h"
#include "ui/analysis/matrixview.h"
#include "ui/codebook/codebookpanel.h"
#include "ui/documentview/documentview.h"

#include <QDockWidget>
#include <QMenuBar>

namespace situate {

void MainWindow::createAnalysisDocks() {
    m_matrix = new MatrixView;
    m_chart = new ChartView;
    m_extracts = new ExtractsBrowser;
    m_agreement = new AgreementView;
    QMenu* menu = menuBar()->addMenu(tr("&Analysis"));
    QDockWidget* first = nullptr;
    auto dock = [&](const QString& title, const QString& name, QWidget* w,
                    const QKeySequence& key) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(w);
        addDockWidget(Qt::BottomDockWidgetArea, d);
        if (first)
            tabifyDockWidget(first, d);
        else
            first = d;
        d->hide();
        QAction* show = menu->addAction(title, this, [d] {
            d->show();
            d->raise();
        });
        show->setShortcut(key);
        m_viewMenu->addAction(d->toggleViewAction());
        return d;
    };
    dock(tr("Frequency matrix"), QStringLiteral("matrixDock"), m_matrix,
         QKeySequence(tr("Ctrl+1")));
    dock(tr("Chart"), QStringLiteral("chartDock"), m_chart, QKeySequence(tr("Ctrl+2")));
    auto* extracts = dock(tr("Coded extracts"), QStringLiteral("extractsDock"), m_extracts,
                          QKeySequence(tr("Ctrl+3")));
    dock(tr("Inter-coder agreement"), QStringLiteral("agreementDock"), m_agreement,
         QKeySequence(tr("Ctrl+4")));

    connect(m_matrix, &MatrixView::extractsRequested, this,
            [this, extracts](const ExtractQuery& q, const QString& description) {
                extracts->show();
                extracts->raise();
                m_extracts->showFilter(q, description);
            });
    connect(m_extracts, &ExtractsBrowser::openExtract, this, &MainWindow::showRange);
    connect(m_agreement, &AgreementView::showRangeRequested, this, &MainWindow::showRange);
    connect(m_codebook, &CodebookPanel::extractsRequested, this, &MainWindow::showCodeExtracts);
}

void MainWindow::setAnalysisProject() {
    Project* p = m_project.get();
    m_matrix->setProject(p);
    m_chart->setProject(p);
    m_extracts->setProject(p);
    m_agreement->setProject(p);
}

void MainWindow::showCodeExtracts(qint64 codeId) {
    ExtractQuery q;
    q.codeIds = {codeId};
    q.descendants = true;
    auto* dock = findChild<QDockWidget*>(QStringLiteral("extractsDock"));
    dock->show();
    dock->raise();
    m_extracts->showFilter(q, m_tree.path(codeId));
}

void MainWindow::showRange(qint64 documentId, qint64 start, qint64 end) {
    showDocument(documentId);
    m_view->selectRange(start, end);
    m_view->ensureCursorVisible();
}

} // namespace situate
