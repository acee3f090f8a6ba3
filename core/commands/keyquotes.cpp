// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/keyquotes.h"

#include "core/storage/keyquotequeries.h"

namespace situate {

namespace {

const QString kTable = QStringLiteral("key_quotes");

} // namespace

Status setKeyQuotes(Editor& e, const QVector<qint64>& codingIds, bool on) {
    const Storage& s = e.storage();
    for (qint64 id : codingIds) {
        if (!s.coding(id))
            return Status::failure(QStringLiteral("there is no coding %1").arg(id),
                                   ErrorKind::NotFound);
    }
    const Result<QSet<qint64>> flagged = loadKeyQuoteIds(s);
    if (!flagged)
        return Status::from(flagged);
    QSet<qint64> done;
    for (qint64 id : codingIds) {
        if (done.contains(id) || flagged->contains(id) == on)
            continue;
        done.insert(id);
        if (on) {
            if (Result<qint64> r = e.insert(kTable, {{QStringLiteral("id"), id}}); !r)
                return Status::from(r);
        } else if (Status st = e.remove(kTable, id); !st) {
            return st;
        }
    }
    return {};
}

Result<QSet<qint64>> keyQuoteIds(const Storage& s) {
    return loadKeyQuoteIds(s);
}

Result<bool> isKeyQuote(const Storage& s, qint64 codingId) {
    return loadIsKeyQuote(s, codingId);
}

Result<QVector<qint64>> resolveCodingIds(const Storage& s, const QStringList& ids) {
    QVector<qint64> out;
    QStringList unknown;
    for (const QString& given : ids) {
        const QString id = given.trimmed();
        bool number = false;
        const qint64 n = id.toLongLong(&number);
        if (number) {
            if (n > 0 && s.coding(n)) {
                out << n;
                continue;
            }
        } else if (!id.isEmpty()) {
            Result<std::optional<qint64>> found = loadCodingIdByUuid(s, id);
            if (!found)
                return Status::from(found);
            if (*found) {
                out << **found;
                continue;
            }
        }
        unknown << (id.isEmpty() ? QStringLiteral("(empty)") : id);
    }
    if (!unknown.isEmpty())
        return Status::failure(
            (unknown.size() == 1 ? QStringLiteral("no coding has the id %1; nothing was changed")
                                 : QStringLiteral("no coding has the ids %1; nothing was changed"))
                .arg(unknown.join(QStringLiteral(", "))),
            ErrorKind::NotFound);
    return out;
}

} // namespace situate
