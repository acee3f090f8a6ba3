// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the benchmarks measure: the best wall time of a few runs, peak memory and this
// process's CPU time.

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QString>

#include <algorithm>
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

} // namespace situate::bench
