// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace situate {

class MainWindow;

/// What an empty window (no project open) shows in place of the transcript: New Project,
/// Open Project, the recent projects, Open the Demo Project and the User Manual. Each button
/// triggers the menu's own action (found by its objectName), so a button and its menu entry
/// are one command. The page takes the window's central widget into a stack of two and
/// shows itself whenever the window has no project.
class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(MainWindow& window);

    /// Shows the page without a project and the workbench with one; lists the recent
    /// projects again when it shows.
    void follow();

private:
    void trigger(const QString& actionName);
    void fillRecent();

    MainWindow& m_window;
    QStackedWidget* m_stack;
    QListWidget* m_recent;
};

} // namespace situate
