// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the benchmarks measure: the best wall time of a few runs, peak memory and this
// process's CPU time.

#include "core/agreement/spanagreement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace situate::bench {

/// Peak resident memory of this process so far (VmHWM), in KiB; -1 where /proc is missing.
inline qint64 peakRssKb() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

/// CPU seconds of this process (all threads): on a shared machine the wall time also counts
/// the time other processes held the cores.
inline double cpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

/// The shortest wall time of `runs` calls of `fn`, in milliseconds.
template <typename Fn> double bestOfMs(int runs, Fn fn) {
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        best = std::min(best, static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    return best;
}

/// One coder's coverage of one code as the reference scripts read it: a line
/// "CODE<TAB>CODER<TAB>CHARACTER<TAB>1 or 0" for every character of [0, length), 1 where
/// `spans` cover it.
inline QByteArray coverageLines(int code, int coder, const QVector<Span>& spans, qint64 length) {
    const QVector<Span> merged = mergedSpans(spans);
    qsizetype k = 0;
    QByteArray lines;
    for (qint64 i = 0; i < length; ++i) {
        while (k < merged.size() && merged[k].end <= i)
            ++k;
        const bool in = k < merged.size() && merged[k].start <= i;
        lines += QByteArray::number(code) + '\t' + QByteArray::number(coder) + '\t' +
                 QByteArray::number(i) + '\t' + (in ? '1' : '0') + '\n';
    }
    return lines;
}

/// A GUI benchmark's start, called first in main: offscreen unless QT_QPA_PLATFORM says
/// otherwise.
inline void offscreenByDefault() {
    if (qgetenv("QT_QPA_PLATFORM").isEmpty())
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

/// Then, once the QApplication exists: no settings or recent files of the user's, and false
/// (with `usage` printed) when there are fewer than `needed` arguments.
inline bool guiBenchReady(int argc, int needed, const char* usage) {
    QStandardPaths::setTestModeEnabled(true);
    if (argc >= needed)
        return true;
    std::fprintf(stderr, "usage: %s\n", usage);
    return false;
}

/// Shows a window at the size every window benchmark uses and lets it lay out.
template <typename Window> void showForBench(Window& window) {
    window.resize(1600, 1000);
    window.show();
    QCoreApplication::processEvents();
}

} // namespace situate::bench
