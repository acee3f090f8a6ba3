// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The disagreement list at the scale of a whole project: every place where two coders differ,
// found from the span columns alone (no Coding rows), so half a million places cost a sort and
// one sweep. A place becomes a full Disagreement, with its codings, only when it is shown or
// settled (disagreementAt) or exported (disagreementsAt).

#include "core/agreement/reconciliation.h"

#include <QByteArray>

#include <atomic>

namespace situate {

struct AgreementResult;

/// A Disagreement without its codings: enough to list, count and find it again.
struct DisagreementPlace {
    qint64 documentId = 0;
    qint64 codeId = 0;
    Span span;
    Disagreement::Kind kind = Disagreement::Kind::Overlapping;
    BinaryCounts characters; // within span
    friend bool operator==(const DisagreementPlace&, const DisagreementPlace&) = default;
};

/// The places of one comparison and a hash of the codings they came from.
struct DisagreementPlaces {
    qint64 firstCoderId = 0;
    qint64 secondCoderId = 0;
    /// Documents in the result's order, then codes in the result's order, then text order:
    /// the order of the agreement table.
    QVector<DisagreementPlace> places;
    /// Every coding of the compared coders in the compared documents (any code): equal
    /// hashes, equal result.
    QByteArray codingsHash;
};

/// The places where the result's first two coders differ, over its documents and codes, read
/// afresh from `storage`. Stops early, failing, when `cancelled` is set.
Result<DisagreementPlaces> listDisagreementPlaces(const Storage& storage,
                                                  const AgreementResult& result,
                                                  const std::atomic_bool* cancelled = nullptr);

/// The disagreement at `place` with its codings, as listDisagreements gives it; NotFound when
/// the two coders' codings there changed since the place was listed.
Result<Disagreement> disagreementAt(const Storage& storage, const DisagreementPlace& place,
                                    qint64 firstCoderId, qint64 secondCoderId);
/// The same for many places, reading each document once; in the order of `places`.
Result<QVector<Disagreement>> disagreementsAt(const Storage& storage,
                                              const QVector<DisagreementPlace>& places,
                                              qint64 firstCoderId, qint64 secondCoderId);

} // namespace situate
