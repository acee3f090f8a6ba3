// SPDX-License-Identifier: GPL-3.0-or-later
// The French and German translations: every entry finished, current and keeping its
// placeholders and accelerators, no string of the sources missing (lupdate run into a copy),
// and the real main window speaking French with the French translator installed.
#include "tests/support/demowindow.h"
#include "tests/support/testsupport.h"
#include "ui/common/translations.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace situate;

namespace {

QString s(const char* text) {
    return QString::fromUtf8(text);
}

const QStringList kLanguages = {s("fr"), s("de")};

QString tsFile(const QString& language) {
    return test::sourcePath(s("resources/translations/situate_%1.ts").arg(language));
}

/// The placeholders of a text, sorted: %1 ... %9, %n and %Ln.
QStringList placeholders(const QString& text) {
    static const QRegularExpression re(s("%L?(\\d|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

/// How many &-accelerators a text has: an & before a character, not "&&" nor an entity.
qsizetype accelerators(const QString& text) {
    static const QRegularExpression re(s("&(?![&\\s]|[a-z]+;|#)"));
    return QString(text).remove(s("&&")).count(re);
}

struct Message {
    QString context;
    QString source;
    QString type;      ///< the translation's type attribute: "", "unfinished", "vanished", ...
    QStringList forms; ///< the translation, or its numerus forms
    bool numerus = false;
};

QVector<Message> readTs(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QVector<Message> messages;
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            m = Message{context, {}, {}, {}, xml.attributes().value(s("numerus")) == s("yes")};
        else if (name == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(s("type")).toString();
            if (!m.numerus)
                m.forms << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            m.forms << xml.readElementText();
        }
        if (name == QLatin1String("translation") && !m.numerus)
            messages << m;
        else if (name == QLatin1String("numerusform") && m.forms.size() == 2)
            messages << m;
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

/// What is wrong with the translation file at `path`, one line per entry.
QStringList problems(const QString& path) {
    QStringList found;
    for (const Message& m : readTs(path)) {
        const QString where = m.context + s(": \"") + m.source.left(60) + s("\"");
        if (!m.type.isEmpty()) {
            found << m.type + s(" ") + where;
            continue;
        }
        for (const QString& form : m.forms) {
            if (form.isEmpty())
                found << s("empty ") + where;
            else if (placeholders(form) != placeholders(m.source))
                found << s("placeholders %1 instead of %2 in ")
                                 .arg(placeholders(form).join(QLatin1Char(' ')),
                                      placeholders(m.source).join(QLatin1Char(' '))) +
                             where;
            else if (accelerators(form) != accelerators(m.source))
                found << s("accelerator lost or added in ") + where;
        }
    }
    return found;
}

} // namespace

TEST_CASE("translations: every French and German entry is finished and keeps its placeholders") {
    for (const QString& language : kLanguages) {
        INFO(language.toStdString());
        const QVector<Message> messages = readTs(tsFile(language));
        CHECK(messages.size() > 800);
        CHECK(problems(tsFile(language)).join(QLatin1Char('\n')).toStdString() == "");
    }
}

TEST_CASE("translations: the checks catch an unfinished entry, a lost placeholder and an "
          "accelerator") {
    QTemporaryDir dir;
    const QString path = test::writeFile(
        dir.filePath(s("bad.ts")),
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" "
        "language=\"fr\"><context><name>C</name>"
        "<message><source>Open</source><translation type=\"unfinished\"></translation></message>"
        "<message><source>Saved %1.</source><translation>Enregistré.</translation></message>"
        "<message><source>&amp;File</source><translation>Fichier</translation></message>"
        "<message numerus=\"yes\"><source>%n document(s)</source><translation>"
        "<numerusform>%n document</numerusform><numerusform>documents</numerusform>"
        "</translation></message>"
        "<message><source>Gone</source><translation type=\"vanished\">Parti</translation>"
        "</message>"
        "<message><source>Fine %1</source><translation>Bien %1</translation></message>"
        "</context></TS>\n");
    const QStringList found = problems(path);
    INFO(found.join(QLatin1Char('\n')).toStdString());
    REQUIRE(found.size() == 5);
    CHECK(found[0].startsWith(s("unfinished C: \"Open\"")));
    CHECK(found[1].startsWith(s("placeholders  instead of %1")));
    CHECK(found[2].startsWith(s("accelerator")));
    CHECK(found[3].startsWith(s("placeholders  instead of %n")));
    CHECK(found[4].startsWith(s("vanished C: \"Gone\"")));
}

TEST_CASE("translations: lupdate finds no string in the sources that the files lack") {
    const QString lupdate = s(SITUATE_LUPDATE);
    const QString sources = s(SITUATE_LUPDATE_SOURCES);
    if (!test::requirePrerequisite(QFileInfo(lupdate).isExecutable(), "lupdate"))
        return;
    REQUIRE(QFileInfo::exists(sources));
    QTemporaryDir dir;
    for (const QString& language : kLanguages) {
        INFO(language.toStdString());
        const QString copy = dir.filePath(QFileInfo(tsFile(language)).fileName());
        REQUIRE(QFile::copy(tsFile(language), copy));
        // Without -no-obsolete: a string gone from the sources stays as "vanished".
        const test::ProcessResult r = test::runProcess(
            lupdate, {s("-locations"), s("none"), s("@") + sources, s("-ts"), copy});
        INFO(r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.contains("(0 new "));
        CHECK(problems(copy).join(QLatin1Char('\n')).toStdString() == "");
    }
}

TEST_CASE("translations: the main window in French, and Preferences keep the language") {
    test::TestSettings testSettings;
    QSettings().remove(QLatin1String(kLanguageSetting));
    const QLocale before;
    const QList<QTranslator*> installed = installTranslations(s("fr"));
    REQUIRE_FALSE(installed.isEmpty());
    CHECK(QLocale().language() == QLocale::French);
    CHECK(QLocale().toString(2.5, 'f', 1) == s("2,5"));
    CHECK(tocElementText(TocElement::Assumption) == s("Hypothèses"));
    {
        test::DemoWindow demo;
        MainWindow& window = demo.window;
        const QList<QAction*> menus = window.menuBar()->actions();
        REQUIRE(menus.size() >= 2);
        CHECK(menus[0]->text() == s("&Fichier"));
        CHECK(menus[1]->text() == s("&Édition"));
        CHECK(window.findChild<QAction*>(s("preferencesAction"))->text() == s("&Préférences…"));

        QTimer::singleShot(0, &window, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            REQUIRE(dialog);
            CHECK(dialog->windowTitle() == s("Préférences"));
            auto* language = dialog->findChild<QComboBox*>(s("languageChoice"));
            REQUIRE(language);
            CHECK(language->count() == 4);
            CHECK(language->currentData().toString().isEmpty()); // the system's at first
            CHECK(language->itemText(0) == s("Langue du système"));
            language->setCurrentIndex(language->findData(s("de")));
            dialog->accept();
        });
        window.findChild<QAction*>(s("preferencesAction"))->trigger();
        CHECK(QSettings().value(QLatin1String(kLanguageSetting)).toString() == s("de"));
    }
    for (QTranslator* t : installed) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(before);
    QSettings().remove(QLatin1String(kLanguageSetting));
    CHECK(tocElementText(TocElement::Assumption) == s("Assumptions"));
}

TEST_CASE("translations: the system language picks French, German or else English") {
    CHECK(effectiveLanguage(s("fr")) == s("fr"));
    CHECK(effectiveLanguage(s("de")) == s("de"));
    CHECK(effectiveLanguage(s("en")) == s("en"));
    CHECK(effectiveLanguage(s("nl")) == s("en"));
    CHECK(installTranslations(s("en")).isEmpty());
}
