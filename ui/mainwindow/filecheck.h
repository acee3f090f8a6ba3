// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QFutureWatcher>
#include <QObject>

class QFrame;
class QLabel;

namespace situate {

class MainWindow;

/// Reads every page of a project file once the window shows it (a moment after, so that the
/// transcript's first paint does not share the machine with a read of the whole file), on a
/// worker thread with a connection of its own (Storage::quickCheck): opening reads only the
/// header and the schema,
/// so a file damaged on disk opens quickly, and this says so in a banner above the transcript
/// within moments, with a way to restore a backup. On a server there is nothing to read.
class FileCheck : public QObject {
    Q_OBJECT
public:
    explicit FileCheck(MainWindow& window);
    /// A project was opened: checks it (a check of the project before is dropped).
    void projectOpened();
    /// Whether a check is waiting to start or running, for tests.
    bool isRunning() const { return m_pending || m_watcher.isRunning(); }
    /// How long after opening the check starts.
    static constexpr int delayMs = 1500;

private:
    void start(int generation);
    void finished();

    MainWindow& m_window;
    QFrame* m_banner = nullptr;
    QLabel* m_text = nullptr;
    QFutureWatcher<Result<bool>> m_watcher;
    int m_generation = 0; // which opening the running check belongs to
    int m_checked = 0;
    bool m_pending = false; // opened, the check not started yet
};

} // namespace situate
