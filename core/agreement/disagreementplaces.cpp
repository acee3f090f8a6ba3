// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/disagreementplaces.h"

#include "core/agreement/agreementanalysis.h"
#include "core/agreement/disagreementsweep.h"
#include "core/codetree.h"
#include "core/storage/storage.h"

#include <QCoreApplication>
#include <QHash>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::agreement)
};
} // namespace

namespace situate {

namespace {

bool stopped(const std::atomic_bool* cancelled) {
    return cancelled && cancelled->load();
}

// A coding's fields mixed into 64 bits (splitmix64 steps): summed and xored over the codings,
// the hash needs no sort and does not depend on the order the rows come in.
quint64 mix(quint64 h, quint64 v) {
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    return h ^ (h >> 31);
}

// One coding of the pair, placed in the table's order.
struct PairCoding {
    int document = 0; // index into the documents compared
    int code = 0;     // ... the codes compared
    bool first = false;
    qint64 start = 0;
    qint64 end = 0;
};

} // namespace

bool clusterDiffers(const QVector<Span>& first, const QVector<Span>& second, const Span& span,
                    Disagreement::Kind* kind, BinaryCounts* characters) {
    *characters = characterCounts(first, second, span.length());
    if (characters->onlyFirst == 0 && characters->onlySecond == 0)
        return false;
    *kind = second.isEmpty()  ? Disagreement::Kind::OnlyFirst
            : first.isEmpty() ? Disagreement::Kind::OnlySecond
                              : Disagreement::Kind::Overlapping;
    return true;
}

DisagreementPlaces disagreementPlaces(const QVector<CodingSpan>& codings,
                                      const QVector<qint64>& coders,
                                      const QVector<qint64>& documents,
                                      const QVector<qint64>& codes,
                                      const std::atomic_bool* cancelled) {
    DisagreementPlaces out;
    out.firstCoderId = coders.value(0);
    out.secondCoderId = coders.value(1);
    QHash<qint64, int> docIndex, codeIndex;
    for (qsizetype i = 0; i < documents.size(); ++i)
        docIndex.insert(documents[i], static_cast<int>(i));
    for (qsizetype i = 0; i < codes.size(); ++i)
        codeIndex.insert(codes[i], static_cast<int>(i));
    quint64 sum = 0, xored = 0;
    std::vector<PairCoding> rows;
    rows.reserve(static_cast<size_t>(codings.size()));
    for (const CodingSpan& c : codings) {
        const auto d = docIndex.constFind(c.documentId);
        if (d == docIndex.cend() || !coders.contains(c.coderId))
            continue;
        quint64 h = 0;
        for (qint64 v : {c.documentId, c.codeId, c.coderId, c.start, c.end})
            h = mix(h, static_cast<quint64>(v));
        sum += h;
        xored ^= h;
        const auto k = codeIndex.constFind(c.codeId);
        if (k != codeIndex.cend() &&
            (c.coderId == out.firstCoderId || c.coderId == out.secondCoderId))
            rows.push_back({*d, *k, c.coderId == out.firstCoderId, c.start, c.end});
    }
    out.codingsHash = QByteArray::number(sum, 16) + ':' + QByteArray::number(xored, 16);
    if (stopped(cancelled))
        return {};
    std::sort(rows.begin(), rows.end(), [](const PairCoding& a, const PairCoding& b) {
        return std::tie(a.document, a.code, a.start, a.end) <
               std::tie(b.document, b.code, b.start, b.end);
    });
    if (stopped(cancelled))
        return {};
    QVector<Span> first, second;
    for (auto run = rows.cbegin(); run != rows.cend();) {
        const auto runEnd = std::find_if(run, rows.cend(), [&](const PairCoding& r) {
            return r.document != run->document || r.code != run->code;
        });
        forEachCluster(run, runEnd, [&](auto from, auto to, const Span& span) {
            first.clear();
            second.clear();
            for (auto r = from; r != to; ++r)
                (r->first ? first : second).append({r->start, r->end});
            DisagreementPlace p;
            if (!clusterDiffers(mergedSpans(first), mergedSpans(second), span, &p.kind,
                                &p.characters))
                return;
            p.documentId = documents[run->document];
            p.codeId = codes[run->code];
            p.span = span;
            out.places.append(p);
        });
        run = runEnd;
    }
    return out;
}

Result<DisagreementPlaces> listDisagreementPlaces(const Storage& s, const AgreementResult& result,
                                                  const std::atomic_bool* cancelled) {
    using R = Result<DisagreementPlaces>;
    QVector<qint64> coders, documents, codes;
    for (const QString& name : result.request.coders) {
        const auto id = s.coderIdByName(name);
        if (!id)
            return R::failure(Tr::tr("no coder named \"%1\"").arg(name), ErrorKind::NotFound);
        coders << *id;
    }
    const Result<QVector<DocumentInfo>> all = s.documents();
    if (!all)
        return Status::from(all);
    QHash<QString, qint64> docIds;
    for (const DocumentInfo& d : *all)
        docIds.insert(d.name, d.id);
    for (const QString& name : result.documents)
        if (const auto it = docIds.constFind(name); it != docIds.cend())
            documents << *it;
    const Result<CodeTree> tree = CodeTree::read(s);
    if (!tree)
        return Status::from(tree);
    for (const QString& path : result.codes)
        if (const auto id = tree->idByPath(path))
            codes << *id;
    const Result<QVector<CodingSpan>> codings = loadCodingSpans(s);
    if (!codings)
        return Status::from(codings);
    DisagreementPlaces out = disagreementPlaces(*codings, coders, documents, codes, cancelled);
    if (stopped(cancelled))
        return R::failure(QStringLiteral("cancelled"));
    return out;
}

Result<Disagreement> disagreementAt(const Storage& s, const DisagreementPlace& place,
                                    qint64 firstCoderId, qint64 secondCoderId) {
    Result<QVector<Disagreement>> here =
        listDisagreements(s, place.documentId, place.codeId, firstCoderId, secondCoderId);
    if (!here)
        return Status::from(here);
    for (Disagreement& d : *here)
        if (d.span == place.span)
            return std::move(d);
    return Result<Disagreement>::failure(
        Tr::tr("the codings at this place changed since it was listed: press Compute"),
        ErrorKind::NotFound);
}

Result<QVector<Disagreement>> disagreementsAt(const Storage& s,
                                              const QVector<DisagreementPlace>& places,
                                              qint64 firstCoderId, qint64 secondCoderId) {
    QVector<Disagreement> out;
    out.reserve(places.size());
    qint64 loaded = 0;
    QHash<qint64, QVector<Disagreement>> byCode; // of the document loaded
    for (const DisagreementPlace& p : places) {
        if (p.documentId != loaded) {
            Result<QVector<Disagreement>> here =
                listDocumentDisagreements(s, p.documentId, firstCoderId, secondCoderId);
            if (!here)
                return Status::from(here);
            loaded = p.documentId;
            byCode.clear();
            for (Disagreement& d : *here)
                byCode[d.codeId].append(std::move(d));
        }
        const QVector<Disagreement>& ofCode = byCode[p.codeId];
        const auto it = std::find_if(ofCode.cbegin(), ofCode.cend(),
                                     [&](const Disagreement& d) { return d.span == p.span; });
        if (it == ofCode.cend())
            return Result<QVector<Disagreement>>::failure(
                Tr::tr("the codings changed since the disagreements were listed: press "
                       "Compute"),
                ErrorKind::NotFound);
        out.append(*it);
    }
    return out;
}

} // namespace situate
