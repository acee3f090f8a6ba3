// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/analysiscontext.h"

#include "core/analysis/spanbuckets.h"
#include "core/rowmaps.h"
#include "core/storage/analysisqueries.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <vector>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::analysis)
};
} // namespace

namespace situate {

namespace {

// Owners whose value of the attribute is one of the condition's values.
Result<QSet<qint64>> ownersMatching(const Storage& s, const AttributeCondition& c) {
    const Result<QHash<qint64, QString>> read = s.attributeValues(c.attributeId);
    if (!read)
        return Status::from(read);
    const QHash<qint64, QString>& values = *read;
    QSet<qint64> out;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (c.values.contains(it.value()))
            out.insert(it.key());
    }
    return out;
}

// Whether the filter keeps the case or document `id`: among `chosen` when any are, and among
// the owners of every attribute condition.
bool kept(qint64 id, const QVector<qint64>& chosen, const QVector<QSet<qint64>>& conditions) {
    if (!chosen.isEmpty() && !chosen.contains(id))
        return false;
    return std::all_of(conditions.cbegin(), conditions.cend(),
                       [&](const QSet<qint64>& owners) { return owners.contains(id); });
}

} // namespace

Result<AnalysisContext> AnalysisContext::load(const Storage& s, const AnalysisFilter& filter,
                                              const QVector<qint64>& onlyCodes, Read read) {
    AnalysisContext c;
    Result<CodeTree> tree = CodeTree::read(s);
    if (!tree)
        return Status::from(tree);
    c.m_tree = tree.take();
    for (qint64 top : c.m_tree.children(0)) {
        c.m_codeOrder << top;
        c.m_codeOrder << c.m_tree.descendants(top);
    }
    for (int i = 0; i < c.m_codeOrder.size(); ++i) {
        c.m_codeIndex.insert(c.m_codeOrder[i], i);
        c.m_codeDepth << int(c.m_tree.ancestors(c.m_codeOrder[i]).size());
    }

    // Attribute conditions split by scope; each is already one OR-group per attribute.
    const Result<QHash<qint64, AttributeScope>> readScopes =
        byId(s.attributes(), &Attribute::scope);
    if (!readScopes)
        return Status::from(readScopes);
    const QHash<qint64, AttributeScope>& scopes = *readScopes;
    QVector<QSet<qint64>> caseConditions, documentConditions;
    for (const AttributeCondition& cond : filter.attributes) {
        if (!scopes.contains(cond.attributeId))
            return Result<AnalysisContext>::failure(
                Tr::tr("the filter names an attribute that no longer exists"), ErrorKind::NotFound);
        Result<QSet<qint64>> owners = ownersMatching(s, cond);
        if (!owners)
            return Status::from(owners);
        (scopes.value(cond.attributeId) == AttributeScope::Case ? caseConditions
                                                                : documentConditions)
            << owners.take();
    }

    QVector<Case> cases;
    QVector<DocumentInfo> documents;
    if (Status failed;
        !takeValue(s.cases(), cases, &failed) || !takeValue(s.documents(), documents, &failed))
        return failed;
    const bool caseLevelFilter = !filter.caseIds.isEmpty() || !caseConditions.isEmpty();
    QHash<qint64, int> caseIndex;
    for (const Case& k : cases) {
        if (!kept(k.id, filter.caseIds, caseConditions))
            continue;
        caseIndex.insert(k.id, int(c.m_cases.size()));
        c.m_cases << k;
    }

    QHash<qint64, int> documentIndex;
    for (const DocumentInfo& d : documents) {
        if (!kept(d.id, filter.documentIds, documentConditions))
            continue;
        QVector<int> selected;
        for (qint64 k : d.caseIds) {
            if (caseIndex.contains(k))
                selected << caseIndex.value(k);
        }
        if (caseLevelFilter && selected.isEmpty())
            continue;
        std::sort(selected.begin(), selected.end());
        documentIndex.insert(d.id, int(c.m_documents.size()));
        c.m_documents << d;
        c.m_documentCases << selected;
        c.m_textLength += d.length;
    }

    const Result<QVector<Coder>> allCoders = s.coders();
    if (!allCoders)
        return Status::from(allCoders);
    QHash<qint64, int> coderIndex;
    for (const Coder& k : *allCoders) {
        if (!filter.coderIds.isEmpty() && !filter.coderIds.contains(k.id))
            continue;
        coderIndex.insert(k.id, int(c.m_coders.size()));
        c.m_coders << k;
    }

    Result<QVector<ResearchQuestion>> questions = s.researchQuestions();
    if (!questions)
        return Status::from(questions);
    c.m_questions = questions.take();
    QHash<qint64, int> questionIndex;
    for (int i = 0; i < c.m_questions.size(); ++i)
        questionIndex.insert(c.m_questions[i].id, i);
    c.m_codeQuestions.resize(c.m_codeOrder.size());
    const Result<QHash<qint64, QVector<qint64>>> readLinks = s.codeQuestionLinks();
    if (!readLinks)
        return Status::from(readLinks);
    const QHash<qint64, QVector<qint64>>& links = *readLinks;
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        const int code = c.codeIndex(it.key());
        if (code < 0)
            continue;
        for (qint64 q : it.value()) {
            if (questionIndex.contains(q))
                c.m_codeQuestions[code] << questionIndex.value(q);
        }
        std::sort(c.m_codeQuestions[code].begin(), c.m_codeQuestions[code].end());
    }

    const SpanIdIndex docs(documentIndex), coders(coderIndex), codes(c.m_codeIndex);
    const int documentCount = int(c.m_documents.size());
    if (read == Read::CodeCounts && filter.coderIds.isEmpty() && filter.documentIds.isEmpty() &&
        onlyCodes.isEmpty()) {
        if (Status counted = c.readCodeCounts(s, docs, codes); !counted)
            return counted;
        c.m_spanBegin.fill(0, documentCount + 1);
        return c;
    }
    c.m_countBegin.fill(0, documentCount + 1);

    // A filter by documents reads only their codings (an index lookup), not the whole table.
    // Each row is mapped to indexes as it is read, on the thread that read it.
    std::vector<char> wanted;
    if (!onlyCodes.isEmpty()) {
        wanted.assign(std::size_t(c.m_codeOrder.size()), 0);
        for (qint64 id : onlyCodes) {
            if (const int code = c.codeIndex(id); code >= 0)
                wanted[std::size_t(code)] = 1;
        }
    }
    SpanBuckets buckets(docs, codes, coders, std::move(wanted), documentCount);
    if (Status read = forEachCodingSpan(s, buckets, onlyCodes, filter.documentIds); !read)
        return read;
    buckets.layOut(c.m_spans, c.m_spanBegin);
    return c;
}

Status AnalysisContext::readCodeCounts(const Storage& s, const SpanIdIndex& documents,
                                       const SpanIdIndex& codes) {
    const Result<QVector<CodeDocumentCount>> read = loadCodeDocumentCounts(s);
    if (!read)
        return Status::from(read);
    // Laid out by document (a counting sort, keeping the code order within each), the pairs
    // of documents or codes not selected dropped.
    m_hasCodeCounts = true;
    m_countBegin.fill(0, m_documents.size() + 1);
    for (const CodeDocumentCount& pair : *read) {
        const int d = documents.value(pair.documentId);
        if (d >= 0 && codes.value(pair.codeId) >= 0)
            ++m_countBegin[d + 1];
    }
    for (qsizetype d = 0; d < m_documents.size(); ++d)
        m_countBegin[d + 1] += m_countBegin[d];
    QVector<qsizetype> next(m_countBegin.cbegin(), m_countBegin.cend() - 1);
    m_counts.resize(m_countBegin.last());
    for (const CodeDocumentCount& pair : *read) {
        const int d = documents.value(pair.documentId), code = codes.value(pair.codeId);
        if (d >= 0 && code >= 0)
            m_counts[next[d]++] = CodeCount{code, pair.codings};
    }
    return {};
}

QVector<int> AnalysisContext::questionsOf(int code, bool rollup) const {
    QVector<int> out = m_codeQuestions.value(code);
    if (!rollup)
        return out;
    for (qint64 ancestor : m_tree.ancestors(m_codeOrder[code]))
        out << m_codeQuestions.value(codeIndex(ancestor));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QVector<QVector<int>> AnalysisContext::rowsOfCodes(const QVector<qint64>& rowCodes,
                                                   bool descendants) const {
    QVector<QVector<int>> out(m_codeOrder.size());
    for (int r = 0; r < rowCodes.size(); ++r) {
        const int code = codeIndex(rowCodes[r]);
        if (code < 0)
            continue;
        out[code] << r;
        if (!descendants)
            continue;
        for (qint64 d : m_tree.descendants(rowCodes[r])) {
            const int sub = codeIndex(d);
            if (sub >= 0)
                out[sub] << r;
        }
    }
    return out;
}

} // namespace situate
