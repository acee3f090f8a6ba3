// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/agreementanalysis.h"

#include "core/agreement/disagreementsweep.h"
#include "core/agreement/idindex.h"
#include "core/agreement/spantable.h"
#include "core/codetree.h"
#include "core/enumnames.h"
#include "core/storage/analysisqueries.h"
#include "core/storage/storage.h"
#include "core/text.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <utility>
#include <vector>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::agreement)
};
} // namespace

namespace situate {

namespace {
constexpr EnumName<AgreementUnit> kUnits[] = {{AgreementUnit::Character, "character"},
                                              {AgreementUnit::Segment, "segment"},
                                              {AgreementUnit::Document, "document"},
                                              {AgreementUnit::Paragraph, "paragraph"},
                                              {AgreementUnit::Turn, "turn"}};
} // namespace

QString agreementUnitName(AgreementUnit unit) {
    return enumName(kUnits, unit);
}

bool parseAgreementUnit(const QString& name, AgreementUnit* out) {
    return parseEnumName(kUnits, name, out);
}

QVector<Span> paragraphSpans(const QString& text) {
    // One paragraph per non-blank line: what every importer writes for a paragraph, a
    // caption cue or a speaker turn, and what the document view and co-occurrence use.
    QVector<Span> out;
    qint64 cp = 0;        // code point offset of the current position
    qint64 lineStart = 0; // ... of the current line
    bool blank = true;    // the current line has nothing but white space so far
    const auto endLine = [&](qint64 lineEnd) {
        if (!blank && lineEnd > lineStart)
            out.append({lineStart, lineEnd});
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (ch == QLatin1Char('\n')) {
            endLine(cp);
            lineStart = cp + 1;
            blank = true;
        } else if (ch.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            blank = false; // no white space lies outside the basic plane
            ++i;
        } else if (!ch.isSpace()) {
            blank = false;
        }
        ++cp;
    }
    endLine(cp);
    return out;
}

namespace {

using R = Result<AgreementResult>;

// The units of one document, sorted by start, with a running maximum of their ends so that
// "units overlapping [s, e)" is a binary search plus a short scan even if units overlap.
struct DocumentUnits {
    qint64 documentId = 0;
    QString document;
    qsizetype first = 0; // global index of the first unit
    QVector<Span> spans;
    QVector<qint64> maxEnd;

    void index() {
        std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
            return a.start != b.start ? a.start < b.start : a.end < b.end;
        });
        maxEnd.resize(spans.size());
        qint64 m = 0;
        for (qsizetype i = 0; i < spans.size(); ++i)
            maxEnd[i] = m = std::max(m, spans[i].end);
    }
    template <typename Fn> void forOverlapping(qint64 s, qint64 e, Fn fn) const {
        auto i = std::upper_bound(maxEnd.cbegin(), maxEnd.cend(), s) - maxEnd.cbegin();
        for (; i < spans.size() && spans[i].start < e; ++i)
            if (spans[i].end > s)
                fn(first + i);
    }
};

CategoricalRow categoricalRow(const QString& code, const ReliabilityData& data,
                              const AgreementRequest& r) {
    CategoricalRow row;
    row.code = code;
    row.units = data.units.size();
    row.complete = data.completeUnits();
    row.pairable = data.pairableUnits();
    row.percentAgreement = percentAgreement(data);
    if (data.coders == 2) {
        row.cohenKappa = cohenKappa(data);
        row.scottPi = scottPi(data);
    }
    row.fleissKappa = fleissKappa(data);
    row.brennanPredigerKappa = brennanPredigerKappa(data);
    row.krippendorffAlpha = krippendorffAlpha(data, r.level);
    row.alphaCi95 = krippendorffAlphaInterval(data, r.level, r.resamples, r.seed);
    return row;
}

// Character and segment units: one sweep per (document, code), then pooled sums. The rows
// carry counts and indexes only; names and coefficients are made when a row is written.
void computeSpanRows(AgreementResult& out, const QVector<DocumentInfo>& docs,
                     const IdIndex& docIndex, const QVector<qint64>& codes,
                     const QVector<qint64>& coders, const QVector<CodingSpan>& codings) {
    const AgreementUnit unit = out.request.unit;
    QVector<qint64> lengths;
    lengths.reserve(docs.size());
    for (const DocumentInfo& d : docs)
        lengths << d.length;
    const IdIndex codeIndex(codes);
    QVector<SpanCoding> spans;
    spans.reserve(codings.size());
    for (const CodingSpan& c : codings) {
        const int d = docIndex(c.documentId);
        const int k = codeIndex(c.codeId);
        if (d >= 0 && k >= 0)
            spans.append({d, k, c.coderId == coders[0] ? 0 : 1, c.start, c.end});
    }
    const int nCodes = static_cast<int>(codes.size());
    QVector<BinaryCounts> characters;
    QVector<SegmentCounts> segments;
    if (unit == AgreementUnit::Character)
        characters = characterCountsTable(lengths, nCodes, spans);
    else
        segments =
            segmentCountsTable(static_cast<int>(docs.size()), nCodes, spans, out.request.overlap);
    out.codeRows.resize(nCodes);
    for (int k = 0; k < nCodes; ++k)
        out.codeRows[k].code = k;
    out.rows.resize(docs.size() * nCodes);
    SpanRow* row = out.rows.data();
    for (int d = 0; d < docs.size(); ++d) {
        for (int k = 0; k < nCodes; ++k, ++row) {
            row->document = d;
            row->code = k;
            if (unit == AgreementUnit::Character) {
                row->characters = characters[qsizetype(d) * nCodes + k];
                out.codeRows[k].characters += row->characters;
                out.overall.characters += row->characters;
            } else {
                row->segments = segments[qsizetype(d) * nCodes + k];
                out.codeRows[k].segments += row->segments;
                out.overall.segments += row->segments;
            }
        }
    }
}

// Document, paragraph and turn units: each coder's value per unit, then the coefficients.
Status computeCategorical(AgreementResult& out, const Storage& s, const CodeTree& tree,
                          const QVector<DocumentInfo>& docs, const QVector<qint64>& targets,
                          const QVector<qint64>& coders, const QVector<CodingSpan>& codings) {
    const AgreementRequest& r = out.request;
    const int m = static_cast<int>(coders.size());
    QVector<DocumentUnits> units;
    QHash<qint64, qsizetype> unitsOfDocument;
    qsizetype total = 0;
    for (const DocumentInfo& d : docs) {
        DocumentUnits u;
        u.documentId = d.id;
        u.document = d.name;
        u.first = total;
        if (r.unit == AgreementUnit::Document && d.length > 0)
            u.spans.append({0, d.length});
        else if (r.unit == AgreementUnit::Paragraph)
            u.spans = paragraphSpans(s.documentText(d.id));
        else if (r.unit == AgreementUnit::Turn) {
            const Result<QVector<SpeakerTurn>> turns = s.speakerTurns(d.id);
            if (!turns)
                return Status::from(turns);
            for (const SpeakerTurn& t : *turns)
                if (t.end > t.start)
                    u.spans.append({t.start, t.end});
        }
        u.index();
        total += u.spans.size();
        unitsOfDocument.insert(d.id, units.size());
        units.append(u);
    }
    QHash<qint64, int> coderIndex, targetIndex;
    for (int x = 0; x < m; ++x)
        coderIndex.insert(coders[x], x);
    for (qsizetype t = 0; t < targets.size(); ++t)
        targetIndex.insert(targets[t], static_cast<int>(t));
    // coded[u * m + x]: coder x applied any code in unit u; applied[t] likewise for target t.
    std::vector<quint8> coded(static_cast<size_t>(total * m), 0);
    std::vector<std::vector<quint8>> applied(static_cast<size_t>(targets.size()),
                                             std::vector<quint8>(static_cast<size_t>(total * m)));
    for (const CodingSpan& c : codings) {
        const auto d = unitsOfDocument.constFind(c.documentId);
        const auto x = coderIndex.constFind(c.coderId);
        if (d == unitsOfDocument.cend() || x == coderIndex.cend())
            continue;
        const int t = targetIndex.value(c.codeId, -1);
        units[*d].forOverlapping(c.start, c.end, [&](qsizetype u) {
            const auto cell = static_cast<size_t>(u * m + *x);
            coded[cell] = 1;
            if (t >= 0)
                applied[static_cast<size_t>(t)][cell] = 1;
        });
    }
    const auto hasValue = [](const QVector<int>& v) {
        return std::any_of(v.cbegin(), v.cend(),
                           [](int x) { return x != ReliabilityData::missing; });
    };
    if (r.group.isEmpty()) {
        for (qsizetype t = 0; t < targets.size(); ++t) {
            ReliabilityData data{m, 2, {}};
            for (qsizetype u = 0; u < total; ++u) {
                QVector<int> values(m, ReliabilityData::missing);
                for (int x = 0; x < m; ++x) {
                    const auto cell = static_cast<size_t>(u * m + x);
                    if (coded[cell])
                        values[x] = applied[static_cast<size_t>(t)][cell];
                }
                if (hasValue(values))
                    data.units.append(values);
            }
            out.categorical.append(categoricalRow(out.codes[t], data, r));
        }
        return {};
    }
    const int q = static_cast<int>(targets.size());
    ReliabilityData data{m, q, {}};
    for (const DocumentUnits& du : units) {
        for (qsizetype i = 0; i < du.spans.size(); ++i) {
            const qsizetype u = du.first + i;
            QVector<int> values(m, ReliabilityData::missing);
            bool flagged = false;
            for (int x = 0; x < m; ++x) {
                QStringList children;
                for (int t = 0; t < q; ++t) {
                    if (applied[static_cast<size_t>(t)][static_cast<size_t>(u * m + x)]) {
                        values[x] = t;
                        children << tree.path(targets[t]);
                    }
                }
                if (children.size() > 1) {
                    flagged = true;
                    out.flagged.append({du.document, static_cast<int>(i) + 1, du.spans[i].start,
                                        du.spans[i].end, r.coders[x], children});
                }
            }
            if (!flagged && hasValue(values))
                data.units.append(values);
        }
    }
    out.categorical.append(categoricalRow(tree.path(*tree.idByPath(r.group)), data, r));
    return {};
}

} // namespace

SpanCoefficients AgreementResult::coefficients(const SpanRow& row) const {
    SpanCoefficients c;
    if (request.unit == AgreementUnit::Character) {
        c.percentAgreement = percentAgreement(row.characters);
        c.cohenKappa = cohenKappa(row.characters);
        c.krippendorffAlpha = krippendorffAlpha(row.characters);
    } else if (request.unit == AgreementUnit::Segment) {
        c.percentAgreement = percentAgreement(row.segments);
        c.brennanPredigerKappa = brennanPredigerKappa(row.segments, static_cast<int>(codes.size()));
    }
    return c;
}

Result<AgreementResult> computeAgreement(const Storage& s, const AgreementRequest& request,
                                         DisagreementPlaces* places) {
    AgreementResult out;
    out.request = request;
    const AgreementRequest& r = out.request;
    const bool categorical = isCategorical(r.unit);
    const QString unitName = agreementUnitName(r.unit);

    QVector<qint64> coders;
    for (const QString& name : r.coders) {
        const auto id = s.coderIdByName(name.trimmed());
        if (!id)
            return R::failure(Tr::tr("no coder named \"%1\"").arg(name), ErrorKind::NotFound);
        if (coders.contains(*id))
            return R::failure(Tr::tr("coder \"%1\" is named twice").arg(name), ErrorKind::Invalid);
        coders << *id;
    }
    if (coders.size() < 2)
        return R::failure(Tr::tr("agreement needs at least two coders"), ErrorKind::Invalid);
    if (!categorical && coders.size() != 2)
        return R::failure(Tr::tr("the %1 unit compares exactly two coders, not %2")
                              .arg(unitName)
                              .arg(coders.size()),
                          ErrorKind::Invalid);
    if (!categorical && !r.group.isEmpty())
        return R::failure(Tr::tr("a group applies to the document, paragraph and turn units"),
                          ErrorKind::Invalid);
    if (!r.group.isEmpty() && !r.codes.isEmpty())
        return R::failure(Tr::tr("choose codes or a group, not both"), ErrorKind::Invalid);
    if (!(r.overlap > 0 && r.overlap <= 1))
        return R::failure(Tr::tr("the overlap must be above 0 and at most 1"), ErrorKind::Invalid);

    const Result<CodeTree> readTree = CodeTree::read(s);
    if (!readTree)
        return Status::from(readTree);
    const CodeTree& tree = *readTree;
    if (!categorical && !places) {
        if (Status st = computeSpanTable(out, s, tree, coders); !st)
            return st;
        return out;
    }
    // Only the span columns: reading every column of a million codings (and parsing their
    // timestamps) took most of the time of an agreement run.
    auto loaded = loadCodingSpans(s);
    if (!loaded)
        return Status::from(loaded);
    QVector<CodingSpan> codings = std::move(*loaded);
    const IdIndex coderIndex(coders);
    codings.erase(std::remove_if(codings.begin(), codings.end(),
                                 [&](const CodingSpan& c) { return coderIndex(c.coderId) < 0; }),
                  codings.end());
    // The rows come in whatever order the engine returns them: nothing below depends on it
    // (the sweeps sort what they walk, and every count is a sum).

    // Documents: as requested, or those the coders coded (every coder for the character and
    // segment units, where an uncoded document would read as a deliberate "nothing here").
    const Result<QVector<DocumentInfo>> documents = s.documents();
    if (!documents)
        return Status::from(documents);
    const QVector<DocumentInfo>& all = *documents;
    const IdIndex allIndex = indexOfIds(all);
    // seen[document * coders + coder]: that coder has a coding in that document.
    const qsizetype m = coders.size();
    std::vector<quint8> seen(static_cast<size_t>(all.size() * m), 0);
    std::vector<int> codersIn(static_cast<size_t>(all.size()), 0);
    for (const CodingSpan& c : codings) {
        const int d = allIndex(c.documentId);
        if (d < 0)
            continue;
        quint8& cell = seen[static_cast<size_t>(d * m + coderIndex(c.coderId))];
        if (!cell) {
            cell = 1;
            ++codersIn[static_cast<size_t>(d)];
        }
    }
    const Result<QVector<DocumentInfo>> chosen =
        chooseDocuments(r, all, codersIn, categorical ? 1 : m);
    if (!chosen)
        return Status::from(chosen);
    const QVector<DocumentInfo>& docs = *chosen;
    QVector<qint64> docOrder;
    docOrder.reserve(docs.size());
    for (const DocumentInfo& d : docs) {
        docOrder << d.id;
        out.documents << d.name;
    }
    const IdIndex docIndex(docOrder);
    codings.erase(std::remove_if(codings.begin(), codings.end(),
                                 [&](const CodingSpan& c) { return docIndex(c.documentId) < 0; }),
                  codings.end());

    // Codes: the group's children, as requested, or those a chosen coder applied.
    const QVector<qint64> order = codebookOrder(tree);
    const IdIndex orderIndex(order);
    std::vector<quint8> used(static_cast<size_t>(order.size()), 0);
    for (const CodingSpan& c : codings)
        if (const int k = orderIndex(c.codeId); k >= 0)
            used[static_cast<size_t>(k)] = 1;
    const Result<QVector<qint64>> chosenCodes = chooseCodes(r, tree, order, used);
    if (!chosenCodes)
        return Status::from(chosenCodes);
    const QVector<qint64>& codes = *chosenCodes;
    for (qint64 id : codes)
        out.codes << tree.path(id);

    if (places)
        *places = disagreementPlaces(codings, coders, docOrder, codes);
    if (categorical) {
        if (Status st = computeCategorical(out, s, tree, docs, codes, coders, codings); !st)
            return st;
    } else {
        computeSpanRows(out, docs, docIndex, codes, coders, codings);
    }
    return out;
}

} // namespace situate
