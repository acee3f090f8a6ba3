// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/evaluationdockscontroller.h"

#include "core/project.h"
#include "ui/common/widgets.h"
#include "ui/documentview/documentview.h"
#include "ui/evaluation/evidenceview.h"
#include "ui/evaluation/maturityview.h"
#include "ui/evaluation/reportdialog.h"
#include "ui/evaluation/reportexporter.h"
#include "ui/evaluation/tocview.h"
#include "ui/mainwindow/analysisdockscontroller.h"
#include "ui/mainwindow/dockgroup.h"
#include "ui/mainwindow/filecontroller.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workbench.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenuBar>
#include <QStatusBar>

namespace situate {

EvaluationDocksController::EvaluationDocksController(MainWindow& window, QMenu* viewMenu)
    : QObject(&window)
    , m_window(window)
    , m_toc(new TocView)
    , m_evidence(new EvidenceView)
    , m_maturity(new MaturityView) {
    QMenu* menu = window.menuBar()->addMenu(tr("E&valuation"));
    menu->setObjectName(QStringLiteral("evaluationMenu"));
    DockGroup docks(&window, menu, viewMenu);
    docks.add(tr("Theory of change"), QStringLiteral("tocDock"), m_toc, QKeySequence(tr("Ctrl+5")));
    docks.add(tr("Evidence matrix"), QStringLiteral("evidenceDock"), m_evidence,
              QKeySequence(tr("Ctrl+6")));
    docks.add(tr("Maturity ratings"), QStringLiteral("maturityDock"), m_maturity,
              QKeySequence(tr("Ctrl+7")));

    AnalysisDocksController* analysis = window.analysis();
    Workbench* bench = window.workbench();
    connect(m_toc, &TocView::extractsRequested, analysis,
            &AnalysisDocksController::showCodeExtracts);
    connect(m_toc, &TocView::failed, &window, &MainWindow::showReadFailure);
    connect(m_evidence, &EvidenceView::openExtract, bench, &Workbench::showRange);
    connect(m_evidence, &EvidenceView::failed, &window, &MainWindow::showReadFailure);
    connect(m_evidence, &EvidenceView::extractsRequested, analysis,
            &AnalysisDocksController::showExtracts);
    connect(m_maturity, &MaturityView::failed, &window, &MainWindow::showReadFailure);
    connect(m_maturity, &MaturityView::openCoding, bench, &Workbench::showRange);
    m_maturity->setCodingSource([bench] { return bench->documentView()->selectedCoding(); });

    m_exporter = new ReportExporter(&window);
    connect(m_exporter, &ReportExporter::finished, this,
            [this](bool ok, const QString&, const QString& message) {
                if (ok)
                    m_window.statusBar()->showMessage(message, 8000);
                m_window.showMessage(message);
            });
    auto* exportReport =
        named<QAction>(QStringLiteral("exportReportAction"), tr("Export &report…"), this);
    connect(exportReport, &QAction::triggered, this, &EvaluationDocksController::exportReport);
    window.files()->addGroup({exportReport});
}

void EvaluationDocksController::setProject(Project* project) {
    m_toc->setProject(project);
    m_evidence->setProject(project);
    m_maturity->setProject(project);
}

void EvaluationDocksController::exportReport() {
    Project* project = m_window.project();
    if (!project)
        return m_window.showMessage(tr("Open a project first."));
    if (m_exporter->isRunning())
        return m_window.showMessage(tr("A report is already being written."));
    const QString suggested =
        QFileInfo(project->path()).dir().filePath(project->name() + QStringLiteral("-report.pdf"));
    const Result<QVector<ResearchQuestion>> questions = project->storage().researchQuestions();
    if (!questions)
        return m_window.showReadFailure(Status::from(questions));
    const Result<QVector<Case>> cases = project->storage().cases();
    if (!cases)
        return m_window.showReadFailure(Status::from(cases));
    ReportDialog dialog(*questions, *cases, suggested, &m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_exporter->start(project->path(), dialog.options(), dialog.path(),
                          project->storage().secret());
}

} // namespace situate
