// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/reportexporter.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace situate {

ReportExporter::ReportExporter(QWidget* window)
    : QObject(window)
    , m_window(window) {
    setObjectName(QStringLiteral("reportExporter"));
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ReportExporter::done);
}

ReportExporter::~ReportExporter() {
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

bool ReportExporter::start(const QString& projectPath, const ReportOptions& options,
                           const QString& path, const ConnectionSecret& secret) {
    if (m_running)
        return false;
    m_running = true;
    m_path = path;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress = new QProgressDialog(tr("Writing %1…").arg(QFileInfo(path).fileName()),
                                     tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setWindowTitle(tr("Export report"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ReportExporter::cancel);
    connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress,
            &QProgressDialog::setRange);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress,
            &QProgressDialog::setValue);
    const auto cancelled = m_cancel;
    m_watcher.setFuture(QtConcurrent::run(
        [projectPath, options, path, cancelled, secret](QPromise<Status>& promise) {
            const Status s = writeReport(
                projectPath, options, path,
                [&](int done, int total) {
                    promise.setProgressRange(0, total);
                    promise.setProgressValue(done);
                    return !cancelled->load();
                },
                secret);
            promise.addResult(s);
        }));
    return true;
}

void ReportExporter::cancel() {
    if (m_cancel)
        m_cancel->store(true);
}

void ReportExporter::done() {
    m_running = false;
    disconnect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, nullptr, nullptr);
    disconnect(&m_watcher, &QFutureWatcherBase::progressValueChanged, nullptr, nullptr);
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    const Status s = m_watcher.future().resultCount() > 0
                         ? m_watcher.result()
                         : Status::failure(tr("The report could not be written."));
    if (s)
        emit finished(true, m_path, tr("Report written to %1").arg(m_path));
    else if (m_cancel && m_cancel->load())
        emit finished(false, m_path, tr("Report cancelled; nothing was written."));
    else
        emit finished(false, m_path, tr("Could not write the report: %1").arg(s.error()));
}

} // namespace situate
