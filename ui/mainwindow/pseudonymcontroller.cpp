// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/pseudonymcontroller.h"

#include "core/project.h"
#include "core/reliability/backups.h"
#include "ui/common/widgets.h"
#include "ui/mainwindow/backupcontroller.h"
#include "ui/mainwindow/editcontroller.h"
#include "ui/mainwindow/filecontroller.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/textedit/pseudonymdialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QStatusBar>

namespace situate {

PseudonymController::PseudonymController(MainWindow& window)
    : QObject(&window)
    , m_window(window) {
    auto* pseudonymise =
        named<QAction>(QStringLiteral("pseudonymiseAction"), tr("Pseu&donymise…"), this);
    pseudonymise->setStatusTip(tr("Replace names everywhere in the project from a list, keeping "
                                  "the key outside it"));
    // Right after Find and Replace, its single-find sibling.
    QMenu* edit = window.edits()->menu();
    const QList<QAction*> items = edit->actions();
    qsizetype at = 0;
    while (at < items.size() && items[at]->objectName() != QLatin1String("replaceAction"))
        ++at;
    edit->insertAction(items.value(at + 1), pseudonymise);
    connect(pseudonymise, &QAction::triggered, this, &PseudonymController::showDialog);

    auto* permanent =
        named<QAction>(QStringLiteral("makePermanentAction"), tr("Make Changes &Permanent…"), this);
    permanent->setStatusTip(tr("Give up undo and erase the text edits removed (such as the "
                               "names a pseudonymisation replaced) from the project file"));
    window.files()->addGroup({permanent});
    connect(permanent, &QAction::triggered, this, &PseudonymController::makePermanent);
}

void PseudonymController::showDialog() {
    if (!m_window.project())
        return m_window.showMessage(tr("Open a project first."));
    if (!m_dialog) {
        m_dialog = new PseudonymDialog(m_window);
        connect(m_dialog, &PseudonymDialog::applied, this,
                [this] { m_pending = m_window.project(); });
    }
    m_dialog->showDialog();
}

void PseudonymController::makePermanent() {
    Project* project = m_window.project();
    if (!project)
        return m_window.showMessage(tr("Open a project first."));
    if (!m_window.confirm(tr("Make every change so far permanent? Undo can no longer take any "
                             "of them back, and the text they removed (such as the names a "
                             "pseudonymisation replaced) is erased from the project file for "
                             "good.")))
        return;
    if (!erase(*project, true))
        return;
    m_pending = nullptr;
    m_window.statusBar()->showMessage(tr("The changes are permanent; the text they removed is "
                                         "erased from the project file."),
                                      8000);
    offerToDeleteBackups(*project);
}

void PseudonymController::projectClosing(bool ask) {
    Project* project = m_pending.data();
    if (!project || project != m_window.project())
        return;
    m_pending = nullptr;
    if (m_dialog)
        m_dialog->hide();
    if (erase(*project, ask) && ask)
        offerToDeleteBackups(*project);
}

bool PseudonymController::erase(Project& project, bool tell) {
    // The backup on opening holds the file as opened until it is copied; emptying the WAL
    // needs no one reading an older state.
    m_window.backups()->waitForBackup();
    m_window.statusBar()->showMessage(tr("Erasing the removed text from the project file…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents); // show the cursor now
    // The undo history holds the removed text too, and undoing would write it back.
    project.undoStack()->clear();
    const Status erased = project.mutableStorage().eraseRemovedText();
    QApplication::restoreOverrideCursor();
    m_window.statusBar()->clearMessage();
    if (!erased && tell)
        m_window.showFailure(erased);
    else if (!erased) // the window is going: no dialog can show it
        qWarning("situate: %s", qUtf8Printable(erased.error()));
    return erased.ok();
}

void PseudonymController::offerToDeleteBackups(const Project& project) {
    m_window.backups()->waitForBackup(); // a copy still being taken holds the names too
    const QVector<BackupInfo> backups = Backups::list(project.path());
    if (backups.isEmpty())
        return;
    const QString folder = QDir::toNativeSeparators(Backups::folder(project.path()));
    if (!m_window.confirm(tr("%n backup(s) in %1 were taken before and may still hold the "
                             "original names. Delete them now? They cannot be brought back.",
                             "", int(backups.size()))
                              .arg(folder)))
        return;
    const BackupRemoval removal = Backups::removeAll(project.path());
    if (!removal.failed.isEmpty())
        return m_window.showMessage(tr("These backups in %1 could not be deleted; delete them "
                                       "yourself: %2")
                                        .arg(folder, removal.failed.join(QStringLiteral(", "))));
    m_window.statusBar()->showMessage(tr("Deleted %n backup(s).", "", int(removal.removed)), 8000);
}

} // namespace situate
