// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/team/publish.h"

#include "core/location.h"
#include "core/project.h"
#include "core/storage/teamqueries.h"

#include <QFile>
#include <QFileInfo>

namespace situate {

namespace {

// Copies every project table of `from` into `to` inside `to`'s open transaction.
Status copyRows(Storage& from, Storage& to, TeamCopyReport* report) {
    if (from.tables() != to.tables())
        return Status::failure(QStringLiteral("the two projects have different tables (are both "
                                              "at the same format version?)"));
    if (Status st = deferReferences(to); !st)
        return st;
    // The new target's own uuid and creation time give way to the source's.
    if (Status st = clearTable(to, QStringLiteral("project_info")); !st)
        return st;
    for (const QString& table : from.tables()) {
        Result<qint64> rows = copyTable(from, to, table);
        if (!rows)
            return Status::from(rows);
        report->rows += *rows;
        if (table == QLatin1String("codings"))
            report->codings = *rows;
        if (table == QLatin1String("documents"))
            report->documents = *rows;
    }
    return resetIdentities(to);
}

// The same in one transaction of `to`: all of it, or nothing.
Status copyAll(Storage& from, Storage& to, TeamCopyReport* report) {
    Status st = to.begin();
    if (!st)
        return st;
    st = copyRows(from, to, report);
    if (st)
        st = to.commit();
    else
        to.rollback();
    return st;
}

} // namespace

Result<TeamCopyReport> publishProject(const QString& localPath, const QString& url) {
    using R = Result<TeamCopyReport>;
    if (isServerLocation(localPath))
        return R::failure(QStringLiteral("publish copies a local project file; %1 is already on "
                                         "a server")
                              .arg(safeLocation(localPath)),
                          ErrorKind::Invalid);
    if (!isServerLocation(url))
        return R::failure(QStringLiteral("publish needs a postgresql://user@host:port/dbname URL "
                                         "to copy the project to"),
                          ErrorKind::Invalid);
    // The local file stays locked (and unchanged) while it is copied.
    auto local = Project::open(localPath, Project::Backup::Skip);
    if (!local)
        return Status::from(local);
    Result<std::unique_ptr<Storage>> server = Storage::open(url, Storage::Mode::Create);
    if (!server)
        return Status::from(server);
    Storage& from = (*local)->mutableStorage();
    Storage& to = **server;
    TeamCopyReport report;
    report.source = from.path();
    report.target = to.path();
    Status st = from.begin();
    if (st) {
        st = copyAll(from, to, &report);
        from.rollback(); // only read
    }
    if (!st) {
        // An empty database was asked for; leave it empty, so publishing can be retried.
        if (Status dropped = dropPostgresProject(to); !dropped)
            return R::failure(QStringLiteral("%1: nothing was published: %2 (and the tables "
                                             "made for it could not be removed again: %3)")
                                  .arg(to.path(), st.error(), dropped.error()),
                              st.kind());
        return R::failure(
            QStringLiteral("%1: nothing was published: %2").arg(to.path(), st.error()), st.kind());
    }
    return report;
}

Result<TeamCopyReport> cloneProject(const QString& url, const QString& localPath) {
    using R = Result<TeamCopyReport>;
    if (!isServerLocation(url))
        return R::failure(QStringLiteral("clone copies a project from a server: give a "
                                         "postgresql://user@host:port/dbname URL first"),
                          ErrorKind::Invalid);
    if (isServerLocation(localPath))
        return R::failure(QStringLiteral("clone writes a local project file, not a URL"),
                          ErrorKind::Invalid);
    if (QFileInfo::exists(localPath))
        return R::failure(QStringLiteral("%1: a file of that name already exists; clone makes a "
                                         "new one")
                              .arg(QFileInfo(localPath).fileName()),
                          ErrorKind::Invalid);
    auto server = Project::open(url, Project::Backup::Skip);
    if (!server)
        return Status::from(server);
    TeamCopyReport report;
    Status st;
    QString target;
    {
        auto local = Project::create(localPath);
        if (!local)
            return Status::from(local);
        Storage& from = (*server)->mutableStorage();
        Storage& to = (*local)->mutableStorage();
        target = to.path();
        report.source = from.path();
        report.target = target;
        st = from.begin();
        if (st)
            st = readSnapshot(from);
        if (st)
            st = copyAll(from, to, &report);
        from.rollback(); // only read
    }
    if (!st) {
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(target + QLatin1String(suffix));
        return R::failure(QStringLiteral("%1: nothing was cloned: %2")
                              .arg(QFileInfo(localPath).fileName(), st.error()),
                          st.kind());
    }
    return report;
}

} // namespace situate
