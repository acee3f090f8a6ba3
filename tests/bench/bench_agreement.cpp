// SPDX-License-Identifier: GPL-3.0-or-later
// bench_agreement: times the character and segment sweeps on 2 coders x 200 codes x 10 million
// characters (the target is under a second), then runs NLTK's AnnotationTask (Debian's
// python3-nltk, when /usr/bin/python3 has it) on a slice of the same data, checks that its
// kappa and alpha equal ours and prints the time ratio. Not a test: nothing here asserts a time.
#include "core/agreement/spanagreement.h"
#include "tests/bench/benchsupport.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace situate;

namespace {

constexpr qint64 documentLength = 10'000'000;
constexpr int codes = 200;
constexpr int codingsPerCoderAndCode = 250;

// Coder 0 codes at random; coder 1 mostly follows with shifted ends, sometimes misses a
// passage and sometimes codes one of its own, as two real coders would.
QVector<SpanCoding> makeCodings() {
    std::mt19937_64 rng(2024);
    const auto below = [&rng](qint64 n) {
        return static_cast<qint64>(rng() % quint64(n));
    };
    QVector<SpanCoding> out;
    for (int code = 0; code < codes; ++code) {
        for (int i = 0; i < codingsPerCoderAndCode; ++i) {
            const qint64 start = below(documentLength - 3000);
            const qint64 end = start + 50 + below(2500);
            out.append({0, code, 0, start, end});
            const int roll = static_cast<int>(below(10));
            if (roll < 7)
                out.append({0, code, 1, std::max<qint64>(0, start - 40 + below(80)),
                            end - 40 + below(80)});
            else if (roll < 9) {
                const qint64 s = below(documentLength - 3000);
                out.append({0, code, 1, s, s + 50 + below(2500)});
            }
        }
    }
    return out;
}

const char* nltkScript = R"PY(
import sys, time
from collections import defaultdict
from nltk.metrics.agreement import AnnotationTask
rows = defaultdict(list)
for line in open(sys.argv[1]):
    code, coder, item, label = line.rstrip('\n').split('\t')
    rows[code].append((coder, item, label))
start = time.perf_counter()
out = []
for code in sorted(rows, key=int):
    task = AnnotationTask(data=rows[code])
    try:
        out.append('%s\t%.12f\t%.12f' % (code, task.kappa(), task.alpha()))
    except ZeroDivisionError:  # no variation: undefined, as ours says
        out.append('%s\tnan\tnan' % code)
elapsed = time.perf_counter() - start
print('\n'.join(out))
print('seconds\t%.6f' % elapsed)
)PY";

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QVector<SpanCoding> codings = makeCodings();
    out << "data: 2 coders, " << codes << " codes, " << documentLength << " characters, "
        << codings.size() << " codings\n";

    QVector<BinaryCounts> characters;
    const double characterMs = bench::bestOfMs(
        5, [&] { characters = characterCountsTable({documentLength}, codes, codings); });
    QVector<SegmentCounts> segments;
    const double segmentMs =
        bench::bestOfMs(5, [&] { segments = segmentCountsTable(1, codes, codings, 0.9); });
    BinaryCounts overall;
    for (const BinaryCounts& c : characters)
        overall += c;
    out << QStringLiteral("character unit: %1 ms (overall kappa %2)\n")
               .arg(characterMs, 0, 'f', 1)
               .arg(*cohenKappa(overall).value, 0, 'f', 4);
    out << QStringLiteral("segment unit:   %1 ms\n").arg(segmentMs, 0, 'f', 1);

    // The slice: the first 100,000 characters of the first 8 codes, one item per character.
    constexpr qint64 sliceLength = 100'000;
    constexpr int sliceCodes = 8;
    QVector<SpanCoding> slice;
    for (const SpanCoding& c : codings)
        if (c.code < sliceCodes && c.start < sliceLength)
            slice.append({0, c.code, c.coder, c.start, std::min(c.end, sliceLength)});
    QVector<BinaryCounts> sliceCounts;
    const double oursMs = bench::bestOfMs(
        50, [&] { sliceCounts = characterCountsTable({sliceLength}, sliceCodes, slice); });
    out << QStringLiteral("slice (%1 characters x %2 codes): ours %3 ms\n")
               .arg(sliceLength)
               .arg(sliceCodes)
               .arg(oursMs, 0, 'f', 4);
    out.flush();

    QTemporaryDir dir;
    QFile data(dir.filePath(QStringLiteral("slice.tsv")));
    QFile script(dir.filePath(QStringLiteral("nltk_slice.py")));
    if (!data.open(QIODevice::WriteOnly) || !script.open(QIODevice::WriteOnly))
        return 1;
    script.write(nltkScript);
    script.close();
    for (int code = 0; code < sliceCodes; ++code) {
        QVector<Span> spans[2];
        for (const SpanCoding& c : slice)
            if (c.code == code)
                spans[c.coder].append({c.start, c.end});
        for (int coder = 0; coder < 2; ++coder) {
            data.write(bench::coverageLines(code, coder, spans[coder], sliceLength));
        }
    }
    data.close();
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {script.fileName(), data.fileName()});
    if (!python.waitForFinished(600'000) || python.exitCode() != 0) {
        out << "NLTK comparison skipped: /usr/bin/python3 with nltk (python3-nltk) is needed\n"
            << python.readAllStandardError();
        return 0;
    }
    double nltkSeconds = 0, maxDifference = 0;
    for (const QByteArray& line : python.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.split('\t');
        if (f.size() == 2 && f[0] == "seconds") {
            nltkSeconds = f[1].toDouble();
        } else if (f.size() == 3) {
            const BinaryCounts& c = sliceCounts[f[0].toInt()];
            const Coefficient kappa = cohenKappa(c), alpha = krippendorffAlpha(c);
            if (kappa.defined() && alpha.defined() && f[1] != "nan")
                maxDifference = std::max({maxDifference, std::abs(*kappa.value - f[1].toDouble()),
                                          std::abs(*alpha.value - f[2].toDouble())});
        }
    }
    out << QStringLiteral("slice: NLTK AnnotationTask %1 ms; NLTK / ours = %2; largest "
                          "difference in kappa or alpha %3\n")
               .arg(nltkSeconds * 1000, 0, 'f', 1)
               .arg(nltkSeconds * 1000 / oursMs, 0, 'f', 0)
               .arg(maxDifference, 0, 'g', 3);
    return 0;
}
