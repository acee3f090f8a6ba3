// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace situate {

class MainWindow;
class TeamCopyController;

/// Projects on a PostgreSQL server: File > Open server project, the password the server asks
/// for (through the window's prompter, kept for this project's connections only), and the
/// status bar's word when a lost connection is back; publishing and cloning (teamcopy.h).
class ServerController : public QObject {
    Q_OBJECT
public:
    explicit ServerController(MainWindow& window);

    /// Whether a location names a server project (`postgresql://...`) rather than a file.
    static bool isServerLocation(const QString& location);
    /// Opens a server project; on a server one codes as one's login.
    bool openServerProject(const QString& location);
    /// Publish and clone (File menu), with progress and Cancel.
    TeamCopyController* copies() const { return m_copies; }

private:
    void openServerDialog();

    MainWindow& m_window;
    TeamCopyController* m_copies = nullptr;
};

} // namespace situate
