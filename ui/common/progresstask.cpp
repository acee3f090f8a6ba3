// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/progresstask.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace situate::progresstask {

namespace {

// The dialog counts in thousandths: rows can pass what an int holds.
constexpr int kSteps = 1000;

} // namespace

void start(QWidget* window, const QString& label, const QString& objectName,
           std::function<void(const TaskProgress&)> work,
           std::function<void(bool cancelled)> done) {
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto* dialog = new QProgressDialog(
        label, QCoreApplication::translate("situate::ProgressTask", "Cancel"), 0, 0, window);
    dialog->setObjectName(objectName);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoReset(false);
    dialog->setAutoClose(false);
    QObject::connect(dialog, &QProgressDialog::canceled, dialog, [cancel] { cancel->store(true); });
    auto* watcher = new QFutureWatcher<void>(dialog);
    QObject::connect(watcher, &QFutureWatcherBase::progressRangeChanged, dialog,
                     &QProgressDialog::setRange);
    QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, dialog,
                     &QProgressDialog::setValue);
    QObject::connect(watcher, &QFutureWatcherBase::finished, dialog,
                     [dialog, cancel, done = std::move(done)] {
                         dialog->hide();
                         dialog->deleteLater();
                         done(cancel->load());
                     });
    watcher->setFuture(QtConcurrent::run([work = std::move(work), cancel](QPromise<void>& promise) {
        qint64 shownTotal = -1;
        work([&promise, &shownTotal, cancel](qint64 done, qint64 total) {
            if (total != shownTotal) {
                shownTotal = total;
                promise.setProgressRange(0, total > 0 ? kSteps : 0);
            }
            if (total > 0)
                promise.setProgressValue(int(done * kSteps / total));
            return !cancel->load();
        });
    }));
}

} // namespace situate::progresstask
