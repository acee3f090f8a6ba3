// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/reconciliation.h"

#include "core/agreement/disagreementsweep.h"
#include "core/codetree.h"
#include "core/commands/commands.h"
#include "core/enumnames.h"
#include "core/io/csv.h"
#include "core/rowmaps.h"
#include "core/text.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <map>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::agreement)
};
} // namespace

namespace situate {

namespace {

QVector<Span> spansOf(const QVector<Coding>& codings) {
    QVector<Span> spans;
    for (const Coding& c : codings)
        spans.append({c.start, c.end});
    return mergedSpans(spans);
}

// Clusters one code's codings of the two coders in one document (codings linked by sharing a
// character) and keeps the clusters whose coverage differs.
void appendDisagreements(QVector<Disagreement>& out, QVector<Coding> codings, qint64 documentId,
                         qint64 codeId, qint64 firstCoderId, qint64 secondCoderId) {
    std::sort(codings.begin(), codings.end(), [](const Coding& a, const Coding& b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    forEachCluster(codings.cbegin(), codings.cend(), [&](auto from, auto to, const Span& span) {
        Disagreement d;
        d.documentId = documentId;
        d.codeId = codeId;
        d.firstCoderId = firstCoderId;
        d.secondCoderId = secondCoderId;
        d.span = span;
        for (auto c = from; c != to; ++c)
            (c->coderId == firstCoderId ? d.first : d.second).append(*c);
        if (clusterDiffers(spansOf(d.first), spansOf(d.second), span, &d.kind, &d.characters))
            out.append(d);
    });
}

} // namespace

QString disagreementKindName(Disagreement::Kind kind) {
    static constexpr EnumName<Disagreement::Kind> kKinds[] = {
        {Disagreement::Kind::OnlyFirst, "only_first"},
        {Disagreement::Kind::OnlySecond, "only_second"},
        {Disagreement::Kind::Overlapping, "overlapping"}};
    return enumName(kKinds, kind);
}

Result<QVector<Disagreement>> listDisagreements(const Storage& s, qint64 documentId, qint64 codeId,
                                                qint64 firstCoderId, qint64 secondCoderId) {
    const Result<QVector<Coding>> all = s.codings(documentId);
    if (!all)
        return Status::from(all);
    QVector<Coding> codings;
    for (const Coding& c : *all)
        if (c.codeId == codeId && (c.coderId == firstCoderId || c.coderId == secondCoderId))
            codings.append(c);
    QVector<Disagreement> out;
    appendDisagreements(out, codings, documentId, codeId, firstCoderId, secondCoderId);
    return out;
}

Result<QVector<Disagreement>> listDocumentDisagreements(const Storage& s, qint64 documentId,
                                                        qint64 firstCoderId, qint64 secondCoderId) {
    const Result<QVector<Coding>> all = s.codings(documentId);
    if (!all)
        return Status::from(all);
    std::map<qint64, QVector<Coding>> byCode;
    for (const Coding& c : *all)
        if (c.coderId == firstCoderId || c.coderId == secondCoderId)
            byCode[c.codeId].append(c);
    QVector<Disagreement> out;
    for (const auto& [code, codings] : byCode)
        appendDisagreements(out, codings, documentId, code, firstCoderId, secondCoderId);
    return out;
}

Result<QVector<Disagreement>> listAllDisagreements(const Storage& s, qint64 firstCoderId,
                                                   qint64 secondCoderId) {
    const Result<QVector<DocumentInfo>> documents = s.documents();
    if (!documents)
        return Status::from(documents);
    QVector<Disagreement> out;
    for (const DocumentInfo& doc : *documents) {
        Result<QVector<Disagreement>> here =
            listDocumentDisagreements(s, doc.id, firstCoderId, secondCoderId);
        if (!here)
            return Status::from(here);
        out << here.take();
    }
    return out;
}

QString reconcileActionName(ReconcileAction action) {
    static constexpr EnumName<ReconcileAction> kActions[] = {
        {ReconcileAction::AcceptFirst, "accept_first"},
        {ReconcileAction::AcceptSecond, "accept_second"},
        {ReconcileAction::KeepBoth, "keep_both"},
        {ReconcileAction::DropBoth, "drop_both"}};
    return enumName(kActions, action);
}

Status reconcile(Editor& e, const Disagreement& d, ReconcileAction action,
                 qint64 consensusCoderId) {
    if (consensusCoderId == d.firstCoderId || consensusCoderId == d.secondCoderId)
        return Status::failure(
            Tr::tr("the consensus coder must be someone other than the two coders "
                   "being compared"),
            ErrorKind::Invalid);
    QVector<Span> keep;
    switch (action) {
    case ReconcileAction::AcceptFirst:
        keep = spansOf(d.first);
        break;
    case ReconcileAction::AcceptSecond:
        keep = spansOf(d.second);
        break;
    case ReconcileAction::KeepBoth:
        keep = spansOf(d.first + d.second);
        break;
    case ReconcileAction::DropBoth:
        break;
    }
    // Clear the consensus coder's coding of this code inside the span, keeping what lies
    // outside it, so settling the same place twice leaves only the last decision.
    const Result<QVector<Coding>> codings = e.storage().codings(d.documentId);
    if (!codings)
        return Status::from(codings);
    for (const Coding& c : *codings) {
        if (c.codeId != d.codeId || c.coderId != consensusCoderId || c.end <= d.span.start ||
            c.start >= d.span.end)
            continue;
        const bool left = c.start < d.span.start;
        const bool right = c.end > d.span.end;
        Status st;
        if (!left && !right) {
            st = removeCoding(e, c.id);
        } else if (left) {
            st = resizeCoding(e, c.id, c.start, d.span.start);
            if (st && right) {
                Coding rest = c;
                rest.uuid.clear();
                rest.start = d.span.end;
                st = Status::from(addCoding(e, rest));
            }
        } else {
            st = resizeCoding(e, c.id, d.span.end, c.end);
        }
        if (!st)
            return st;
    }
    for (const Span& span : keep) {
        Coding c;
        c.documentId = d.documentId;
        c.codeId = d.codeId;
        c.coderId = consensusCoderId;
        c.start = span.start;
        c.end = span.end;
        if (auto r = addCoding(e, c); !r)
            return Status::from(r);
    }
    return {};
}

Result<QByteArray> disagreementsCsv(const Storage& s, const QVector<Disagreement>& list) {
    const Result<CodeTree> read = CodeTree::read(s);
    if (!read)
        return Status::from(read);
    const CodeTree& tree = *read;
    const Result<QHash<qint64, QString>> coders = byId(s.coders(), &Coder::name);
    if (!coders)
        return Status::from(coders);
    const Result<QHash<qint64, QString>> names = byId(s.documents(), &DocumentInfo::name);
    if (!names)
        return Status::from(names);
    csv::Writer w;
    w.writeRow({QStringLiteral("document"), QStringLiteral("code"), QStringLiteral("kind"),
                QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("both"),
                QStringLiteral("only_first"), QStringLiteral("only_second"),
                QStringLiteral("first_coder"), QStringLiteral("first_ranges"),
                QStringLiteral("second_coder"), QStringLiteral("second_ranges"),
                QStringLiteral("text")});
    qint64 textOf = -1;
    QString text;
    OffsetMap map;
    const auto ranges = [](const QVector<Coding>& codings) {
        QStringList out;
        for (const Coding& c : codings)
            out << QStringLiteral("%1-%2").arg(c.start).arg(c.end);
        return out.join(QStringLiteral("; "));
    };
    for (const Disagreement& d : list) {
        if (d.documentId != textOf) {
            textOf = d.documentId;
            text = s.documentText(d.documentId);
            map = OffsetMap(text);
        }
        w.writeCells({names->value(d.documentId), tree.path(d.codeId), disagreementKindName(d.kind),
                      csv::Cell::number(d.span.start), csv::Cell::number(d.span.end),
                      csv::Cell::number(d.characters.both),
                      csv::Cell::number(d.characters.onlyFirst),
                      csv::Cell::number(d.characters.onlySecond), coders->value(d.firstCoderId),
                      ranges(d.first), coders->value(d.secondCoderId), ranges(d.second),
                      map.slice(text, d.span.start, d.span.end)});
    }
    return w.data();
}

} // namespace situate
