// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/backupqueries.h"

#include "core/storage/schema.h"
#include "core/storage/sqlfailure.h"
#include "core/storage/sqlitestorage.h"
#include "core/storage/storageconnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::storage)
};
} // namespace

namespace situate {

namespace {

QString message(sqlite3* db) {
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// The error code's text, with the connection's message when it says more.
QString describe(int rc, sqlite3* db) {
    const QString code = QString::fromUtf8(sqlite3_errstr(rc));
    const QString detail = message(db);
    return detail.isEmpty() || detail == code || detail == QLatin1String("not an error")
               ? code
               : QStringLiteral("%1 (%2)").arg(code, detail);
}

// Runs a whole backup from `from` into `to` in one step, so the destination is written in
// a single transaction.
int copyAll(sqlite3* to, sqlite3* from) {
    sqlite3_backup* b = sqlite3_backup_init(to, "main", from, "main");
    if (!b)
        return sqlite3_errcode(to);
    int rc = sqlite3_backup_step(b, -1);
    const int finish = sqlite3_backup_finish(b);
    if (rc == SQLITE_DONE)
        rc = finish;
    return rc;
}

// One integer from a PRAGMA, or `fallback` when it cannot be read.
int pragmaInt(sqlite3* db, const char* sql, int fallback) {
    sqlite3_stmt* st = nullptr;
    int value = fallback;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        value = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return value;
}

// Why `db` must not be copied over a project, or empty when it is a sound Situate project
// this build can read (older formats are migrated when the project is next opened).
QString unsuitable(sqlite3* db) {
    if (pragmaInt(db, "PRAGMA application_id", 0) != schema::applicationId)
        return Tr::tr("not a Situate project");
    const int version = pragmaInt(db, "PRAGMA user_version", -1);
    if (version < 1)
        return Tr::tr("not a Situate project (no schema)");
    if (version > schema::currentVersion())
        return Tr::tr("made by a newer version of Situate (project format %1)").arg(version);
    sqlite3_stmt* st = nullptr;
    QString verdict = Tr::tr("cannot be read");
    if (sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        verdict = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    if (verdict != QLatin1String("ok"))
        return QStringLiteral("damaged (%1)").arg(verdict);
    return {};
}

// Copies the database behind `src` into the new file `target` (removed again on failure).
Status copyInto(sqlite3* src, const QString& target) {
    sqlite3* dst = nullptr;
    const QByteArray path = QFile::encodeName(target);
    int rc = sqlite3_open_v2(path.constData(), &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             nullptr);
    QString error;
    if (rc == SQLITE_OK) {
        rc = copyAll(dst, src);
        if (rc != SQLITE_OK)
            error = describe(rc, dst);
    } else {
        error = dst ? message(dst) : QString::fromUtf8(sqlite3_errstr(rc));
    }
    if (sqlite3_close(dst) != SQLITE_OK && error.isEmpty())
        error = Tr::tr("could not close the copy");
    if (!error.isEmpty()) {
        QFile::remove(target);
        return Status::failure(error);
    }
    return {};
}

} // namespace

Status copyDatabaseTo(const Storage& storage, const QString& target) {
    if (QFileInfo::exists(target))
        return Status::failure(Tr::tr("%1 already exists").arg(target));
    sqlite3* src = sqliteHandle(storage);
    if (!src) {
        // Another SQLite build behind the driver: VACUUM INTO makes an equally consistent copy.
        QSqlQuery q(database(storage));
        if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
            return sqlfailure::statement(q.lastError());
        q.addBindValue(target);
        if (!q.exec())
            return sqlfailure::statement(q.lastError());
        return {};
    }
    return copyInto(src, target);
}

Result<std::shared_ptr<FileSnapshot>> FileSnapshot::open(const QString& path) {
    using R = Result<std::shared_ptr<FileSnapshot>>;
    sqlite3* db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    int rc = sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db, 5000);
        // A read transaction starts at the first read: from here on this connection sees the
        // file as it is now, whatever is written after.
        rc = sqlite3_exec(db, "BEGIN; SELECT count(*) FROM sqlite_schema", nullptr, nullptr,
                          nullptr);
    }
    if (rc != SQLITE_OK) {
        const QString error = db ? message(db) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(db);
        return R::failure(Tr::tr("cannot read %1: %2").arg(path, error), ErrorKind::Io);
    }
    return std::shared_ptr<FileSnapshot>(new FileSnapshot(path, db));
}

FileSnapshot::FileSnapshot(QString path, sqlite3* db)
    : m_path(std::move(path))
    , m_db(db) {}

FileSnapshot::~FileSnapshot() {
    sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(m_db);
}

Status FileSnapshot::copyTo(const QString& target) const {
    if (QFileInfo::exists(target))
        return Status::failure(Tr::tr("%1 already exists").arg(target));
    return copyInto(m_db, target);
}

Status copyDatabaseFrom(Storage& storage, const QString& source) {
    sqlite3* dst = sqliteHandle(storage);
    if (!dst)
        return Status::failure(Tr::tr("restoring needs the SQLite library Situate was "
                                      "built with"));
    sqlite3* src = nullptr;
    const QByteArray path = QFile::encodeName(source);
    int rc = sqlite3_open_v2(path.constData(), &src, SQLITE_OPEN_READONLY, nullptr);
    QString error;
    if (rc == SQLITE_OK) {
        error = unsuitable(src);
        if (error.isEmpty())
            rc = copyAll(dst, src);
        if (error.isEmpty() && rc != SQLITE_OK)
            error = describe(rc, dst);
    } else {
        error = src ? message(src) : QString::fromUtf8(sqlite3_errstr(rc));
    }
    sqlite3_close(src);
    if (!error.isEmpty())
        return Status::failure(error);
    return {};
}

Status copyDatabaseInto(const QString& target, const QString& source,
                        const CopyProgress& progress) {
    // Pages of 4 KiB: a step of 1,024 is 4 MiB, a fraction of a second between questions.
    constexpr int pagesPerStep = 1024;
    sqlite3* src = nullptr;
    sqlite3* dst = nullptr;
    const QByteArray from = QFile::encodeName(source);
    const QByteArray to = QFile::encodeName(target);
    QString error;
    bool stopped = false;
    int rc = sqlite3_open_v2(from.constData(), &src, SQLITE_OPEN_READONLY, nullptr);
    if (rc != SQLITE_OK)
        error = src ? message(src) : QString::fromUtf8(sqlite3_errstr(rc));
    else
        error = unsuitable(src);
    if (error.isEmpty()) {
        rc = sqlite3_open_v2(to.constData(), &dst, SQLITE_OPEN_READWRITE, nullptr);
        if (rc != SQLITE_OK)
            error = dst ? message(dst) : QString::fromUtf8(sqlite3_errstr(rc));
    }
    if (error.isEmpty()) {
        sqlite3_busy_timeout(dst, 5000);
        // The destination's write transaction lasts from the first step to SQLITE_DONE;
        // finishing before then rolls it back.
        sqlite3_backup* b = sqlite3_backup_init(dst, "main", src, "main");
        if (!b) {
            error = message(dst);
        } else {
            do {
                rc = sqlite3_backup_step(b, pagesPerStep);
                const int total = sqlite3_backup_pagecount(b);
                if (rc == SQLITE_OK && progress &&
                    !progress(total - sqlite3_backup_remaining(b), total))
                    stopped = true;
            } while (rc == SQLITE_OK && !stopped);
            const int finish = sqlite3_backup_finish(b);
            if (rc == SQLITE_DONE)
                rc = finish;
            if (!stopped && rc != SQLITE_OK)
                error = describe(rc, dst);
        }
    }
    sqlite3_close(dst);
    sqlite3_close(src);
    if (stopped)
        return Status::failure(QStringLiteral("cancelled"));
    if (!error.isEmpty())
        return Status::failure(error);
    return {};
}

} // namespace situate
