// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace situate {

/// A random source with fixed algorithms (splitmix64 seeding xoshiro256**): the standard
/// library's distributions differ between implementations, and a generated project must be
/// the same everywhere for the same seed.
class GenerateRandom {
public:
    explicit GenerateRandom(quint64 seed);
    quint64 next();
    /// 0 <= value < n (n > 0).
    qint64 below(qint64 n);
    /// lo <= value <= hi.
    qint64 between(qint64 lo, qint64 hi);
    /// 0 <= value < 1.
    double unit();

private:
    quint64 m_s[4];
};

/// Picks ranks 0..n-1 with Zipf-like weights 1 / (rank + offset)^exponent.
class ZipfPicker {
public:
    ZipfPicker(int n, double exponent, double offset);
    int pick(GenerateRandom& rng) const;

private:
    QVector<double> m_cumulative;
};

/// A generated interview transcript with the positions the coding generator needs.
struct SyntheticTranscript {
    QString text;                 // normalised: LF line ends, one speaker turn per line
    QVector<qint32> wordStart;    // code points, one per word
    QVector<qint32> wordEnd;      // after the word and any punctuation attached to it
    QVector<qint32> sentenceWord; // index of each sentence's first word, then wordStart.size()
};

/// A transcript of exactly `words` words: "Interviewer:" questions and "P1:" answers of
/// English-like words with Zipf-distributed frequencies (so word lengths and repetition look
/// like running English), with the evaluation's recurring phrases ("community of practice").
SyntheticTranscript syntheticTranscript(GenerateRandom& rng, int words);

/// A capitalised two-word theme name ("Shared learning") from the vocabulary's content words.
QString syntheticThemeName(GenerateRandom& rng);

} // namespace situate
