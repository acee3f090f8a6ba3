// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/queryreads.h"

#include "core/storage/spanreader.h"
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

namespace {

// A failed statement on the sqlite3 handle, as users read it: what was being done, then
// SQLite's own sentence.
Status failed(sqlite3* db, int rc, const QString& doing) {
    return sqlfailure::statement(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)),
                                           QSqlError::StatementError, QString::number(rc)),
                                 doing);
}

} // namespace

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

void TextReader::read(qint64 id,
                      const std::function<void(const char* utf8, qsizetype size)>& take) {
    if (!m_statement) {
        const QByteArray text = m_storage.documentText(id).toUtf8();
        take(text.constData(), text.size());
        return;
    }
    sqlite3_reset(m_statement);
    sqlite3_bind_int64(m_statement, 1, id);
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, 0));
        take(bytes, sqlite3_column_bytes(m_statement, 0));
    } else if (rc != SQLITE_DONE && m_status) {
        m_status =
            failed(sqlite3_db_handle(m_statement), rc, Tr::tr("cannot read a document's text"));
    }
    sqlite3_reset(m_statement);
}

Result<QVector<CodingSpan>> loadCodeSpans(const Storage& s, const QVector<qint64>& codes) {
    // Within SQLite's smallest limit on bound parameters; beyond it the plain read.
    constexpr qsizetype kMaxCodes = 999;
    sqlite3* db = sqliteHandle(s);
    if (codes.isEmpty())
        return QVector<CodingSpan>();
    if (!db || codes.size() > kMaxCodes)
        return loadCodingSpans(s, codes);
    QByteArray sql = "SELECT id, document_id, code_id, coder_id, start, \"end\" FROM codings "
                     "WHERE id IN (SELECT id FROM codings WHERE code_id IN (?";
    sql += QByteArray(",?").repeated(codes.size() - 1) + "))";
    sqlite3_stmt* st = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &st, nullptr);
    QVector<CodingSpan> out;
    if (rc == SQLITE_OK) {
        for (int i = 0; i < codes.size(); ++i)
            sqlite3_bind_int64(st, i + 1, codes[i]);
        rc = spanreader::appendSpans(st, out);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return failed(db, rc, Tr::tr("cannot read codings"));
    return out;
}

} // namespace situate
