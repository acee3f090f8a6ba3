// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ui/evaluation/tocsnapshot.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTimer;

namespace situate {

class Project;
class TocDiagram;

/// The theory-of-change view: the diagram for a chosen CoP (or all), counted off the GUI
/// thread, exported as SVG or PNG; a code's context menu changes its element or question
/// links, each as one undo step.
class TocView : public QWidget {
    Q_OBJECT
public:
    explicit TocView(QWidget* parent = nullptr);
    ~TocView() override;

    /// Shows this project (nullptr: none); edits go through its undo stack.
    void setProject(Project* project);
    void refresh();
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

protected:
    void showEvent(QShowEvent* event) override;

private:
    void launch();
    void finished();
    void reloadCases();
    void exportDialog(bool svg);

    QPointer<Project> m_project;
    QComboBox* m_case;
    QPushButton* m_saveSvg;
    QPushButton* m_savePng;
    QProgressBar* m_busy;
    QLabel* m_status;
    QScrollArea* m_scroll;
    TocDiagram* m_diagram;
    QTimer* m_changeTimer;
    bool m_computing = false;
    bool m_restart = false;
    bool m_dirty = false;
    QFutureWatcher<Result<TocSnapshot>> m_watcher;
};

} // namespace situate
