// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/mainwindow.h"

#include "core/project.h"
#include "core/storage/dialect.h"

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

namespace {

// libpq's words when the server wants a password it was not given, or a different one.
bool wantsPassword(const QString& error) {
    return error.contains(QLatin1String("no password supplied")) ||
           error.contains(QLatin1String("password authentication failed"));
}

} // namespace

bool MainWindow::isServerLocation(const QString& location) {
    return dialect::isPostgresUrl(location);
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
    auto* help = new QLabel(tr("The password comes from PGPASSWORD or ~/.pgpass; without them "
                               "Situate asks for it and does not store it. A project is put on "
                               "a server with <tt>situate-cli publish</tt>."));
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
        showMessage(
            tr("%1 is not a server project: it must start with postgresql://").arg(location));
        return false;
    }
    statusBar()->showMessage(tr("Connecting to the server…"));
    auto opened = Project::open(location, Project::Backup::Skip);
    if (!opened && wantsPassword(opened.error())) {
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
        // Every connection of this session needs it (the analysis and search workers open
        // their own), and libpq reads it from the environment: it stays in this process's
        // memory and is never written anywhere.
        const QByteArray before = qgetenv("PGPASSWORD");
        qputenv("PGPASSWORD", password.toUtf8());
        opened = Project::open(location, Project::Backup::Skip);
        if (!opened)
            qputenv("PGPASSWORD", before); // a wrong password is not kept either
    }
    statusBar()->clearMessage();
    if (!adoptProject(std::move(opened)))
        return false;
    // The server lets a coder write only codings whose coder is named like their login
    // (row-level security, core/SCHEMA.md), so on a server one codes as one's login.
    const QString login = QUrl(location).userName();
    if (!login.isEmpty())
        setCurrentCoder(login);
    return true;
}

} // namespace situate
