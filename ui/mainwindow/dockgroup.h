// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QString>

class QDockWidget;
class QMainWindow;
class QMenu;
class QWidget;

namespace situate {

/// Docks that share the bottom of the window as tabs, hidden until their menu action (which
/// carries the shortcut, and is named after the dock: `tocDock` -> `tocDockAction`) or their
/// toggle in the View menu shows them.
class DockGroup {
public:
    DockGroup(QMainWindow* window, QMenu* menu, QMenu* viewMenu);
    QDockWidget* add(const QString& title, const QString& name, QWidget* view,
                     const QKeySequence& key);

private:
    QMainWindow* m_window;
    QMenu* m_menu;
    QMenu* m_viewMenu;
    QDockWidget* m_first = nullptr;
};

/// Shows a dock in front of the others of its tab group.
void showDock(QDockWidget* dock);

} // namespace situate
