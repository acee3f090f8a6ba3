// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/search.h"

#include "core/text.h"

#include <QAtomicInt>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace situate {

namespace {

QAtomicInt searchConnections;

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
                                         int maxHits, const std::atomic_bool* cancel) {
    using R = Result<QVector<SearchHit>>;
    if (query.isEmpty())
        return QVector<SearchHit>{};
    const QString name =
        QStringLiteral("situate-search-%1").arg(searchConnections.fetchAndAddRelaxed(1));
    QVector<SearchHit> hits;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(projectPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            // The matching documents in order first, their texts one at a time after: a
            // frequent phrase matches most documents, and ordering the texts themselves made
            // SQLite read and sort all of them before the first hit, though the hit limit
            // is usually reached after a few.
            // One read transaction, so the texts are those of the documents that matched.
            db.transaction();
            QVector<std::pair<qint64, QString>> matching;
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(QStringLiteral(
                "SELECT d.id, d.name FROM document_fts f JOIN documents d ON "
                "d.id = f.rowid WHERE document_fts MATCH ? ORDER BY d.sort_order, d.name"));
            q.addBindValue(query.ftsExpression());
            if (!q.exec())
                error = q.lastError().text();
            while (error.isEmpty() && q.next())
                matching.append({q.value(0).toLongLong(), q.value(1).toString()});
            q.finish();
            QSqlQuery textQuery(db);
            textQuery.setForwardOnly(true);
            if (error.isEmpty() &&
                !textQuery.prepare(QStringLiteral("SELECT text FROM documents WHERE id = ?")))
                error = textQuery.lastError().text();
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
                    error = textQuery.lastError().text();
                    break;
                }
                if (!textQuery.next())
                    continue;
                const QString text = textQuery.value(0).toString();
                textQuery.finish();
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
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!error.isEmpty())
        return R::failure(QStringLiteral("search failed: ") + error);
    return hits;
}

} // namespace situate
