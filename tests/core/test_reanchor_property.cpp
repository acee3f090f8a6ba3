// SPDX-License-Identifier: GPL-3.0-or-later
// Thousands of seeded random edits and replace-alls on coded texts, each checked against
// naive reference implementations written here from the rule's statement, then undone and
// redone.
#include "core/text.h"
#include "core/text/reanchor.h"
#include "core/text/textmatch.h"
#include "tests/core/texttest.h"

#include <catch2/catch.hpp>

#include <random>
#include <string>

using namespace situate;

namespace {

// Letters, spaces, an emoji, a skin-tone modifier and a combining acute that composes with
// nothing before it here: texts that are NFC as they are, with surrogate pairs and marks.
const char32_t alphabet[] = {U'a',          U'b',          U'A',      U'x',      U' ',      U'\n',
                             U'\U0001F600', U'\U0001F3FD', U'\u0301', U'\u03A3', U'\u03C3', U'_'};

class Random {
public:
    explicit Random(unsigned seed)
        : m_engine(seed) {}
    qint64 between(qint64 lo, qint64 hi) { // inclusive
        return std::uniform_int_distribution<qint64>(lo, hi)(m_engine);
    }
    bool chance(int percent) { return between(1, 100) <= percent; }
    std::u32string text(qint64 maxLength) {
        std::u32string t;
        const qint64 n = between(0, maxLength);
        for (qint64 i = 0; i < n; ++i) {
            char32_t c = alphabet[between(0, std::size(alphabet) - 1)];
            if (c == U'\u0301' && (t.empty() || t.back() != U'x'))
                c = U'b'; // keeps the text NFC: the acute only follows x
            t.push_back(c);
        }
        return t;
    }

private:
    std::mt19937 m_engine;
};

QString toQString(const std::u32string& t) {
    return QString::fromUcs4(t.data(), qsizetype(t.size()));
}

// The rule as the issue states it, for one replacement of [a, b) by L code points.
std::optional<Anchor> referenceRule(Anchor x, qint64 a, qint64 b, qint64 L) {
    const qint64 delta = L - (b - a);
    qint64 s = x.start;
    if (s < a) {
    } else if (s < b) {
        s = a;
    } else {
        s = s + delta;
    }
    qint64 e = x.end;
    if (e <= a) {
    } else if (e <= b) {
        e = a + L;
    } else {
        e = e + delta;
    }
    if (e <= s)
        return std::nullopt;
    return Anchor{s, e};
}

struct ReferenceResult {
    std::u32string text;
    QVector<std::optional<Anchor>> anchors;
};

// Applies the replacements one at a time from the last to the first, splicing code points.
ReferenceResult applyBackwards(std::u32string text, const QVector<Anchor>& anchors,
                               const QVector<Replacement>& edits) {
    QVector<std::optional<Anchor>> current(anchors.cbegin(), anchors.cend());
    for (qsizetype i = edits.size() - 1; i >= 0; --i) {
        const Replacement& r = edits[i];
        const QList<uint> with = r.text.toUcs4();
        text.replace(std::size_t(r.start), std::size_t(r.end - r.start),
                     std::u32string(with.cbegin(), with.cend()));
        for (std::optional<Anchor>& a : current) {
            if (a)
                a = referenceRule(*a, r.start, r.end, with.size());
        }
    }
    return {text, current};
}

// Character identity: a start goes with its code point (or to the start of the text that
// replaced it), an end with the code point before it (or to the end of that text). Agrees
// with the rule whenever no insertion is involved in a set of several.
QVector<std::optional<Anchor>> byIdentity(qint64 length, const QVector<Anchor>& anchors,
                                          const QVector<Replacement>& edits) {
    std::vector<qint64> newIndex(std::size_t(length), -1);
    std::vector<qint64> replacedBy(std::size_t(length), -1);
    std::vector<qint64> newStart(std::size_t(edits.size())), newEnd(std::size_t(edits.size()));
    qint64 out = 0, old = 0;
    for (qsizetype j = 0; j <= edits.size(); ++j) {
        const qint64 upTo = j < edits.size() ? edits[j].start : length;
        for (; old < upTo; ++old)
            newIndex[std::size_t(old)] = out++;
        if (j == edits.size())
            break;
        newStart[std::size_t(j)] = out;
        out += edits[j].text.toUcs4().size();
        newEnd[std::size_t(j)] = out;
        for (; old < edits[j].end; ++old)
            replacedBy[std::size_t(old)] = j;
    }
    QVector<std::optional<Anchor>> result;
    for (const Anchor& a : anchors) {
        const std::size_t s = std::size_t(a.start), last = std::size_t(a.end - 1);
        const qint64 start = newIndex[s] >= 0 ? newIndex[s] : newStart[replacedBy[s]];
        const qint64 end = newIndex[last] >= 0 ? newIndex[last] + 1 : newEnd[replacedBy[last]];
        result.append(end > start ? std::optional<Anchor>(Anchor{start, end}) : std::nullopt);
    }
    return result;
}

EditOutcome referenceOutcome(const Anchor& before, const std::optional<Anchor>& after,
                             const QVector<Replacement>& edits) {
    if (!after)
        return EditOutcome::Removed;
    for (const Replacement& r : edits) {
        const bool overlaps = r.start < before.end && r.end > before.start && r.start < r.end;
        const bool insertedInside =
            r.start == r.end && before.start < r.start && r.start < before.end;
        if (overlaps || insertedInside)
            return EditOutcome::Changed;
    }
    return *after == before ? EditOutcome::Unchanged : EditOutcome::Moved;
}

QVector<Anchor> randomAnchors(Random& rnd, qint64 length) {
    QVector<Anchor> anchors;
    if (length == 0)
        return anchors;
    const qint64 n = rnd.between(0, 30);
    for (qint64 i = 0; i < n; ++i) {
        const qint64 s = rnd.between(0, length - 1);
        anchors.append({s, rnd.between(s + 1, std::min(length, s + 1 + rnd.between(0, 20)))});
    }
    return anchors;
}

// A set of sorted replacements that may touch, be insertions (several at one point) or be
// deletions; or a single one.
QVector<Replacement> randomEdits(Random& rnd, qint64 length) {
    QVector<Replacement> edits;
    const qint64 count = rnd.chance(40) ? 1 : rnd.between(0, 8);
    qint64 at = 0;
    for (qint64 i = 0; i < count && at <= length; ++i) {
        const qint64 start = rnd.chance(30) ? at : rnd.between(at, std::min(length, at + 15));
        const qint64 end = rnd.chance(30) ? start : rnd.between(start, std::min(length, start + 6));
        edits.append({start, end, toQString(rnd.text(rnd.chance(30) ? 0 : 4))});
        at = end;
    }
    return edits;
}

// A replace-all of a piece of the text itself, whole word or not, any case.
QVector<Replacement> randomReplaceAll(Random& rnd, const std::u32string& text) {
    if (text.empty())
        return {};
    const qint64 from = rnd.between(0, qint64(text.size()) - 1);
    const qint64 len = rnd.between(1, std::min<qint64>(3, qint64(text.size()) - from));
    const QString find = toQString(text.substr(std::size_t(from), std::size_t(len)));
    const FindOptions options{rnd.chance(50), rnd.chance(50)};
    return replaceAll(toQString(text), find, toQString(rnd.text(3)), options);
}

struct Step {
    QVector<Replacement> edits;
    QVector<Replacement> inverse;
    QString textBefore;
    QVector<Anchor> anchorsAfter;
};

} // namespace

TEST_CASE("reanchor: thousands of random edits and replace-alls agree with the reference") {
    int edited = 0;
    for (unsigned seed = 1; seed <= 150; ++seed) {
        CAPTURE(seed);
        Random rnd(seed);
        std::u32string text = rnd.text(120);
        QVector<Anchor> anchors = randomAnchors(rnd, qint64(text.size()));
        const QString original = toQString(text);
        const QVector<Anchor> originalAnchors = anchors;
        QVector<Step> steps;
        for (int n = 0; n < 25; ++n) {
            CAPTURE(n);
            const qint64 length = qint64(text.size());
            const bool all = rnd.chance(30);
            const QVector<Replacement> edits =
                all ? randomReplaceAll(rnd, text) : randomEdits(rnd, length);
            CAPTURE(edits, anchors);
            REQUIRE(checkReplacements(edits, length).ok());
            const QString before = toQString(text);
            REQUIRE(codePointCount(before) == length);

            const ReferenceResult expected = applyBackwards(text, anchors, edits);
            const QString after = applyReplacements(before, edits);
            REQUIRE(after == toQString(expected.text));

            const QVector<Reanchored> got = reanchorAll(anchors, edits);
            REQUIRE(got.size() == anchors.size());
            bool insertions = false;
            for (const Replacement& r : edits)
                insertions = insertions || (r.start == r.end && !r.text.isEmpty());
            const auto identity = byIdentity(length, anchors, edits);
            QVector<qint64> starts;
            for (const Anchor& a : anchors)
                starts.append(a.start);
            const QVector<qint64> points = reanchorPoints(starts, edits);
            QVector<Anchor> next;
            for (qsizetype i = 0; i < anchors.size(); ++i) {
                CAPTURE(i, anchors[i]);
                REQUIRE(got[i].anchor == expected.anchors[i]);
                REQUIRE(got[i].outcome == referenceOutcome(anchors[i], got[i].anchor, edits));
                if (edits.size() == 1)
                    REQUIRE(got[i].anchor == reanchor(anchors[i], edits[0]));
                if (edits.size() == 1 || !insertions)
                    REQUIRE(got[i].anchor == identity[i]);
                qint64 point = anchors[i].start;
                for (qsizetype k = edits.size() - 1; k >= 0; --k)
                    point = reanchorPoint(point, edits[k]);
                REQUIRE(points[i] == point);
                if (got[i].anchor)
                    next.append(*got[i].anchor);
            }
            steps.append({edits, invertReplacements(before, edits), before, next});
            text = expected.text;
            anchors = next;
            ++edited;
        }
        // Undo every step back to the original bytes, then redo each to the same text and
        // anchors: the anchors come back as the editor keeps them (rows recorded per step).
        QString current = toQString(text);
        for (qsizetype k = steps.size() - 1; k >= 0; --k) {
            REQUIRE(checkReplacements(steps[k].inverse, codePointCount(current)).ok());
            current = applyReplacements(current, steps[k].inverse);
            REQUIRE(current == steps[k].textBefore);
        }
        REQUIRE(current == original);
        QVector<Anchor> redone = originalAnchors;
        for (const Step& step : steps) {
            current = applyReplacements(current, step.edits);
            QVector<Anchor> kept;
            for (const Reanchored& r : reanchorAll(redone, step.edits)) {
                if (r.anchor)
                    kept.append(*r.anchor);
            }
            REQUIRE(kept == step.anchorsAfter);
            redone = kept;
        }
        REQUIRE(current == toQString(text));
    }
    CHECK(edited == 150 * 25);
}
