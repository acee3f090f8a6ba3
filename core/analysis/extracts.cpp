// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/extracts.h"

#include "core/analysis/analysiscontext.h"
#include "core/rowmaps.h"
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
                                      QStringLiteral("created")};
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
    // Only the selected codes' codings are read (an index lookup), not the whole table.
    QVector<qint64> codeIds;
    if (!query.codeIds.isEmpty()) {
        const Result<CodeTree> read = CodeTree::read(s);
        if (!read)
            return Status::from(read);
        const CodeTree& tree = *read;
        for (qint64 id : query.codeIds) {
            if (!tree.find(id))
                return Status::failure(QStringLiteral("a code to retrieve no longer exists"),
                                       ErrorKind::NotFound);
            codeIds << id;
            if (query.descendants)
                codeIds << tree.descendants(id);
        }
    }
    auto loaded = AnalysisContext::load(s, query.filter, codeIds);
    if (!loaded)
        return Status::from(loaded);
    const AnalysisContext& ctx = *loaded;
    const int codeCount = int(ctx.codeOrder().size());
    QVector<bool> codeSelected(codeCount, codeIds.isEmpty());
    for (qint64 id : codeIds)
        codeSelected[ctx.codeIndex(id)] = true;
    int question = -1;
    if (query.questionId != 0) {
        for (int q = 0; q < ctx.questions().size(); ++q) {
            if (ctx.questions()[q].id == query.questionId)
                question = q;
        }
        if (question < 0)
            return Status::failure(QStringLiteral("the research question no longer exists"),
                                   ErrorKind::NotFound);
    }
    QVector<QString> paths(codeCount);
    QVector<QStringList> questionCodes(codeCount);
    QVector<bool> codeForQuestion(codeCount, question < 0);
    for (int code = 0; code < codeCount; ++code) {
        paths[code] = ctx.tree().path(ctx.codeOrder()[code]);
        for (int q : ctx.questionsOf(code, query.rollup)) {
            questionCodes[code] << ctx.questions()[q].code;
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

    for (int d = 0; d < ctx.documents().size(); ++d) {
        const DocumentInfo& doc = ctx.documents()[d];
        auto wanted = [&](const AnalysisContext::Span& span) {
            return codeSelected[span.code] && codeForQuestion[span.code];
        };
        QVector<qint64> ids;
        for (auto* span = ctx.spansBegin(d); span != ctx.spansEnd(d); ++span) {
            if (wanted(*span))
                ids << span->id;
        }
        if (ids.isEmpty())
            continue;
        const QString text = s.documentText(doc.id);
        const OffsetMap map(text);
        // A few codings of a document are looked up by id; most of them, in one pass. (With
        // a code selection the context holds only those codes, so it cannot tell.)
        const bool few = !codeIds.isEmpty() || ids.size() * 4 < ctx.spansEnd(d) - ctx.spansBegin(d);
        auto details = few ? loadCodingDetailsById(s, ids) : loadCodingDetails(s, doc.id);
        if (!details)
            return Status::from(details);
        QHash<qint64, qsizetype> detailIndex;
        detailIndex.reserve(details->size());
        for (qsizetype i = 0; i < details->size(); ++i)
            detailIndex.insert(details->at(i).id, i);
        QStringList cases;
        for (qint64 k : doc.caseIds)
            cases << caseNames->value(k);
        QStringList attributeValues;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (columns[c].attribute.scope == AttributeScope::Document) {
                attributeValues << values[c].value(doc.id);
                continue;
            }
            QStringList distinct;
            for (qint64 k : doc.caseIds) {
                const QString v = values[c].value(k);
                if (!v.isEmpty() && !distinct.contains(v))
                    distinct << v;
            }
            attributeValues << distinct.join(QLatin1Char(';'));
        }

        for (auto* span = ctx.spansBegin(d); span != ctx.spansEnd(d); ++span) {
            if (!wanted(*span))
                continue;
            Extract x;
            x.codingId = span->id;
            const CodingDetail detail = details->value(detailIndex.value(span->id, -1));
            x.uuid = detail.uuid;
            x.memo = detail.memo;
            x.created = detail.created;
            x.documentId = doc.id;
            x.document = doc.name;
            x.cases = cases;
            x.codeId = ctx.codeOrder()[span->code];
            x.codePath = paths[span->code];
            x.researchQuestions = questionCodes[span->code];
            x.coderId = ctx.coders()[span->coder].id;
            x.coder = ctx.coders()[span->coder].name;
            x.start = span->start;
            x.end = span->end;
            x.text = map.slice(text, span->start, span->end);
            if (query.contextLength > 0) {
                x.before = map.slice(text, std::max<qint64>(0, span->start - query.contextLength),
                                     span->start);
                x.after =
                    map.slice(text, span->end,
                              std::min<qint64>(map.length(), span->end + query.contextLength));
            }
            x.attributeValues = attributeValues;
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
