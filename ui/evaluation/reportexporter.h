// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/evaluation/report.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace situate {

/// Writes the evaluation report on a worker thread (its own read-only connection to the
/// project), with a progress dialog whose Cancel stops it and leaves no file behind.
class ReportExporter : public QObject {
    Q_OBJECT
public:
    /// The progress dialog is shown over `window`.
    explicit ReportExporter(QWidget* window);
    ~ReportExporter() override;

    /// Starts writing `path` (.html, .pdf or .docx); false when a report is already being written.
    bool start(const QString& projectPath, const ReportOptions& options, const QString& path,
               const ConnectionSecret& secret = {});
    bool isRunning() const { return m_running; }
    void cancel();

signals:
    /// The report was written (or failed, or was cancelled: the message says which).
    void finished(bool ok, const QString& path, const QString& message);

private:
    void done();

    QPointer<QWidget> m_window;
    QProgressDialog* m_progress = nullptr;
    QFutureWatcher<Status> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_path;
    bool m_running = false;
};

} // namespace situate
