// SPDX-License-Identifier: GPL-3.0-or-later
// Real exports from NVivo, ATLAS.ti, qc and Taguette (../shared/refi/samples, described in
// its README). The expected texts were read off the samples independently: the .txt decoded
// as UTF-8, the BOM dropped, the NVivo offsets taken as UTF-16 units, CRLF turned into LF.
#include "core/codetree.h"
#include "core/project.h"
#include "core/refi/refiimport.h"
#include "core/text.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;

namespace {

QString u(const char* utf8) {
    return QString::fromUtf8(utf8);
}

/// One sample imported into a fresh project.
struct Imported {
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    refi::ImportReport report;
};

// Empty when ../shared is absent; the caller then skips.
std::unique_ptr<Imported> importSample(const QString& name) {
    const QString shared = test::sharedDir();
    if (shared.isEmpty()) {
        WARN("../shared is missing: REFI-QDA sample tests skipped");
        return nullptr;
    }
    auto out = std::make_unique<Imported>();
    const QString path = out->dir.filePath(QStringLiteral("sample.situate"));
    REQUIRE(Project::create(path).ok());
    auto p = Project::open(path);
    REQUIRE(p.ok());
    out->project = p.take();
    const QString file = QDir(shared).filePath(QStringLiteral("refi/samples/") + name);
    auto r = name.endsWith(QLatin1String(".qdc")) ? refi::importCodebook(*out->project, file)
                                                  : refi::importProject(*out->project, file);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    out->report = *r;
    return out;
}

/// "coder|text" of every coding with the code at `path`.
QStringList coded(const Project& p, const QString& path) {
    const Storage& s = p.storage();
    const CodeTree tree(s.codes().value());
    const auto code = tree.idByPath(path);
    if (!code)
        return {QStringLiteral("no code ") + path};
    QHash<qint64, QString> coders;
    for (const Coder& c : s.coders().value())
        coders.insert(c.id, c.name);
    QStringList out;
    for (const Coding& c : s.allCodings().value()) {
        if (c.codeId != *code)
            continue;
        const QString text = s.documentText(c.documentId);
        out << coders.value(c.coderId) + QLatin1Char('|') +
                   OffsetMap(text).slice(text, c.start, c.end);
    }
    return out;
}

} // namespace

TEST_CASE("refi samples: NVivo 12.6 for Windows (BOM, CRLF, emoji, UTF-16 offsets)") {
    auto s = importSample(QStringLiteral("nvivo12.6-win_oltas0517.qdpx"));
    if (!s) {
        SUCCEED();
        return;
    }
    const refi::ImportReport& r = s->report;
    CHECK(r.origin == QStringLiteral("NVivo for Windows 12.6"));
    CHECK(r.documentsAdded == 2);
    CHECK(r.codesCreated == 152);
    CHECK(r.codingsAdded == 303);
    CHECK(r.codingsNotPlaced == 0);
    CHECK(r.notPlaced.isEmpty());
    CHECK(r.codersCreated == 1); // all 303 codings are Gergo's
    CHECK(r.notes.join(QLatin1Char('\n')).contains(QStringLiteral("UTF-16 code units")));
    const Storage& st = s->project->storage();
    CHECK(st.stats().codings == 303);
    CHECK(st.checkIntegrity().isEmpty());
    // A ZWJ emoji sequence with a skin tone (🤦🏼‍♀️, five code points) ends the
    // selection.
    CHECK(coded(*s->project, u("Attituderoots/1. Conspiracist ideation/Government cover-up"))
              .contains(u("Gergo|S\xC3\xBCket duma!!!!! Olyan szint\xC5\xB1 n\xC3\xA9"
                          "pbut\xC3\xADt\xC3\xA1s megy hogy az valami eszm\xC3\xA9letlen "
                          "\xF0\x9F\xA4\xA6\xF0\x9F\x8F\xBC\xE2\x80\x8D\xE2\x99\x80\xEF\xB8\x8F")));
    CHECK(coded(*s->project, u("Attituderoots/2. Distrust/+Media"))
              .contains(u("Gergo|Mocskos fidess propagandist\xC3\xA1k!\xF0\x9F\xA4\xAE")));
    // NVivo offsets 50648-50702 end after a CRLF: the coding keeps the line break, as LF.
    CHECK(coded(*s->project,
                u("HBM 2. Perceived Severity \xE2\x80\x93 \xC3\x89szlelt s\xC3\xBAlyoss\xC3\xA1g/"
                  "Oltás kockázatai/nem hatékony"))
              .contains(u("Gergo|@@szilagyitamas2823 \xC3\x89s milyen igazad "
                          "lett!\xE2\x98\x9D\xEF\xB8\x8F\xF0\x9F\x91\x8C\xF0\x9F\x91\x8D\xF0\x9F"
                          "\x91\x8D\xF0\x9F\x91\x8D\n")));
}

TEST_CASE("refi samples: NVivo 12.6 for Windows, the smaller project") {
    auto s = importSample(QStringLiteral("nvivo12.6-win_oltas.qdpx"));
    if (!s) {
        SUCCEED();
        return;
    }
    CHECK(s->report.documentsAdded == 1);
    CHECK(s->report.codesCreated == 60);
    CHECK(s->report.codingsAdded == 97);
    CHECK(s->report.codingsNotPlaced == 0);
    CHECK(
        coded(*s->project, u("9. Retorikai eszk\xC3\xB6z/g\xC3\xBAny"))
            .contains(u("floriansipos|Mi az a fityesznek? Akkor \xC3\xADrj\xC3\xA1k \xC3\xA1t "
                        "amikor akarj\xC3\xA1k \xF0\x9F\xA4\xA3\xF0\x9F\xA4\xA3\xF0\x9F\xA4\xA3")));
}

TEST_CASE("refi samples: NVivo 12.7 for Mac (sources/, LF, no BOM, a .root entry)") {
    auto s = importSample(QStringLiteral("nvivo12.7-mac_OltasSzkepticizmus_17June.qdpx"));
    if (!s) {
        SUCCEED();
        return;
    }
    CHECK(s->report.documentsAdded == 2);
    CHECK(s->report.codesCreated == 152);
    CHECK(s->report.codingsAdded == 297);
    CHECK(s->report.codingsNotPlaced == 0);
    // The Mac export credits all 297 codings to floriansipos.
    CHECK(coded(*s->project, u("Attituderoots/2. Distrust/+Government"))
              .contains(
                  u("floriansipos|Mi az a fityesznek? Akkor \xC3\xADrj\xC3\xA1k \xC3\xA1t amikor "
                    "akarj\xC3\xA1k \xF0\x9F\xA4\xA3\xF0\x9F\xA4\xA3\xF0\x9F\xA4\xA3")));
    CHECK(coded(*s->project, u("Attituderoots/2. Distrust/+Media"))
              .contains(u("floriansipos|Mocskos fidess propagandist\xC3\xA1k!\xF0\x9F\xA4\xAE")));
}

TEST_CASE("refi samples: NVivo 15 for Mac lost its source text, the codes come, with a warning") {
    auto s = importSample(QStringLiteral("nvivo15.0-mac_qc-project.qdpx"));
    if (!s) {
        SUCCEED();
        return;
    }
    CHECK(s->report.codesCreated == 262);
    CHECK(s->report.documentsAdded == 0);
    CHECK(s->report.codingsAdded == 0);
    REQUIRE(s->report.skipped.size() == 2);
    for (const QString& line : s->report.skipped) {
        CHECK(line.contains(QStringLiteral("holds no text (1 byte(s))")));
        CHECK(line.contains(QStringLiteral("exporting tool lost it")));
    }
    // Depth 7:
    // rq2.../curriculum/interdisciplinary_cs/other_subject_areas/humanities/english/writing.
    const CodeTree tree(s->project->storage().codes().value());
    CHECK(tree.idByPath(QStringLiteral("rq2_curriculum_and_instruction/curriculum/"
                                       "interdisciplinary_cs/other_subject_areas/humanities/"
                                       "english/writing"))
              .has_value());
}

TEST_CASE("refi samples: qc 1.3.2 (bare plainTextPath, unnamed sources, whole lines)") {
    auto s = importSample(QStringLiteral("qc1.3.2_demo.qdpx"));
    if (!s) {
        SUCCEED();
        return;
    }
    CHECK(s->report.documentsAdded == 2);
    CHECK(s->report.codesCreated == 262);
    CHECK(s->report.codingsAdded == 205); // 158 selections, several codings each
    CHECK(s->report.codingsNotPlaced == 0);
    const Storage& st = s->project->storage();
    CHECK(st.documentIdByName(QStringLiteral("board_2017")).has_value());
    CHECK(st.documentIdByName(QStringLiteral("admin-1")).has_value());
    // "line:6" codes the whole seventh line with its LF.
    CHECK(coded(*s->project, QStringLiteral("rq2_curriculum_and_instruction/pedagogy/fun"))
              .contains(QStringLiteral("cp|This district goal is engage every student in "
                                       "joyful, purposeful learning that \n")));
    CHECK(coded(*s->project, QStringLiteral("rq1_definition/rationales/equity"))
              .contains(QStringLiteral("cp|similar equity issues [inaudible 00:54:11] access to "
                                       "that curriculum, which we \n")));
}

TEST_CASE("refi samples: ATLAS.ti 8.4 bare .qde (no sources, media, sets, notes, :: paths)") {
    auto s = importSample(QStringLiteral("atlasti8.4-mac_refi-spec-example.qde"));
    if (!s) {
        SUCCEED();
        return;
    }
    const refi::ImportReport& r = s->report;
    CHECK(r.codesCreated == 14);
    CHECK(r.documentsAdded == 0);
    // The six text sources' files are not beside the .qde: each is reported.
    int missing = 0;
    for (const QString& line : r.skipped)
        missing += line.contains(QStringLiteral("is not in a sources folder")) ? 1 : 0;
    CHECK(missing == 6);
    const QString skipped = r.skipped.join(QLatin1Char('\n'));
    // Counted by hand in the file: the picture has 1 selection with 2 codings; the PDFs 4
    // selections (not counting their text representation's copies) with 6; the videos 2 and 1.
    CHECK(skipped.contains(QStringLiteral("1 picture source(s) with 1 selection(s) and 2 "
                                          "coding(s)")));
    CHECK(skipped.contains(QStringLiteral("2 PDF source(s) with 4 selection(s) and 6 coding(s)")));
    CHECK(skipped.contains(QStringLiteral("1 audio source(s) with 0 selection(s)")));
    CHECK(skipped.contains(QStringLiteral("2 video source(s) with 2 selection(s) and 1 "
                                          "coding(s)")));
    CHECK(skipped.contains(QStringLiteral("1 graph(s)")));
    const Storage& st = s->project->storage();
    const CodeTree tree(st.codes().value());
    const auto coke = tree.idByPath(QStringLiteral("Coke"));
    const auto diet = tree.idByPath(QStringLiteral("Coke/diet Coke"));
    REQUIRE(coke.has_value());
    REQUIRE(diet.has_value());
    // "Coke" comes after "Coke::diet Coke" in the file; the explicit code takes over the
    // parent made for the path, with its GUID, colour and description.
    CHECK(tree.find(*coke)->uuid == QStringLiteral("7496ba52-9c8d-4396-8fab-cc438614e453"));
    CHECK(tree.find(*coke)->colour == QStringLiteral("#966450"));
    CHECK(tree.find(*coke)->definition == QStringLiteral("the breakfast of champions"));
    CHECK(tree.find(*diet)->definition == u("non sucr\xC3\xA9"));
    CHECK(tree.idByPath(QStringLiteral("\"rushed\"")).has_value());
    // Four sets of codes became research questions with 6 + 4 + 6 + 3 links.
    CHECK(r.questionsCreated == 4);
    CHECK(r.questionLinks == 19);
    // Two notes hang on nothing Situate holds: they go into the project memo.
    const auto memo = st.memo(MemoOwner::Project, 0);
    REQUIRE(memo.has_value());
    CHECK(memo->title == QStringLiteral("Research Plan"));
    CHECK(memo->text.contains(QStringLiteral("This is a great project")));
    CHECK(memo->text.contains(QStringLiteral("My favorite Coke ad")));
}

TEST_CASE("refi samples: codebooks from Taguette (empty Sets, backslash paths) and ATLAS.ti") {
    auto t = importSample(QStringLiteral("taguette1.5.2_codebook.qdc"));
    if (!t) {
        SUCCEED();
        return;
    }
    CHECK(t->report.codebookOnly);
    CHECK(t->report.codesCreated == 3);
    const CodeTree tree(t->project->storage().codes().value());
    CHECK(tree.idByPath(QStringLiteral("interesting/places")).has_value());
    CHECK(tree.idByPath(QStringLiteral("people")).has_value());
    CHECK(t->project->storage().researchQuestions().value().isEmpty());

    auto a = importSample(QStringLiteral("atlasti23.4-win_codebook.qdc"));
    const Storage& st = a->project->storage();
    REQUIRE(st.codes().value().size() == 1);
    CHECK(st.codes().value().first().colour == QStringLiteral("#46aa00"));
    CHECK(st.codes().value().first().definition == QStringLiteral("description"));
    REQUIRE(st.researchQuestions().value().size() == 1);
    CHECK(st.researchQuestions().value().first().code == QStringLiteral("code group 1"));
    CHECK(st.researchQuestions().value().first().text == QStringLiteral("kategorie 1"));
    CHECK(a->report.questionLinks == 1);
}
