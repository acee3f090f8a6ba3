// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

/// The only calls into the operating system outside Qt. Each function has one implementation
/// per platform: core/platform_posix.cpp (Linux, macOS) and core/platform_windows.cpp
/// (Windows), chosen in core/CMakeLists.txt. No other source includes a system header
/// (tests/layering.cmake checks it).
namespace situate::platform {

/// When the process `pid` started; invalid when it cannot be known (no such process, no
/// permission, or a system where it is not implemented).
QDateTime processStart(qint64 pid);

/// False when `pid` is known to name no process, only a thread of another one (Linux lets a
/// thread's id answer as a process id): what a lock left by a dead process is when its id
/// has come round again as a thread's. True when it is a process or cannot be known.
bool isProcessId(qint64 pid);

} // namespace situate::platform
