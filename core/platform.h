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

/// Zero-filled memory for a large array (core/largearray.h), null when there is none. On
/// Linux an array of 512 KiB or more gets a mapping of its own, aligned to 2 MiB and marked
/// for transparent huge pages (their default "madvise" mode): it then takes one page fault
/// per 2 MiB instead of one per 4 KiB, and a fault cost 11 microseconds on the benchmark
/// machine. Elsewhere, and for a smaller array, it is calloc's.
void* allocateLarge(std::size_t bytes);
/// Gives back what allocateLarge(bytes) answered, with the same `bytes`; null does nothing.
void freeLarge(void* data, std::size_t bytes);

} // namespace situate::platform
