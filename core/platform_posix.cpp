// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/platform.h"

#include <QFile>
#include <QList>

#include <cerrno>
#include <cstdint>
#include <limits>

#include <signal.h>
#include <sys/mman.h>
#include <unistd.h>

namespace situate::platform {

bool processRuns(qint64 pid) {
    if (pid <= 0 || pid > std::numeric_limits<pid_t>::max())
        return false;
    // Signal 0 only asks whether the id is in use; EPERM means it is, by another user's.
    if (::kill(pid_t(pid), 0) == -1 && errno == ESRCH)
        return false;
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return true;
    for (const QByteArray& line : status.readAll().split('\n')) {
        // "State:\tZ (zombie)" (or X, dead) comes before the thread group id.
        if (line.startsWith("State:")) {
            const QByteArray state = line.mid(6).trimmed();
            if (state.startsWith('Z') || state.startsWith('X'))
                return false;
        }
        if (line.startsWith("Tgid:"))
            return line.mid(5).trimmed().toLongLong() == pid;
    }
#endif
    return true;
}

QDateTime processStart(qint64 pid) {
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    QFile boot(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly) || !boot.open(QIODevice::ReadOnly))
        return {};
    // Field 22, counted after the command name, which ends at the last ')'.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return {};
    const qint64 ticks = fields.at(19).toLongLong();
    qint64 bootSeconds = -1;
    for (const QByteArray& l : boot.readAll().split('\n')) {
        if (l.startsWith("btime "))
            bootSeconds = l.mid(6).trimmed().toLongLong();
    }
    const long perSecond = sysconf(_SC_CLK_TCK);
    if (bootSeconds < 0 || perSecond <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(bootSeconds * 1000 + ticks * 1000 / perSecond);
#else
    // macOS would need sysctl(KERN_PROC_PID) for kinfo_proc.kp_proc.p_starttime; not written
    // yet, so a lock left by a killed Situate whose id was reused is not recognised there.
    Q_UNUSED(pid)
    return {};
#endif
}

void preferHugePages(void* data, std::size_t bytes) {
#ifdef MADV_HUGEPAGE
    constexpr std::uintptr_t huge = std::uintptr_t(2) << 20;
    const auto from = (reinterpret_cast<std::uintptr_t>(data) + huge - 1) & ~(huge - 1);
    const auto to = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(huge - 1);
    if (to > from)
        ::madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

} // namespace situate::platform
