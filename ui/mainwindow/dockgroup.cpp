// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/dockgroup.h"
#include "ui/mainwindow/windowlayout.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QScrollArea>

namespace situate {

DockGroup::DockGroup(QMainWindow* window, QMenu* menu, QMenu* viewMenu)
    : m_window(window)
    , m_menu(menu)
    , m_viewMenu(viewMenu) {}

QDockWidget* DockGroup::add(const QString& title, const QString& name, QWidget* view,
                            const QKeySequence& key) {
    auto* d = new QDockWidget(title, m_window);
    d->setObjectName(name);
    d->setWidget(windowlayout::scrollable(view));
    m_window->addDockWidget(Qt::BottomDockWidgetArea, d);
    windowlayout::keepReadable(*m_window, d);
    if (m_first)
        m_window->tabifyDockWidget(m_first, d);
    else
        m_first = d;
    d->hide();
    QAction* show = m_menu->addAction(title, d, [d] { showDock(d); });
    show->setObjectName(name + QStringLiteral("Action"));
    show->setShortcut(key);
    m_viewMenu->addAction(d->toggleViewAction());
    return d;
}

void showDock(QDockWidget* dock) {
    dock->show();
    dock->raise();
}

} // namespace situate
