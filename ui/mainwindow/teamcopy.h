// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/team/publish.h"

#include <QObject>
#include <QString>

#include <functional>

namespace situate {

class MainWindow;

/// File > Publish to server and File > Clone server project: the copies `situate-cli publish`
/// and `clone` make, run on a worker thread behind a progress dialog with Cancel. A cancelled
/// or failed copy leaves the server database empty and no clone file behind (core/team).
class TeamCopyController : public QObject {
    Q_OBJECT
public:
    explicit TeamCopyController(MainWindow& window);

    /// Publishes the open project file to the empty database `url`. Returns at once; false
    /// when it could not start (no project file open, a URL that is not a server's).
    bool publishTo(const QString& url);
    /// Clones the server project `url` into the new file `path`, then opens it.
    bool cloneFrom(const QString& url, const QString& path);
    /// Whether a copy is running.
    bool isBusy() const { return m_busy; }

signals:
    /// A copy ended: copied, or failed or cancelled (the window has said which).
    void finished(bool copied);

private:
    using Copy =
        std::function<Result<TeamCopyReport>(const TeamCopyProgress&, const ConnectionSecret&)>;
    void publishDialog();
    void cloneDialog();
    // Runs `copy` on a pool thread behind the progress dialog; `done` gets its report. A
    // server that asks for a password gets it from the user and the copy runs once more.
    void run(const QString& label, Copy copy, std::function<void(const TeamCopyReport&)> done,
             const ConnectionSecret& secret = {});

    MainWindow& m_window;
    bool m_busy = false;
};

} // namespace situate
