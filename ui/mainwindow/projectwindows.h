// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVector>

#include <memory>

namespace situate {

class MainWindow;
class Prompter;

/// The windows of one running Situate, a project in each: opening a project that one of them
/// has open brings that window forward instead of opening the project a second time; any
/// other opens in a window without a project, or in a new one. A window is deleted when the
/// user closes it. `situate FILE` while Situate runs hands FILE here (app/gui/singleinstance.h).
class ProjectWindows : public QObject {
    Q_OBJECT
public:
    /// `prompter` goes to every window it makes (nullptr: dialogs); tests give their own.
    explicit ProjectWindows(std::shared_ptr<Prompter> prompter = nullptr);
    /// Closes and deletes the windows still open.
    ~ProjectWindows() override;

    /// Opens a project file or a server URL as described above and shows its window; nullptr
    /// when it cannot be opened (the window said why; a window made for it and not needed
    /// to keep Situate open is closed again).
    MainWindow* open(const QString& location);
    /// A new window without a project, shown.
    MainWindow* newWindow();
    /// The windows still open (shown), oldest first.
    QVector<MainWindow*> windows() const;
    /// The project open in each window, as windows() lists them ("" for none).
    QStringList projects() const;
    /// What makes two locations the same project: a file's canonical path (its absolute path
    /// while it does not exist), a server URL as it is.
    static QString sameProjectKey(const QString& location);

private:
    std::shared_ptr<Prompter> m_prompter;
    QVector<QPointer<MainWindow>> m_windows;
};

} // namespace situate
