// SPDX-License-Identifier: GPL-3.0-or-later
// Editing a coded document in a real project file: codings, turns, caption times, the search
// index, length, hash and history follow the text, and undo and redo give back the exact
// bytes and rows.
#include "core/commands/commands.h"
#include "core/commands/findreplace.h"
#include "core/commands/pseudonymise.h"
#include "core/import/speakerturns.h"
#include "core/project.h"
#include "core/search.h"
#include "core/text.h"
#include "tests/core/texttest.h"
#include "tests/support/testrows.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;
using test::s;

namespace {

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    qint64 document = 0;
    qint64 code = 0;
    qint64 coder = 0;

    explicit Fixture(const QString& text, const QVector<SpeakerTurn>& turns = {}) {
        auto p = Project::create(dir.filePath(s("edits.situate")));
        REQUIRE(p.ok());
        project = p.take();
        const QString normalised = normaliseText(text);
        REQUIRE(project
                    ->edit(s("set up"),
                           [&](Editor& e) -> Status {
                               Result<qint64> id = addDocument(
                                   e, test::textDocument(s("Interview 1"), normalised,
                                                         turns.isEmpty()
                                                             ? detectSpeakerTurns(normalised)
                                                             : turns));
                               if (!id)
                                   return Status::from(id);
                               document = *id;
                               Code c;
                               c.name = s("Barrier");
                               Result<qint64> codeId = createCode(e, c);
                               if (!codeId)
                                   return Status::from(codeId);
                               code = *codeId;
                               Result<qint64> coderId = ensureCoder(e, s("Aisha"));
                               if (!coderId)
                                   return Status::from(coderId);
                               coder = *coderId;
                               return {};
                           })
                    .ok());
        project->undoStack()->clear();
    }

    qint64 code_(qint64 start, qint64 end, const QString& memo = {}) {
        Result<qint64> id = project->editFor<qint64>(s("code"), [&](Editor& e) {
            return addCoding(e, test::makeCoding(document, code, coder, start, end, memo));
        });
        REQUIRE(id.ok());
        return *id;
    }

    Result<TextEditReport> edit(const QVector<Replacement>& replacements) {
        TextEditOptions options;
        options.who = s("Aisha");
        return project->editFor<TextEditReport>(s("edit"), [&](Editor& e) {
            return editDocumentText(e, document, replacements, options);
        });
    }

    // Everything a coding is, by id.
    QMap<qint64, std::tuple<qint64, qint64, QString, QString>> codings() const {
        QMap<qint64, std::tuple<qint64, qint64, QString, QString>> out;
        for (const Coding& c : *project->storage().codings(document))
            out.insert(c.id, {c.start, c.end, c.memo, c.uuid});
        return out;
    }
    QVector<SpeakerTurn> turns() const { return *project->storage().speakerTurns(document); }
    QString text() const { return project->storage().documentText(document); }
};

QString slice(const QString& text, const Coding& c) {
    const OffsetMap map(text);
    return map.slice(text, c.start, c.end);
}

} // namespace

TEST_CASE("text edits: codings follow an edit by the rule and undo and redo restore every row") {
    // Code points: "Interviewer: " is 0-12, the emoji is one code point.
    Fixture f(s("Interviewer: Where do you work?\nP1: At St Mary's 🏥 in Leeds, on Ward 7.\n"
                "Interviewer: Thank you."));
    const QString before = f.text();
    const OffsetMap map(before);
    const qint64 stMary = before.indexOf(s("St Mary's"));
    const qint64 leeds = map.toCodePoint(before.indexOf(s("Leeds")));
    const qint64 ward = map.toCodePoint(before.indexOf(s("Ward 7")));
    const qint64 a = f.code_(stMary, stMary + 9, s("site named")); // St Mary's
    const qint64 b = f.code_(leeds, leeds + 5);                    // Leeds, wholly deleted
    const qint64 c = f.code_(leeds - 3, ward + 6, s("place"));     // "in Leeds, on Ward 7"
    const qint64 d = f.code_(ward + 6, ward + 7);                  // the full stop after it
    const auto codingsBefore = f.codings();
    const auto turnsBefore = f.turns();

    // Delete "Leeds" and write "the city" over ", on" (two replacements at once).
    const QVector<Replacement> edit{{leeds, leeds + 5, QString()},
                                    {leeds + 5, leeds + 9, s(" the city,")}};
    Result<TextEditReport> report = f.edit(edit);
    REQUIRE(report.ok());
    CHECK(report->codings.unchanged == 1); // a, before the edit
    CHECK(report->codings.removed == 1);   // b
    CHECK(report->codings.changed == 1);   // c
    CHECK(report->codings.moved == 1);     // d
    CHECK(report->removedCodings == QVector<qint64>{b});

    const QString after = f.text();
    CHECK(after == s("Interviewer: Where do you work?\nP1: At St Mary's 🏥 in  the city, Ward 7.\n"
                     "Interviewer: Thank you."));
    const auto codings = f.codings();
    REQUIRE(codings.size() == 3);
    CHECK_FALSE(codings.contains(b));
    // Δ = -5 + (10 - 4) = +1 after the edit.
    CHECK(std::get<0>(codings[a]) == stMary);
    CHECK(std::get<0>(codings[c]) == leeds - 3);
    CHECK(std::get<1>(codings[c]) == ward + 6 + 1);
    CHECK(std::get<2>(codings[c]) == s("place"));
    CHECK(std::get<0>(codings[d]) == ward + 7);
    for (const Coding& x : *f.project->storage().codings(f.document)) {
        if (x.id == d)
            CHECK(slice(after, x) == s("."));
        if (x.id == a)
            CHECK(slice(after, x) == s("St Mary's"));
    }
    const auto doc = f.project->storage().document(f.document);
    REQUIRE(doc);
    CHECK(doc->length == codePointCount(after));
    CHECK(doc->contentHash == contentHash(after));
    CHECK(f.project->storage().checkIntegrity().isEmpty());
    // The third turn starts one code point later.
    REQUIRE(f.turns().size() == 3);
    CHECK(f.turns()[2].start == turnsBefore[2].start + 1);
    CHECK(f.turns()[1].end == turnsBefore[1].end + 1);
    const auto history = documentEdits(f.project->storage(), f.document);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->first().who == s("Aisha"));
    CHECK(history->first().replacements == 2);
    CHECK(history->first().removed == 9);
    CHECK(history->first().inserted == 10);

    // The search index follows the text.
    const auto hits = [&](const char* word) {
        auto r = searchProject(f.project->path(), SearchQuery::parse(s(word)));
        REQUIRE(r.ok());
        return r->size();
    };
    CHECK(hits("city") == 1);
    CHECK(hits("Leeds") == 0);

    f.project->undoStack()->undo();
    CHECK(f.text() == before);
    CHECK(f.codings() == codingsBefore); // b is back with its id and uuid
    CHECK(f.turns() == turnsBefore);
    CHECK(documentEdits(f.project->storage(), f.document)->isEmpty());
    CHECK(hits("Leeds") == 1);
    CHECK(hits("city") == 0);
    f.project->undoStack()->redo();
    CHECK(f.text() == after);
    CHECK(f.codings() == codings);
    CHECK(f.project->storage().checkIntegrity().isEmpty());
}

TEST_CASE("text edits: refused edits change nothing") {
    Fixture f(s("P1: e\u0301 is composed; the text is short."));
    const QString before = f.text();
    // Past the end.
    CHECK_FALSE(f.edit({{0, 1000, s("x")}}).ok());
    // Overlapping replacements.
    CHECK_FALSE(f.edit({{0, 5, s("x")}, {3, 8, s("y")}}).ok());
    // A combining mark typed after a letter it composes with would shift every offset.
    const OffsetMap map(before);
    const qint64 afterS = map.toCodePoint(before.indexOf(s("s composed")) + 1);
    const auto composed = f.edit({{afterS, afterS, QString(QChar(0x0301))}});
    REQUIRE_FALSE(composed.ok());
    CHECK(composed.error().contains(s("normalisation")));
    CHECK(f.text() == before);
    CHECK(f.project->undoStack()->count() == 0);
    CHECK(documentEdits(f.project->storage(), f.document)->isEmpty());
}

TEST_CASE("text edits: caption turns keep their times and move by the rule") {
    const QString text = s("Ama: Hello there.\nKofi: Hi Ama.\nAma: Bye.");
    QVector<SpeakerTurn> turns{{s("Ama"), 0, 17, 0, 1500},
                               {s("Kofi"), 18, 31, 1500, 3000},
                               {s("Ama"), 32, 41, 3000, 4200}};
    Fixture f(text, turns);
    // Insert two code points inside the first turn, delete the whole second turn's text.
    REQUIRE(f.edit({{5, 5, s("oh ")}, {18, 32, QString()}}).ok());
    const auto now = f.turns();
    REQUIRE(now.size() == 3);
    CHECK(now[0].start == 0);
    CHECK(now[0].end == 20);
    CHECK(now[0].timeStartMs == 0);
    CHECK(now[1].start == 21); // emptied, kept with its times
    CHECK(now[1].end == 21);
    CHECK(now[1].timeStartMs == 1500);
    CHECK(now[2].start == 21);
    CHECK(now[2].end == 30);
    CHECK(now[2].timeEndMs == 4200);
    CHECK(f.project->storage().checkIntegrity().isEmpty());
}

TEST_CASE("text edits: replace across documents is one undo step") {
    Fixture f(s("P1: Okafor said okafor and Okafor's team.\n"));
    const qint64 coding = f.code_(4, 10);
    ReplaceRequest request{s("Okafor"), s("Dr X"), {true, true}, {}};
    const int steps = f.project->undoStack()->count();
    Result<ReplaceReport> preview = previewReplace(f.project->storage(), request);
    REQUIRE(preview.ok());
    CHECK(preview->total == 2); // whole word, case sensitive: "okafor" does not match
    REQUIRE(preview->documents.size() == 1);
    CHECK(preview->documents[0].edit.codings.changed == 1);
    CHECK(f.text() == s("P1: Okafor said okafor and Okafor's team.\n"));
    REQUIRE(
        f.project
            ->editFor<ReplaceReport>(
                s("replace"), [&](Editor& e) { return replaceInDocuments(e, request, s("Aisha")); })
            .ok());
    CHECK(f.text() == s("P1: Dr X said okafor and Dr X's team.\n"));
    CHECK(f.codings().value(coding) ==
          std::tuple<qint64, qint64, QString, QString>{4, 8, QString(),
                                                       std::get<3>(f.codings().value(coding))});
    CHECK(f.project->undoStack()->count() == steps + 1);
    f.project->undoStack()->undo();
    CHECK(f.text() == s("P1: Okafor said okafor and Okafor's team.\n"));
    ReplaceRequest empty{QString(), s("x"), {}, {}};
    CHECK_FALSE(previewReplace(f.project->storage(), empty).ok());
}

TEST_CASE("text edits: pseudonymisation reaches texts, labels, names and memos") {
    Fixture f(s("Dr Okafor: Welcome.\nP1: Dr Okafor and Okafor's ward, Ward 7, at Leeds.\n"));
    f.code_(24, 33, s("Okafor again"));
    REQUIRE(f.project
                ->edit(s("names"),
                       [&](Editor& e) -> Status {
                           Result<qint64> c = ensureCase(e, s("Leeds site"));
                           if (!c)
                               return Status::from(c);
                           if (Status st = assignDocumentToCase(e, f.document, *c); !st)
                               return st;
                           if (Status st = setMemo(e, MemoOwner::Document, f.document,
                                                   s("Met Dr Okafor in Leeds."));
                               !st)
                               return st;
                           return renameDocument(e, f.document, s("Okafor interview"));
                       })
                .ok());
    const QVector<PseudonymEntry> list{
        {s("Okafor"), s("Mensah")}, {s("Dr Okafor"), s("the lead")}, {s("Leeds"), s("City A")}};
    Result<PseudonymReport> plan = planPseudonymisation(f.project->storage(), list);
    REQUIRE(plan.ok());
    CHECK(f.project->storage().documentText(f.document).contains(s("Okafor")));
    Result<PseudonymReport> done = f.project->editFor<PseudonymReport>(
        s("pseudonymise"), [&](Editor& e) { return pseudonymiseProject(e, list, s("Aisha")); });
    REQUIRE(done.ok());
    CHECK(f.text() ==
          s("the lead: Welcome.\nP1: the lead and Mensah's ward, Ward 7, at City A.\n"));
    CHECK(f.turns().first().speaker == s("the lead"));
    CHECK(f.project->storage().document(f.document)->name == s("Mensah interview"));
    CHECK(f.project->storage().memo(MemoOwner::Document, f.document)->text ==
          s("Met the lead in City A."));
    CHECK(std::get<2>(f.codings().first()) == s("Mensah again"));
    const auto cases = *f.project->storage().cases();
    REQUIRE(cases.size() == 1);
    CHECK(cases.first().name == s("City A site"));
    // The key: Dr Okafor wins where both start; the document as the team knew it.
    const auto& key = done->key;
    const auto row = [&](const QString& find, const QString& document) {
        for (const PseudonymKeyRow& k : key)
            if (k.find == find && k.document == document)
                return k.count;
        return qint64(-1);
    };
    CHECK(row(s("Dr Okafor"), s("Okafor interview")) == 2);
    CHECK(row(s("Okafor"), s("Okafor interview")) == 1);
    CHECK(row(s("Leeds"), s("Okafor interview")) == 1);
    CHECK(row(s("Okafor"), QString()) == 2);    // document name, coding memo
    CHECK(row(s("Dr Okafor"), QString()) == 1); // the memo
    CHECK(row(s("Leeds"), QString()) == 2);     // case name, memo
    CHECK(plan->replacements == done->replacements);
    CHECK(f.project->storage().checkIntegrity().isEmpty());
}

TEST_CASE("text edits: a burst of typing is one undo step and one history row") {
    Fixture f(s("I: How did the ward manage?\nP: We managed well.\n"));
    const qint64 coding = f.code_(15, 19); // "ward"
    const auto codingsBefore = f.codings();
    const QString before = f.text();
    const int steps = f.project->undoStack()->count();
    // Keys typed one after another, as the document view saves them: each its own
    // transaction, joined to the step before by the same merge key and history row.
    qint64 history = 0;
    const auto type = [&](const Replacement& r, const QString& key) {
        TextEditOptions options;
        options.who = s("Aisha");
        options.continueHistory = history;
        Result<TextEditReport> done = f.project->editFor<TextEditReport>(
            s("Typing"), [&](Editor& e) { return editDocumentText(e, f.document, {r}, options); },
            key);
        REQUIRE(done.ok());
        history = done->historyId;
    };
    type({4, 4, s("x")}, s("burst 1"));
    type({5, 5, s("y")}, s("burst 1"));
    type({6, 6, s("z")}, s("burst 1"));
    type({6, 7, {}}, s("burst 1")); // backspace
    CHECK(f.text() == s("I: Hxyow did the ward manage?\nP: We managed well.\n"));
    CHECK(f.project->undoStack()->count() == steps + 1);
    const Coding moved = *f.project->storage().coding(coding);
    CHECK(slice(f.text(), moved) == s("ward"));
    Result<QVector<DocumentEdit>> edits = documentEdits(f.project->storage(), f.document);
    REQUIRE(edits->size() == 1);
    CHECK(edits->at(0).replacements == 4);
    CHECK(edits->at(0).inserted == 3);
    CHECK(edits->at(0).removed == 1);

    // Another key: a new burst, a new step and a new history row.
    history = 0;
    type({0, 0, s("Q")}, s("burst 2"));
    CHECK(f.project->undoStack()->count() == steps + 2);
    CHECK(documentEdits(f.project->storage(), f.document)->size() == 2);

    f.project->undoStack()->undo();
    f.project->undoStack()->undo();
    CHECK(f.text() == before);
    CHECK(f.codings() == codingsBefore);
    CHECK(documentEdits(f.project->storage(), f.document)->isEmpty());
    f.project->undoStack()->redo();
    CHECK(f.text() == s("I: Hxyow did the ward manage?\nP: We managed well.\n"));
    CHECK(slice(f.text(), *f.project->storage().coding(coding)) == s("ward"));
    CHECK(f.project->storage().checkIntegrity().isEmpty());
}

TEST_CASE("text edits: an edit made on a text that changed since is refused as stale") {
    Fixture f(s("I: Hello there.\n"));
    const QString seen = f.project->storage().documentHash(f.document);
    REQUIRE(f.edit({{0, 0, s("A")}}).ok());
    TextEditOptions options;
    options.seenHash = seen;
    Result<TextEditReport> late = f.project->editFor<TextEditReport>(s("late"), [&](Editor& e) {
        return editDocumentText(e, f.document, {{0, 0, s("B")}}, options);
    });
    REQUIRE_FALSE(late.ok());
    CHECK(late.kind() == ErrorKind::Stale);
    CHECK(f.text() == s("AI: Hello there.\n"));
}
