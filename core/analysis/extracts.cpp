// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/extracts.h"

#include "core/analysis/extractlisting.h"
#include "core/storage/analysisqueries.h"
#include "core/text.h"

#include <QSet>

namespace situate {

Result<QVector<ExtractAttributeColumn>> extractAttributeColumns(const Storage& s) {
    // Names a header must not repeat: the fixed columns, and the other scope's attributes.
    static const QStringList fixed = {QStringLiteral("coding_id"),
                                      QStringLiteral("document"),
                                      QStringLiteral("case"),
                                      QStringLiteral("code"),
                                      QStringLiteral("research_questions"),
                                      QStringLiteral("coder"),
                                      QStringLiteral("start"),
                                      QStringLiteral("end"),
                                      QStringLiteral("text"),
                                      QStringLiteral("memo"),
                                      QStringLiteral("created"),
                                      QStringLiteral("key_quote")};
    const Result<QVector<Attribute>> attributes = s.attributes();
    if (!attributes)
        return Status::from(attributes);
    const QVector<Attribute>& all = *attributes;
    QVector<ExtractAttributeColumn> out;
    for (AttributeScope scope : {AttributeScope::Case, AttributeScope::Document}) {
        for (const Attribute& a : all) {
            if (a.scope != scope)
                continue;
            bool clash = fixed.contains(a.name, Qt::CaseInsensitive);
            for (const Attribute& b : all)
                clash = clash ||
                        (b.scope != a.scope && b.name.compare(a.name, Qt::CaseInsensitive) == 0);
            QString header = a.name;
            if (clash)
                header += scope == AttributeScope::Case ? QStringLiteral(" (case)")
                                                        : QStringLiteral(" (document)");
            out << ExtractAttributeColumn{a, header};
        }
    }
    return out;
}

Status forEachExtract(const Storage& s, const ExtractQuery& query,
                      const std::function<bool(const Extract&)>& visit) {
    const Result<ExtractListing> read = ExtractListing::read(s, query);
    if (!read)
        return Status::from(read);
    const ExtractListing& listing = *read;
    const AnalysisContext& ctx = listing.context();
    for (int d = 0; d < ctx.documents().size(); ++d) {
        if (query.progress && !query.progress(d, ctx.documents().size()))
            return Status::failure(QStringLiteral("cancelled"));
        const qsizetype first = listing.documentBegin(d);
        const qsizetype rows = listing.documentBegin(d + 1) - first;
        if (rows == 0)
            continue;
        const qint64 documentId = ctx.documents()[d].id;
        QVector<qint64> ids;
        ids.reserve(rows);
        for (qsizetype r = first; r < first + rows; ++r)
            ids << listing.codingId(r);
        const QString text = s.documentText(documentId);
        const OffsetMap map(text);
        // A few codings of a document are looked up by id; most of them, in one pass. (With
        // a code selection the context holds only those codes, so it cannot tell.)
        const bool few = !query.codeIds.isEmpty() || rows * 4 < ctx.spansEnd(d) - ctx.spansBegin(d);
        auto details = few ? loadCodingDetailsById(s, ids) : loadCodingDetails(s, documentId);
        if (!details)
            return Status::from(details);
        QHash<qint64, qsizetype> detailIndex;
        detailIndex.reserve(details->size());
        for (qsizetype i = 0; i < details->size(); ++i)
            detailIndex.insert(details->at(i).id, i);

        for (qsizetype r = first; r < first + rows; ++r) {
            Extract x = listing.row(r);
            const CodingDetail detail = details->value(detailIndex.value(x.codingId, -1));
            x.uuid = detail.uuid;
            x.memo = detail.memo;
            x.created = detail.created;
            x.text = map.slice(text, x.start, x.end);
            if (query.contextLength > 0) {
                x.before =
                    map.slice(text, std::max<qint64>(0, x.start - query.contextLength), x.start);
                x.after = map.slice(text, x.end,
                                    std::min<qint64>(map.length(), x.end + query.contextLength));
            }
            if (!visit(x))
                return {};
        }
    }
    return {};
}

Result<QVector<Extract>> extracts(const Storage& s, const ExtractQuery& query) {
    QVector<Extract> out;
    Status st = forEachExtract(s, query, [&](const Extract& x) {
        out << x;
        return true;
    });
    if (!st)
        return st;
    return out;
}

Status forEachExtractKeyQuotesFirst(const Storage& s, const ExtractQuery& query,
                                    const std::function<bool(const Extract&)>& visit) {
    ExtractQuery flagged = query;
    flagged.keyQuotesOnly = true;
    bool more = true;
    if (Status st = forEachExtract(s, flagged,
                                   [&](const Extract& x) {
                                       more = visit(x);
                                       return more;
                                   });
        !st || !more || query.keyQuotesOnly)
        return st;
    return forEachExtract(s, query, [&](const Extract& x) { return x.keyQuote || visit(x); });
}

ExtractQuery extractQueryForCell(const FrequencyRequest& request, const FrequencyMatrix& matrix,
                                 qsizetype row, qsizetype column) {
    ExtractQuery q;
    q.filter = request.filter;
    q.codeIds = {matrix.rows.value(row).codeId};
    q.descendants = request.descendants;
    q.rollup = request.rollup;
    const MatrixColumn col = matrix.columns.value(column);
    switch (request.by) {
    case Dimension::Case:
        q.filter.caseIds = {col.id};
        break;
    case Dimension::Document:
        q.filter.documentIds = {col.id};
        break;
    case Dimension::Coder:
        q.filter.coderIds = {col.id};
        break;
    case Dimension::ResearchQuestion:
        q.questionId = col.id;
        break;
    case Dimension::Attribute:
        q.filter.attributes.removeIf(
            [&](const AttributeCondition& c) { return c.attributeId == request.attributeId; });
        q.filter.attributes << AttributeCondition{request.attributeId, {col.key}};
        break;
    }
    return q;
}

} // namespace situate
