// SPDX-License-Identifier: GPL-3.0-or-later
// The evaluation docks of the main window: theory of change, evidence matrix and maturity
// ratings, and File > Export report. They read the project on worker threads; their edits go
// through the project's undo stack like every other edit.
#include "ui/mainwindow/mainwindow.h"

#include "core/project.h"
#include "ui/analysis/extractsbrowser.h"
#include "ui/documentview/documentview.h"
#include "ui/evaluation/evidenceview.h"
#include "ui/evaluation/maturityview.h"
#include "ui/evaluation/reportdialog.h"
#include "ui/evaluation/reportexporter.h"
#include "ui/evaluation/tocview.h"

#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QStatusBar>

namespace situate {

void MainWindow::createEvaluationDocks() {
    m_toc = new TocView;
    m_evidence = new EvidenceView;
    m_maturity = new MaturityView;
    QMenu* menu = menuBar()->addMenu(tr("E&valuation"));
    menu->setObjectName(QStringLiteral("evaluationMenu"));
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
        show->setObjectName(name + QStringLiteral("Action"));
        show->setShortcut(key);
        m_viewMenu->addAction(d->toggleViewAction());
        return d;
    };
    dock(tr("Theory of change"), QStringLiteral("tocDock"), m_toc, QKeySequence(tr("Ctrl+5")));
    dock(tr("Evidence matrix"), QStringLiteral("evidenceDock"), m_evidence,
         QKeySequence(tr("Ctrl+6")));
    dock(tr("Maturity ratings"), QStringLiteral("maturityDock"), m_maturity,
         QKeySequence(tr("Ctrl+7")));

    connect(m_toc, &TocView::extractsRequested, this, &MainWindow::showCodeExtracts);
    connect(m_toc, &TocView::failed, this, &MainWindow::showReadFailure);
    connect(m_evidence, &EvidenceView::openExtract, this, &MainWindow::showRange);
    connect(m_evidence, &EvidenceView::failed, this, &MainWindow::showReadFailure);
    connect(m_evidence, &EvidenceView::extractsRequested, this,
            [this](const ExtractQuery& q, const QString& description) {
                auto* extracts = findChild<QDockWidget*>(QStringLiteral("extractsDock"));
                extracts->show();
                extracts->raise();
                m_extracts->showFilter(q, description);
            });
    connect(m_maturity, &MaturityView::failed, this, &MainWindow::showReadFailure);
    connect(m_maturity, &MaturityView::openCoding, this, &MainWindow::showRange);
    m_maturity->setCodingSource([this] { return m_view->selectedCoding(); });

    // File > Export report…, placed before Quit.
    auto* exporter = new ReportExporter(this);
    connect(exporter, &ReportExporter::finished, this,
            [this](bool ok, const QString&, const QString& message) {
                if (ok)
                    statusBar()->showMessage(message, 8000);
                showMessage(message);
            });
    auto* exportReport = new QAction(tr("Export &report…"), this);
    exportReport->setObjectName(QStringLiteral("exportReportAction"));
    connect(exportReport, &QAction::triggered, this, [this, exporter] {
        if (!m_project)
            return showMessage(tr("Open a project first."));
        if (exporter->isRunning())
            return showMessage(tr("A report is already being written."));
        const QString suggested = QFileInfo(m_project->path())
                                      .dir()
                                      .filePath(m_project->name() + QStringLiteral("-report.pdf"));
        const Result<QVector<ResearchQuestion>> questions =
            m_project->storage().researchQuestions();
        if (!questions)
            return showReadFailure(Status::from(questions));
        const Result<QVector<Case>> cases = m_project->storage().cases();
        if (!cases)
            return showReadFailure(Status::from(cases));
        ReportDialog dialog(*questions, *cases, suggested, this);
        if (dialog.exec() == QDialog::Accepted)
            exporter->start(m_project->path(), dialog.options(), dialog.path(),
                            m_project->storage().secret());
    });
    for (QAction* top : menuBar()->actions()) {
        QMenu* file = top->menu();
        if (!file || file->title() != tr("&File"))
            continue;
        const QList<QAction*> items = file->actions();
        QAction* before = nullptr;
        for (qsizetype i = 0; i < items.size(); ++i)
            if (items[i]->shortcut() == QKeySequence(QKeySequence::Quit))
                before = i > 0 && items[i - 1]->isSeparator() ? items[i - 1] : items[i];
        // Its own group: [exports] | Export report… | Quit.
        if (before)
            file->insertSeparator(before);
        file->insertAction(before, exportReport);
    }
}

void MainWindow::setEvaluationProject() {
    Project* p = m_project.get();
    m_toc->setProject(p);
    m_evidence->setProject(p);
    m_maturity->setProject(p);
}

} // namespace situate
