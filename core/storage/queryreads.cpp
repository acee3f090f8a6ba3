// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/queryreads.h"

#include "core/storage/sqlfailure.h"
#include "core/storage/sqlitestorage.h"
#include "core/storage/storageconnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::storage)
};
} // namespace

namespace situate {

Result<QVector<SpeakerTurnRow>> loadSpeakerTurnRows(const Storage& s) {
    return readAll<SpeakerTurnRow>(
        s,
        QStringLiteral("SELECT document_id, speaker, start, \"end\" FROM speaker_turns "
                       "ORDER BY document_id, start, id"),
        {}, QStringLiteral("speaker turns"), [](const QSqlQuery& q) {
            return SpeakerTurnRow{q.value(0).toLongLong(), q.value(1).toString(),
                                  q.value(2).toLongLong(), q.value(3).toLongLong()};
        });
}

Result<QStringList> loadSpeakerNames(const Storage& s) {
    Result<QVector<QString>> names = readAll<QString>(
        s, QStringLiteral("SELECT DISTINCT speaker FROM speaker_turns ORDER BY speaker"), {},
        QStringLiteral("speaker names"), [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!names)
        return Status::from(names);
    return QStringList(names->begin(), names->end());
}

TextReader::TextReader(const Storage& s)
    : m_storage(s) {
    if (sqlite3* db = sqliteHandle(s))
        if (sqlite3_prepare_v2(db, "SELECT text FROM documents WHERE id = ?", -1, &m_statement,
                               nullptr) != SQLITE_OK) {
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
}

TextReader::~TextReader() {
    sqlite3_finalize(m_statement);
}

QString TextReader::text(qint64 id) {
    if (!m_statement)
        return m_storage.documentText(id);
    sqlite3_reset(m_statement);
    sqlite3_bind_int64(m_statement, 1, id);
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, 0));
        const int size = sqlite3_column_bytes(m_statement, 0);
        QString text = QString::fromUtf8(bytes, size);
        sqlite3_reset(m_statement);
        return text;
    }
    if (rc != SQLITE_DONE && m_status)
        m_status = sqlfailure::statement(
            QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))),
                      QSqlError::StatementError, QString::number(rc)),
            Tr::tr("cannot read a document's text"));
    sqlite3_reset(m_statement);
    return {};
}

} // namespace situate
