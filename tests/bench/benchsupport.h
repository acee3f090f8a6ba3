// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the benchmarks measure besides wall time: peak memory and this process's CPU time.

#include <QByteArray>
#include <QFile>
#include <QString>

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

} // namespace situate::bench
