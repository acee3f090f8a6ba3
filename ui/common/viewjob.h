// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ui/common/readonlyjob.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>

namespace situate {

/// A view's read of the project on a pool thread (runReadOnly: a read-only connection of its
/// own), one at a time, the latest wins. start() has the view launch a read with its current
/// choices, or, while one runs, asks that one to stop and has the view launch again when it
/// ends, dropping its result. cancel() asks the running read to stop; it is delivered marked
/// cancelled (reads that watch the flag end early with what they have). Waits for its read
/// when destroyed.
template <typename T> class ViewJob {
public:
    /// The read: the project on the worker's connection, and the flag start() and cancel() set.
    using Read = std::function<Result<T>(const Storage&, const std::atomic_bool& cancelled)>;

    /// `launch` starts a read by calling run(), or decides there is nothing to read; `done`
    /// gets the outcome of each read that was not superseded, on the GUI thread.
    ViewJob(QObject* owner, std::function<void()> launch,
            std::function<void(Result<T> outcome, bool cancelled)> done)
        : m_launch(std::move(launch))
        , m_done(std::move(done)) {
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, owner, [this] { finished(); });
    }
    ~ViewJob() {
        cancel();
        m_watcher.waitForFinished();
    }
    ViewJob(const ViewJob&) = delete;
    ViewJob& operator=(const ViewJob&) = delete;

    /// Launches a read now, or once the running one (asked to stop) has ended.
    void start() {
        if (m_running) {
            m_again = true;
            m_cancel->store(true);
            return;
        }
        m_launch();
    }
    /// For `launch`: runs `read` on a pool thread.
    void run(const Project& project, Read read) {
        m_cancel = std::make_shared<std::atomic_bool>(false);
        m_running = true;
        m_watcher.setFuture(
            runReadOnly<T>(project, [read = std::move(read), cancel = m_cancel](const Storage& s) {
                return read(s, *cancel);
            }));
    }
    /// Asks the running read to stop, and launches none after it.
    void cancel() {
        m_again = false;
        if (m_cancel)
            m_cancel->store(true);
    }
    /// A read runs, or has ended and its outcome is not yet delivered.
    bool isRunning() const { return m_running; }
    /// The running (or last) read was asked to stop.
    bool isCancelled() const { return m_cancel && m_cancel->load(); }

private:
    void finished() {
        m_running = false;
        if (std::exchange(m_again, false)) {
            m_launch();
            return;
        }
        m_done(m_watcher.result(), isCancelled());
    }

    std::function<void()> m_launch;
    std::function<void(Result<T>, bool)> m_done;
    QFutureWatcher<Result<T>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
    bool m_again = false;
};

} // namespace situate
