// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/filecheck.h"

#include "core/project.h"
#include "ui/common/readonlyjob.h"
#include "ui/common/widgets.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workbench.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace situate {

FileCheck::FileCheck(MainWindow& window)
    : QObject(&window)
    , m_window(window) {
    QHBoxLayout* layout = nullptr;
    m_banner = tintedBar(QStringLiteral("damageBanner"), QColor(248, 205, 200), &layout);
    m_text = named<QLabel>(QStringLiteral("damageText"));
    m_text->setWordWrap(true);
    layout->addWidget(m_text, 1);
    QPushButton* restore =
        namedButton(QStringLiteral("damageRestoreButton"), tr("Restore Backup…"));
    QPushButton* dismiss = namedButton(QStringLiteral("damageDismissButton"), tr("Dismiss"));
    layout->addWidget(restore);
    layout->addWidget(dismiss);
    connect(restore, &QPushButton::clicked, this, [this] {
        if (auto* action = m_window.findChild<QAction*>(QStringLiteral("restoreBackupAction")))
            action->trigger();
    });
    connect(dismiss, &QPushButton::clicked, m_banner, &QWidget::hide);
    window.workbench()->addAboveTranscript(m_banner);
    connect(&m_watcher, &QFutureWatcher<Result<bool>>::finished, this, &FileCheck::finished);
}

void FileCheck::projectOpened() {
    m_banner->hide();
    const Project* project = m_window.project();
    ++m_generation;
    m_pending = false;
    if (!project || !project->storage().isFile())
        return;
    m_pending = true;
    const int generation = m_generation;
    QTimer::singleShot(delayMs, this, [this, generation] { start(generation); });
}

void FileCheck::start(int generation) {
    if (generation != m_generation)
        return; // another project is open now
    m_pending = false;
    const Project* project = m_window.project();
    if (!project)
        return;
    m_checked = m_generation;
    m_watcher.setFuture(runReadOnly<bool>(*project, [](const Storage& storage) -> Result<bool> {
        if (Status st = storage.quickCheck(); !st)
            return st;
        return true;
    }));
}

void FileCheck::finished() {
    if (m_checked != m_generation || !m_window.project())
        return; // another project is open now
    const Result<bool> verdict = m_watcher.result();
    if (verdict)
        return;
    m_text->setText(tr("<b>%1: %2.</b> Situate read it page by page after opening it. What "
                       "can still be read is shown, but a change may fail or be lost: restore "
                       "the newest backup (File > Restore backup), or close the project and run "
                       "<tt>situate-cli check</tt> to see what is damaged.")
                        .arg(m_window.project()->storage().displayName().toHtmlEscaped(),
                             verdict.error().toHtmlEscaped()));
    m_banner->show();
}

} // namespace situate
