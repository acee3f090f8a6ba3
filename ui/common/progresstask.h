// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QWidget;

namespace situate {

/// How far long work is: `done` of `total` (0 when unknown). Returns false once the user
/// pressed Cancel; the work then stops as soon as it can and its result is dropped.
using TaskProgress = std::function<bool(qint64 done, qint64 total)>;

namespace progresstask {

/// Runs `work` on a pool thread behind a window-modal progress dialog over `window` (object
/// name `objectName`, shown after 300 ms) with a Cancel button. `done` runs on the GUI thread
/// when the work ends, told whether Cancel was pressed. Work on the project must open its
/// own connection on the worker (Project::readOnlyOpener).
void start(QWidget* window, const QString& label, const QString& objectName,
           std::function<void(const TaskProgress&)> work, std::function<void(bool cancelled)> done);

} // namespace progresstask

/// The same for work with a result: `done` gets it, or knows it was cancelled.
template <typename T>
void runWithProgress(QWidget* window, const QString& label, const QString& objectName,
                     std::function<Result<T>(const TaskProgress&)> work,
                     std::function<void(Result<T>, bool cancelled)> done) {
    auto result = std::make_shared<std::optional<Result<T>>>();
    progresstask::start(
        window, label, objectName,
        [work = std::move(work), result](const TaskProgress& progress) {
            result->emplace(work(progress));
        },
        [done = std::move(done), result](bool cancelled) {
            done(result->has_value() ? std::move(**result)
                                     : Result<T>(Status::failure(QStringLiteral("cancelled"))),
                 cancelled);
        });
}

} // namespace situate
