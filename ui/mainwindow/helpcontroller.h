// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace situate {

class MainWindow;
class ManualWindow;

/// The Help menu: User Manual (F1; the manual's pages in a window of their own,
/// help/manualwindow.h), Open the Demo Project, Keyboard Shortcuts (every action that has one, read
/// from the window itself, so the list cannot fall behind) and About Situate (version,
/// licence, where projects, backups and settings are kept, the libraries and their licences).
/// It also puts the start page (help/startpage.h) in the window, shown while no project is
/// open.
class HelpController : public QObject {
    Q_OBJECT
public:
    explicit HelpController(MainWindow& window);

    /// The lines of Help > Keyboard Shortcuts: "Shortcut  What it does", by menu order.
    QStringList shortcutLines() const;
    /// The text of Help > About Situate, as rich text.
    QString aboutText() const;
    /// Where Help > Open the Demo Project builds the demo.
    static QString demoPath();

    /// Help > User Manual: shows the manual's window (made on first use).
    void openManual();

private:
    void openDemo();

    MainWindow& m_window;
    ManualWindow* m_manual = nullptr;
};

} // namespace situate
