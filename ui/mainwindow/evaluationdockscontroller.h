// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;

namespace situate {

class EvidenceView;
class MainWindow;
class MaturityView;
class Project;
class ReportExporter;
class TocView;

/// The Evaluation menu and its docks: theory of change, evidence matrix and maturity ratings
/// (Ctrl+5..7), tabbed at the bottom, and File > Export report. They read the project on
/// worker threads; their edits go through the project's undo stack like every other edit.
class EvaluationDocksController : public QObject {
    Q_OBJECT
public:
    /// Adds the Evaluation menu, each dock's toggle to `viewMenu` and Export report to File.
    EvaluationDocksController(MainWindow& window, QMenu* viewMenu);

    void setProject(Project* project);

    TocView* tocView() const { return m_toc; }
    EvidenceView* evidenceView() const { return m_evidence; }
    MaturityView* maturityView() const { return m_maturity; }

private:
    void exportReport();

    MainWindow& m_window;
    TocView* m_toc;
    EvidenceView* m_evidence;
    MaturityView* m_maturity;
    ReportExporter* m_exporter;
};

} // namespace situate
