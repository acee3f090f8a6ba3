// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/team/publish.h"

#include "core/location.h"
#include "core/project.h"
#include "core/storage/storage.h"
#include "core/storage/teamqueries.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::team)
};
} // namespace

namespace situate {

namespace {

// Copies every project table of `from` into `to` inside `to`'s open transaction.
Status copyRows(Storage& from, Storage& to, TeamCopyReport* report,
                const TeamCopyProgress& progress) {
    if (from.tables() != to.tables())
        return Status::failure(Tr::tr("the two projects have different tables (are both "
                                      "at the same format version?)"));
    qint64 total = 0, done = 0;
    if (progress) {
        for (const QString& table : from.tables()) {
            Result<qint64> rows = tableRowCount(from, table);
            if (!rows)
                return Status::from(rows);
            total += *rows;
        }
        if (!progress(0, total))
            return Status::failure(QStringLiteral("cancelled"));
    }
    auto written = [&](qint64 rows) {
        return !progress || progress(done += rows, total);
    };
    if (Status st = deferReferences(to); !st)
        return st;
    // The new target's own uuid and creation time give way to the source's.
    if (Status st = clearTable(to, QStringLiteral("project_info")); !st)
        return st;
    for (const QString& table : from.tables()) {
        Result<qint64> rows = copyTable(from, to, table, written);
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
Status copyAll(Storage& from, Storage& to, TeamCopyReport* report,
               const TeamCopyProgress& progress) {
    Status st = to.begin();
    if (!st)
        return st;
    st = copyRows(from, to, report, progress);
    if (st)
        st = to.commit();
    else
        to.rollback();
    return st;
}

} // namespace

namespace {

Result<TeamCopyReport> invalidServerUrl(const QString& url) {
    if (isServerLocation(url))
        return TeamCopyReport{};
    return Result<TeamCopyReport>::failure(
        Tr::tr("publish needs a postgresql://user@host:port/dbname URL to copy the "
               "project to"),
        ErrorKind::Invalid);
}

// Publishes `from` (open, locked by whoever opened it) to the empty database `url`.
Result<TeamCopyReport> publishFrom(Storage& from, const QString& url,
                                   const TeamCopyProgress& progress,
                                   const ConnectionSecret& secret) {
    using R = Result<TeamCopyReport>;
    Result<std::unique_ptr<Storage>> server = Storage::open(url, Storage::Mode::Create, secret);
    if (!server)
        return Status::from(server);
    Storage& to = **server;
    TeamCopyReport report;
    report.source = from.path();
    report.target = to.path();
    Status st = from.begin();
    if (st) {
        st = copyAll(from, to, &report, progress);
        from.rollback(); // only read
    }
    if (!st) {
        // An empty database was asked for; leave it empty, so publishing can be retried.
        if (Status dropped = dropPostgresProject(to); !dropped)
            return R::failure(Tr::tr("%1: nothing was published: %2 (and the tables "
                                     "made for it could not be removed again: %3)")
                                  .arg(to.path(), st.error(), dropped.error()),
                              st.kind());
        return R::failure(Tr::tr("%1: nothing was published: %2").arg(to.path(), st.error()),
                          st.kind());
    }
    return report;
}

} // namespace

Result<TeamCopyReport> publishProject(const QString& localPath, const QString& url,
                                      const TeamCopyProgress& progress,
                                      const ConnectionSecret& secret) {
    if (isServerLocation(localPath))
        return Result<TeamCopyReport>::failure(
            Tr::tr("publish copies a local project file; %1 is already on a server")
                .arg(safeLocation(localPath)),
            ErrorKind::Invalid);
    if (auto checked = invalidServerUrl(url); !checked)
        return checked;
    // The local file stays locked (and unchanged) while it is copied.
    auto local = Project::open(localPath, Project::Backup::Skip);
    if (!local)
        return Status::from(local);
    return publishFrom((*local)->mutableStorage(), url, progress, secret);
}

Result<TeamCopyReport> publishStorage(std::unique_ptr<Storage> from, const QString& url,
                                      const TeamCopyProgress& progress,
                                      const ConnectionSecret& secret) {
    if (auto checked = invalidServerUrl(url); !checked)
        return checked;
    return publishFrom(*from, url, progress, secret);
}

Result<TeamCopyReport> cloneProject(const QString& url, const QString& localPath,
                                    const TeamCopyProgress& progress,
                                    const ConnectionSecret& secret) {
    using R = Result<TeamCopyReport>;
    if (!isServerLocation(url))
        return R::failure(Tr::tr("clone copies a project from a server: give a "
                                 "postgresql://user@host:port/dbname URL first"),
                          ErrorKind::Invalid);
    if (isServerLocation(localPath))
        return R::failure(Tr::tr("clone writes a local project file, not a URL"),
                          ErrorKind::Invalid);
    if (QFileInfo::exists(localPath))
        return R::failure(Tr::tr("%1: a file of that name already exists; clone makes a "
                                 "new one")
                              .arg(QFileInfo(localPath).fileName()),
                          ErrorKind::Invalid);
    auto server = Project::open(url, Project::Backup::Skip, secret);
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
            st = copyAll(from, to, &report, progress);
        from.rollback(); // only read
    }
    if (!st) {
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(target + QLatin1String(suffix));
        return R::failure(
            Tr::tr("%1: nothing was cloned: %2").arg(QFileInfo(localPath).fileName(), st.error()),
            st.kind());
    }
    return report;
}

} // namespace situate
