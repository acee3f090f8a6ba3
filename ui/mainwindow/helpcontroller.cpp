// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/helpcontroller.h"

#include "core/demo/demobuilder.h"
#include "core/project.h"
#include "ui/common/prompter.h"
#include "ui/help/manualwindow.h"
#include "ui/help/startpage.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace situate {

HelpController::HelpController(MainWindow& window)
    : QObject(&window)
    , m_window(window) {
    QMenu* help = window.menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* manual = help->addAction(tr("User &Manual"), this, &HelpController::openManual);
    manual->setObjectName(QStringLiteral("manualAction"));
    manual->setShortcut(QKeySequence(Qt::Key_F1));
    help->addAction(tr("Open the &Demo Project"), this, &HelpController::openDemo)
        ->setObjectName(QStringLiteral("openDemoAction"));
    help->addAction(tr("&Keyboard Shortcuts"), this,
                    [this] {
                        m_window.prompter().report(&m_window, tr("Keyboard shortcuts"),
                                                   shortcutLines());
                    })
        ->setObjectName(QStringLiteral("shortcutsAction"));
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Situate"), this, [this] {
        QMessageBox box(&m_window);
        box.setObjectName(QStringLiteral("aboutBox"));
        box.setWindowTitle(tr("About Situate"));
        box.setTextFormat(Qt::RichText);
        box.setText(aboutText());
        box.exec();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    new StartPage(window);
}

void HelpController::openManual() {
    if (!m_manual)
        m_manual = new ManualWindow(&m_window);
    m_manual->show();
    m_manual->raise();
    m_manual->activateWindow();
}

QStringList HelpController::shortcutLines() const {
    QStringList lines;
    for (const QAction* menu : m_window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (const QAction* a : menu->menu()->actions()) {
            if (a->shortcut().isEmpty())
                continue;
            QString what = a->text();
            what.remove(QLatin1Char('&'));
            if (what.endsWith(QStringLiteral("…")))
                what.chop(1);
            lines << QStringLiteral("%1\t%2 (%3)")
                         .arg(a->shortcut().toString(QKeySequence::NativeText), what,
                              menu->text().remove(QLatin1Char('&')));
        }
    }
    return lines;
}

QString HelpController::aboutText() const {
    const QString settings = QDir::toNativeSeparators(QSettings().fileName());
    return tr("<h3>Situate %1</h3>"
              "<p>Qualitative coding of interview transcripts for evaluation teams.</p>"
              "<p>Licence: GNU General Public License, version 3 or later.</p>"
              "<p><b>Where your data is kept.</b> A project is one file, wherever you saved "
              "it. Its automatic backups are kept beside it, in a folder of the project's "
              "name followed by <tt>.backups</tt> (File &gt; Restore backup lists them). "
              "Team projects live on their PostgreSQL server. Situate's own settings (window "
              "layout, recent projects, preferences) are in <tt>%2</tt>.</p>"
              "<p><b>Libraries.</b> Qt %3 (LGPL 3; GPL 3 for Qt Charts), SQLite (public "
              "domain), Poppler (GPL 2 or 3), libzip (BSD), libxlsxwriter (BSD).</p>")
        .arg(QApplication::applicationVersion().toHtmlEscaped(), settings.toHtmlEscaped(),
             QString::fromLatin1(qVersion()));
}

QString HelpController::demoPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo/demo.situate"));
}

void HelpController::openDemo() {
    // Built afresh each time, so what the user changed in it last time does not linger.
    const QString path = demoPath();
    if (m_window.project() && m_window.project()->path() == path)
        m_window.closeProject();
    QDir().mkpath(QFileInfo(path).absolutePath());
    for (const QString& leftover :
         {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        QFile::remove(leftover);
    if (auto built = buildDemoProject(path); !built)
        return m_window.showFailure(Status::from(built));
    m_window.openProject(path);
}

} // namespace situate
