// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project.h"
#include "core/result.h"

#include <QFuture>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace situate {

/// Runs `job(storage)` on a pool thread and returns its future. A database connection belongs
/// to the thread that opened it, so the job gets its own read-only connection to the project
/// (Project::readOnlyOpener, on a server with the password `project` was opened with) and
/// never touches the project's own one.
template <typename T, typename Job>
QFuture<Result<T>> runReadOnly(const Project& project, Job job) {
    return QtConcurrent::run(
        [open = project.readOnlyOpener(), job = std::move(job)]() -> Result<T> {
            auto storage = open();
            if (!storage)
                return Status::from(storage);
            return job(static_cast<const Storage&>(**storage));
        });
}

} // namespace situate
