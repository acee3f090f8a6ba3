// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/analysisdockscontroller.h"

#include "core/analysis/extracts.h"
#include "ui/agreement/agreementview.h"
#include "ui/analysis/chartview.h"
#include "ui/analysis/extractsbrowser.h"
#include "ui/analysis/matrixview.h"
#include "ui/codebook/codebookpanel.h"
#include "ui/common/prompter.h"
#include "ui/documentview/documentview.h"
#include "ui/evaluation/evidenceview.h"
#include "ui/mainwindow/dockgroup.h"
#include "ui/mainwindow/evaluationdockscontroller.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workbench.h"
#include "ui/query/queryview.h"

#include <QDockWidget>
#include <QMenuBar>

namespace situate {

AnalysisDocksController::AnalysisDocksController(MainWindow& window, QMenu* viewMenu)
    : QObject(&window)
    , m_window(window)
    , m_matrix(new MatrixView)
    , m_chart(new ChartView)
    , m_extracts(new ExtractsBrowser)
    , m_agreement(new AgreementView)
    , m_query(new QueryView) {
    DockGroup docks(&window, window.menuBar()->addMenu(tr("&Analysis")), viewMenu);
    docks.add(tr("Frequency matrix"), QStringLiteral("matrixDock"), m_matrix,
              QKeySequence(tr("Ctrl+1")));
    docks.add(tr("Chart"), QStringLiteral("chartDock"), m_chart, QKeySequence(tr("Ctrl+2")));
    docks.add(tr("Coded extracts"), QStringLiteral("extractsDock"), m_extracts,
              QKeySequence(tr("Ctrl+3")));
    docks.add(tr("Inter-coder agreement"), QStringLiteral("agreementDock"), m_agreement,
              QKeySequence(tr("Ctrl+4")));
    docks.add(tr("Coding query"), QStringLiteral("queryDock"), m_query, QKeySequence(tr("Ctrl+8")));

    connect(m_matrix, &MatrixView::extractsRequested, this, &AnalysisDocksController::showExtracts);
    Workbench* bench = window.workbench();
    connect(m_extracts, &ExtractsBrowser::openExtract, bench, &Workbench::showRange);
    connect(m_agreement, &AgreementView::showRangeRequested, bench, &Workbench::showRange);
    connect(bench->codebookPanel(), &CodebookPanel::extractsRequested, this,
            &AnalysisDocksController::showCodeExtracts);
    connect(m_query, &QueryView::showRangeRequested, bench, &Workbench::showRange);
    connect(m_query, &QueryView::extractsRequested, this, &AnalysisDocksController::showExtracts);
    m_query->setCoderSource([&window] { return window.currentCoder(); });
    // The query's runs in the open document are marked while the query dock is shown.
    m_documentView = bench->documentView();
    connect(m_query, &QueryView::answered, this, &AnalysisDocksController::markQueryResult);
    connect(bench->documentView(), &DocumentView::documentShown, this,
            &AnalysisDocksController::markQueryResult);
    connect(window.findChild<QDockWidget*>(QStringLiteral("queryDock")),
            &QDockWidget::visibilityChanged, this, [this](bool visible) {
                m_queryShown = visible;
                markQueryResult();
            });
    connect(m_query, &QueryView::evidenceRequested, this, [this] {
        showDock(m_window.findChild<QDockWidget*>(QStringLiteral("evidenceDock")));
        m_window.evaluation()->evidenceView()->showRows(EvidenceRowKind::Query);
    });
    connect(m_query, &QueryView::exportRequested, this, [this] {
        const QString path =
            m_window.prompter().saveFileName(&m_window, tr("Export query result"),
                                             QStringLiteral("query.csv"), tr("CSV sheets (*.csv)"));
        if (path.isEmpty())
            return;
        if (const Status st = m_query->exportCsv(path); !st)
            m_window.prompter().message(&m_window, tr("Could not export: %1").arg(st.error()));
    });
}

void AnalysisDocksController::setProject(Project* project) {
    m_matrix->setProject(project);
    m_chart->setProject(project);
    m_extracts->setProject(project);
    m_agreement->setProject(project);
    m_query->setProject(project);
}

void AnalysisDocksController::showExtracts(const ExtractQuery& query, const QString& description) {
    showDock(m_window.findChild<QDockWidget*>(QStringLiteral("extractsDock")));
    m_extracts->showFilter(query, description);
}

void AnalysisDocksController::markQueryResult() {
    // Held, not asked of the window: docks hide (and say so) while the window is destroyed.
    DocumentView* view = m_documentView;
    const QueryAnswer* answer = m_queryShown ? m_query->answer() : nullptr;
    if (!view || (!answer && !m_queryMarked))
        return; // leave marks others set (pseudonymisation) alone
    QVector<std::pair<qint64, qint64>> marks;
    if (answer) {
        for (const Interval& run : answer->runs.runs.value(view->documentId()))
            marks.append({run.start, run.end});
    }
    view->setMarks(marks);
    m_queryMarked = answer != nullptr;
}

void AnalysisDocksController::showCodeExtracts(qint64 codeId) {
    ExtractQuery q;
    q.codeIds = {codeId};
    q.descendants = true;
    showExtracts(q, m_window.workbench()->tree().path(codeId));
}

} // namespace situate
