// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/servercontroller.h"

#include "core/location.h"
#include "core/project.h"
#include "ui/common/prompter.h"
#include "ui/common/widgets.h"
#include "ui/mainwindow/connectionbanner.h"
#include "ui/mainwindow/filecontroller.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/teamcopy.h"
#include "ui/mainwindow/workbench.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QUrl>

#include <utility>

namespace situate {

ServerController::ServerController(MainWindow& window)
    : QObject(&window)
    , m_window(window) {
    auto* open =
        named<QAction>(QStringLiteral("openServerAction"), tr("Open &server project…"), this);
    open->setToolTip(tr("Open a team project on a PostgreSQL server"));
    window.files()->addOpenAction(open);
    connect(open, &QAction::triggered, this, &ServerController::openServerDialog);
    m_copies = new TeamCopyController(window);
    connect(window.workbench()->banner(), &ConnectionBanner::reconnected, this, [this](int sent) {
        m_window.statusBar()->showMessage(
            sent > 0 ? tr("Connected to the server again; %n kept change(s) sent.", nullptr, sent)
                     : tr("Connected to the server again."),
            8000);
    });
}

bool ServerController::isServerLocation(const QString& location) {
    return situate::isServerLocation(location);
}

void ServerController::openServerDialog() {
    QDialog dialog(&m_window);
    dialog.setObjectName(QStringLiteral("openServerDialog"));
    dialog.setWindowTitle(tr("Open server project"));
    auto* layout = new QFormLayout(&dialog);
    auto* url = named<QLineEdit>(QStringLiteral("serverUrlEdit"));
    url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/study"));
    url->setMinimumWidth(420);
    layout->addRow(tr("Server project:"), url);
    auto* help = new QLabel(tr("Write no password in the URL: it comes from PGPASSWORD or "
                               "~/.pgpass; without them Situate asks for it, uses it for this "
                               "project's connections only and does not store it. A project is "
                               "put on a server with File > Publish to server."));
    help->setWordWrap(true);
    layout->addRow(help);
    if (!execForm(dialog, layout, QDialogButtonBox::Open | QDialogButtonBox::Cancel) ||
        url->text().trimmed().isEmpty())
        return;
    openServerProject(url->text().trimmed());
}

bool ServerController::openServerProject(const QString& location) {
    if (!isServerLocation(location)) {
        m_window.showMessage(tr("%1 is not a server project: it must start with postgresql://")
                                 .arg(safeLocation(location)));
        return false;
    }
    QStatusBar* status = m_window.statusBar();
    status->showMessage(tr("Connecting to the server…"));
    auto opened = Project::open(location, Project::Backup::Skip);
    if (!opened && opened.kind() == ErrorKind::Authentication) {
        QUrl url(location);
        const QString prompt = tr("Password of %1 on %2:").arg(url.userName(), url.host());
        const QString password = m_window.prompter().password(&m_window, prompt);
        if (password.isEmpty()) {
            status->clearMessage();
            return false;
        }
        // The project keeps it for its own connections (the analysis and search workers
        // open theirs with it, and so does a reconnect); it never goes into the environment,
        // where every later connection and child process would find it, nor anywhere on disk.
        // A wrong one is refused and goes with the failed project.
        opened = Project::open(location, Project::Backup::Skip, ConnectionSecret{password});
    }
    status->clearMessage();
    if (!m_window.adoptProject(std::move(opened)))
        return false;
    // The server lets a coder write only codings whose coder is named like their login
    // (row-level security, core/team/README.md), so on a server one codes as one's login.
    const QString login = QUrl(location).userName();
    if (!login.isEmpty())
        m_window.setCurrentCoder(login);
    return true;
}

} // namespace situate
