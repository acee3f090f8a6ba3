// SPDX-License-Identifier: GPL-3.0-or-later
// Core's own messages in the window's language: a real failure made in core (opening a file
// that is not a project, importing a file that does not exist), a REFI-QDA import's report
// and an agreement coefficient's reason reach the main window in French and in German;
// without a translator they stay English.
#include "core/agreement/agreementanalysis.h"
#include "tests/support/demowindow.h"
#include "tests/support/testprompter.h"
#include "tests/support/testsupport.h"
#include "ui/agreement/agreementtable.h"
#include "ui/agreement/agreementview.h"
#include "ui/common/translations.h"

#include <QAction>
#include <QCoreApplication>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include <algorithm>

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

/// Installs the translations of `language` for the scope's life.
struct Language {
    explicit Language(const char* language)
        : installed(installTranslations(s(language))) {}
    ~Language() {
        for (QTranslator* t : installed) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(before);
    }
    QLocale before;
    QList<QTranslator*> installed;
};

// A codebook with one code that has no name: the import names it and warns.
const char* unnamedCodebook = R"(<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Test">
 <Codes>
  <Code guid="0d62985d-b147-5d01-a9b5-cae5dcd98340" name="" isCodable="true"/>
 </Codes>
</CodeBook>
)";

/// Imports that codebook through File > Import REFI-QDA > Codebook; returns the report's
/// lines as the window showed them.
QStringList refiReport(test::DemoWindow& demo) {
    const QString path = test::writeFile(demo.dir.filePath(s("unnamed.qdc")), unnamedCodebook);
    const qsizetype before = demo.messages.size();
    demo.prompter->fileAnswers << path;
    demo.find<QAction>("importRefiCodebookAction")->trigger();
    REQUIRE(demo.messages.size() == before + 1);
    return demo.messages.last().split(QLatin1Char('\n'));
}

/// Computes Aisha and Ben's character agreement in the agreement dock, as a user would, and
/// returns the tooltip of an undefined kappa: a code in a document neither of them coded.
QString undefinedKappaReason(test::DemoWindow& demo) {
    demo.openDock("agreementDock");
    auto* view = demo.find<AgreementView>("agreementView");
    auto* coders = demo.find<QListWidget>("agreementCoders");
    for (const char* name : {"Aisha", "Ben"}) {
        const auto items = coders->findItems(s(name), Qt::MatchExactly);
        REQUIRE(items.size() == 1);
        QTest::mouseClick(coders->viewport(), Qt::LeftButton, {},
                          coders->visualItemRect(items.first()).center());
    }
    QSignalSpy computed(view, &AgreementView::computed);
    QTest::mouseClick(demo.find<QPushButton>("agreementCompute"), Qt::LeftButton);
    REQUIRE((!computed.isEmpty() || computed.wait(120000)));

    AgreementRequest request;
    request.coders = {s("Aisha"), s("Ben")};
    auto expected = computeAgreement(demo.storage(), request);
    REQUIRE(expected.ok());
    const auto row =
        std::find_if(expected->rows.cbegin(), expected->rows.cend(), [&](const SpanRow& r) {
            return r.characters.neither == r.characters.n() &&
                   !expected->coefficients(r).cohenKappa.defined();
        });
    REQUIRE(row != expected->rows.cend());
    auto* table = demo.find<AgreementTable>("agreementTable");
    QTreeWidgetItem* code = table->codeItem(expected->codeName(*row));
    REQUIRE(code);
    code->setExpanded(true);
    for (int i = 0; i < code->childCount(); ++i)
        if (code->child(i)->data(0, AgreementTable::DocumentRole).toString() ==
            expected->documentName(*row))
            return code->child(i)->toolTip(table->column(s("cohen_kappa")));
    FAIL("no row for the document");
    return {};
}

} // namespace

TEST_CASE("translations: a REFI-QDA import report and an agreement reason in the window's "
          "language, the same words in English as the CLI's") {
    struct Words {
        const char* language;
        const char* codes;   ///< "codes: 1 created, 0 matched"
        const char* warning; ///< the unnamed code's warning line
        const char* reason;  ///< kappa where neither coder coded a character
    };
    const Words expected[] = {
        {"fr", "codes : 1 créé(s), 0 retrouvé(s)",
         "avertissement : 1 code n’avait pas de nom et s’appelle « Unnamed code »",
         "aucune variation : aucun des deux codeurs n’a codé le moindre caractère"},
        {"de", "Codes: 1 angelegt, 0 zugeordnet",
         "Warnung: 1 Code hatte keinen Namen und heißt „Unnamed code“",
         "keine Variation: keiner der beiden Codierer hat ein Zeichen codiert"},
        {"en", "codes: 1 created, 0 matched",
         "warning: 1 code(s) had no name and are called \"Unnamed code\"",
         "no variation: neither coder coded any character"},
    };
    for (const Words& w : expected) {
        INFO(w.language);
        Language language(w.language);
        test::DemoWindow demo;
        const QStringList lines = refiReport(demo);
        INFO(lines.join(QLatin1Char('\n')).toStdString());
        CHECK(lines.contains(s(w.codes)));
        CHECK(lines.contains(s(w.warning)));
        CHECK(undefinedKappaReason(demo) == s(w.reason));
    }
}

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
