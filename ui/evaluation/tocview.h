// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ui/common/projectview.h"
#include "ui/common/viewjob.h"
#include "ui/evaluation/tocsnapshot.h"

class QComboBox;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QScrollArea;

namespace situate {

class TocDiagram;

/// The theory-of-change view: the diagram for a chosen CoP (or all), counted off the GUI
/// thread, exported as SVG or PNG; a code's context menu changes its element or question
/// links, each as one undo step.
class TocView : public ProjectView {
    Q_OBJECT
public:
    explicit TocView(QWidget* parent = nullptr);

    /// Counts again (now if the view is visible, else when it is shown).
    void refresh() override;
    bool isComputing() const { return m_computing; }
    TocDiagram* diagram() const { return m_diagram; }

    /// Shows the counts of one case (0: every case).
    void setCase(qint64 caseId);
    qint64 currentCase() const;

    Status saveSvg(const QString& path) const;
    Status savePng(const QString& path) const;

    /// Moves a code to another ToC element (one undo step).
    Status setCodeElement(qint64 codeId, TocElement element);
    /// Links a code to a research question or unlinks it (one undo step).
    Status setQuestionLink(qint64 codeId, qint64 questionId, bool linked);
    /// The context menu of a code, not yet shown (tests trigger its actions).
    QMenu* codeMenu(qint64 codeId, QWidget* parent);

signals:
    /// Show the extracts of a code.
    void extractsRequested(qint64 codeId);
    /// A result (or error) is shown.
    void computed();
    /// An edit failed (or, on a server, was kept until the connection is back); the main
    /// window shows it by its kind.
    void failed(const situate::Status& failure);

private:
    void projectReplaced() override;
    void launch();
    void finished(Result<TocSnapshot> result);
    void reloadCases();
    void exportDialog(bool svg);

    QComboBox* m_case;
    QPushButton* m_saveSvg;
    QPushButton* m_savePng;
    QProgressBar* m_busy;
    QLabel* m_status;
    QScrollArea* m_scroll;
    TocDiagram* m_diagram;
    bool m_computing = false;
    ViewJob<TocSnapshot> m_job;
};

} // namespace situate
