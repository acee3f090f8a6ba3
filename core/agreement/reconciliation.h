// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Review and reconcile: where two coders' codings of one code in one document differ, and the
// edits that settle each difference in a consensus coder. The edits take an Editor, so each is
// one undoable step inside Project::edit (or several compose into one).

#include "core/agreement/spanagreement.h"
#include "core/commands/editor.h"
#include "core/types.h"

#include <QByteArray>

namespace situate {

/// A place where two coders' codings of one code in one document differ: a cluster of codings
/// of either coder linked by overlap, in which some character is coded by one coder only.
struct Disagreement {
    /// OnlyFirst / OnlySecond: one coder has no coding there; Overlapping: both have codings
    /// there that cover different characters.
    enum class Kind { OnlyFirst, OnlySecond, Overlapping };
    Kind kind = Kind::Overlapping;
    qint64 documentId = 0;
    qint64 codeId = 0;
    qint64 firstCoderId = 0;
    qint64 secondCoderId = 0;
    Span span; // from the first start to the last end of the cluster's codings
    QVector<Coding> first;
    QVector<Coding> second;
    BinaryCounts characters; // within span
};
QString disagreementKindName(Disagreement::Kind kind); // "only_first", "only_second", "overlapping"

/// The disagreements of two coders on one code in one document, in text order. Clusters in
/// which both coders cover exactly the same characters are agreements and are left out.
Result<QVector<Disagreement>> listDisagreements(const Storage& storage, qint64 documentId,
                                                qint64 codeId, qint64 firstCoderId,
                                                qint64 secondCoderId);
/// The same for every code of one document (codes by id).
Result<QVector<Disagreement>> listDocumentDisagreements(const Storage& storage, qint64 documentId,
                                                        qint64 firstCoderId, qint64 secondCoderId);
/// The same for every document and code where the two coders differ (documents in project
/// order, codes by id).
Result<QVector<Disagreement>> listAllDisagreements(const Storage& storage, qint64 firstCoderId,
                                                   qint64 secondCoderId);

/// How a disagreement is settled in the consensus coder.
enum class ReconcileAction { AcceptFirst, AcceptSecond, KeepBoth, DropBoth };
QString reconcileActionName(ReconcileAction action); // "accept_first", ...

/// Settles a disagreement in the consensus coder: whatever the consensus coder had of this code
/// inside the disagreement's span is replaced by the first coder's coverage (AcceptFirst), the
/// second's (AcceptSecond), their union (KeepBoth) or nothing (DropBoth). Consensus codings
/// reaching outside the span keep their outside part. The two coders' codings are untouched.
Status reconcile(Editor& e, const Disagreement& d, ReconcileAction action, qint64 consensusCoderId);

/// The disagreement list as CSV: document, code, kind, start, end, the characters coded by
/// both or one coder, and each coder's ranges and quoted text.
Result<QByteArray> disagreementsCsv(const Storage& storage, const QVector<Disagreement>& list);

} // namespace situate
