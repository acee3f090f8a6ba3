// SPDX-License-Identifier: GPL-3.0-or-later
// .docx, .odt, .rtf and .pdf import against fixtures written by pandoc and LibreOffice
// (test_import_pdf.cpp has the PDFs of other writers).
#include "core/import/importeddocument.h"
#include "core/import/pdfimporter.h"
#include "core/text.h"
#include "tests/core/importtest.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;
using test::checkTurnSlices;
using test::importBytes;
using test::importFixture;
using test::s;
using test::speakers;

namespace {

// tests/fixtures/import/interview.md as laid out from a word processor: one line per
// paragraph, the hard line break kept, table rows as tab-separated lines, list items without
// bullets, the footnote after a blank line (pandoc turns ' into ’).
const QString interviewText =
    s("Interviewer: Thank you for joining us today. Could you tell me how the water project "
      "began?\n"
      "Participant: It began in 2019 😀 with three villages near the river.\n"
      "We met every Thursday under the mango tree.\n"
      "Interviewer: Who was involved in the first year?\n"
      "Participant: Mostly the women’s cooperative 👍🏽. Neighbours wrote to us in Arabic, "
      "مرحبا "
      "بكم في القرية, and a visitor from Kunming wrote 合作社改变了我们的生活。\n"
      "Village\tHouseholds\tWater point\n"
      "Kato Ρέμα\t42\tborehole\n"
      "Wadi النخيل\t17\train tank\n"
      "The committee agreed on three simple rules:\n"
      "Fetch water before sunrise\n"
      "Repair the pump within a week\n"
      "Share the key with the school\n"
      "Interviewer: What changed for the school?\n"
      "Dr Ama Owusu: The children no longer miss the morning lessons.\n"
      "Ηλίας: Και το νερό είναι πιο καθαρό τώρα.\n"
      "Participant: Attendance went up, and that is the end of my story.\n"
      "\n"
      "The school joined the scheme in March 2020, after the second borehole was drilled.");

const QStringList interviewSpeakers = {QStringLiteral("Interviewer"),
                                       QStringLiteral("Participant"),
                                       QStringLiteral("Interviewer"),
                                       QStringLiteral("Participant"),
                                       QStringLiteral("Interviewer"),
                                       QStringLiteral("Dr Ama Owusu"),
                                       s("Ηλίας"),
                                       QStringLiteral("Participant")};

// headerfooter.fodt through LibreOffice: header, footer, comment and deleted text gone,
// inserted text kept, the footnote then the endnote at the end.
const QString headerFooterText = s("Second interview\n"
                                   "Interviewer: Welcome back. We are recording INSERTED-WORDS "
                                   "now.\n"
                                   "Participant: Yes, I consent and I am happy to talk.\n"
                                   "Interviewer: Tell me about the harvest.\n"
                                   "Participant: Two   spaces\tand a tab,\n"
                                   "then a new line. Ευχαριστώ πολύ.\n"
                                   "\n"
                                   "FOOTNOTE-ONE Consent was recorded on paper.\n"
                                   "ENDNOTE-ONE The harvest is in October 😀.");

} // namespace

TEST_CASE("docx, odt and rtf of the same interview import to the same text") {
    for (const char* name : {"interview.docx", "interview.odt", "interview.rtf"}) {
        CAPTURE(name);
        const Result<ImportedDocument> r = importFixture(name);
        REQUIRE(r.ok());
        CHECK(r->text == interviewText);
        CHECK(r->warnings.isEmpty());
        CHECK(speakers(*r) == interviewSpeakers);
        checkTurnSlices(*r);
        // The last turn stops before the footnote section.
        REQUIRE(r->turns.size() == 8);
        const OffsetMap map(r->text);
        CHECK(map.slice(r->text, r->turns.last().start, r->turns.last().end) ==
              QLatin1String("Participant: Attendance went up, and that is the end of my story."));
        // Code points, not UTF-16: the emoji before the second turn's end count once.
        CHECK(r->turns[1].start == 92);
        CHECK(r->turns[1].end == 203);
        CHECK(r->turns[2].start == 204);
    }
    CHECK(importFixture("interview.docx")->format == QLatin1String("docx"));
    CHECK(importFixture("interview.odt")->format == QLatin1String("odt"));
    CHECK(importFixture("interview.rtf")->format == QLatin1String("rtf"));
}

TEST_CASE("Headers, footers, comments and deleted text are left out, notes come last") {
    for (const char* name : {"headerfooter.docx", "headerfooter.odt", "headerfooter.rtf"}) {
        CAPTURE(name);
        const Result<ImportedDocument> r = importFixture(name);
        REQUIRE(r.ok());
        CHECK(r->text == headerFooterText);
        for (const char* absent : {"HEADER-TEXT", "FOOTER-TEXT", "COMMENT-TEXT", "DELETED-WORDS"})
            CHECK_FALSE(r->text.contains(QLatin1String(absent)));
        CHECK(speakers(*r) ==
              QStringList({QStringLiteral("Interviewer"), QStringLiteral("Participant"),
                           QStringLiteral("Interviewer"), QStringLiteral("Participant")}));
        checkTurnSlices(*r);
    }
}

TEST_CASE("PDF text is read page by page") {
    SECTION("the interview") {
        const Result<ImportedDocument> r = importFixture("interview.pdf");
        REQUIRE(r.ok());
        CHECK(r->format == QLatin1String("pdf"));
        CHECK(normaliseText(r->text) == r->text);
        // Poppler reads the table column by column, as pdftotext does; each cell is a
        // paragraph of its own.
        CHECK(r->text ==
              s("Interviewer: Thank you for joining us today. Could you tell me how "
                "the water project began?\n\n"
                "Participant: It began in 2019 😀 with three villages near the "
                "river.\nWe met every Thursday under the mango tree.\n\n"
                "Interviewer: Who was involved in the first year?\n\n"
                "Participant: Mostly the women’s cooperative 👍🏽. Neighbours wrote to "
                "us in Arabic, مرحبا بكم في القرية, and a visitor from Kunming "
                "wrote 合作社改变了我们的生活。\n\n"
                "Village\n\nHouseholds\n\nWater point\n\nKato Ρέμα\n\n"
                "Wadi النخيل\n\n42\n\n17\n\nborehole\n\nrain tank\n\n"
                "The committee agreed on three simple rules:\n\n"
                "Fetch water before sunrise\n\nRepair the pump within a week\n\n"
                "Share the key with the school\n\n"
                "Interviewer: What changed for the school?\n\n"
                "Dr Ama Owusu: The children no longer miss the morning lessons.\n\n"
                "Ηλίας: Και το νερό είναι πιο καθαρό τώρα.\n\n"
                "Participant: Attendance went up, and that is the end of my story."
                "\n\n"
                "The school joined the scheme in March 2020, after the second "
                "borehole was drilled."));
        CHECK(speakers(*r) == interviewSpeakers);
        checkTurnSlices(*r);
    }
    SECTION("pages are separated by a blank line") {
        const Result<ImportedDocument> r = importFixture("pages.pdf");
        REQUIRE(r.ok());
        CHECK(r->text == s("Interviewer: This sentence is on page one.\n\n"
                           "Participant: This sentence is on page two, Καλημέρα.\n\n"
                           "Interviewer: And this one is on page three."));
        CHECK(speakers(*r) ==
              QStringList({QStringLiteral("Interviewer"), QStringLiteral("Participant"),
                           QStringLiteral("Interviewer")}));
        checkTurnSlices(*r);
    }
    SECTION("a password-protected PDF") {
        const Result<ImportedDocument> r = importFixture("password.pdf");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error() == QLatin1String("password.pdf: is password-protected; remove the "
                                         "password and import it again"));
    }
    SECTION("a PDF that takes longer than the time limit is refused, not waited for") {
        const QString file = test::fixture(QStringLiteral("import/pages.pdf"));
        const Result<ImportedDocument> r = PdfImporter(std::chrono::milliseconds(0)).read(file);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error() == QLatin1String("pages.pdf: reading its text took longer than the 0 ms "
                                         "limit, so it was stopped (the PDF may be damaged or "
                                         "unusually complex; save it again as PDF or split it, "
                                         "then import it again)"));
        // With the shipped limit (30 s) the same file is read.
        CHECK(PdfImporter().read(file).ok());
    }
    SECTION("a file that is not a PDF") {
        const Result<ImportedDocument> r =
            importBytes(QStringLiteral("fake.pdf"), "Just some text, not a PDF at all.");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error() ==
              QLatin1String("fake.pdf: not a valid PDF (the file is damaged or is not a PDF)"));
    }
    SECTION("a truncated PDF fails cleanly or yields what it can") {
        const QByteArray whole =
            test::readFile(test::fixture(QStringLiteral("import/interview.pdf")));
        const Result<ImportedDocument> r =
            importBytes(QStringLiteral("half.pdf"), whole.left(whole.size() / 2));
        if (!r.ok())
            CHECK(r.error().startsWith(QLatin1String("half.pdf: ")));
    }
}

TEST_CASE("RTF control words, escapes and destinations") {
    auto rtf = [](const char* body) {
        return importBytes(QStringLiteral("hand.rtf"),
                           QByteArray("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times;}}"
                                      "{\\colortbl;\\red0\\green0\\blue0;}"
                                      "{\\info{\\title INFO-TITLE}{\\author AUTHOR}}") +
                               body + "}");
    };
    SECTION("paragraphs, line breaks, tabs and literal braces") {
        const auto r = rtf("First\\par Second\\line third\\tab after tab \\{braces\\} \\\\\\par");
        REQUIRE(r.ok());
        CHECK(r->text == QLatin1String("First\nSecond\nthird\tafter tab {braces} \\"));
    }
    SECTION("hex escapes use the ANSI code page") {
        const auto r = rtf("caf\\'e9 \\'93quoted\\'94 \\'80");
        REQUIRE(r.ok());
        CHECK(r->text == s("café “quoted” €"));
    }
    SECTION("\\u with its fallback characters skipped, \\uc changing the count") {
        // The group restores \\uc0, so the last "?" is text.
        const auto r = rtf("a\\u8364?b \\uc2\\u8364xyc \\uc0\\u-10179\\u-8704  d "
                           "{\\uc1\\u937\\'3f}\\u945?");
        REQUIRE(r.ok());
        CHECK(r->text == s("a€b €c 😀 d Ωα?"));
    }
    SECTION("a fallback that is a control word is skipped too") {
        const auto r = rtf("\\uc1\\u8220\\ldblquote hi\\u8221\\rdblquote");
        REQUIRE(r.ok());
        CHECK(r->text == s("“hi”"));
    }
    SECTION("destinations and hidden text are skipped") {
        const auto r = rtf("{\\*\\generator Writer;}{\\stylesheet{\\s0 Normal;}}"
                           "{\\header HEADER}{\\footerr FOOTER}{\\pict\\pngblip 89504e47}"
                           "{\\*\\unknowndestination SECRET}Visible {\\v hidden }text "
                           "{\\field{\\*\\fldinst HYPERLINK \"http://x\"}{\\fldrslt link}}"
                           "{\\deleted gone}\\bin4 {}{}!");
        REQUIRE(r.ok());
        CHECK(r->text == QLatin1String("Visible text link!"));
    }
    SECTION("table rows become tab-separated lines") {
        const auto r = rtf("\\trowd\\cellx100\\cellx200\\pard\\intbl A1\\cell A2a\\par A2b\\cell"
                           "\\row\\trowd\\pard\\intbl B1\\cell B2\\cell\\row\\pard After\\par");
        REQUIRE(r.ok());
        CHECK(r->text == QLatin1String("A1\tA2a A2b\nB1\tB2\nAfter"));
    }
    SECTION("footnotes go to the end, endnotes after them") {
        const auto r = rtf("Interviewer: Hi{\\*\\footnote\\ftnalt \\chftn\\tab END}{\\footnote "
                           "\\chftn FOOT}.\\par Participant: Bye\\par");
        REQUIRE(r.ok());
        CHECK(r->text == QLatin1String("Interviewer: Hi.\nParticipant: Bye\n\nFOOT\nEND"));
        REQUIRE(r->turns.size() == 2);
        CHECK(r->turns[1].end == 33);
    }
    SECTION("font charsets pick the code page for hex escapes") {
        const auto r = importBytes(QStringLiteral("greek.rtf"),
                                   "{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Times;}"
                                   "{\\f1\\fcharset161 Times Greek;}}\\f0 caf\\'e9 {\\f1 "
                                   "\\'e1\\'e2\\'e3}}");
        REQUIRE(r.ok());
        // Windows-1253 needs Qt's ICU codecs; without them the bytes are read as 1252 and the
        // import says so.
        if (r->warnings.isEmpty())
            CHECK(r->text == s("café αβγ"));
        else
            CHECK(r->warnings.first().contains(QLatin1String("1253")));
    }
    SECTION("not RTF at all") {
        const auto r = importBytes(QStringLiteral("plain.rtf"), "Just text.");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error() ==
              QLatin1String("plain.rtf: not an RTF document (it does not start with {\\rtf)"));
    }
    SECTION("groups nested too deeply") {
        const auto r =
            importBytes(QStringLiteral("deep.rtf"),
                        "{\\rtf1 " + QByteArray(300, '{') + "x" + QByteArray(300, '}') + "}");
        REQUIRE_FALSE(r.ok());
        CHECK(
            r.error().startsWith(QLatin1String("deep.rtf: groups nest more than 256 levels deep")));
    }
    SECTION("a truncated file keeps what it has, with a warning") {
        const QByteArray whole =
            test::readFile(test::fixture(QStringLiteral("import/interview.rtf")));
        const auto r = importBytes(QStringLiteral("cut.rtf"), whole.left(whole.size() * 9 / 10));
        REQUIRE(r.ok());
        CHECK(r->text.startsWith(QLatin1String("Interviewer: Thank you for joining us today.")));
        REQUIRE(r->warnings.size() == 1);
        CHECK(r->warnings.first().contains(QLatin1String("truncated")));
    }
}
