// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;
using test::mustRun;
using test::runCli;
using test::s;

namespace {

QJsonObject statsOf(const QString& project) {
    const auto r = mustRun({s("stats"), project, s("--format"), s("json")});
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

TEST_CASE("cli refi: help lists the REFI-QDA commands") {
    const auto help = runCli({s("--help")});
    CHECK(help.exitCode == 0);
    for (const char* usage :
         {"qdpx import PROJECT FILE.qdpx|FILE.qde", "qdpx export PROJECT FILE.qdpx",
          "qdc import PROJECT FILE.qdc", "qdc export PROJECT FILE.qdc"})
        CHECK(help.out.contains(usage));
}

TEST_CASE("cli refi: qdpx export lists the losses first, and qdpx import brings it all back") {
    QTemporaryDir dir;
    const QString demo = dir.filePath(s("demo.situate"));
    mustRun({s("demo"), demo});
    const QString qdpx = dir.filePath(s("demo.qdpx"));
    const auto ex = mustRun({s("qdpx"), s("export"), demo, qdpx});
    // The demo: 14 documents, 8 of them .docx or .vtt, 3 .vtt with cue times; 178 codings,
    // 14 of them with a memo (resources/demo/codings.csv), so 14 notes.
    CHECK(ex.out.contains("cannot be represented: caption timings of 3 document(s)"));
    CHECK(ex.out.contains("cannot be represented: the original files of 8 document(s)"));
    CHECK(ex.out.contains("written for Situate to read back: 6 research question(s) are written "
                          "as sets of codes"));
    CHECK(ex.out.contains("wrote demo.qdpx: 14 document(s), 46 code(s), 7 case(s), 9 variable(s), "
                          "2 coder(s), 178 coding(s), 6 research question(s) as sets, 14 "
                          "note(s)\n"));
    CHECK(ex.out.indexOf("cannot be represented") < ex.out.indexOf("wrote demo.qdpx"));

    const QString back = dir.filePath(s("back.situate"));
    const auto im = mustRun({s("qdpx"), s("import"), back, qdpx});
    CHECK(im.out.startsWith("created back.situate\nimported demo.qdpx (from Situate)\n"));
    CHECK(im.out.contains("documents: 14 added, 0 already in the project\n"));
    CHECK(im.out.contains("codes: 46 created, 0 matched\n"));
    CHECK(im.out.contains("coders: 2 created\n"));
    CHECK(im.out.contains("codings: 178 added, 0 already in the project, 0 not placed\n"));
    CHECK(im.out.contains("cases: 7 created, 0 matched\n"));
    // codebook.csv links the 46 codes to questions 80 times.
    CHECK(im.out.contains("research questions: 6 created, 0 matched, 80 code link(s)\n"));
    CHECK_FALSE(im.out.contains("skipped:"));
    CHECK(statsOf(back) == statsOf(demo));
    mustRun({s("check"), back});

    // Into the existing project again: everything is already there.
    const auto again = mustRun({s("qdpx"), s("import"), back, qdpx});
    CHECK_FALSE(again.out.contains("created back.situate"));
    CHECK(again.out.contains("documents: 0 added, 14 already in the project\n"));
    CHECK(again.out.contains("codings: 0 added, 178 already in the project, 0 not placed\n"));
    CHECK(statsOf(back) == statsOf(demo));
}

TEST_CASE("cli refi: qdc export and import carry the codebook and its research questions") {
    QTemporaryDir dir;
    const QString demo = dir.filePath(s("demo.situate"));
    mustRun({s("demo"), demo});
    const QString qdc = dir.filePath(s("demo.qdc"));
    const auto ex = mustRun({s("qdc"), s("export"), demo, qdc});
    CHECK(ex.out.contains("wrote demo.qdc: 46 code(s), 6 research question(s) as sets\n"));
    const QString fresh = dir.filePath(s("codes.situate"));
    const auto im = mustRun({s("qdc"), s("import"), fresh, qdc});
    CHECK(im.out.contains("codes: 46 created, 0 matched\n"));
    CHECK(im.out.contains("research questions: 6 created, 0 matched, 80 code link(s)\n"));
    CHECK_FALSE(im.out.contains("documents:"));
    const auto codesA = mustRun({s("codes"), s("list"), demo});
    const auto codesB = mustRun({s("codes"), s("list"), fresh});
    // Same paths and ToC elements; the fresh project has no codings yet.
    CHECK(QString::fromUtf8(codesB.out).count(s("\t0 codings")) == 46);
    QStringList a = QString::fromUtf8(codesA.out).split(QLatin1Char('\n'));
    QStringList b = QString::fromUtf8(codesB.out).split(QLatin1Char('\n'));
    for (QString& line : a)
        line = line.section(QLatin1Char('\t'), 0, 1);
    for (QString& line : b)
        line = line.section(QLatin1Char('\t'), 0, 1);
    CHECK(a == b);
}

TEST_CASE("cli refi: samples print what was skipped") {
    const QString shared = test::sharedDir();
    if (shared.isEmpty()) {
        WARN("../shared is missing: REFI-QDA sample CLI tests skipped");
        SUCCEED();
        return;
    }
    QTemporaryDir dir;
    const QString samples = QDir(shared).filePath(s("refi/samples/"));
    const auto nvivo = mustRun({s("qdpx"), s("import"), dir.filePath(s("n.situate")),
                                samples + s("nvivo15.0-mac_qc-project.qdpx")});
    CHECK(nvivo.out.contains("codes: 262 created, 0 matched\n"));
    CHECK(nvivo.out.count("skipped: source ") == 2);
    CHECK(nvivo.out.contains("holds no text (1 byte(s)): the exporting tool lost it"));
    const auto atlas = mustRun({s("qdpx"), s("import"), dir.filePath(s("a.situate")),
                                samples + s("atlasti8.4-mac_refi-spec-example.qde")});
    CHECK(atlas.out.contains("skipped: 2 PDF source(s) with 4 selection(s) and 6 coding(s): "
                             "Situate cannot hold PDF sources yet\n"));
    CHECK(atlas.out.contains("research questions: 4 created, 0 matched, 19 code link(s)\n"));
    const auto win = mustRun({s("qdpx"), s("import"), dir.filePath(s("w.situate")),
                              samples + s("nvivo12.6-win_oltas0517.qdpx")});
    CHECK(win.out.contains("codings: 303 added, 0 already in the project, 0 not placed\n"));
    CHECK(win.out.contains("note: source \"videos_10_selected\": offsets read as UTF-16 code "
                           "units, as NVivo for Windows 12.6 counts them\n"));
}

TEST_CASE("cli refi: a failed import into a new project leaves no project behind") {
    QTemporaryDir dir;
    const QString bad = test::writeFile(dir.filePath(s("bad.qdpx")), "not a zip at all");
    const QString project = dir.filePath(s("new.situate"));
    const auto r = runCli({s("qdpx"), s("import"), project, bad});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("bad.qdpx: not a REFI-QDA project"));
    CHECK_FALSE(QFileInfo::exists(project));
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{s("bad.qdpx")});
}
