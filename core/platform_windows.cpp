// SPDX-License-Identifier: GPL-3.0-or-later
// Written against the Win32 API documentation; never compiled (scripts/PLATFORMS.md).
#include "core/platform.h"

#include <windows.h>

#include <cstdlib>

namespace situate::platform {

bool processRuns(qint64 pid) {
    // Windows keeps process and thread ids apart in their use: a process id names a process.
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (process == nullptr)
        return GetLastError() != ERROR_INVALID_PARAMETER; // no such process; else unknown
    DWORD code = 0;
    const BOOL ok = GetExitCodeProcess(process, &code);
    CloseHandle(process);
    // An ended process whose handle someone still holds keeps its id with its exit code.
    return !ok || code == STILL_ACTIVE;
}

QDateTime processStart(qint64 pid) {
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (process == nullptr)
        return {};
    FILETIME created, exited, kernel, user;
    const BOOL ok = GetProcessTimes(process, &created, &exited, &kernel, &user);
    CloseHandle(process);
    if (!ok)
        return {};
    // FILETIME counts 100 ns intervals since 1601-01-01 UTC; the Unix epoch is 11644473600 s
    // later.
    const qint64 intervals =
        (static_cast<qint64>(created.dwHighDateTime) << 32) | created.dwLowDateTime;
    return QDateTime::fromMSecsSinceEpoch(intervals / 10000 - Q_INT64_C(11644473600000));
}

void* allocateLarge(std::size_t bytes) {
    return std::calloc(bytes == 0 ? 1 : bytes, 1);
}

void freeLarge(void* data, std::size_t) {
    std::free(data);
}

} // namespace situate::platform
