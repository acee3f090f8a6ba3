// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/generate/synthetictext.h"

#include <algorithm>
#include <cmath>

namespace situate {

namespace {

quint64 splitmix(quint64& x) {
    quint64 z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 rotl(quint64 x, int k) {
    return (x << k) | (x >> (64 - k));
}

// The most frequent words of spoken English first, so that the Zipf ranks give running text
// its real mix of short function words and longer content words.
const char* const commonWords[] = {"the",
                                   "and",
                                   "I",
                                   "to",
                                   "a",
                                   "of",
                                   "that",
                                   "it",
                                   "you",
                                   "we",
                                   "in",
                                   "was",
                                   "is",
                                   "they",
                                   "so",
                                   "for",
                                   "but",
                                   "it\u2019s",
                                   "there",
                                   "on",
                                   "have",
                                   "with",
                                   "what",
                                   "think",
                                   "be",
                                   "this",
                                   "were",
                                   "just",
                                   "about",
                                   "know",
                                   "like",
                                   "not",
                                   "all",
                                   "people",
                                   "do",
                                   "can",
                                   "really",
                                   "because",
                                   "at",
                                   "from",
                                   "our",
                                   "if",
                                   "are",
                                   "would",
                                   "had",
                                   "been",
                                   "them",
                                   "some",
                                   "more",
                                   "when",
                                   "or",
                                   "one",
                                   "which",
                                   "quite",
                                   "an",
                                   "how",
                                   "very",
                                   "then",
                                   "get",
                                   "who",
                                   "as",
                                   "don\u2019t",
                                   "going",
                                   "things",
                                   "those",
                                   "other",
                                   "time",
                                   "actually",
                                   "said",
                                   "lot",
                                   "did",
                                   "much",
                                   "also",
                                   "sort",
                                   "where",
                                   "work",
                                   "we\u2019re",
                                   "could",
                                   "way",
                                   "yes",
                                   "into",
                                   "came",
                                   "something",
                                   "see",
                                   "different",
                                   "make",
                                   "up",
                                   "out",
                                   "thing",
                                   "need",
                                   "well",
                                   "mean",
                                   "by",
                                   "my",
                                   "new",
                                   "there\u2019s",
                                   "group",
                                   "meeting",
                                   "practice",
                                   "team",
                                   "community",
                                   "learning",
                                   "change",
                                   "ward",
                                   "staff",
                                   "patients",
                                   "safety",
                                   "members",
                                   "network",
                                   "knowledge",
                                   "share",
                                   "sharing",
                                   "together",
                                   "improvement",
                                   "quality",
                                   "care",
                                   "clinical",
                                   "evidence",
                                   "data",
                                   "training",
                                   "support",
                                   "leadership",
                                   "senior",
                                   "trust",
                                   "trusts",
                                   "nurses",
                                   "pharmacists",
                                   "doctors",
                                   "medicines",
                                   "sepsis",
                                   "delirium",
                                   "maternity",
                                   "candour",
                                   "incident",
                                   "incidents",
                                   "review",
                                   "audit",
                                   "local",
                                   "national",
                                   "policy",
                                   "culture",
                                   "value",
                                   "measure",
                                   "measured",
                                   "momentum",
                                   "rhythm",
                                   "regular",
                                   "monthly",
                                   "funding",
                                   "facilitator",
                                   "board",
                                   "bundle",
                                   "deterioration",
                                   "optimisation",
                                   "colleagues",
                                   "professional",
                                   "organisation",
                                   "commissioners",
                                   "engagement",
                                   "outcomes",
                                   "impact",
                                   "feedback",
                                   "problem",
                                   "problems",
                                   "solution",
                                   "example",
                                   "experience",
                                   "confidence",
                                   "mandate",
                                   "resources",
                                   "protected",
                                   "workload",
                                   "pressures",
                                   "priority",
                                   "agenda",
                                   "minutes",
                                   "presentation",
                                   "project",
                                   "pilot",
                                   "spread",
                                   "adopted",
                                   "embedded",
                                   "sustained",
                                   "informal",
                                   "formal",
                                   "relationships",
                                   "hierarchy",
                                   "voice",
                                   "listened",
                                   "difficult",
                                   "honest",
                                   "open",
                                   "safe",
                                   "mistakes",
                                   "learned",
                                   "changed",
                                   "started",
                                   "stopped",
                                   "helped",
                                   "important",
                                   "obviously",
                                   "certainly",
                                   "perhaps",
                                   "probably",
                                   "definitely",
                                   "slightly",
                                   "particularly",
                                   "generally",
                                   "basically",
                                   "absolutely"};

const char* const phrases[] = {"community of practice", "rhythm of learning",  "patient safety",
                               "senior leadership",     "quality improvement", "the next meeting",
                               "across the network",    "at ward level"};

const char* const syllables[] = {
    "con", "ver",  "sa",   "tion", "pro", "ce", "dure", "in",   "te",  "gra", "ted", "ment", "al",
    "re",  "port", "ing",  "de",   "li",  "be", "ra",   "tive", "com", "mu",  "ni",  "ca",   "ex",
    "pe",  "ri",   "ence", "or",   "ga",  "ni", "sa",   "ti",   "on",  "ly",  "ful", "ness"};

// The vocabulary in rank order: common words, then phrases among them, then a long tail of
// made-up words of two to four syllables (rare words are long, as in English).
const QStringList& vocabulary() {
    static const QStringList words = [] {
        QStringList out;
        for (const char* w : commonWords)
            out << QString::fromUtf8(w);
        int k = 0;
        for (const char* p : phrases)
            out.insert(30 + 25 * k++, QString::fromUtf8(p));
        GenerateRandom rng(0x5157u); // fixed: the vocabulary is the same for every seed
        const int nSyllables = int(sizeof(syllables) / sizeof(syllables[0]));
        while (out.size() < 4000) {
            QString w;
            const int n = int(rng.between(2, 4));
            for (int i = 0; i < n; ++i)
                w += QString::fromLatin1(syllables[rng.below(nSyllables)]);
            out << w;
        }
        return out;
    }();
    return words;
}

const ZipfPicker& wordPicker() {
    static const ZipfPicker picker(int(vocabulary().size()), 1.15, 2.7);
    return picker;
}

QString capitalised(const QString& w) {
    return w.isEmpty() ? w : w.at(0).toUpper() + w.mid(1);
}

} // namespace

GenerateRandom::GenerateRandom(quint64 seed) {
    for (quint64& s : m_s)
        s = splitmix(seed);
}

quint64 GenerateRandom::next() {
    const quint64 result = rotl(m_s[1] * 5, 7) * 9;
    const quint64 t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

qint64 GenerateRandom::below(qint64 n) {
    return n <= 1 ? 0 : qint64(next() % quint64(n));
}

qint64 GenerateRandom::between(qint64 lo, qint64 hi) {
    return lo + below(hi - lo + 1);
}

double GenerateRandom::unit() {
    return double(next() >> 11) * 0x1.0p-53;
}

ZipfPicker::ZipfPicker(int n, double exponent, double offset) {
    double sum = 0;
    m_cumulative.reserve(n);
    for (int r = 0; r < n; ++r) {
        sum += 1.0 / std::pow(r + offset, exponent);
        m_cumulative << sum;
    }
    for (double& c : m_cumulative)
        c /= sum;
}

int ZipfPicker::pick(GenerateRandom& rng) const {
    const double u = rng.unit();
    const auto it = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), u);
    return std::min(int(it - m_cumulative.cbegin()), int(m_cumulative.size()) - 1);
}

SyntheticTranscript syntheticTranscript(GenerateRandom& rng, int words) {
    const QStringList& vocab = vocabulary();
    const ZipfPicker& picker = wordPicker();
    SyntheticTranscript t;
    t.text.reserve(qsizetype(words) * 6);
    t.wordStart.reserve(words);
    t.wordEnd.reserve(words);
    int written = 0;
    bool interviewer = true;
    while (written < words) {
        if (!t.text.isEmpty())
            t.text += QLatin1Char('\n');
        t.text += interviewer ? QStringLiteral("Interviewer:") : QStringLiteral("P1:");
        // Questions are short; answers run from a sentence to several paragraphs' worth.
        const int sentences = interviewer ? int(rng.between(1, 2)) : int(rng.between(2, 12));
        for (int s = 0; s < sentences && written < words; ++s) {
            t.sentenceWord << qint32(t.wordStart.size());
            const int length = int(rng.between(4, 14) + rng.between(0, 12));
            for (int i = 0; i < length && written < words; ++i) {
                QString w = vocab[picker.pick(rng)];
                const int inWords = int(w.count(QLatin1Char(' '))) + 1;
                if (written + inWords > words)
                    w = QStringLiteral("well"); // keep the count exact at the very end
                if (i == 0)
                    w = capitalised(w);
                t.text += QLatin1Char(' ');
                t.wordStart << qint32(t.text.size());
                t.text += w;
                const bool last = i + 1 == length || written + 1 >= words;
                if (last)
                    t.text += interviewer ? QLatin1Char('?') : QLatin1Char('.');
                else if (rng.below(14) == 0)
                    t.text += QLatin1Char(',');
                t.wordEnd << qint32(t.text.size());
                written += w.contains(QLatin1Char(' ')) ? int(w.count(QLatin1Char(' '))) + 1 : 1;
            }
        }
        interviewer = !interviewer;
    }
    t.text += QLatin1Char('\n');
    t.sentenceWord << qint32(t.wordStart.size());
    return t;
}

QString syntheticThemeName(GenerateRandom& rng) {
    const QStringList& vocab = vocabulary();
    // Content words sit between the function words and the phrases' tail.
    const auto word = [&] {
        return vocab[int(rng.between(100, int(sizeof(commonWords) / sizeof(commonWords[0])) - 1))];
    };
    const auto plain = [](const QString& w) {
        return std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); });
    };
    QString first = word();
    while (!plain(first))
        first = word();
    QString second = word();
    while (second == first || !plain(second))
        second = word();
    return capitalised(first) + QLatin1Char(' ') + second;
}

} // namespace situate
