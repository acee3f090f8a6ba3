// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/rollbackjournal.h"

#include "core/storage/storageconnection.h"
#include "core/storage/storagerows.h"

namespace situate {

using storagerows::run;

namespace {

// Sets the journal mode; true when SQLite answers with the mode asked for.
bool setJournalMode(Storage& storage, const QString& mode, const QString& synchronous) {
    StorageConnection& c = connection(storage);
    QSqlQuery q = run(c.database(), QStringLiteral("PRAGMA journal_mode = ") + mode);
    const bool set = !q.lastError().isValid() && q.next() &&
                     q.value(0).toString().compare(mode, Qt::CaseInsensitive) == 0;
    q.finish();
    if (set)
        run(c.database(), QStringLiteral("PRAGMA synchronous = ") + synchronous);
    return set;
}

} // namespace

RollbackJournalScope::RollbackJournalScope(Storage& storage)
    : m_storage(storage) {
    if (!isPostgres(storage))
        m_active = setJournalMode(storage, QStringLiteral("DELETE"), QStringLiteral("FULL"));
}

RollbackJournalScope::~RollbackJournalScope() {
    // Back to the log, which every other place (readers beside a writer, the GUI) expects; if
    // that fails the file stays in rollback mode, which is as safe, and the next open sets WAL.
    if (m_active)
        setJournalMode(m_storage, QStringLiteral("WAL"), QStringLiteral("NORMAL"));
}

} // namespace situate
