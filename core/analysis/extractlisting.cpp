// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/extractlisting.h"

#include "core/rowmaps.h"
#include "core/storage/analysisqueries.h"
#include "core/storage/keyquotequeries.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::analysis)
};
} // namespace

namespace situate {

namespace {

// The codes a query selects, sub-codes included when it asks; empty for every code.
Result<QVector<qint64>> selectedCodes(const Storage& s, const ExtractQuery& query) {
    QVector<qint64> codeIds;
    if (query.codeIds.isEmpty())
        return codeIds;
    const Result<CodeTree> read = CodeTree::read(s);
    if (!read)
        return Status::from(read);
    const CodeTree& tree = *read;
    for (qint64 id : query.codeIds) {
        if (!tree.find(id))
            return Status::failure(Tr::tr("a code to retrieve no longer exists"),
                                   ErrorKind::NotFound);
        codeIds << id;
        if (query.descendants)
            codeIds << tree.descendants(id);
    }
    return codeIds;
}

} // namespace

Result<ExtractListing> ExtractListing::read(const Storage& s, const ExtractQuery& query) {
    // Only the selected codes' codings are read (an index lookup), not the whole table.
    const Result<QVector<qint64>> codeIds = selectedCodes(s, query);
    if (!codeIds)
        return Status::from(codeIds);
    auto loaded = AnalysisContext::load(s, query.filter, *codeIds);
    if (!loaded)
        return Status::from(loaded);
    Result<QSet<qint64>> keyQuotes = loadKeyQuoteIds(s);
    if (!keyQuotes)
        return Status::from(keyQuotes);
    ExtractListing out;
    out.m_query = query;
    out.m_ctx = loaded.take();
    out.m_keyQuotes = keyQuotes.take();
    const AnalysisContext& ctx = out.m_ctx;
    const int codeCount = int(ctx.codeOrder().size());
    QVector<bool> codeSelected(codeCount, codeIds->isEmpty());
    for (qint64 id : *codeIds)
        codeSelected[ctx.codeIndex(id)] = true;
    int question = -1;
    if (query.questionId != 0) {
        for (int q = 0; q < ctx.questions().size(); ++q) {
            if (ctx.questions()[q].id == query.questionId)
                question = q;
        }
        if (question < 0)
            return Status::failure(Tr::tr("the research question no longer exists"),
                                   ErrorKind::NotFound);
    }
    out.m_paths.resize(codeCount);
    out.m_questionCodes.resize(codeCount);
    QVector<bool> codeForQuestion(codeCount, question < 0);
    for (int code = 0; code < codeCount; ++code) {
        out.m_paths[code] = ctx.tree().path(ctx.codeOrder()[code]);
        for (int q : ctx.questionsOf(code, query.rollup)) {
            out.m_questionCodes[code] << ctx.questions()[q].code;
            codeForQuestion[code] = codeForQuestion[code] || q == question;
        }
    }

    const Result<QHash<qint64, QString>> caseNames = byId(s.cases(), &Case::name);
    if (!caseNames)
        return Status::from(caseNames);
    const Result<QVector<ExtractAttributeColumn>> readColumns = extractAttributeColumns(s);
    if (!readColumns)
        return Status::from(readColumns);
    const QVector<ExtractAttributeColumn>& columns = *readColumns;
    QVector<QHash<qint64, QString>> values;
    for (const ExtractAttributeColumn& c : columns) {
        Result<QHash<qint64, QString>> read = s.attributeValues(c.attribute.id);
        if (!read)
            return Status::from(read);
        values << read.take();
    }

    const int documents = int(ctx.documents().size());
    out.m_documentBegin.reserve(documents + 1);
    out.m_cases.resize(documents);
    out.m_attributeValues.resize(documents);
    static const std::vector<Interval> none;
    for (int d = 0; d < documents; ++d) {
        out.m_documentBegin << out.m_rows.size();
        const auto* base = ctx.spansBegin(0);
        const std::vector<Interval>* ranges = nullptr;
        if (query.within) {
            const auto found = query.within->constFind(ctx.documents()[d].id);
            ranges = found == query.within->cend() ? &none : &*found;
        }
        for (auto* span = ctx.spansBegin(d); span != ctx.spansEnd(d); ++span) {
            if (codeSelected[span->code] && codeForQuestion[span->code] &&
                (!ranges || sharesCharacter(*ranges, span->start, span->end)) &&
                (!query.keyQuotesOnly || out.m_keyQuotes.contains(span->id)))
                out.m_rows << int(span - base);
        }
        if (out.m_rows.size() == out.m_documentBegin.last())
            continue;
        ++out.m_documentCount;
        const DocumentInfo& doc = ctx.documents()[d];
        for (qint64 k : doc.caseIds)
            out.m_cases[d] << caseNames->value(k);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (columns[c].attribute.scope == AttributeScope::Document) {
                out.m_attributeValues[d] << values[c].value(doc.id);
                continue;
            }
            QStringList distinct;
            for (qint64 k : doc.caseIds) {
                const QString v = values[c].value(k);
                if (!v.isEmpty() && !distinct.contains(v))
                    distinct << v;
            }
            out.m_attributeValues[d] << distinct.join(QLatin1Char(';'));
        }
    }
    out.m_documentBegin << out.m_rows.size();
    return out;
}

Result<ExtractListing> ExtractListing::readHead(const Storage& s, const ExtractQuery& query,
                                                int documents) {
    const Result<QVector<DocumentInfo>> all = s.documents();
    if (!all)
        return Status::from(all);
    const QSet<qint64> named(query.filter.documentIds.cbegin(), query.filter.documentIds.cend());
    QVector<qint64> first;
    qsizetype candidates = 0;
    for (const DocumentInfo& d : *all) {
        if (!named.isEmpty() && !named.contains(d.id))
            continue;
        ++candidates;
        if (first.size() < documents)
            first << d.id;
    }
    if (candidates <= documents)
        return read(s, query);
    ExtractQuery head = query;
    head.filter.documentIds = first;
    Result<ExtractListing> out = read(s, head);
    if (out) {
        out->m_query = query;
        out->m_whole = false;
    }
    return out;
}

int ExtractListing::documentOf(qsizetype row) const {
    // The last document whose first row is at or before `row` (documents without rows share
    // their first row with the next one, which upper_bound passes).
    const auto it = std::upper_bound(m_documentBegin.cbegin(), m_documentBegin.cend(), row);
    return int(it - m_documentBegin.cbegin()) - 1;
}

Extract ExtractListing::row(qsizetype row) const {
    const AnalysisContext::Span& s = span(row);
    const int d = documentOf(row);
    const DocumentInfo& doc = m_ctx.documents()[d];
    Extract x;
    x.codingId = s.id;
    x.documentId = doc.id;
    x.document = doc.name;
    x.cases = m_cases[d];
    x.codeId = m_ctx.codeOrder()[s.code];
    x.codePath = m_paths[s.code];
    x.researchQuestions = m_questionCodes[s.code];
    x.coderId = m_ctx.coders()[s.coder].id;
    x.coder = m_ctx.coders()[s.coder].name;
    x.start = s.start;
    x.end = s.end;
    x.attributeValues = m_attributeValues[d];
    x.keyQuote = m_keyQuotes.contains(s.id);
    return x;
}

Result<QVector<Extract>> extractPage(const Storage& s, const ExtractListing& listing,
                                     qsizetype first, qsizetype count) {
    first = std::clamp<qsizetype>(first, 0, listing.size());
    count = std::clamp<qsizetype>(count, 0, listing.size() - first);
    QVector<qint64> ids;
    ids.reserve(count);
    for (qsizetype r = first; r < first + count; ++r)
        ids << listing.codingId(r);
    const auto texts = loadCodingTexts(s, ids, listing.query().contextLength);
    if (!texts)
        return Status::from(texts);
    const auto details = loadCodingDetailsById(s, ids);
    if (!details)
        return Status::from(details);
    QVector<Extract> out;
    out.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        Extract x = listing.row(first + i);
        x.text = texts->at(i).text;
        x.before = texts->at(i).before;
        x.after = texts->at(i).after;
        x.uuid = details->at(i).uuid;
        x.memo = details->at(i).memo;
        x.created = details->at(i).created;
        out << std::move(x);
    }
    return out;
}

} // namespace situate
