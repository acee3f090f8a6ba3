// SPDX-License-Identifier: GPL-3.0-or-later
// bench_textmatch: times core/text on a project's worth of text (1,000,000 code points by
// default): a pseudonymisation list of 450 entries beside one QStringMatcher scan per entry
// (the entries-times-text baseline, which does less: no whole words, no overlaps), a
// replace-all's re-anchoring of 100,000 codings beside the one-at-a-time backward loop
// (on a slice, scaled), and the candidate finder. Not a test: nothing here asserts a time.
#include "core/text/candidates.h"
#include "core/text/reanchor.h"
#include "core/text/textmatch.h"
#include "tests/bench/benchsupport.h"

#include <QCoreApplication>
#include <QStringMatcher>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace situate;

namespace {

const char* const syllables[] = {"ka", "fo", "ru", "mi", "sa", "to", "ne", "li", "bo", "da",
                                 "we", "zu", "ha", "po", "ye", "gi", "an", "or", "ul", "em"};
const char* const words[] = {"the",  "ward",  "we",   "met",    "about",    "care",     "and",
                             "team", "staff", "said", "really", "time",     "patients", "was",
                             "it",   "a",     "of",   "to",     "learning", "in",       "our"};

QString surname(int i) {
    const QString s = QString::fromLatin1(syllables[i % 20]) +
                      QString::fromLatin1(syllables[(i / 20) % 20]) +
                      QString::fromLatin1(syllables[(i / 7 + 3) % 20]);
    return s.left(1).toUpper() + s.mid(1);
}

QString makeText(qint64 length, std::mt19937& rng) {
    QString text;
    text.reserve(length + 64);
    std::uniform_int_distribution<int> word(0, int(std::size(words)) - 1), name(0, 299),
        roll(0, 99);
    while (text.size() < length) {
        const int r = roll(rng);
        if (r < 2)
            text += QStringLiteral("Dr ");
        if (r < 4)
            text += surname(name(rng));
        else
            text += QString::fromLatin1(words[word(rng)]);
        text += roll(rng) < 8 ? QStringLiteral(". ") : QStringLiteral(" ");
    }
    return text.left(length);
}

void row(const char* what, double ms, const char* baseline = nullptr, double baselineMs = 0) {
    if (baseline)
        std::printf("%-58s %10.1f ms   %-44s %10.1f ms   ratio %.3g\n", what, ms, baseline,
                    baselineMs, ms / baselineMs);
    else
        std::printf("%-58s %10.1f ms\n", what, ms);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const qint64 length = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    std::mt19937 rng(17);
    const QString text = makeText(length, rng);

    QVector<PseudonymEntry> list;
    for (int i = 0; i < 300; ++i)
        list.append({surname(i), QStringLiteral("P%1").arg(i)});
    for (int i = 0; i < 100; ++i)
        list.append({QStringLiteral("Dr ") + surname(i), QStringLiteral("Dr P%1").arg(i)});
    for (int i = 0; i < 50; ++i)
        list.append({surname(i + 300).toLower(), QStringLiteral("Q%1").arg(i), false, false});
    if (!checkPseudonymEntries(list)) {
        std::printf("bad list\n");
        return 1;
    }
    std::printf("text: %lld code points, list: %lld entries\n", static_cast<long long>(length),
                static_cast<long long>(list.size()));

    PseudonymMatches matches;
    const double pseudo = bench::bestOfMs(3, [&] { matches = Pseudonymiser(list).apply(text); });
    qint64 naiveHits = 0;
    const double naive = bench::bestOfMs(3, [&] {
        naiveHits = 0;
        for (const PseudonymEntry& e : list) {
            const QStringMatcher m(e.find);
            for (qsizetype at = m.indexIn(text); at >= 0; at = m.indexIn(text, at + 1))
                ++naiveHits;
        }
    });
    std::printf("pseudonymisation matches: %lld (QStringMatcher raw hits: %lld)\n",
                static_cast<long long>(matches.replacements.size()),
                static_cast<long long>(naiveHits));
    row("pseudonymise: match 450 entries", pseudo, "QStringMatcher per entry", naive);

    const QVector<Replacement> all =
        replaceAll(text, QStringLiteral("ward"), QStringLiteral("unit"), {true, true});
    QVector<Anchor> codings;
    std::uniform_int_distribution<qint64> at(0, length - 2001), span(1, 2000);
    for (int i = 0; i < 100'000; ++i) {
        const qint64 s = at(rng);
        codings.append({s, s + span(rng)});
    }
    std::sort(codings.begin(), codings.end(),
              [](const Anchor& a, const Anchor& b) { return a.start < b.start; });
    std::printf("replace all \"ward\": %lld replacements, %lld codings\n",
                static_cast<long long>(all.size()), static_cast<long long>(codings.size()));
    QVector<Reanchored> moved;
    const double forward = bench::bestOfMs(3, [&] { moved = reanchorAll(codings, all); });
    const qsizetype slice = 1000;
    const double backward = bench::bestOfMs(1, [&] {
        for (qsizetype i = 0; i < slice; ++i) {
            std::optional<Anchor> a = codings[i];
            for (qsizetype k = all.size() - 1; k >= 0 && a; --k)
                a = reanchor(*a, all[k]);
        }
    });
    row("re-anchor 100,000 codings (one forward pass)", forward,
        "one at a time backwards (1,000, scaled)", backward * double(codings.size()) / slice);
    row("apply the replacements to the text",
        bench::bestOfMs(3, [&] { (void)applyReplacements(text, all); }));

    QVector<CandidateSource> docs;
    for (qint64 from = 0; from < length; from += 10'000)
        docs.append({QStringLiteral("d%1").arg(from), text.mid(from, 10'000), {}});
    QVector<Candidate> found;
    const double candidates = bench::bestOfMs(3, [&] { found = findCandidates(docs); });
    std::printf("candidates: %lld\n", static_cast<long long>(found.size()));
    row("candidate finder", candidates);
    std::printf("peak RSS %lld MB, CPU %.2f s\n", static_cast<long long>(bench::peakRssKb() / 1024),
                bench::cpuSeconds());
    return 0;
}
