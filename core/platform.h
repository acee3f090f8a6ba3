// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <cstddef>

/// The only calls into the operating system outside Qt. Each function has one implementation
/// per platform: core/platform_posix.cpp (Linux, macOS) and core/platform_windows.cpp
/// (Windows), chosen in core/CMakeLists.txt. No other source includes a system header
/// (tests/layering.cmake checks it).
namespace situate::platform {

/// When the process `pid` started; invalid when it cannot be known (no such process, no
/// permission, or a system where it is not implemented).
QDateTime processStart(qint64 pid);

/// False when no running process is known to have the id `pid`: none has it, or one that
/// has ended and is not yet reaped (a zombie), or only a thread of another process (Linux
/// lets a thread's id answer as a process id): what the id in a lock left by a killed
/// process names. True when a process runs with it or it cannot be known.
bool processRuns(qint64 pid);

/// Asks the system to back the whole 2 MB pages inside [data, data + bytes) with huge pages
/// (Linux, transparent huge pages in their default "madvise" mode), before they are first
/// written: a table of many megabytes then takes one page fault per 2 MB instead of one per
/// 4 KB. Only a hint: it does nothing elsewhere, or where the system declines.
void preferHugePages(void* data, std::size_t bytes);

} // namespace situate::platform
