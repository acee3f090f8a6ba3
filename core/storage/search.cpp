// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search.h"

#include "core/location.h"
#include "core/storage/connections.h"
#include "core/storage/dialect.h"
#include "core/storage/sqlfailure.h"
#include "core/text.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::storage)
};
} // namespace

namespace situate {

namespace {

QString quoted(const QString& term) {
    QString t = term;
    t.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

// Occurrences of one term in the text, as UTF-16 ranges.
QRegularExpression patternFor(const QString& term, bool prefix, bool phrase) {
    QString p;
    if (phrase) {
        QStringList parts;
        for (const QString& w :
             term.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            parts << QRegularExpression::escape(w);
        p = parts.join(QStringLiteral("\\s+"));
    } else {
        p = QRegularExpression::escape(term);
    }
    p = QStringLiteral("(?<![\\w])") + p +
        (prefix ? QStringLiteral("\\w*") : QStringLiteral("(?![\\w])"));
    return QRegularExpression(p, QRegularExpression::CaseInsensitiveOption |
                                     QRegularExpression::UseUnicodePropertiesOption);
}

// A read connection of the search's own, to a file or to a PostgreSQL project.
Status openReader(const QString& location, const QString& name, const ConnectionSecret& secret) {
    if (!isServerLocation(location))
        return connections::openSqlite(
            name, location, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    Result<dialect::PostgresLocation> l = dialect::parsePostgresUrl(location);
    if (!l)
        return Status::from(l);
    l->password = secret.password;
    return connections::openPostgres(name, *l);
}

// The documents the index says may hold every term, in list order. On PostgreSQL a phrase
// asks the index only for its words (tsvector positions stop at 16383, so phraseto_tsquery
// would miss a phrase late in a long transcript); searchProject then keeps the documents
// whose text holds the phrase. A document too large for a tsvector has none and is always
// read.
QSqlQuery candidates(const QSqlDatabase& db, bool postgres, const SearchQuery& query) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!postgres) {
        q.prepare(QStringLiteral(
            "SELECT d.id, d.name FROM document_fts f JOIN documents d ON "
            "d.id = f.rowid WHERE document_fts MATCH ? ORDER BY d.sort_order, d.name"));
        q.addBindValue(query.ftsExpression());
        return q;
    }
    QStringList parts;
    QVariantList binds;
    for (const QString& w : query.words + query.phrases) {
        parts << QStringLiteral("plainto_tsquery('simple', ?)");
        binds << w;
    }
    for (QString p : query.prefixes) {
        p.replace(QLatin1String("\\"), QLatin1String("\\\\"));
        p.replace(QLatin1String("'"), QLatin1String("''"));
        parts << QStringLiteral("to_tsquery('simple', ?)");
        binds << QLatin1Char('\'') + p + QLatin1String("':*");
    }
    q.prepare(QStringLiteral("SELECT d.id, d.name FROM documents d JOIN document_search s ON "
                             "s.document_id = d.id WHERE s.fts IS NULL OR s.fts @@ (%1) "
                             "ORDER BY d.sort_order, d.name")
                  .arg(parts.join(QStringLiteral(" && "))));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    return q;
}

} // namespace

SearchQuery SearchQuery::parse(const QString& text) {
    SearchQuery q;
    static const QRegularExpression token(QStringLiteral("\"([^\"]*)\"|(\\S+)"));
    auto it = token.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(1) > 0) {
            const QString phrase = m.captured(1).simplified();
            if (!phrase.isEmpty())
                q.phrases << phrase;
            continue;
        }
        QString word = m.captured(2);
        // Punctuation around a word is not part of what users mean to find.
        static const QRegularExpression edges(QStringLiteral("^[^\\w*]+|[^\\w*]+$"),
                                              QRegularExpression::UseUnicodePropertiesOption);
        word.remove(edges);
        if (word.isEmpty() || word == QLatin1String("*"))
            continue;
        if (word.endsWith(QLatin1Char('*'))) {
            word.chop(1);
            word.remove(QLatin1Char('*'));
            if (!word.isEmpty())
                q.prefixes << word;
        } else {
            word.remove(QLatin1Char('*'));
            if (!word.isEmpty())
                q.words << word;
        }
    }
    return q;
}

QString SearchQuery::ftsExpression() const {
    QStringList parts;
    for (const QString& w : words)
        parts << quoted(w);
    for (const QString& p : phrases)
        parts << quoted(p);
    for (const QString& p : prefixes)
        parts << quoted(p) + QLatin1Char('*');
    return parts.join(QLatin1Char(' '));
}

Result<QVector<SearchHit>> searchProject(const QString& projectPath, const SearchQuery& query,
                                         int maxHits, const std::atomic_bool* cancel,
                                         const ConnectionSecret& secret) {
    using R = Result<QVector<SearchHit>>;
    if (query.isEmpty())
        return QVector<SearchHit>{};
    const QString name = connections::newName("search");
    QVector<SearchHit> hits;
    QString error;
    {
        const Status opened = openReader(projectPath, name, secret);
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!opened) {
            error = opened.error();
        } else {
            // The matching documents in order first, their texts one at a time after: a
            // frequent phrase matches most documents, and ordering the texts themselves made
            // SQLite read and sort all of them before the first hit, though the hit limit
            // is usually reached after a few.
            // One read transaction, so the texts are those of the documents that matched.
            db.transaction();
            QVector<std::pair<qint64, QString>> matching;
            const bool postgres = isServerLocation(projectPath);
            QSqlQuery q = candidates(db, postgres, query);
            if (!q.exec())
                error = sqlfailure::statement(q.lastError()).error();
            while (error.isEmpty() && q.next())
                matching.append({q.value(0).toLongLong(), q.value(1).toString()});
            q.finish();
            QSqlQuery textQuery(db);
            textQuery.setForwardOnly(true);
            if (error.isEmpty() &&
                !textQuery.prepare(QStringLiteral("SELECT text FROM documents WHERE id = ?")))
                error = sqlfailure::statement(textQuery.lastError()).error();
            QVector<QRegularExpression> patterns;
            for (const QString& w : query.words)
                patterns << patternFor(w, false, false);
            for (const QString& p : query.phrases)
                patterns << patternFor(p, false, true);
            for (const QString& p : query.prefixes)
                patterns << patternFor(p, true, false);
            for (const auto& [id, docName] : matching) {
                if (!error.isEmpty() || hits.size() >= maxHits)
                    break;
                if (cancel && cancel->load())
                    break;
                textQuery.bindValue(0, id);
                if (!textQuery.exec()) {
                    error = sqlfailure::statement(textQuery.lastError()).error();
                    break;
                }
                if (!textQuery.next())
                    continue;
                const QString text = textQuery.value(0).toString();
                textQuery.finish();
                // The server only asked for a phrase's words (see candidates()): a document
                // must hold each phrase itself, as FTS5's phrase match requires.
                if (postgres &&
                    !std::all_of(patterns.cbegin() + query.words.size(),
                                 patterns.cbegin() + query.words.size() + query.phrases.size(),
                                 [&text](const QRegularExpression& re) {
                                     return re.match(text).hasMatch();
                                 }))
                    continue;
                QVector<std::pair<qsizetype, qsizetype>> ranges;
                for (const QRegularExpression& re : patterns) {
                    auto it = re.globalMatch(text);
                    while (it.hasNext()) {
                        const auto m = it.next();
                        ranges.append({m.capturedStart(), m.capturedEnd()});
                    }
                }
                std::sort(ranges.begin(), ranges.end());
                const OffsetMap map(text);
                qsizetype lastEnd = -1;
                for (const auto& [a, b] : ranges) {
                    if (a < lastEnd)
                        continue; // overlapping matches of two terms: keep the first
                    lastEnd = b;
                    SearchHit h;
                    h.documentId = id;
                    h.documentName = docName;
                    h.start = map.toCodePoint(a);
                    h.end = map.toCodePoint(b);
                    const qsizetype from = std::max<qsizetype>(0, a - 60);
                    h.before =
                        text.mid(from, a - from).replace(QLatin1Char('\n'), QLatin1Char(' '));
                    h.match = text.mid(a, b - a);
                    h.after = text.mid(b, 60).replace(QLatin1Char('\n'), QLatin1Char(' '));
                    hits << h;
                    if (hits.size() >= maxHits)
                        break;
                }
            }
            textQuery.finish();
            db.rollback();
        }
    }
    connections::remove(name);
    if (!error.isEmpty())
        return R::failure(Tr::tr("search failed: ") + error);
    return hits;
}

} // namespace situate
