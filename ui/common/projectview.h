// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QProgressBar;

namespace situate {

class Project;

/// A view of the open project's data (the analysis and evaluation docks): it holds the
/// project and follows its changes (every edit, undo and redo, and on a server every other
/// client's) only while someone can see it. A hidden view marks itself stale and refreshes
/// when it is next shown; a visible one refreshes once the edits pause, so a burst of them
/// shares one refresh. Reads that take long run off the GUI thread with a ViewJob
/// (viewjob.h), showing a busyBar() meanwhile.
class ProjectView : public QWidget {
    Q_OBJECT
public:
    /// Shows this project (nullptr: none). The view reads it and changes it only through its
    /// commands (Project::editKept).
    void setProject(Project* project);
    Project* project() const;

protected:
    /// How a visible view follows a change: once the changes pause (for reads of every
    /// coding), or at once (for a few rows read on the GUI thread).
    enum class Follow { AfterPause, AtOnce };
    explicit ProjectView(Follow follow = Follow::AfterPause, QWidget* parent = nullptr);

    /// The project was replaced (setProject): drop what was shown of the one before, and
    /// start on the new one (refreshNow(), or refresh() for a view that reads some of it
    /// even while hidden).
    virtual void projectReplaced() = 0;
    /// Reads the project again and shows it. The view calls it for itself; ProjectView calls
    /// it only while the view is visible.
    virtual void refresh() = 0;
    /// Each change of the project, seen or not, before its refresh (drop what was cached).
    virtual void projectEdited() {}

    /// Refreshes now if the view is visible, else when it is next shown.
    void refreshNow();
    /// The view is hidden and missed a change: it refreshes when it is next shown.
    void markStale() { m_stale = true; }

    void showEvent(QShowEvent* event) override;

private:
    void projectChanged();

    QPointer<Project> m_project;
    Follow m_follow;
    QTimer m_pause; // the changes pause: refresh
    bool m_stale = false;
};

/// The thin bar a view shows while it reads (hidden until then; it moves, it does not count).
QProgressBar* busyBar(const QString& objectName, int height = 4);

} // namespace situate
