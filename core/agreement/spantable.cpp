// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/spantable.h"

#include "core/agreement/idindex.h"
#include "core/agreement/inorder.h"
#include "core/agreement/spangroups.h"
#include "core/storage/analysisqueries.h"
#include "core/storage/storage.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::agreement)
};
} // namespace

namespace situate {

QVector<qint64> codebookOrder(const CodeTree& tree) {
    QVector<qint64> order;
    for (qint64 top : tree.children(0))
        order << top << tree.descendants(top);
    return order;
}

Result<QVector<DocumentInfo>> chooseDocuments(const AgreementRequest& r,
                                              const QVector<DocumentInfo>& all,
                                              const std::vector<int>& codersIn, qsizetype needed) {
    using R = Result<QVector<DocumentInfo>>;
    QVector<DocumentInfo> docs;
    if (r.documents.isEmpty()) {
        for (qsizetype i = 0; i < all.size(); ++i)
            if (codersIn[static_cast<size_t>(i)] >= needed)
                docs.append(all[i]);
        return docs;
    }
    for (const QString& name : r.documents) {
        const auto it = std::find_if(all.cbegin(), all.cend(),
                                     [&](const DocumentInfo& d) { return d.name == name; });
        if (it == all.cend())
            return R::failure(Tr::tr("no document named \"%1\"").arg(name), ErrorKind::NotFound);
        if (std::none_of(docs.cbegin(), docs.cend(),
                         [&](const DocumentInfo& d) { return d.id == it->id; }))
            docs.append(*it);
    }
    return docs;
}

Result<QVector<qint64>> chooseCodes(const AgreementRequest& r, const CodeTree& tree,
                                    const QVector<qint64>& order, const std::vector<quint8>& used) {
    using R = Result<QVector<qint64>>;
    QVector<qint64> codes;
    if (!r.group.isEmpty()) {
        const auto group = tree.idByPath(r.group);
        if (!group)
            return R::failure(Tr::tr("no code \"%1\"").arg(r.group), ErrorKind::NotFound);
        codes = tree.children(*group);
        if (codes.size() < 2)
            return R::failure(
                Tr::tr("the group \"%1\" needs at least two child codes").arg(r.group),
                ErrorKind::Invalid);
    } else if (!r.codes.isEmpty()) {
        for (const QString& path : r.codes) {
            const auto id = tree.idByPath(path);
            if (!id)
                return R::failure(Tr::tr("no code \"%1\"").arg(path), ErrorKind::NotFound);
            if (!codes.contains(*id))
                codes.append(*id);
        }
    } else {
        for (qsizetype k = 0; k < order.size(); ++k)
            if (used[static_cast<size_t>(k)])
                codes << order[k];
    }
    return codes;
}

namespace {

// One coding of a compared coder as the table needs it: 24 bytes where a CodingSpan is 48,
// the ids already turned into positions.
struct SpanMark {
    qint64 start;
    qint64 end;
    qint32 document;   // position in the project's documents
    qint32 code : 31;  // position in the project's codes
    quint32 coder : 1; // 0 first, 1 second
};

// Keeps the two coders' codings as SpanMarks while they are read, each part (reading thread)
// in a list of its own, so nothing is joined or copied afterwards.
class MarkSink final : public CodingSpanSink {
public:
    MarkSink(const IdIndex& documents, const IdIndex& codes, const QVector<qint64>& coders)
        : m_documents(documents)
        , m_codes(codes)
        , m_first(coders[0])
        , m_second(coders[1]) {}

    void start(int parts, qint64 expected) override {
        // Room that is reserved but never written costs no memory; the cap keeps a sparse
        // range of ids (the hint is the span of the ids) from asking for gigabytes.
        const qint64 each = std::min<qint64>(expected / parts + expected / 16 + 16, 1 << 22);
        for (LargeArray<SpanMark>& p : m_parts)
            p.clear();
        for (int i = 0; i < parts; ++i)
            m_parts[size_t(i)].reserve(each);
    }
    void take(int part, const CodingSpan* rows, qsizetype count) override {
        LargeArray<SpanMark>& out = m_parts[size_t(part)];
        for (const CodingSpan* c = rows; c != rows + count; ++c) {
            const bool first = c->coderId == m_first;
            if (!first && c->coderId != m_second)
                continue;
            const int document = m_documents(c->documentId);
            if (document >= 0)
                out.append({c->start, c->end, document, m_codes(c->codeId), first ? 0u : 1u});
        }
    }
    template <typename Fn> void forEach(Fn fn) const {
        for (const LargeArray<SpanMark>& p : m_parts)
            for (const SpanMark& m : p)
                fn(m);
    }
    std::pair<const SpanMark*, const SpanMark*> part(size_t i) const {
        return {m_parts[i].data(), m_parts[i].data() + m_parts[i].size()};
    }

private:
    const IdIndex& m_documents;
    const IdIndex& m_codes;
    const qint64 m_first, m_second;
    LargeArray<SpanMark> m_parts[2];
};

} // namespace

Status computeSpanTable(AgreementResult& out, const Storage& s, const CodeTree& tree,
                        const QVector<qint64>& coders) {
    const AgreementRequest& r = out.request;
    const Result<QVector<DocumentInfo>> documents = loadDocumentLengths(s);
    if (!documents)
        return Status::from(documents);
    const QVector<DocumentInfo>& all = *documents;
    const IdIndex allIndex = indexOfIds(all);
    const IdIndex codeIndex = indexOfIds(tree.codes());
    MarkSink marks(allIndex, codeIndex, coders);
    if (Status read = forEachCodingSpan(s, marks); !read)
        return read;

    // Documents: as requested, or those in which both coders have a coding.
    std::vector<quint8> seen(static_cast<size_t>(all.size()) * 2, 0);
    std::vector<int> codersIn(static_cast<size_t>(all.size()), 0);
    marks.forEach([&](const SpanMark& m) {
        quint8& cell = seen[size_t(m.document) * 2 + m.coder];
        if (!cell) {
            cell = 1;
            ++codersIn[size_t(m.document)];
        }
    });
    const Result<QVector<DocumentInfo>> docs = chooseDocuments(r, all, codersIn, 2);
    if (!docs)
        return Status::from(docs);
    std::vector<int> docOf(static_cast<size_t>(all.size()), -1); // project position -> row's
    for (qsizetype i = 0; i < docs->size(); ++i) {
        docOf[size_t(allIndex(docs->at(i).id))] = static_cast<int>(i);
        out.documents << docs->at(i).name;
    }

    // Codes: as requested, or those the coders applied in the compared documents.
    std::vector<quint8> applied(static_cast<size_t>(tree.codes().size()), 0);
    marks.forEach([&](const SpanMark& m) {
        if (m.code >= 0 && docOf[size_t(m.document)] >= 0)
            applied[size_t(m.code)] = 1;
    });
    const QVector<qint64> order = codebookOrder(tree);
    std::vector<quint8> used(static_cast<size_t>(order.size()), 0);
    for (qsizetype k = 0; k < order.size(); ++k)
        if (const int at = codeIndex(order[k]); at >= 0)
            used[size_t(k)] = applied[size_t(at)];
    const Result<QVector<qint64>> codes = chooseCodes(r, tree, order, used);
    if (!codes)
        return Status::from(codes);
    std::vector<int> codeOf(static_cast<size_t>(tree.codes().size()), -1); // project's -> row's
    for (qsizetype k = 0; k < codes->size(); ++k) {
        if (const int at = codeIndex(codes->at(k)); at >= 0 && codeOf[size_t(at)] < 0)
            codeOf[size_t(at)] = static_cast<int>(k);
        out.codes << tree.path(codes->at(k));
    }

    // One sweep per (document, code), in the rows' order: each row is made as it is counted.
    // The groups are swept in two ranges at once, each thread summing its own pooled rows;
    // the sums are of whole numbers, so they do not depend on the order.
    const int nCodes = static_cast<int>(codes->size());
    const size_t groups = size_t(docs->size()) * size_t(nCodes);
    const bool character = r.unit == AgreementUnit::Character;
    const auto slot = [&](const SpanMark& m) {
        const int d = docOf[size_t(m.document)];
        const int k = m.code < 0 ? -1 : codeOf[size_t(m.code)];
        return d < 0 || k < 0 ? groups : size_t(d) * size_t(nCodes) + size_t(k);
    };
    PlacedGroups<SpanMark> placed(groups, {marks.part(0), marks.part(1)}, slot);
    const size_t middle = placed.middle();
    out.rows.resizeForOverwrite(qsizetype(groups)); // each row written by one of the threads
    SpanRow* const rows = out.rows.data();
    std::vector<SpanRow> pooled[2];
    SpanRow overall[2];
    runOnTwoThreads([&](int half) {
        // Summed on this thread's own stack and heap: the two threads adding to neighbouring
        // memory made each wait for the other's cache line.
        std::vector<SpanRow> codeRows(static_cast<size_t>(nCodes));
        SpanRow all;
        const auto row = [&](size_t g, const QVector<Span>& first, const QVector<Span>& second) {
            SpanRow made;
            made.document = static_cast<int>(g / size_t(nCodes));
            made.code = static_cast<int>(g % size_t(nCodes));
            if (character) {
                made.characters = characterCounts(first, second, docs->at(made.document).length);
                codeRows[size_t(made.code)].characters += made.characters;
                all.characters += made.characters;
            } else {
                made.segments = segmentCounts(first, second, r.overlap);
                codeRows[size_t(made.code)].segments += made.segments;
                all.segments += made.segments;
            }
            rows[g] = made;
        };
        if (half == 0)
            placed.sweep(0, middle, row);
        else
            placed.sweep(middle, groups, row);
        pooled[half] = std::move(codeRows);
        overall[half] = all;
    });
    out.codeRows.resize(nCodes);
    for (int k = 0; k < nCodes; ++k) {
        SpanRow& pooledRow = out.codeRows[k];
        pooledRow.code = k;
        for (const std::vector<SpanRow>& part : pooled) {
            pooledRow.characters += part[size_t(k)].characters;
            pooledRow.segments += part[size_t(k)].segments;
        }
    }
    for (const SpanRow& part : overall) {
        out.overall.characters += part.characters;
        out.overall.segments += part.segments;
    }
    return {};
}

} // namespace situate
