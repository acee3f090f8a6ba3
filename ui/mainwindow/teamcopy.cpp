// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/teamcopy.h"

#include "core/location.h"
#include "core/project.h"
#include "ui/common/progresstask.h"
#include "ui/common/prompter.h"
#include "ui/common/widgets.h"
#include "ui/mainwindow/filecontroller.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QUrl>

#include <utility>

namespace situate {

namespace {

QString serverUrlHelp() {
    return TeamCopyController::tr(
        "Write no password in the URL: it comes from PGPASSWORD or ~/.pgpass; without them "
        "Situate asks for it and does not store it.");
}

// Asks for a server project's URL in a small form; empty when the user gives up.
QString askUrl(MainWindow& window, const QString& title, const QString& objectName,
               const QString& help) {
    QDialog dialog(&window);
    dialog.setObjectName(objectName);
    dialog.setWindowTitle(title);
    auto* layout = new QFormLayout(&dialog);
    auto* url = named<QLineEdit>(QStringLiteral("teamCopyUrlEdit"));
    url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/study"));
    url->setMinimumWidth(420);
    layout->addRow(TeamCopyController::tr("Server project:"), url);
    auto* label = new QLabel(help + QLatin1Char(' ') + serverUrlHelp());
    label->setWordWrap(true);
    layout->addRow(label);
    if (!execForm(dialog, layout))
        return {};
    return url->text().trimmed();
}

} // namespace

TeamCopyController::TeamCopyController(MainWindow& window)
    : QObject(&window)
    , m_window(window) {
    auto* publish =
        named<QAction>(QStringLiteral("publishServerAction"), tr("P&ublish to server…"), this);
    publish->setToolTip(tr("Copy this project file into an empty database on a PostgreSQL "
                           "server, for a team to code together"));
    connect(publish, &QAction::triggered, this, &TeamCopyController::publishDialog);
    auto* clone =
        named<QAction>(QStringLiteral("cloneServerAction"), tr("Clo&ne server project…"), this);
    clone->setToolTip(tr("Copy a team project from a PostgreSQL server into a new project "
                         "file on this computer"));
    connect(clone, &QAction::triggered, this, &TeamCopyController::cloneDialog);
    window.files()->addOpenAction(clone);
    window.files()->addOpenAction(publish);
    auto enable = [this, publish] {
        publish->setEnabled(m_window.project() && m_window.project()->storage().isFile());
    };
    connect(&window, &MainWindow::projectSwitched, this, enable);
    enable();
}

void TeamCopyController::publishDialog() {
    const QString url =
        askUrl(m_window, tr("Publish to server"), QStringLiteral("publishServerDialog"),
               tr("The database must exist and be empty; ask the server's "
                  "administrator for one."));
    if (!url.isEmpty())
        publishTo(url);
}

void TeamCopyController::cloneDialog() {
    const QString url =
        askUrl(m_window, tr("Clone server project"), QStringLiteral("cloneServerDialog"),
               tr("The copy is a new project file, no longer shared with the "
                  "team."));
    if (url.isEmpty())
        return;
    const QString path = m_window.prompter().saveFileName(
        &m_window, tr("Clone into"),
        QUrl(url).path().section(QLatin1Char('/'), -1) + QStringLiteral(".situate"),
        tr("Situate projects (*.situate)"));
    if (!path.isEmpty())
        cloneFrom(url, path);
}

bool TeamCopyController::publishTo(const QString& url) {
    Project* project = m_window.project();
    if (!project || !project->storage().isFile()) {
        m_window.showMessage(tr("Publishing copies a project file to a server: open a project "
                                "file first."));
        return false;
    }
    if (!isServerLocation(url)) {
        m_window.showMessage(tr("%1 is not a server project: it must start with postgresql://")
                                 .arg(safeLocation(url)));
        return false;
    }
    const QString name = project->name();
    Copy copy = [open = project->readOnlyOpener(), url](const TeamCopyProgress& progress,
                                                        const ConnectionSecret& secret) {
        auto from = open();
        if (!from)
            return Result<TeamCopyReport>(Status::from(from));
        return publishStorage(std::move(*from), url, progress, secret);
    };
    run(tr("Publishing %1…").arg(name), std::move(copy),
        [this, url, name](const TeamCopyReport& report) {
            const QString where = safeLocation(url);
            if (m_window.prompter().confirm(
                    &m_window, tr("Published %1 to %2: %n document(s), %3 codings. Open the "
                                  "server project now?",
                                  nullptr, int(report.documents))
                                   .arg(name, where)
                                   .arg(report.codings)))
                m_window.openServerProject(url);
            else
                m_window.statusBar()->showMessage(tr("Published %1 to %2").arg(name, where), 8000);
        });
    return true;
}

bool TeamCopyController::cloneFrom(const QString& url, const QString& path) {
    if (!isServerLocation(url)) {
        m_window.showMessage(tr("%1 is not a server project: it must start with postgresql://")
                                 .arg(safeLocation(url)));
        return false;
    }
    Copy copy = [url, path](const TeamCopyProgress& progress, const ConnectionSecret& secret) {
        return cloneProject(url, path, progress, secret);
    };
    run(tr("Cloning %1…").arg(safeLocation(url)), std::move(copy),
        [this, path](const TeamCopyReport&) { m_window.openProject(path); });
    return true;
}

void TeamCopyController::run(const QString& label, Copy copy,
                             std::function<void(const TeamCopyReport&)> done,
                             const ConnectionSecret& secret) {
    m_busy = true;
    runWithProgress<TeamCopyReport>(
        &m_window, label, QStringLiteral("teamCopyProgress"),
        [copy, secret](const TaskProgress& progress) { return copy(progress, secret); },
        [this, label, copy, done = std::move(done), secret](Result<TeamCopyReport> report,
                                                            bool cancelled) mutable {
            m_busy = false;
            if (cancelled) {
                m_window.statusBar()->showMessage(tr("Cancelled; nothing was copied."), 8000);
                emit finished(false);
                return;
            }
            if (!report && report.kind() == ErrorKind::Authentication &&
                secret.password.isEmpty()) {
                const QString password =
                    m_window.prompter().password(&m_window, tr("Password for the server project:"));
                if (!password.isEmpty())
                    return run(label, std::move(copy), std::move(done), ConnectionSecret{password});
            }
            if (!report) {
                m_window.showFailure(Status::from(report));
                emit finished(false);
                return;
            }
            done(*report);
            emit finished(true);
        });
}

} // namespace situate
