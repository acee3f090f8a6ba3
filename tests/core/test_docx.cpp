// SPDX-License-Identifier: GPL-3.0-or-later
// The Word writer (core/io/docxpackage.h) on its own: text exactly as given, read back by
// Situate's own .docx importer; the characters XML forbids dropped; markup written as text;
// right-to-left runs marked; the styles under Word's built-in names; atomic saves.
#include "core/import/importeddocument.h"
#include "core/io/docxpackage.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;
using Style = DocxDocument::Style;

namespace {

// One part of the package, through unzip (Info-ZIP), which shares no code with libzip.
QByteArray part(const QString& docx, const QString& name) {
    const test::ProcessResult r =
        test::runProcess(QStringLiteral("unzip"), {QStringLiteral("-p"), docx, name});
    return r.exitCode == 0 ? r.out : QByteArray();
}

} // namespace

TEST_CASE("docx: text comes back exactly, forbidden characters dropped, markup as text") {
    if (!test::requirePrerequisite(
            test::runProcess(QStringLiteral("unzip"), {QStringLiteral("-v")}).exitCode == 0,
            "unzip"))
        return;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.docx"));
    const QString arabic = QStringLiteral("🙂 نحن نتعلم معا 😀 and we meet");
    const QString hostile = QStringLiteral("</w:t></w:r><w:p> & =1+1 \"q\" 'a'");
    DocxDocument doc;
    doc.paragraph(Style::Title, QStringLiteral("Title 我们"));
    doc.paragraph(Style::Heading1, hostile);
    doc.paragraph(Style::Quote, arabic);
    doc.paragraph(Style::Normal, QStringLiteral("bell\x07 nul") + QChar(0) +
                                     QStringLiteral(" fffe") + QChar(0xFFFE) +
                                     QStringLiteral(" lone") + QChar(0xD800) + QStringLiteral("."));
    doc.beginTable(2);
    doc.row({{DocxDocument::Run{QStringLiteral("Case")}}, {DocxDocument::Run{QStringLiteral("n")}}},
            true);
    doc.row(
        {{DocxDocument::Run{QStringLiteral("=1+1")}}, {DocxDocument::Run{QStringLiteral("3")}}});
    doc.endTable();
    REQUIRE(doc.save(path, hostile).ok());

    // Situate's own importer reads one line per paragraph (and per table cell).
    const Result<ImportedDocument> back = importDocumentFile(path);
    REQUIRE(back.ok());
    const QStringList lines = back->text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.contains(QStringLiteral("Title 我们")));
    CHECK(lines.contains(hostile));
    CHECK(lines.contains(arabic));
    CHECK(lines.contains(QStringLiteral("bell nul fffe lone.")));
    CHECK(back->text.contains(QStringLiteral("=1+1")));

    const QByteArray xml = part(path, QStringLiteral("word/document.xml"));
    REQUIRE_FALSE(xml.isEmpty());
    CHECK_FALSE(xml.contains("<w:p> &")); // escaped, never markup
    CHECK(xml.contains("&lt;/w:t&gt;&lt;/w:r&gt;&lt;w:p&gt; &amp; =1+1"));
    CHECK(xml.contains("<w:rtl/>"));       // the Arabic run is marked
    CHECK(xml.contains("<w:tblHeader/>")); // the header row repeats
    CHECK(xml.contains("<w:tblStyle w:val=\"TableGrid\"/>"));
    const QByteArray styles = part(path, QStringLiteral("word/styles.xml"));
    for (const char* name :
         {"w:styleId=\"Title\"", "<w:name w:val=\"heading 1\"/>", "<w:name w:val=\"Quote\"/>",
          "<w:name w:val=\"caption\"/>", "<w:name w:val=\"Table Grid\"/>"}) {
        INFO(name);
        CHECK(styles.contains(name));
    }
    CHECK(part(path, QStringLiteral("docProps/core.xml")).contains("&lt;w:p&gt;"));
}

TEST_CASE("docx: a file that cannot be written is an error and the old file stays") {
    QTemporaryDir dir;
    DocxDocument doc;
    doc.paragraph(Style::Normal, QStringLiteral("x"));
    const Status st = doc.save(dir.filePath(QStringLiteral("missing/t.docx")), QString());
    CHECK_FALSE(st.ok());
    CHECK(st.error().startsWith(QStringLiteral("t.docx: cannot write")));
    const QString kept = dir.filePath(QStringLiteral("kept.docx"));
    test::writeFile(kept, "old");
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    const bool denied = !doc.save(kept, QString()).ok();
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (denied) // root writes anywhere
        CHECK(test::readFile(kept) == "old");
}
