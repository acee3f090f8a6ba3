// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The re-anchoring rule: where a position-anchored thing (a coding, a speaker turn, a caption
// timestamp) lands when the text under it is edited. Pure functions on code-point offsets;
// core/text/README.md states the rule and how the editor, the CLI and the server use it.

#include "core/result.h"

#include <QString>
#include <QVector>

#include <optional>

namespace situate {

/// The code points [start, end) of the old text replaced by `text`. An insertion has
/// start == end, a deletion an empty `text`. Offsets are code points into the normalised
/// text, end exclusive; `text` must be normalised too.
struct Replacement {
    qint64 start = 0;
    qint64 end = 0;
    QString text;

    /// L: the new text's length in code points.
    qint64 length() const;
    /// Δ = L - (end - start): how far everything after the replacement moves.
    qint64 delta() const { return length() - (end - start); }
    friend bool operator==(const Replacement&, const Replacement&) = default;
};

/// A coding's (or any span's) extent [start, end) in code points, start < end.
struct Anchor {
    qint64 start = 0;
    qint64 end = 0;
    friend bool operator==(const Anchor&, const Anchor&) = default;
};

/// The rule for a start `s` under a replacement of [a, b) by L code points, Δ = L - (b - a):
/// s < a stays; a <= s < b becomes a; s >= b becomes s + Δ. For an insertion (a == b) every
/// s >= a moves: text inserted at a start goes before it. A single point (a caption
/// timestamp's offset, a turn's start) follows the same rule.
qint64 reanchorStart(qint64 s, const Replacement& r);

/// The rule for an end `e`: e <= a stays; a < e <= b becomes a + L; e > b becomes e + Δ. For
/// an insertion (a == b) an end e <= a stays: text inserted at an end goes after it.
qint64 reanchorEnd(qint64 e, const Replacement& r);

/// The rule for a point: the start rule (reanchorStart), under its own name for offsets that
/// are not the start of a span.
inline qint64 reanchorPoint(qint64 p, const Replacement& r) {
    return reanchorStart(p, r);
}

/// The anchor after one replacement: its start by the start rule, its end by the end rule;
/// std::nullopt when the new end is not after the new start (the anchor lay wholly inside
/// deleted text), which means the edit removes it.
std::optional<Anchor> reanchor(const Anchor& anchor, const Replacement& r);

/// What an edit does to one anchor, for reports such as "3 codings moved, 1 changed, 1
/// removed".
enum class EditOutcome {
    Unchanged, ///< same start and end, same text
    Moved,     ///< same text at other offsets
    Changed,   ///< a replacement touched its text: it overlaps the anchor, or an insertion
               ///< lies strictly inside it (even one that writes the same characters again)
    Removed,   ///< it lay wholly inside deleted text
};

/// One anchor after a set of replacements, and what happened to it.
struct Reanchored {
    std::optional<Anchor> anchor; ///< std::nullopt when removed
    EditOutcome outcome = EditOutcome::Unchanged;
};

/// Checks that `replacements` can be applied at once to a text of `textLength` code points:
/// each has 0 <= start <= end <= textLength, and each starts at or after the previous one's
/// end (so they are sorted and do not overlap; several insertions at one point are allowed
/// and land in list order). Every function below that takes a list assumes this.
Status checkReplacements(const QVector<Replacement>& replacements, qint64 textLength);

/// Every anchor after applying all `replacements` at once: the same as applying them one at a
/// time from the last to the first with reanchor(), computed in one forward pass with a
/// running Δ. The result is in the order of `anchors`. Anchors given in document order take
/// O(n + m) for n replacements and m anchors; any order takes O(m log n).
QVector<Reanchored> reanchorAll(const QVector<Anchor>& anchors,
                                const QVector<Replacement>& replacements);

/// Points after all `replacements` at once, by the start rule (as reanchorAll for starts).
QVector<qint64> reanchorPoints(const QVector<qint64>& points,
                               const QVector<Replacement>& replacements);

/// How many anchors each outcome has.
struct EditCounts {
    qint64 unchanged = 0;
    qint64 moved = 0;
    qint64 changed = 0;
    qint64 removed = 0;
    EditCounts& operator+=(const EditCounts& o) {
        unchanged += o.unchanged;
        moved += o.moved;
        changed += o.changed;
        removed += o.removed;
        return *this;
    }
};
EditCounts countOutcomes(const QVector<Reanchored>& reanchored);

/// The text after all `replacements` at once (offsets in code points of `text`).
QString applyReplacements(const QString& text, const QVector<Replacement>& replacements);

/// The replacements that turn applyReplacements(oldText, replacements) back into `oldText`:
/// each new text's range in the new text, replaced by the old code points it replaced. Undo
/// of the text, and the record of what an edit removed.
QVector<Replacement> invertReplacements(const QString& oldText,
                                        const QVector<Replacement>& replacements);

} // namespace situate
