// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/platform.h"

#include <QFile>
#include <QList>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
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

namespace {

constexpr std::uintptr_t kHugePage = std::uintptr_t(2) << 20;
constexpr std::size_t kOwnMappingFrom = std::size_t(512) << 10;

std::uintptr_t roundUp(std::uintptr_t n, std::uintptr_t to) {
    return (n + to - 1) & ~(to - 1);
}

} // namespace

void* allocateLarge(std::size_t bytes) {
    if (bytes < kOwnMappingFrom)
        return std::calloc(bytes == 0 ? 1 : bytes, 1);
    if (bytes > std::numeric_limits<std::size_t>::max() - 2 * kHugePage)
        return nullptr;
    // Mapped with a huge page's room to spare, then trimmed to an aligned start and length,
    // so that every 2 MiB of it can be one huge page.
    const std::size_t length = roundUp(bytes, kHugePage);
    void* raw = ::mmap(nullptr, length + kHugePage, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED)
        return nullptr;
    const auto start = reinterpret_cast<std::uintptr_t>(raw);
    const std::uintptr_t aligned = roundUp(start, kHugePage);
    if (aligned > start)
        ::munmap(raw, aligned - start);
    if (const std::uintptr_t after = start + length + kHugePage - (aligned + length); after > 0)
        ::munmap(reinterpret_cast<void*>(aligned + length), after);
#ifdef MADV_HUGEPAGE
    ::madvise(reinterpret_cast<void*>(aligned), length, MADV_HUGEPAGE);
#endif
    return reinterpret_cast<void*>(aligned);
}

void freeLarge(void* data, std::size_t bytes) {
    if (!data)
        return;
    if (bytes < kOwnMappingFrom)
        std::free(data);
    else
        ::munmap(data, roundUp(bytes, kHugePage));
}

} // namespace situate::platform
