// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/agreement/: the clustering that reconciliation.cpp (on Coding rows) and
// disagreementplaces.cpp (on the span columns) share, and the sweep computeAgreement runs on
// the codings it has already read.

#include "core/agreement/disagreementplaces.h"
#include "core/storage/analysisqueries.h"

#include <algorithm>

namespace situate {

/// Walks one code's codings of two coders in one document, sorted by start then end, one
/// cluster at a time (codings linked by sharing a character): fn(from, to, span) for each,
/// with the cluster's codings in [from, to) and span from its first start to its last end.
template <typename It, typename Fn> void forEachCluster(It begin, It end, Fn fn) {
    It i = begin;
    while (i != end) {
        const It from = i;
        Span span{i->start, i->end};
        for (; i != end && i->start < span.end; ++i)
            span.end = std::max(span.end, i->end);
        fn(from, i, span);
    }
}

/// What one coder alone has in a cluster: nothing (false) when both cover the same
/// characters; else the kind and the character counts within `span`. `first` and `second`
/// are each coder's merged spans.
bool clusterDiffers(const QVector<Span>& first, const QVector<Span>& second, const Span& span,
                    Disagreement::Kind* kind, BinaryCounts* characters);

/// The places and hash of DisagreementPlaces from codings already read: `coders` are every
/// coder compared (the hash covers them all), the first two are the pair listed; only the
/// codings in `documents` count, and only those of `codes` are listed, in the given orders.
/// Empty when `cancelled` is set part way.
DisagreementPlaces disagreementPlaces(const QVector<CodingSpan>& codings,
                                      const QVector<qint64>& coders,
                                      const QVector<qint64>& documents,
                                      const QVector<qint64>& codes,
                                      const std::atomic_bool* cancelled = nullptr);

} // namespace situate
