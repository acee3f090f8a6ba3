// SPDX-License-Identifier: GPL-3.0-or-later
// The report and the extracts as Word documents (`report --output FILE.docx`, `extracts
// --format docx`), read back by three readers that share no code with Situate: python3-docx,
// pandoc and LibreOffice (to PDF, then pdftotext). Each must find every heading and
// quotation of the HTML version of the same report, on the demo project and on a project of
// hostile text: a code named =1+1, markup in a memo, a question and a case, right-to-left
// script, emoji and Chinese. docx_check.py does the reading.
#include "tests/support/clitest.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;
using test::mustRun;
using test::runCli;
using test::s;

namespace {

const char* const hostileText =
    "Interviewer: What changed in the ward?\n"
    "\n"
    "P03: 🙂 نحن نتعلم معا كل أسبوع 😀 and we meet weekly.\n"
    "\n"
    "P04: 我们一起学习。 Then <w:p> & \"=1+1\" came.\n";

const char* const hostileCaptions = "WEBVTT\n\n"
                                    "00:14:05.000 --> 00:14:09.000\n"
                                    "<v P03>We shared the protocol at handover.\n\n"
                                    "00:15:00.000 --> 00:15:04.000\n"
                                    "<v P05>Nobody told us.\n";

// The code-point offset of `needle` in `text`.
qint64 at(const QString& text, const QString& needle) {
    return text.left(text.indexOf(needle)).toUcs4().size();
}

qint64 endOf(const QString& text, const QString& needle) {
    return at(text, needle) + needle.toUcs4().size();
}

// A project of hostile text, built through the CLI: a code named =1+1 and one with Arabic
// in its name, a question, a case and a memo holding markup, quotations in Arabic with
// emoji and in Chinese, and a captioned interview with time codes.
QString hostileProject(const QTemporaryDir& dir) {
    const QString p = dir.filePath(s("hostile.situate"));
    const QString text = QString::fromUtf8(hostileText);
    test::writeFile(dir.filePath(s("hostile.txt")), text.toUtf8());
    test::writeFile(dir.filePath(s("handover.vtt")), QByteArray(hostileCaptions));
    mustRun({s("new"), p});
    mustRun({s("import"), p, dir.filePath(s("hostile.txt")), dir.filePath(s("handover.vtt")),
             s("--case"), s("CoP <b>&amp;</b>")});
    mustRun({s("rq"), s("add"), p, s("RQ1"), s("Does the ward learn? </w:t> نعم"), s("--title"),
             s("Is <w:p> learning shared? 🙂")});
    test::writeFile(dir.filePath(s("codebook.csv")),
                    QStringLiteral("path,research_questions\r\n=1+1,RQ1\r\n"
                                   "Learning/تعلم 学习,RQ1\r\n")
                        .toUtf8());
    mustRun({s("codebook"), s("import"), p, dir.filePath(s("codebook.csv"))});
    const QString vtt = QString::fromUtf8(mustRun({s("text"), p, s("handover")}).out);
    const QString rows =
        QStringLiteral("document,coder,code,start,end,memo\r\n"
                       "hostile,Ana,=1+1,%1,%2,\"</w:t></w:r></w:p><w:p>Memo: <w:p> & =1+1\"\r\n"
                       "hostile,Ana,Learning/تعلم 学习,%3,%4,\r\n"
                       "handover,Ben,=1+1,%5,%6,\r\n")
            .arg(at(text, s("🙂")))
            .arg(endOf(text, s("weekly.")))
            .arg(at(text, s("我们")))
            .arg(endOf(text, s("came.")))
            .arg(at(vtt, s("We shared")))
            .arg(endOf(vtt, s("handover.")));
    test::writeFile(dir.filePath(s("codings.csv")), rows.toUtf8());
    mustRun({s("codings"), s("import"), p, dir.filePath(s("codings.csv"))});
    return p;
}

struct Outputs {
    QString html, docx; // the same report or extracts as HTML and as Word
};

// The report and the extracts of a project as HTML and Word, the HTML being what the Word
// readers must find.
QVector<Outputs> writeBoth(const QTemporaryDir& dir, const QString& project, const QString& name) {
    const QString base = dir.filePath(name);
    mustRun({s("report"), project, s("--output"), base + s("-report.html")});
    mustRun({s("report"), project, s("--output"), base + s("-report.docx")});
    mustRun({s("extracts"), project, s("--format"), s("html"), s("--output"),
             base + s("-extracts.html")});
    mustRun({s("extracts"), project, s("--format"), s("docx"), s("--output"),
             base + s("-extracts.docx")});
    return {{base + s("-report.html"), base + s("-report.docx")},
            {base + s("-extracts.html"), base + s("-extracts.docx")}};
}

QVector<Outputs> allOutputs(const QTemporaryDir& dir) {
    QVector<Outputs> out =
        writeBoth(dir, test::cliDemo(const_cast<QTemporaryDir&>(dir)), s("demo"));
    out += writeBoth(dir, hostileProject(dir), s("hostile"));
    return out;
}

const QString checker = test::sourcePath(s("tests/cli/docx_check.py"));
const QString python = s("/usr/bin/python3");

void check(const QStringList& args) {
    const test::ProcessResult r = test::runProcess(python, QStringList{checker} + args);
    INFO(args.join(s(" ")).toStdString() << "\n" << r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
}

} // namespace

TEST_CASE("CLI Word: python3-docx finds every heading and quotation in built-in styles") {
    const bool ok = test::runProcess(python, {s("-c"), s("import docx")}).exitCode == 0;
    if (!test::requirePrerequisite(ok, "python3-docx (Debian python3-docx)"))
        return;
    QTemporaryDir dir;
    for (const Outputs& o : allOutputs(dir))
        check({s("python-docx"), o.docx, o.html});
}

TEST_CASE("CLI Word: pandoc finds every heading and quotation") {
    if (!test::requirePrerequisite(!QStandardPaths::findExecutable(s("pandoc")).isEmpty(),
                                   "pandoc"))
        return;
    QTemporaryDir dir;
    for (const Outputs& o : allOutputs(dir))
        check({s("pandoc"), o.docx, o.html});
}

TEST_CASE("CLI Word: LibreOffice converts every document to PDF with every heading and "
          "quotation") {
    const bool tools = !QStandardPaths::findExecutable(s("soffice")).isEmpty() &&
                       !QStandardPaths::findExecutable(s("pdftotext")).isEmpty();
    if (!test::requirePrerequisite(tools, "soffice (libreoffice-writer-nogui) and pdftotext"))
        return;
    QTemporaryDir dir;
    const QVector<Outputs> outputs = allOutputs(dir);
    // One LibreOffice start for all four documents, with a profile of its own.
    QStringList args{s("-env:UserInstallation=file://") + dir.filePath(s("profile")),
                     s("--headless"),
                     s("--convert-to"),
                     s("pdf"),
                     s("--outdir"),
                     dir.filePath(s("pdf"))};
    for (const Outputs& o : outputs)
        args << o.docx;
    const test::ProcessResult converted = test::runProcess(s("soffice"), args);
    INFO(converted.out.toStdString() << converted.err.toStdString());
    REQUIRE(converted.exitCode == 0);
    for (const Outputs& o : outputs) {
        const QString stem = QFileInfo(o.docx).completeBaseName();
        const QString pdf = dir.filePath(s("pdf/") + stem + s(".pdf"));
        const QString txt = dir.filePath(s("pdf/") + stem + s(".txt"));
        REQUIRE(QFile::exists(pdf));
        REQUIRE(test::runProcess(s("pdftotext"), {s("-enc"), s("UTF-8"), pdf, txt}).exitCode == 0);
        check({s("text"), o.docx, o.html, txt});
    }
}

TEST_CASE("CLI Word: extracts are cited by document, speaker, paragraph and time code") {
    const bool ok = test::runProcess(python, {s("-c"), s("import docx")}).exitCode == 0;
    if (!test::requirePrerequisite(ok, "python3-docx (Debian python3-docx)"))
        return;
    QTemporaryDir dir;
    const QString p = hostileProject(dir);
    const QString docx = dir.filePath(s("x.docx"));
    mustRun({s("extracts"), p, s("--format"), s("docx"), s("--output"), docx});
    const test::ProcessResult r = test::runProcess(
        python, {s("-c"),
                 s("import docx,sys\nfor p in docx.Document(sys.argv[1]).paragraphs:\n"
                   "    print(p.style.name + '\\t' + p.text.replace('\\n', '|'))"),
                 docx});
    REQUIRE(r.exitCode == 0);
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'));
    // Paragraph numbers count paragraphs (runs of non-blank lines); the captioned interview
    // has a time code; the memo's markup is text.
    for (const char* expected :
         {"Caption\t(hostile, P03, ¶2) · coded by Ana",
          "Caption\t(hostile, P04, ¶3) · coded by Ana",
          "Caption\t(handover, P03, ¶1, 00:14:05) · coded by Ben",
          "Normal\tMemo: </w:t></w:r></w:p><w:p>Memo: <w:p> & =1+1",
          "Quote\t🙂 نحن نتعلم معا كل أسبوع 😀 and we meet weekly.",
          "Heading 2\t=1+1", "Heading 1\tRQ1: Is <w:p> learning shared? 🙂",
          "Heading 3\tCoP <b>&amp;</b>"}) {
        INFO(expected);
        CHECK(lines.contains(QString::fromUtf8(expected)));
    }
}

TEST_CASE("CLI Word: usage errors and unwritable files are told in plain words") {
    QTemporaryDir dir;
    const QString p = test::sharedCliDemo();
    const test::ProcessResult noOutput = runCli({s("extracts"), p, s("--format"), s("docx")});
    CHECK(noOutput.exitCode == 2);
    CHECK(noOutput.err.contains("--format docx needs --output FILE.docx"));
    const test::ProcessResult wrong =
        runCli({s("report"), p, s("--output"), dir.filePath(s("r.doc"))});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains("a report is written as .html, .pdf or .docx, not \"doc\""));
    const test::ProcessResult missing =
        runCli({s("report"), p, s("--output"), dir.filePath(s("no/such/folder/r.docx"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains("r.docx: cannot write"));
    CHECK_FALSE(QFile::exists(dir.filePath(s("no/such/folder/r.docx"))));
}
