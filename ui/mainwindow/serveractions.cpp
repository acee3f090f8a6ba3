// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/mainwindow.h"

#include "core/location.h"
#include "core/project.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QUrl>

#include <utility>

namespace situate {

std::function<QString(const QString&)> MainWindow::passwordHook;

bool MainWindow::isServerLocation(const QString& location) {
    return situate::isServerLocation(location);
}

void MainWindow::createServerActions() {
    QMenu* file = menuBar()->actions().first()->menu();
    // Right after "Open project…", which is the second entry (after "New project…").
    QAction* after = file->actions().value(2);
    auto* open = new QAction(tr("Open &server project…"), this);
    open->setObjectName(QStringLiteral("openServerAction"));
    open->setToolTip(tr("Open a team project on a PostgreSQL server"));
    file->insertAction(after, open);
    connect(open, &QAction::triggered, this, &MainWindow::openServerDialog);
}

void MainWindow::openServerDialog() {
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("openServerDialog"));
    dialog.setWindowTitle(tr("Open server project"));
    auto* layout = new QFormLayout(&dialog);
    auto* url = new QLineEdit;
    url->setObjectName(QStringLiteral("serverUrlEdit"));
    url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/study"));
    url->setMinimumWidth(420);
    layout->addRow(tr("Server project:"), url);
    auto* help = new QLabel(tr("Write no password in the URL: it comes from PGPASSWORD or "
                               "~/.pgpass; without them Situate asks for it, uses it for this "
                               "project's connections only and does not store it. A project is "
                               "put on a server with <tt>situate-cli publish</tt>."));
    help->setWordWrap(true);
    layout->addRow(help);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || url->text().trimmed().isEmpty())
        return;
    openServerProject(url->text().trimmed());
}

bool MainWindow::openServerProject(const QString& location) {
    if (!isServerLocation(location)) {
        showMessage(tr("%1 is not a server project: it must start with postgresql://")
                        .arg(safeLocation(location)));
        return false;
    }
    statusBar()->showMessage(tr("Connecting to the server…"));
    auto opened = Project::open(location, Project::Backup::Skip);
    if (!opened && opened.kind() == ErrorKind::Authentication) {
        QUrl url(location);
        const QString prompt = tr("Password of %1 on %2:").arg(url.userName(), url.host());
        QString password;
        if (passwordHook) {
            password = passwordHook(prompt);
        } else {
            bool ok = false;
            password = QInputDialog::getText(this, tr("Server password"), prompt,
                                             QLineEdit::Password, QString(), &ok);
            if (!ok)
                password.clear();
        }
        if (password.isEmpty()) {
            statusBar()->clearMessage();
            return false;
        }
        // The project keeps it for its own connections (the analysis and search workers
        // open theirs with it, and so does a reconnect); it never goes into the environment,
        // where every later connection and child process would find it, nor anywhere on disk.
        // A wrong one is refused and goes with the failed project.
        opened = Project::open(location, Project::Backup::Skip, ConnectionSecret{password});
    }
    statusBar()->clearMessage();
    if (!adoptProject(std::move(opened)))
        return false;
    // The server lets a coder write only codings whose coder is named like their login
    // (row-level security, core/team/README.md), so on a server one codes as one's login.
    const QString login = QUrl(location).userName();
    if (!login.isEmpty())
        setCurrentCoder(login);
    return true;
}

} // namespace situate
