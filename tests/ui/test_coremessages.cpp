// SPDX-License-Identifier: GPL-3.0-or-later
// Core's own messages in the window's language: a real failure made in core (opening a file
// that is not a project, importing a file that does not exist) reaches the main window in
// French and in German, naming the file; without a translator it stays English.
#include "tests/support/demowindow.h"
#include "tests/support/testprompter.h"
#include "tests/support/testsupport.h"
#include "ui/common/translations.h"

#include <QAction>
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace situate;

namespace {

QString s(const char* text) {
    return QString::fromUtf8(text);
}

struct Expected {
    const char* language;
    const char* notAProject; ///< what opening a text file as a project says
    const char* noSuchFile;  ///< what importing a missing file says
};

/// Opens `notes.situate` (plain text) and imports `missing.txt` through the File menu's
/// actions, as a user would; returns the two messages the window showed.
QStringList coreFailures(test::DemoWindow& demo) {
    const QString notAProject =
        test::writeFile(demo.dir.filePath(s("notes.situate")), "just some notes\n");
    const qsizetype before = demo.messages.size();
    demo.prompter->fileAnswers << notAProject;
    demo.find<QAction>("openProjectAction")->trigger();
    REQUIRE(demo.messages.size() == before + 1);
    REQUIRE(demo.window.project()); // the demo stays open
    demo.prompter->fileAnswers << demo.dir.filePath(s("missing.txt"));
    demo.find<QAction>("importFilesAction")->trigger();
    REQUIRE(demo.messages.size() == before + 2);
    return demo.messages.mid(before);
}

} // namespace

TEST_CASE("translations: core's failures reach the window in French and German") {
    const QLocale before;
    const Expected expected[] = {
        {"fr", "n’est pas un projet Situate", "ce fichier ou dossier n’existe pas"},
        {"de", "kein Situate-Projekt", "keine solche Datei und kein solcher Ordner"},
        {"en", "not a Situate project", "no such file or folder"},
    };
    for (const Expected& e : expected) {
        INFO(e.language);
        const QList<QTranslator*> installed = installTranslations(s(e.language));
        CHECK(installed.isEmpty() == (s(e.language) == s("en")));
        {
            test::DemoWindow demo;
            const QStringList shown = coreFailures(demo);
            INFO(shown.join(QLatin1Char('\n')).toStdString());
            CHECK(shown[0].contains(s("notes.situate")));
            CHECK(shown[0].contains(s(e.notAProject)));
            CHECK(shown[1].contains(s("missing.txt")));
            CHECK(shown[1].contains(s(e.noSuchFile)));
        }
        for (QTranslator* t : installed) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(before);
    }
}
