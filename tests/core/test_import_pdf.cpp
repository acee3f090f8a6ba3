// SPDX-License-Identifier: GPL-3.0-or-later
// PDFs written by LibreOffice Writer and printed from HTML by Chromium, compared with the
// sources they were made from and with pdftotext's reading order; a scanned PDF.
// tests/fixtures/import/MAKE.md has the commands that made them.
#include "core/import/importeddocument.h"
#include "core/io/documentimport.h"
#include "core/project.h"
#include "tests/core/importtest.h"
#include "tests/support/testsupport.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <vector>

using namespace situate;
using test::checkTurnSlices;
using test::importFixture;
using test::s;

namespace {

QString stripTags(QString xml) {
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    return xml.replace(tag, QString());
}

QStringList matches(const QString& text, const QString& pattern) {
    QStringList out;
    QRegularExpressionMatchIterator it =
        QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption)
            .globalMatch(text);
    while (it.hasNext())
        out.append(stripTags(it.next().captured(1)));
    return out;
}

// The text writer.pdf should give, from its source writer.fodt: the body's paragraphs (list
// items and table cells too, the cells row by row as pdftotext reads this table) separated by
// blank lines, and the footnote last. The header and footer are not there.
QString writerSource() {
    const QString fodt = QString::fromUtf8(test::fixtureBytes("writer.fodt"));
    QString body = fodt.mid(fodt.indexOf(QLatin1String("<office:text>")));
    const QStringList notes =
        matches(body, QStringLiteral("<text:note-body><text:p[^>]*>(.*?)</text:p>"));
    body.replace(QRegularExpression(QStringLiteral("<text:note .*?</text:note>")), QString());
    const QStringList all = matches(body, QStringLiteral("<text:p[^>]*>(.*?)</text:p>"));
    return all.join(QLatin1String("\n\n")) + QLatin1String("\n\n") + notes.join(QLatin1Char('\n'));
}

// The text printed.pdf should give, from its source printed.md: the title, then each
// paragraph after a blank line; the list's items one a line (Chromium draws the bullets as
// shapes, not text).
QString printedSource() {
    const QString md = QString::fromUtf8(test::fixtureBytes("printed.md"));
    QStringList blocks = md.trimmed().split(QLatin1String("\n\n"));
    const QString frontMatter = blocks.takeFirst();
    QStringList out = {
        frontMatter.section(QLatin1String("title: "), 1).section(QLatin1Char('\n'), 0, 0)};
    for (const QString& block : blocks)
        out.append(QString(block).remove(
            QRegularExpression(QStringLiteral("^- "), QRegularExpression::MultilineOption)));
    return out.join(QLatin1String("\n\n"));
}

QStringList words(QString text) {
    // pdftotext wraps right-to-left runs in embedding marks.
    text.remove(QRegularExpression(QStringLiteral("[\u202A-\u202E]")));
    return text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

struct WordDiff {
    QStringList onlyOurs;
    QStringList onlyPdftotext;
};

// The words outside the longest common subsequence of the two lists, in order.
WordDiff diffWords(const QStringList& ours, const QStringList& theirs) {
    const qsizetype n = ours.size();
    const qsizetype m = theirs.size();
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[i][j] = ours[i] == theirs[j] ? lcs[i + 1][j + 1] + 1
                                             : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    WordDiff diff;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && ours[i] == theirs[j]) {
            ++i;
            ++j;
        } else if (j == m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
            diff.onlyOurs.append(ours[i++]);
        } else {
            diff.onlyPdftotext.append(theirs[j++]);
        }
    }
    return diff;
}

// pdftotext's words for a fixture, leaving out its lines that match `running` (the running
// headers and footers Situate drops), or nothing when pdftotext is missing (outside CI).
std::optional<QStringList> pdftotextWords(const char* name, const QString& running) {
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!test::requirePrerequisite(!tool.isEmpty(), "pdftotext (Debian package poppler-utils)"))
        return std::nullopt;
    const test::ProcessResult r =
        test::runProcess(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                test::importFixturePath(name), QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    const QRegularExpression runningLine(running);
    // Pages end with a form feed.
    QStringList lines =
        QString::fromUtf8(r.out).split(QRegularExpression(QStringLiteral("[\n\f]")));
    lines.removeIf([&](const QString& line) { return runningLine.match(line).hasMatch(); });
    return words(lines.join(QLatin1Char('\n')));
}

// The body of an imported document: its text without the notes after the last blank line.
QString bodyOf(const char* name) {
    const QString text = importFixture(name)->text;
    return text.left(text.lastIndexOf(QLatin1String("\n\n")));
}

} // namespace

TEST_CASE("PDF from LibreOffice Writer: the source's paragraphs, no header or footer") {
    const Result<ImportedDocument> r = importFixture("writer.pdf");
    REQUIRE(r.ok());
    CHECK(r->format == QLatin1String("pdf"));
    CHECK(r->text == writerSource());
    // Emoji with their modifiers, joiners and variation selectors, Arabic in logical order,
    // Chinese whole across a line wrap, a hyphenated word across a wrap.
    CHECK(r->text.contains(s("cooperative 👍🏽 decided")));
    CHECK(r->text.contains(QString::fromUcs4(U"nurse \U0001F469\u200D\u2695\uFE0F asked")));
    CHECK(r->text.contains(s("Arabic, مرحبا بكم في القرية, and")));
    CHECK(r->text.contains(s("book 合作社改变了我们的生活。 and")));
    CHECK(r->text.contains(QLatin1String("famous and well-known example")));
    for (const char* absent : {"confidential", "Page 1", "of 3", "clinic1"})
        CHECK_FALSE(r->text.contains(QLatin1String(absent)));
    CHECK(r->turns.size() == 21);
    checkTurnSlices(*r);
}

TEST_CASE("PDF printed from HTML: the source's paragraphs, emoji in place") {
    const Result<ImportedDocument> r = importFixture("printed.pdf");
    REQUIRE(r.ok());
    CHECK(r->text == printedSource());
    // Chromium draws emoji from a bitmap font in boxes three lines tall: they stay where
    // they were drawn.
    CHECK(r->text.contains(s("a nurse 👩‍⚕️ like the woman")));
    CHECK(r->text.contains(s("a good plan 👍🏽.")));
    for (const char* absent : {"PM", "file://", "1/2"})
        CHECK_FALSE(r->text.contains(QLatin1String(absent)));
    CHECK(test::speakers(*r).size() == 15);
    checkTurnSlices(*r);
}

TEST_CASE("PDF words come in pdftotext's reading order") {
    SECTION("LibreOffice Writer") {
        const auto theirs = pdftotextWords(
            "writer.pdf", s("^(Water project evaluation – interview 7 – confidential|Page \\d of "
                            "3|1|The clinic opened in 2021 and is run by the district health "
                            "office.)$"));
        if (!theirs)
            return;
        const WordDiff diff = diffWords(words(bodyOf("writer.pdf")), *theirs);
        // Only the words Situate makes whole: the footnote's mark leaves "clinic", the
        // bullets go, a Chinese sentence and a hyphenated word are joined across their line
        // wraps (pdftotext drops the hyphen).
        CHECK(diff.onlyOurs == QStringList({QStringLiteral("clinic"), s("合作社改变了我们的生活。"),
                                            QStringLiteral("well-known")}));
        CHECK(diff.onlyPdftotext ==
              QStringList({QStringLiteral("clinic1"), s("•"), s("•"), s("•"), s("合作社改变"),
                           s("了我们的生活。"), QStringLiteral("wellknown")}));
    }
    SECTION("Chromium") {
        const auto theirs = pdftotextWords(
            "printed.pdf",
            QStringLiteral("^(\\d+/\\d+/\\d+, \\d+:\\d+ [AP]M|Focus group at the health "
                           "post|file://.*|\\d/2)$"));
        if (!theirs)
            return;
        const WordDiff diff = diffWords(words(importFixture("printed.pdf")->text), *theirs);
        // The title, which pdftotext's lines share with the running header left out above;
        // the emoji where they were drawn, not after the paragraph; Chinese joined across a
        // wrap.
        CHECK(diff.onlyOurs ==
              QStringList({QStringLiteral("Focus"), QStringLiteral("group"), QStringLiteral("at"),
                           QStringLiteral("the"), QStringLiteral("health"), QStringLiteral("post"),
                           s("👩‍⚕️"), s("👍🏽."), s("水是生命之源。")}));
        CHECK(diff.onlyPdftotext == QStringList({QStringLiteral("."), s("👩‍⚕️"),
                                                 s("👍🏽"), s("水是"), s("生命之源。")}));
    }
}

TEST_CASE("A scanned PDF with no text layer is refused with a word about OCR") {
    const QString expected =
        QStringLiteral("scanned.pdf: has no text layer, only images of pages (a scan?): run OCR "
                       "(text recognition) on it first, then import it again");
    const Result<ImportedDocument> r = importFixture("scanned.pdf");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == expected);

    QTemporaryDir dir;
    auto project = Project::create(dir.filePath(QStringLiteral("p.situate")));
    REQUIRE(project.ok());
    const auto report = importDocuments(**project, {test::importFixturePath("scanned.pdf")});
    REQUIRE(report.ok());
    CHECK(report->imported.isEmpty());
    CHECK(report->failures == QStringList{expected});
    CHECK((*project)->storage().stats().documents == 0);
}
