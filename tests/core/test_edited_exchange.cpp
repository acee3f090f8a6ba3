// SPDX-License-Identifier: GPL-3.0-or-later
// Documents edited after coding leave the project intact for exchange: a .qdpx export imports
// with every coding on the words it was on, and merging by content matches an edited
// document exactly when both projects hold the same text, codings landing on the same words.
#include "core/codetree.h"
#include "core/commands/commands.h"
#include "core/commands/textedits.h"
#include "core/io/projectmerge.h"
#include "core/project.h"
#include "core/refi/refiexport.h"
#include "core/refi/refiimport.h"
#include "core/text.h"
#include "tests/core/texttest.h"
#include "tests/support/testrows.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;
using test::s;

namespace {

// An emoji before the codings checks that positions stay code points after the edits.
const QString transcript = s("Interviewer: Where do you work?\n"
                             "P1: I work at St Mary's in Leeds with Dr Okafor.\n"
                             "Interviewer: And the team?\n"
                             "P1: The team meets every Monday to share incidents.\n");

// One project file with the transcript (its only document) open.
struct Study {
    std::unique_ptr<Project> project;
    qint64 document = 0;

    static Study create(const QString& path) {
        Study st;
        auto p = Project::create(path);
        REQUIRE(p.ok());
        st.project = p.take();
        REQUIRE(st.project
                    ->edit(s("import"),
                           [&](Editor& e) -> Status {
                               auto id =
                                   addDocument(e, test::textDocument(s("Interview"), transcript));
                               st.document = id ? *id : 0;
                               return Status::from(id);
                           })
                    .ok());
        return st;
    }
    static Study open(const QString& path) {
        Study st;
        auto p = Project::open(path, Project::Backup::Skip);
        REQUIRE(p.ok());
        st.project = p.take();
        st.document = st.project->storage().documents()->first().id;
        return st;
    }

    const Storage& storage() const { return project->storage(); }
    QString text() const { return storage().documentText(document); }
    // The code point where `words` first occur in the text.
    qint64 at(const QString& words) const {
        const QString t = text();
        const qsizetype i = t.indexOf(words);
        REQUIRE(i >= 0);
        return OffsetMap(t).toCodePoint(i);
    }
    // `coder` codes the first occurrence of `words` with the code at `path`.
    void code(const QString& coder, const QString& path, const QString& words) {
        const qint64 start = at(words);
        const qint64 end = start + codePointCount(words);
        REQUIRE(project
                    ->edit(s("code"),
                           [&](Editor& e) -> Status {
                               auto codeId = ensureCodePath(e, path);
                               if (!codeId)
                                   return Status::from(codeId);
                               return Status::from(
                                   test::addCodingAs(e, coder, document, *codeId, start, end));
                           })
                    .ok());
    }
    void edit(const QVector<Replacement>& replacements) {
        TextEditOptions options;
        options.who = s("Aisha");
        const Result<TextEditReport> done =
            project->editFor<TextEditReport>(s("edit"), [&](Editor& e) {
                return editDocumentText(e, document, replacements, options);
            });
        INFO(done.error().toStdString());
        REQUIRE(done.ok());
    }
    // Aisha's codings, made on the transcript as imported.
    void codeFirstDraft() {
        code(s("Aisha"), s("Place"), s("St Mary's"));
        code(s("Aisha"), s("Place"), s("Leeds"));
        code(s("Aisha"), s("Person"), s("Dr Okafor"));
        code(s("Aisha"), s("Practice"), s("The team meets every Monday"));
        code(s("Aisha"), s("Practice"), s("share incidents"));
    }
    // Edits after coding, each its own step: an insertion before every coding, a deletion that
    // takes the "Leeds" coding with it, a replacement and an insertion inside codings.
    void editAfterCoding() {
        edit({{0, 0, s("[Checked 🏥] ")}});
        edit({{at(s(" in Leeds")), at(s(" in Leeds")) + 9, QString()}});
        edit({{at(s("Okafor")), at(s("Okafor")) + 6, s("Mensah")}});
        edit({{at(s("incidents")), at(s("incidents")), s("serious ")}});
    }
};

// Every coding of the project as "document|code|coder|start|end|coded text", sorted.
QStringList codedTexts(const Storage& st) {
    const CodeTree tree(st.codes().value());
    QHash<qint64, QString> coders, names, texts;
    for (const Coder& c : st.coders().value())
        coders.insert(c.id, c.name);
    for (const DocumentInfo& d : st.documents().value()) {
        names.insert(d.id, d.name);
        texts.insert(d.id, st.documentText(d.id));
    }
    QStringList out;
    for (const Coding& c : st.allCodings().value()) {
        const QString& text = texts[c.documentId];
        out << QStringList{names.value(c.documentId), tree.path(c.codeId),
                           coders.value(c.coderId),   QString::number(c.start),
                           QString::number(c.end),    OffsetMap(text).slice(text, c.start, c.end)}
                   .join(QLatin1Char('|'));
    }
    out.sort();
    return out;
}

// The coded texts alone, "code|coder|text", sorted.
QStringList codedWords(const Storage& st) {
    QStringList out;
    for (const QString& line : codedTexts(st)) {
        const QStringList f = line.split(QLatin1Char('|'));
        out << QStringList{f[1], f[2], f[5]}.join(QLatin1Char('|'));
    }
    out.sort();
    return out;
}

const QStringList aishaAfterEdits{s("Person|Aisha|Dr Mensah"), s("Place|Aisha|St Mary's"),
                                  s("Practice|Aisha|The team meets every Monday"),
                                  s("Practice|Aisha|share serious incidents")};

Result<MergeReport> merge(Study& into, const Study& from) {
    return into.project->editFor<MergeReport>(
        s("merge"), [&](Editor& e) { return mergeProject(e, from.storage()); });
}

// Aisha's coded project `a` and a colleague's copy of its file `c`, taken after Aisha edited
// the transcript or before.
struct TwoCopies {
    QTemporaryDir dir;
    Study a, c;

    explicit TwoCopies(bool editedBeforeCopying) {
        const QString aPath = dir.filePath(s("a.situate")), cPath = dir.filePath(s("c.situate"));
        a = Study::create(aPath);
        a.codeFirstDraft();
        if (editedBeforeCopying)
            a.editAfterCoding();
        a.project.reset(); // closed: the WAL is folded into the file
        REQUIRE(QFile::copy(aPath, cPath));
        a = Study::open(aPath);
        c = Study::open(cPath);
    }
};

} // namespace

TEST_CASE("edited documents: a .qdpx export imports with the edited text and every coding on "
          "its words") {
    QTemporaryDir dir;
    Study a = Study::create(dir.filePath(s("a.situate")));
    a.codeFirstDraft();
    a.editAfterCoding();
    REQUIRE(documentEdits(a.storage(), a.document)->size() == 4);
    REQUIRE(codedWords(a.storage()) == aishaAfterEdits); // the "Leeds" coding went with it
    CHECK(a.text().startsWith(s("[Checked 🏥] Interviewer:")));

    const QString qdpx = dir.filePath(s("a.qdpx"));
    const Result<refi::ExportPlan> written = refi::exportProject(*a.project, qdpx);
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    CHECK(written->codings == 4);

    Study b;
    auto created = Project::create(dir.filePath(s("b.situate")));
    REQUIRE(created.ok());
    b.project = created.take();
    const Result<refi::ImportReport> report = refi::importProject(*b.project, qdpx);
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    CHECK(report->documentsAdded == 1);
    CHECK(report->codingsAdded == 4);
    CHECK(report->codingsNotPlaced == 0);
    CHECK(report->notPlaced.isEmpty());
    b.document = b.storage().documents()->first().id;
    CHECK(b.text() == a.text());
    CHECK(b.storage().document(b.document)->contentHash ==
          a.storage().document(a.document)->contentHash);
    // Same offsets, same words.
    CHECK(codedTexts(b.storage()) == codedTexts(a.storage()));
    CHECK(b.storage().checkIntegrity().isEmpty());
}

TEST_CASE("edited documents: merging a copy of an edited project adds the colleague's codings "
          "on the same words") {
    TwoCopies copies(true);
    Study &a = copies.a, &c = copies.c;
    // Ben codes the edited transcript in his copy.
    c.code(s("Ben"), s("Person"), s("Dr Mensah"));
    c.code(s("Ben"), s("Practice"), s("share serious incidents"));
    c.code(s("Ben"), s("Place"), s("🏥"));

    const Result<MergeReport> merged = merge(a, c);
    INFO(merged.error().toStdString());
    REQUIRE(merged.ok());
    CHECK(merged->documentsMatched == QStringList{s("Interview")});
    CHECK(merged->codingsAdded == 3);
    CHECK(merged->duplicatesSkipped == 4); // Aisha's, the same in both
    CHECK(merged->codingsRefused == 0);
    CHECK(codedTexts(a.storage()) == codedTexts(c.storage()));
    CHECK(codedWords(a.storage()).contains(s("Place|Ben|🏥")));
    CHECK(a.storage().checkIntegrity().isEmpty());
}

TEST_CASE("edited documents: a copy whose document was edited differently merges nothing onto "
          "it until both hold the same text") {
    TwoCopies copies(false);
    Study &a = copies.a, &c = copies.c;
    // The copy is edited and then coded by Ben; the original is not edited.
    c.editAfterCoding();
    c.code(s("Ben"), s("Person"), s("Dr Mensah"));
    c.code(s("Ben"), s("Practice"), s("every Monday"));
    const QStringList before = codedTexts(a.storage());

    // The texts differ: Ben's offsets would fall on other words, so none is placed.
    const Result<MergeReport> refused = merge(a, c);
    REQUIRE(refused.ok());
    CHECK(refused->documentsMatched.isEmpty());
    CHECK(refused->documentsRefused ==
          QStringList{s("Interview: no document here has the same text")});
    CHECK(refused->codingsAdded == 0);
    CHECK(refused->codingsRefused == 6); // Aisha's four moved ones and Ben's two
    CHECK(codedTexts(a.storage()) == before);

    // The same edits here: the same text, so Aisha's codings moved to the same places and
    // Ben's land on the words he coded.
    a.editAfterCoding();
    REQUIRE(a.text() == c.text());
    const Result<MergeReport> merged = merge(a, c);
    REQUIRE(merged.ok());
    CHECK(merged->documentsMatched == QStringList{s("Interview")});
    CHECK(merged->codingsAdded == 2);
    CHECK(merged->duplicatesSkipped == 4);
    CHECK(codedTexts(a.storage()) == codedTexts(c.storage()));
    QStringList words = aishaAfterEdits;
    words << s("Person|Ben|Dr Mensah") << s("Practice|Ben|every Monday");
    words.sort();
    CHECK(codedWords(a.storage()) == words);
}
