// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/projectwindows.h"

#include "core/project.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/servercontroller.h"

#include <QFileInfo>

namespace situate {

namespace {

/// Brings a window forward: shown, not minimised, raised and active.
void bringForward(MainWindow& window) {
    window.show();
    window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
    window.raise();
    window.activateWindow();
}

} // namespace

ProjectWindows::ProjectWindows(std::shared_ptr<Prompter> prompter)
    : m_prompter(std::move(prompter)) {}

ProjectWindows::~ProjectWindows() {
    for (const QPointer<MainWindow>& window : m_windows) {
        if (window && window->isVisible())
            window->close();
        delete window.data(); // also one closed and not yet deleted
    }
}

QString ProjectWindows::sameProjectKey(const QString& location) {
    if (ServerController::isServerLocation(location))
        return location;
    const QFileInfo file(location);
    const QString canonical = file.canonicalFilePath();
    return canonical.isEmpty() ? file.absoluteFilePath() : canonical;
}

QVector<MainWindow*> ProjectWindows::windows() const {
    QVector<MainWindow*> open;
    // A window the user closed is hidden at once and deleted from the event loop.
    for (const QPointer<MainWindow>& window : m_windows) {
        if (window && window->isVisible())
            open << window.data();
    }
    return open;
}

QStringList ProjectWindows::projects() const {
    QStringList projects;
    for (const MainWindow* window : windows())
        projects << (window->project() ? window->project()->path() : QString());
    return projects;
}

MainWindow* ProjectWindows::newWindow() {
    const QVector<MainWindow*> before = windows();
    auto* window = new MainWindow(m_prompter);
    window->setAttribute(Qt::WA_DeleteOnClose);
    // Each new window a little below and right of the last, so none hides another.
    if (!before.isEmpty())
        window->move(before.last()->pos() + QPoint(32, 32));
    m_windows.removeAll(nullptr);
    m_windows << window;
    window->show();
    return window;
}

MainWindow* ProjectWindows::open(const QString& location) {
    const QString key = sameProjectKey(location);
    MainWindow* empty = nullptr;
    for (MainWindow* window : windows()) {
        if (window->project() && sameProjectKey(window->project()->path()) == key) {
            bringForward(*window);
            return window;
        }
        if (!window->project() && !empty)
            empty = window;
    }
    const bool made = !empty;
    MainWindow* window = made ? newWindow() : empty;
    bringForward(*window);
    if (window->openProject(location))
        return window;
    if (made && windows().size() > 1)
        window->close(); // deleted on close; the other windows keep Situate open
    return nullptr;
}

} // namespace situate
