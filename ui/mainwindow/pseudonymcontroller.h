// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

namespace situate {

class MainWindow;
class Project;
class PseudonymDialog;

/// Pseudonymisation in the window: Edit > Pseudonymise… (PseudonymDialog) and File > Make
/// Changes Permanent, and what makes sure the original names leave the project file. While a
/// pseudonymisation can be undone, the originals are still in the undo history and in the
/// file's freed pages; once its undo is given up they are erased
/// (Storage::eraseRemovedText): at once by Make Changes Permanent, or when the project is let
/// go (another one opened, the window closed). Backups taken before still hold them, so the
/// user is told and offered to delete them.
class PseudonymController : public QObject {
    Q_OBJECT
public:
    explicit PseudonymController(MainWindow& window);

    /// Called before the window lets its project go: when a pseudonymisation was applied to
    /// it here, its undo history is cleared and the originals are erased from the file;
    /// `ask` offers to delete the backups that still hold them (not while the window is
    /// being destroyed).
    void projectClosing(bool ask);

private:
    void showDialog();
    void makePermanent();
    /// Clears the undo history and erases the removed text, with a busy cursor; false when it
    /// failed, after showing why when `tell` (else on stderr).
    bool erase(Project& project, bool tell);
    void offerToDeleteBackups(const Project& project);

    MainWindow& m_window;
    PseudonymDialog* m_dialog = nullptr;
    /// The project a pseudonymisation was applied to and not yet made permanent.
    QPointer<Project> m_pending;
};

} // namespace situate
