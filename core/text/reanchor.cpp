// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/reanchor.h"

#include "core/text.h"

#include <QCoreApplication>
#include <QStringView>

#include <algorithm>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::text)
};
} // namespace

namespace situate {

qint64 Replacement::length() const {
    return codePointCount(text);
}

qint64 reanchorStart(qint64 s, const Replacement& r) {
    if (s < r.start)
        return s;
    if (s < r.end)
        return r.start;
    return s + r.delta();
}

qint64 reanchorEnd(qint64 e, const Replacement& r) {
    if (e <= r.start)
        return e;
    if (e <= r.end)
        return r.start + r.length();
    return e + r.delta();
}

std::optional<Anchor> reanchor(const Anchor& anchor, const Replacement& r) {
    const Anchor moved{reanchorStart(anchor.start, r), reanchorEnd(anchor.end, r)};
    if (moved.end <= moved.start)
        return std::nullopt;
    return moved;
}

Status checkReplacements(const QVector<Replacement>& replacements, qint64 textLength) {
    qint64 previousEnd = 0;
    for (qsizetype i = 0; i < replacements.size(); ++i) {
        const Replacement& r = replacements[i];
        if (r.start < 0 || r.end < r.start || r.end > textLength)
            return Status::failure(Tr::tr("The range %1-%2 is not within the text (%3 characters).")
                                       .arg(r.start)
                                       .arg(r.end)
                                       .arg(textLength),
                                   ErrorKind::Invalid);
        if (i > 0 && r.start < previousEnd) {
            const Replacement& p = replacements[i - 1];
            return Status::failure(
                Tr::tr("The replacements of %1-%2 and %3-%4 overlap or are out of order.")
                    .arg(p.start)
                    .arg(p.end)
                    .arg(r.start)
                    .arg(r.end),
                ErrorKind::Invalid);
        }
        previousEnd = r.end;
    }
    return {};
}

namespace {

// One replacement of a checked list, with what the forward pass needs to place any offset
// in O(1) once it knows which replacement is the last one at or before it.
struct Step {
    qint64 start = 0;  // a
    qint64 end = 0;    // b
    qint64 length = 0; // L
    qint64 before = 0; // the sum of Δ of the replacements before this one
    qint64 after = 0;  // before + this one's Δ
    // Where an end e with a < e <= b lands: a + L moved by `before`, unless a + L is exactly
    // where the previous replacement ends; then the end rule of that one (and of the ones it
    // touches) applies again, and an insertion there keeps the end before its text.
    qint64 collapsedEnd = 0;
    // Where an end lying exactly at the previous replacement's end (b of the one before)
    // lands, by the same chain: what collapsedEnd falls back to.
    qint64 atPreviousEnd = 0;
};

QVector<Step> forwardSteps(const QVector<Replacement>& replacements) {
    QVector<Step> steps;
    steps.reserve(replacements.size());
    qint64 running = 0; // the running Δ
    for (qsizetype j = 0; j < replacements.size(); ++j) {
        const Replacement& r = replacements[j];
        Step step;
        step.start = r.start;
        step.end = r.end;
        step.length = r.length();
        step.before = running;
        running += step.length - (r.end - r.start);
        step.after = running;
        const qint64 endValue = r.start + step.length; // the end rule's a + L, before this Δ
        if (j == 0) {
            step.collapsedEnd = endValue;
        } else {
            const Step& prev = steps[j - 1];
            // The previous end rule applied to its own b: a for an insertion (the end stays
            // before the inserted text), a + L otherwise, which is b + Δ.
            const qint64 w = prev.start == prev.end ? prev.start : prev.start + prev.length;
            const bool chainsFurther = j >= 2 && w == steps[j - 2].end;
            step.atPreviousEnd = chainsFurther ? prev.atPreviousEnd : w + prev.before;
            step.collapsedEnd = endValue > prev.end ? endValue + step.before : step.atPreviousEnd;
        }
        steps.append(step);
    }
    return steps;
}

// The length of the prefix of `steps` for which `inPrefix` holds, found by galloping from
// `hint` (the previous answer), so offsets asked in document order cost O(1) amortised.
template <typename Pred>
qsizetype prefixLength(const QVector<Step>& steps, qsizetype hint, Pred inPrefix) {
    const qsizetype n = steps.size();
    qsizetype lo = hint;
    qsizetype hi = hint;
    if (hint < n && inPrefix(steps[hint])) {
        lo = hint + 1;
        hi = n;
        for (qsizetype width = 1;; width *= 2) {
            const qsizetype probe = hint + width;
            if (probe >= n)
                break;
            if (!inPrefix(steps[probe])) {
                hi = probe;
                break;
            }
            lo = probe + 1;
        }
    } else if (hint > 0 && !inPrefix(steps[hint - 1])) {
        lo = 0;
        hi = hint - 1;
        for (qsizetype width = 1;; width *= 2) {
            const qsizetype probe = hint - 1 - width;
            if (probe < 0)
                break;
            if (inPrefix(steps[probe])) {
                lo = probe + 1;
                break;
            }
            hi = probe;
        }
    } else {
        return hint;
    }
    return std::partition_point(steps.cbegin() + lo, steps.cbegin() + hi, inPrefix) -
           steps.cbegin();
}

// Places starts and ends in the forward pass; remembers where the last one was found.
class Placer {
public:
    explicit Placer(const QVector<Replacement>& replacements)
        : m_steps(forwardSteps(replacements)) {}

    // The number of replacements with a <= s; the last of them decides where s lands.
    qsizetype startIndex(qint64 s) {
        m_startHint =
            prefixLength(m_steps, m_startHint, [s](const Step& step) { return step.start <= s; });
        return m_startHint;
    }
    // The number of replacements with a < e; the last of them decides where e lands.
    qsizetype endIndex(qint64 e) {
        m_endHint =
            prefixLength(m_steps, m_endHint, [e](const Step& step) { return step.start < e; });
        return m_endHint;
    }
    qint64 start(qint64 s, qsizetype k) const {
        if (k == 0)
            return s;
        const Step& step = m_steps[k - 1];
        return s < step.end ? step.start + step.before : s + step.after;
    }
    qint64 end(qint64 e, qsizetype k) const {
        if (k == 0)
            return e;
        const Step& step = m_steps[k - 1];
        return e <= step.end ? step.collapsedEnd : e + step.after;
    }
    // Whether a replacement touches the text of [s, e): one starts strictly inside it, or the
    // last one at or before s reaches past s.
    bool touches(qint64 s, qsizetype startK, qsizetype endK) const {
        return endK > startK || (startK > 0 && s < m_steps[startK - 1].end);
    }

private:
    QVector<Step> m_steps;
    qsizetype m_startHint = 0;
    qsizetype m_endHint = 0;
};

} // namespace

QVector<Reanchored> reanchorAll(const QVector<Anchor>& anchors,
                                const QVector<Replacement>& replacements) {
    Placer placer(replacements);
    QVector<Reanchored> out;
    out.reserve(anchors.size());
    for (const Anchor& a : anchors) {
        const qsizetype startK = placer.startIndex(a.start);
        const qsizetype endK = placer.endIndex(a.end);
        const Anchor moved{placer.start(a.start, startK), placer.end(a.end, endK)};
        Reanchored r;
        if (moved.end <= moved.start) {
            r.outcome = EditOutcome::Removed;
        } else {
            r.anchor = moved;
            if (placer.touches(a.start, startK, endK))
                r.outcome = EditOutcome::Changed;
            else if (moved != a)
                r.outcome = EditOutcome::Moved;
        }
        out.append(r);
    }
    return out;
}

QVector<qint64> reanchorPoints(const QVector<qint64>& points,
                               const QVector<Replacement>& replacements) {
    Placer placer(replacements);
    QVector<qint64> out;
    out.reserve(points.size());
    for (const qint64 p : points)
        out.append(placer.start(p, placer.startIndex(p)));
    return out;
}

EditCounts countOutcomes(const QVector<Reanchored>& reanchored) {
    EditCounts counts;
    for (const Reanchored& r : reanchored) {
        counts.unchanged += r.outcome == EditOutcome::Unchanged;
        counts.moved += r.outcome == EditOutcome::Moved;
        counts.changed += r.outcome == EditOutcome::Changed;
        counts.removed += r.outcome == EditOutcome::Removed;
    }
    return counts;
}

QString applyReplacements(const QString& text, const QVector<Replacement>& replacements) {
    const OffsetMap map(text);
    const QStringView view(text);
    QString out;
    qsizetype added = 0;
    for (const Replacement& r : replacements)
        added += r.text.size();
    out.reserve(text.size() + added);
    qsizetype copied = 0; // UTF-16 index of the first unit not yet copied
    for (const Replacement& r : replacements) {
        const qsizetype from = map.toUtf16(r.start);
        out += view.mid(copied, from - copied);
        out += r.text;
        copied = map.toUtf16(r.end);
    }
    out += view.mid(copied);
    return out;
}

QVector<Replacement> invertReplacements(const QString& oldText,
                                        const QVector<Replacement>& replacements) {
    const OffsetMap map(oldText);
    QVector<Replacement> inverse;
    inverse.reserve(replacements.size());
    qint64 running = 0;
    for (const Replacement& r : replacements) {
        const qint64 length = r.length();
        const qint64 start = r.start + running;
        inverse.append({start, start + length, map.slice(oldText, r.start, r.end)});
        running += length - (r.end - r.start);
    }
    return inverse;
}

} // namespace situate
