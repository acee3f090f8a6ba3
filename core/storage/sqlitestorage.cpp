// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite engine: a project file, validated through a read-only connection before anything
// is written, opened with Situate's settings, and guarded against being moved while open. The
// SQL both engines share is in storage.cpp.
#include "core/storage/sqlitestorage.h"

#include "core/storage/connections.h"
#include "core/storage/schema.h"
#include "core/storage/sqlfailure.h"
#include "core/storage/storageconnection.h"
#include "core/storage/storagerows.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::storage)
};
} // namespace

namespace situate {

using namespace storagerows;

namespace {

QString fileName(const QString& path) {
    return QFileInfo(path).fileName();
}

// Reads the first 16 bytes: every SQLite 3 database starts with this header.
bool looksLikeSqlite(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

// quick_check reads every page: 0.3 s for a 50 MB project, 1.7 s for 300 MB. A routine open
// reads no more than the header and the schema: the page count in the header must fit the
// file and its WAL, and the schema must parse. quick_check runs at open only after an unclean
// close (a WAL left behind: the last connection of a clean close removes it), where damage
// is likeliest; otherwise `situate-cli check` runs integrity_check and the window runs
// quickCheck() off its thread once the project shows. SQLite reports any damaged page it
// meets later as an error (sqlfailure: "the project file is damaged"), so no damage is ever
// read as data.
QString structureVerdict(const QSqlDatabase& db, qint64 fileSize, bool thorough) {
    if (thorough) {
        QSqlQuery c = run(db, QStringLiteral("PRAGMA quick_check"));
        return c.next() ? c.value(0).toString() : c.lastError().text();
    }
    QSqlQuery pages = run(db, QStringLiteral("PRAGMA page_count"));
    QSqlQuery size = run(db, QStringLiteral("PRAGMA page_size"));
    if (!pages.next() || !size.next())
        return pages.lastError().text();
    // Pages added since the last checkpoint live in the WAL, so a sound database never has
    // more pages than the file and its WAL can hold; a truncated copy does.
    const qint64 bytes = pages.value(0).toLongLong() * size.value(0).toLongLong();
    const qint64 wal = QFileInfo(db.databaseName() + QStringLiteral("-wal")).size();
    if (bytes <= 0 || bytes > fileSize + wal)
        return Tr::tr("the file is shorter than its header says (truncated?)");
    QSqlQuery schema = run(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!schema.next())
        return schema.lastError().text();
    return QStringLiteral("ok");
}

// Why the file at `path` (`name` in messages) must not be opened, read through `db`, a
// read-only connection: not a Situate project, from a newer Situate, or damaged. Empty when
// it is sound.
QString problemOf(const QSqlDatabase& db, const QString& name, qint64 fileSize, bool thorough) {
    QSqlQuery q = run(db, QStringLiteral("PRAGMA application_id"));
    if (!q.isActive() || !q.next())
        return Tr::tr("%1: damaged or not a database (%2)").arg(name, q.lastError().text());
    if (q.value(0).toInt() != schema::applicationId)
        return Tr::tr("%1: an SQLite database, but not a Situate project").arg(name);
    QSqlQuery v = run(db, QStringLiteral("PRAGMA user_version"));
    const int version = v.next() ? v.value(0).toInt() : -1;
    if (version > schema::currentVersion())
        return Tr::tr("%1: made by a newer version of Situate (project format %2; "
                      "this version reads up to %3). Update Situate to open it.")
            .arg(name)
            .arg(version)
            .arg(schema::currentVersion());
    if (version < 1)
        return Tr::tr("%1: not a Situate project (no schema)").arg(name);
    const QString verdict = structureVerdict(db, fileSize, thorough);
    if (verdict != QLatin1String("ok"))
        return Tr::tr("%1: the project file is damaged (%2)").arg(name, verdict);
    return {};
}

// Validates the file through a read-only connection of its own, so a file that is refused
// is never written to (not even the journal mode switch); `thorough` reads every page.
QString validate(const QString& path, qint64 fileSize, bool thorough) {
    const QString name = fileName(path);
    const QString check = connections::newName("check");
    if (Status st = connections::openSqlite(check, path, QStringLiteral("QSQLITE_OPEN_READONLY"));
        !st)
        return Tr::tr("%1: cannot be opened: %2").arg(name, st.error());
    const QString problem =
        problemOf(QSqlDatabase::database(check, false), name, fileSize, thorough);
    connections::remove(check);
    return problem;
}

// Opens the file for writing and reads from it, which makes SQLite roll back the edit its
// journal holds, so the file is again as that edit found it.
QString rollBackInterruptedEdit(const QString& path) {
    const QString name = fileName(path);
    const QString undo = connections::newName("rollback");
    if (Status st = connections::openSqlite(undo, path); !st)
        return Tr::tr("%1: cannot be opened: %2").arg(name, st.error());
    bool done = false;
    {
        QSqlQuery q(QSqlDatabase::database(undo, false));
        done = q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next();
    }
    connections::remove(undo);
    if (!done)
        return Tr::tr("%1: an edit was interrupted and cannot be undone; check that the file "
                      "and its folder can be written to")
            .arg(name);
    return {};
}

class SqliteConnection final : public StorageConnection {
public:
    using StorageConnection::StorageConnection;
    ~SqliteConnection() override;

    QString displayName() const override { return fileName(path()); }
    QString projectName() const override { return QFileInfo(path()).completeBaseName(); }

    bool isPostgres() const override { return false; }
    bool isFile() const override { return true; }
    bool canLoseConnection() const override { return false; }
    bool hasOtherClients() const override { return false; }

    QString returningId() const override { return {}; }
    qint64 insertedId(QSqlQuery& q) const override { return q.lastInsertId().toLongLong(); }
    QString rowVersionColumn() const override { return {}; }
    QStringList engineProblems() override;
    Status beforeTransaction() override;
    Status afterCommit() override { return {}; }
    Status refusedChange(const QString&, qint64, int) const override { return {}; }

    // One process writes a file, and it is always there.
    bool listenForChanges(QObject*, std::function<void()>) override { return false; }
    bool isConnected() override { return true; }
    bool connectionBroken() const override { return false; }
    Status reconnect() override { return {}; }
    std::function<QString()> connectionProbe() const override {
        return [] {
            return QString();
        };
    }

protected:
    Status listColumns(QHash<QString, QStringList>& columns, QSet<QString>& notNull) override;

private:
    /// Whether the file was renamed, moved or deleted since it was opened. SQLite then keeps
    /// writing to a WAL named after the old path and will not fold it into the file on
    /// closing, so such a project must take no more writes.
    bool fileMoved() const;
    /// Folds everything committed in the WAL into the file itself (and empties the WAL), so
    /// the file holds all committed work wherever it now is.
    Status checkpointWal();
};

SqliteConnection::~SqliteConnection() {
    // SQLite will not fold the WAL into a file that was renamed while open: do it here, or
    // the work would stay behind in the WAL under the old name.
    const bool moved = database().isOpen() && fileMoved();
    // A destructor has no one to tell; a WAL that could not be folded in is not empty, so it
    // is kept below rather than removed.
    if (moved)
        (void)checkpointWal();
    database().close();
    if (moved && !QFileInfo::exists(path())) {
        // Emptied by the checkpoint and no longer anyone's: no litter under the old name.
        if (QFileInfo(path() + QStringLiteral("-wal")).size() == 0)
            QFile::remove(path() + QStringLiteral("-wal"));
        QFile::remove(path() + QStringLiteral("-shm"));
    }
}

Status SqliteConnection::listColumns(QHash<QString, QStringList>& columns, QSet<QString>& notNull) {
    QSqlQuery t = run(database(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                                 "'table' AND name NOT LIKE 'sqlite_%'"));
    QStringList tables;
    while (t.next())
        tables << t.value(0).toString();
    for (const QString& table : tables) {
        // Table names come from sqlite_master, not from users.
        QSqlQuery info = run(database(), QStringLiteral("PRAGMA table_info(%1)").arg(table));
        QStringList cols;
        while (info.next()) {
            const QString col = info.value(1).toString();
            cols << col;
            if (info.value(3).toInt() != 0)
                notNull.insert(table + QLatin1Char('.') + col);
        }
        columns.insert(table, cols);
    }
    return {};
}

QStringList SqliteConnection::engineProblems() {
    QStringList problems;
    QSqlQuery ic = run(database(), QStringLiteral("PRAGMA integrity_check"));
    while (ic.next()) {
        const QString line = ic.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << QStringLiteral("SQLite: ") + line;
    }
    QSqlQuery fk = run(database(), QStringLiteral("PRAGMA foreign_key_check"));
    while (fk.next())
        problems << QStringLiteral("broken reference in %1 row %2 (to %3)")
                        .arg(fk.value(0).toString(), fk.value(1).toString(),
                             fk.value(2).toString());
    return problems;
}

Status SqliteConnection::beforeTransaction() {
    if (!fileMoved())
        return {};
    // Writing on would go to a WAL under the old name that a process opening the file at its
    // new place cannot see: save what is committed into the file and stop.
    if (Status folded = checkpointWal(); !folded)
        return Status::failure(Tr::tr("%1 was renamed, moved or deleted while open; "
                                      "nothing more can be saved here, and what was "
                                      "saved last is not in the file yet (%2): close "
                                      "the project here, then open it from its new "
                                      "place")
                                   .arg(displayName(), folded.error()),
                               ErrorKind::Io);
    return Status::failure(Tr::tr("%1 was renamed, moved or deleted while open; "
                                  "nothing more can be saved here. Everything "
                                  "saved before is in the file: open it from its "
                                  "new place to go on")
                               .arg(displayName()),
                           ErrorKind::Io);
}

bool SqliteConnection::fileMoved() const {
    sqlite3* db = sqliteHandle(database());
    int moved = 0;
    if (!db || sqlite3_file_control(db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) != SQLITE_OK)
        return false;
    return moved != 0;
}

Status SqliteConnection::checkpointWal() {
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return sqlfailure::statement(q.lastError());
    // The row reads (busy, frames in the WAL, frames folded in); busy means readers kept
    // some frames back.
    if (q.next() && q.value(0).toInt() != 0)
        return Status::failure(Tr::tr("the project is being read elsewhere"));
    return {};
}

} // namespace

sqlite3* sqliteHandle(const QSqlDatabase& db) {
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    static const bool sameLibrary = [&db] {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next() &&
               q.value(0).toString() == QString::fromUtf8(sqlite3_libversion());
    }();
    return sameLibrary ? *static_cast<sqlite3* const*>(v.constData()) : nullptr;
}

sqlite3* sqliteHandle(const Storage& storage) {
    return sqliteHandle(database(storage));
}

Result<std::unique_ptr<StorageConnection>> openSqliteStorage(const QString& path,
                                                             Storage::Mode mode) {
    using R = Result<std::unique_ptr<StorageConnection>>;
    const QString name = fileName(path);
    const QFileInfo info(path);
    if (mode == Storage::Mode::Create) {
        if (info.exists())
            return R::failure(Tr::tr("%1: a file of that name already exists").arg(name));
    } else {
        if (!info.exists())
            return R::failure(Tr::tr("%1: no such file").arg(name), ErrorKind::NotFound);
        if (!info.isFile())
            return R::failure(Tr::tr("%1: not a file").arg(name));
        if (!info.isReadable())
            return R::failure(Tr::tr("%1: permission denied").arg(name), ErrorKind::Io);
        if (!looksLikeSqlite(path))
            return R::failure(
                Tr::tr("%1: not a Situate project (the file is not an SQLite database)").arg(name));
        // A WAL left beside the file when this process opens it for writing (it holds the
        // project's lock, so no other Situate has it open) means the last session ended
        // without closing it: a crash, a kill, a lost power supply. An empty one does not:
        // any reader leaves one (an sqlite3 shell, a backup tool; a read-only connection
        // cannot remove it), and a file is only written from a WAL that holds frames.
        const QFileInfo wal(info.absoluteFilePath() + QStringLiteral("-wal"));
        // A rollback journal left beside it: a process writing through it (a command-line
        // import, core/storage/rollbackjournal.h) ended mid-edit. The read-only check below
        // cannot undo that edit; a connection that may write does, on its first read.
        const QFileInfo journal(info.absoluteFilePath() + QStringLiteral("-journal"));
        const bool interrupted =
            mode == Storage::Mode::Open && journal.exists() && journal.size() > 0;
        if (interrupted) {
            if (const QString problem = rollBackInterruptedEdit(info.absoluteFilePath());
                !problem.isEmpty())
                return R::failure(problem);
        }
        const bool unclean =
            interrupted || (mode == Storage::Mode::Open && wal.exists() && wal.size() > 0);
        if (const QString problem = validate(info.absoluteFilePath(), info.size(), unclean);
            !problem.isEmpty())
            return R::failure(problem);
        if (mode == Storage::Mode::Open && !info.isWritable())
            return R::failure(
                Tr::tr("%1: the file is read-only; Situate needs to write to it").arg(name));
    }

    const QString connectionName = connections::newName("sqlite");
    if (Status st = connections::openSqlite(connectionName, info.absoluteFilePath()); !st)
        return R::failure(Tr::tr("%1: cannot be opened: %2").arg(name, st.error()));
    auto c = std::make_unique<SqliteConnection>(connectionName, info.absoluteFilePath());
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 5000"}) {
        QSqlQuery q(c->database());
        if (!q.exec(QString::fromLatin1(pragma)))
            return R::failure(Tr::tr("%1: cannot be set up: %2").arg(name, q.lastError().text()));
    }
    if (mode == Storage::Mode::Create) {
        if (Status st = schema::create(c->database()); !st)
            return R::failure(QStringLiteral("%1: %2").arg(name, st.error()), st.kind());
    } else {
        QSqlQuery v = run(c->database(), QStringLiteral("PRAGMA user_version"));
        const int version = v.next() ? v.value(0).toInt() : 0;
        v.finish(); // an open statement would keep a migration from dropping a table
        if (version < schema::currentVersion()) {
            if (Status st = schema::migrate(c->database(), version); !st)
                return R::failure(QStringLiteral("%1: %2").arg(name, st.error()), st.kind());
        }
    }
    return R(std::move(c));
}

} // namespace situate
