// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codetree.h"
#include "core/commands/commands.h"
#include "core/io/documentimport.h"
#include "core/project.h"
#include "core/search.h"
#include "tests/support/testrows.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>
#include <utility>

using namespace situate;

namespace {

using test::textDocument;

qint64 mustId(const Result<qint64>& r) {
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return *r;
}

void mustEdit(Project& p, const std::function<Status(Editor&)>& fn) {
    Status s = p.edit(QStringLiteral("test"), fn);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

// What `read` gives back from a connection of its own to the project file (a default value
// when the file does not open).
template <typename Read> auto onOwnConnection(const QString& path, Read read) {
    decltype(read(std::declval<QSqlDatabase&>())) out{};
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("own-check"));
        db.setDatabaseName(path);
        if (db.open())
            out = read(db);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("own-check"));
    return out;
}

// A new project (dir/p.situate) with one document imported from dir/a.txt holding `text`.
auto projectWithOneImport(const QTemporaryDir& dir, const char* text) {
    auto p = Project::create(dir.filePath(QStringLiteral("p.situate")));
    REQUIRE(p.ok());
    REQUIRE(
        importDocuments(**p, {test::writeFile(dir.filePath(QStringLiteral("a.txt")), text)}).ok());
    return p;
}

// FTS5's own check that its index matches the documents' text.
bool searchIndexMatchesText(const QString& path) {
    return onOwnConnection(path, [](QSqlDatabase& db) {
        return QSqlQuery(db).exec(
            QStringLiteral("INSERT INTO document_fts(document_fts) VALUES ('integrity-check')"));
    });
}

// Every speaker turn as text: its id, its values and the storage class of each value.
QStringList turnRows(const QString& path) {
    return onOwnConnection(path, [](QSqlDatabase& db) {
        QStringList rows;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral(
                "SELECT id, document_id, speaker, start, \"end\", time_start_ms, time_end_ms, "
                "typeof(speaker) || typeof(start) || typeof(time_start_ms) || "
                "typeof(time_end_ms) FROM speaker_turns ORDER BY id")))
            rows << QStringLiteral("cannot read the turns");
        while (q.next()) {
            QStringList row;
            for (int c = 0; c < 8; ++c)
                row << q.value(c).toString();
            rows << row.join(QLatin1Char('|'));
        }
        return rows;
    });
}

} // namespace

TEST_CASE("A new project is a versioned SQLite file that reopens") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("study.situate"));
    {
        auto p = Project::create(path);
        REQUIRE(p.ok());
        CHECK((*p)->name() == QStringLiteral("study"));
        CHECK((*p)->storage().stats().documents == 0);
    }
    CHECK(test::readFile(path).startsWith(QByteArray("SQLite format 3\0", 16)));
    auto again = Project::open(path);
    REQUIRE(again.ok());
    CHECK_FALSE((*again)->storage().projectValue(QStringLiteral("uuid")).isEmpty());
    // Creating over an existing file is refused.
    auto twice = Project::create(path);
    CHECK_FALSE(twice.ok());
}

TEST_CASE("Documents keep their text, length in code points and speaker turns") {
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath(QStringLiteral("p.situate")));
    REQUIRE(p.ok());
    const QString text = QString::fromUtf8("Interviewer: Γειά 😀\nP1: 你好 👍🏽 ok");
    NewDocument d = textDocument(QStringLiteral("emoji"), text);
    d.turns = {SpeakerTurn{QStringLiteral("Interviewer"), 0, 19, -1, -1},
               SpeakerTurn{QStringLiteral("P1"), 20, 32, 1000, 2500}};
    qint64 id = 0;
    mustEdit(**p, [&](Editor& e) {
        auto r = addDocument(e, d);
        id = r.ok() ? *r : 0;
        return Status::from(r);
    });
    const auto stored = (*p)->storage().document(id);
    REQUIRE(stored);
    CHECK(stored->text == text);
    CHECK(stored->length == 32); // the emoji and the skin-tone modifier are code points
    CHECK(stored->turns == d.turns);
    CHECK(stored->contentHash == contentHash(text));
    CHECK((*p)->storage().stats().characters == 32);

    SECTION("the same text again is a duplicate, a second name is refused") {
        Status s = (*p)->edit(QStringLiteral("x"), [&](Editor& e) {
            return Status::from(addDocument(e, textDocument(QStringLiteral("again"), text)));
        });
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().contains(QStringLiteral("same text")));
        Status s2 = (*p)->edit(QStringLiteral("x"), [&](Editor& e) {
            return Status::from(
                addDocument(e, textDocument(QStringLiteral("emoji"), QStringLiteral("b"))));
        });
        REQUIRE_FALSE(s2.ok());
        CHECK(s2.error().contains(QStringLiteral("already exists")));
        CHECK((*p)->storage().stats().documents == 1);
    }
    SECTION("turns outside the text are refused and nothing is half-written") {
        NewDocument bad = textDocument(QStringLiteral("bad"), QStringLiteral("short"));
        bad.turns = {SpeakerTurn{QStringLiteral("X"), 0, 50, -1, -1}};
        Status s = (*p)->edit(QStringLiteral("x"),
                              [&](Editor& e) { return Status::from(addDocument(e, bad)); });
        CHECK_FALSE(s.ok());
        CHECK((*p)->storage().stats().documents == 1);
        CHECK_FALSE((*p)->storage().documentIdByName(QStringLiteral("bad")));
    }
}

TEST_CASE("Every edit is one undoable step, and undo restores what a delete removed") {
    QTemporaryDir dir;
    auto opened = Project::create(dir.filePath(QStringLiteral("p.situate")));
    REQUIRE(opened.ok());
    Project& p = **opened;
    situate::UndoStack* undo = p.undoStack();
    const Storage& s = p.storage();
    QStringList failures;
    QObject::connect(&p, &Project::failed, [&](const QString& m) { failures << m; });

    qint64 docId = 0, parent = 0, child = 0, coder = 0, rq = 0, caseId = 0, attr = 0;
    mustEdit(p, [&](Editor& e) {
        docId = mustId(
            addDocument(e, textDocument(QStringLiteral("d1"), QStringLiteral("0123456789abcdef"))));
        parent = mustId(ensureCodePath(e, QStringLiteral("Mechanisms")));
        child = mustId(ensureCodePath(e, QStringLiteral("Mechanisms/Peer learning")));
        coder = mustId(ensureCoder(e, QStringLiteral("Aisha")));
        rq = mustId(ensureQuestion(e, QStringLiteral("RQ1"), {}, QStringLiteral("How?")));
        caseId = mustId(ensureCase(e, QStringLiteral("Sepsis")));
        attr = mustId(ensureAttribute(e, AttributeScope::Document, QStringLiteral("role")));
        REQUIRE(assignDocumentToCase(e, docId, caseId).ok());
        REQUIRE(setAttributeValue(e, attr, docId, QStringLiteral("CoP lead")).ok());
        REQUIRE(linkCodeToQuestion(e, child, rq).ok());
        return Status();
    });
    REQUIRE(undo->count() == 1);

    qint64 coding = 0;
    mustEdit(p, [&](Editor& e) {
        coding = mustId(addCoding(e, test::makeCoding(docId, child, coder, 2, 7)));
        return Status();
    });
    CHECK(s.codingCount(QStringLiteral("code_id"), child) == 1);
    const QString uuid = s.coding(coding)->uuid;

    SECTION("resize and memo undo and redo") {
        mustEdit(p, [&](Editor& e) { return resizeCoding(e, coding, 1, 9); });
        mustEdit(p, [&](Editor& e) { return setCodingMemo(e, coding, QStringLiteral("why")); });
        CHECK(s.coding(coding)->start == 1);
        CHECK(s.coding(coding)->memo == QStringLiteral("why"));
        undo->undo();
        CHECK(s.coding(coding)->memo.isEmpty());
        undo->undo();
        CHECK(s.coding(coding)->start == 2);
        CHECK(s.coding(coding)->end == 7);
        undo->redo();
        CHECK(s.coding(coding)->end == 9);
        // A range past the end of the document is refused.
        Status bad =
            p.edit(QStringLiteral("x"), [&](Editor& e) { return resizeCoding(e, coding, 0, 17); });
        CHECK_FALSE(bad.ok());
    }
    SECTION("deleting a coded code needs force; undo brings back codes, codings and links") {
        Status refused =
            p.edit(QStringLiteral("x"), [&](Editor& e) { return deleteCode(e, parent, false); });
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("1 coding")));
        mustEdit(p, [&](Editor& e) { return deleteCode(e, parent, true); });
        CHECK(s.codes().value().isEmpty());
        CHECK(s.stats().codings == 0);
        CHECK(s.codeQuestionLinks().value().isEmpty());
        undo->undo();
        CHECK(failures.join(QLatin1Char('\n')).toStdString() == "");
        CHECK(s.codes().value().size() == 2);
        REQUIRE(s.coding(coding));
        CHECK(s.coding(coding)->uuid == uuid);
        CHECK(s.codeQuestionLinks().value().value(child) == QVector<qint64>{rq});
        undo->redo();
        CHECK(s.stats().codings == 0);
        CHECK(s.checkIntegrity().isEmpty());
    }
    SECTION("removing a coded document needs force; undo restores codings, cases and attributes") {
        Status refused =
            p.edit(QStringLiteral("x"), [&](Editor& e) { return removeDocument(e, docId, false); });
        REQUIRE_FALSE(refused.ok());
        mustEdit(p, [&](Editor& e) { return removeDocument(e, docId, true); });
        CHECK(s.stats().documents == 0);
        CHECK(s.attributeValues(attr).value().isEmpty());
        undo->undo();
        CHECK(s.stats().documents == 1);
        CHECK(s.coding(coding).has_value());
        CHECK(s.documentsOfCase(caseId).value() == QVector<qint64>{docId});
        CHECK(s.attributeValues(attr).value().value(docId) == QStringLiteral("CoP lead"));
        CHECK(s.checkIntegrity().isEmpty());
    }
    SECTION("move refuses cycles; merge moves codings and links") {
        Status cycle =
            p.edit(QStringLiteral("x"), [&](Editor& e) { return moveCode(e, parent, child); });
        CHECK_FALSE(cycle.ok());
        qint64 other = 0;
        mustEdit(p, [&](Editor& e) {
            other = mustId(ensureCodePath(e, QStringLiteral("Outcomes")));
            return Status();
        });
        mustEdit(p, [&](Editor& e) { return mergeCode(e, child, other); });
        CHECK(s.coding(coding)->codeId == other);
        CHECK(s.codeQuestionLinks().value().value(other) == QVector<qint64>{rq});
        CHECK_FALSE(s.code(child));
        undo->undo();
        CHECK(s.coding(coding)->codeId == child);
        CHECK(s.code(child).has_value());
        mustEdit(p, [&](Editor& e) { return moveCode(e, child, 0); });
        CHECK(CodeTree(s.codes().value()).path(child) == QStringLiteral("Peer learning"));
    }
    SECTION("code names are checked") {
        Code c;
        c.name = QStringLiteral("a/b");
        CHECK_FALSE(p.edit(QStringLiteral("x"), [&](Editor& e) {
                         return Status::from(createCode(e, c));
                     }).ok());
        c.name = QStringLiteral("Mechanisms");
        CHECK_FALSE(p.edit(QStringLiteral("x"), [&](Editor& e) {
                         return Status::from(createCode(e, c));
                     }).ok());
        c.name = QStringLiteral("Fine");
        c.colour = QStringLiteral("not a colour");
        CHECK_FALSE(p.edit(QStringLiteral("x"), [&](Editor& e) {
                         return Status::from(createCode(e, c));
                     }).ok());
    }
    SECTION("attribute values are checked against their type") {
        qint64 members = 0;
        mustEdit(p, [&](Editor& e) {
            members = mustId(ensureAttribute(e, AttributeScope::Case, QStringLiteral("members"),
                                             AttributeType::Number));
            return Status();
        });
        CHECK_FALSE(p.edit(QStringLiteral("x"), [&](Editor& e) {
                         return setAttributeValue(e, members, caseId, QStringLiteral("many"));
                     }).ok());
        mustEdit(p, [&](Editor& e) {
            return setAttributeValue(e, members, caseId, QStringLiteral("42"));
        });
        CHECK(s.attributeValues(members).value().value(caseId) == QStringLiteral("42"));
    }
    SECTION("memos on the project, documents, cases and codes") {
        mustEdit(p, [&](Editor& e) {
            return setMemo(e, MemoOwner::Code, child, QStringLiteral("note"));
        });
        mustEdit(p, [&](Editor& e) {
            return setMemo(e, MemoOwner::Project, 0, QStringLiteral("plan"));
        });
        CHECK(s.memo(MemoOwner::Code, child)->text == QStringLiteral("note"));
        CHECK(s.memo(MemoOwner::Project, 0)->text == QStringLiteral("plan"));
        mustEdit(p, [&](Editor& e) {
            return setMemo(e, MemoOwner::Code, child, QStringLiteral("changed"));
        });
        undo->undo();
        CHECK(s.memo(MemoOwner::Code, child)->text == QStringLiteral("note"));
    }
}

TEST_CASE("A cancelled bulk import writes nothing, a finished one is one undo step") {
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath(QStringLiteral("p.situate")));
    REQUIRE(p.ok());
    QStringList files;
    for (int i = 0; i < 5; ++i)
        files << test::writeFile(dir.filePath(QStringLiteral("in/t%1.txt").arg(i)),
                                 QByteArray("P1: transcript number ") + QByteArray::number(i));
    std::atomic_bool cancel(false);
    DocumentImportOptions options;
    options.cancel = &cancel;
    int calls = 0;
    options.progress = [&](int done, int total) {
        ++calls;
        CHECK(total == 5);
        if (done == 2)
            cancel.store(true);
    };
    auto report = importDocuments(**p, files, options);
    REQUIRE(report.ok());
    CHECK(report->cancelled);
    CHECK(calls == 2);
    CHECK((*p)->storage().stats().documents == 0);
    CHECK((*p)->undoStack()->count() == 0);

    cancel.store(false);
    options.progress = nullptr;
    report = importDocuments(**p, files, options);
    REQUIRE(report.ok());
    CHECK(report->imported.size() == 5);
    CHECK((*p)->undoStack()->count() == 1);
    (*p)->undoStack()->undo();
    CHECK((*p)->storage().stats().documents == 0);
}

TEST_CASE("Files read on several threads are added in the order given, failures too") {
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath(QStringLiteral("p.situate")));
    REQUIRE(p.ok());
    QStringList files, expected, refused;
    for (int i = 0; i < 40; ++i) {
        const QString name = QStringLiteral("t%1").arg(i, 2, 10, QLatin1Char('0'));
        // Every fifth file is empty, which the importer refuses.
        const bool empty = i % 5 == 0;
        files << test::writeFile(dir.filePath(QStringLiteral("in/%1.txt").arg(name)),
                                 empty ? QByteArray() : "P1: words of " + name.toUtf8());
        (empty ? refused : expected) << name;
    }
    auto report = importDocuments(**p, files);
    REQUIRE(report.ok());
    CHECK(report->imported == expected);
    REQUIRE(report->failures.size() == refused.size());
    for (qsizetype k = 0; k < refused.size(); ++k)
        CHECK(report->failures.at(k).contains(refused.at(k) + QStringLiteral(".txt")));
    auto docs = (*p)->storage().documents();
    REQUIRE(docs.ok());
    QMap<QString, qint64> idOf;
    for (const DocumentInfo& d : *docs)
        idOf.insert(d.name, d.id);
    CHECK(idOf.keys() == expected);
    QVector<qint64> ids; // in the order of the files
    for (const QString& name : expected)
        ids << idOf.value(name);
    CHECK(std::is_sorted(ids.cbegin(), ids.cend()));
}

TEST_CASE("Imported documents are found by search, not after undo, again after redo") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.situate"));
    auto p = projectWithOneImport(dir, "P1: an earlier otter\n");
    QStringList files;
    for (int i = 0; i < 3; ++i)
        files << test::writeFile(dir.filePath(QStringLiteral("in/t%1.txt").arg(i)),
                                 "P1: the zebrafish" + QByteArray::number(i) +
                                     " swims\nP2: otter\n");
    REQUIRE(importDocuments(**p, files).ok());
    const auto hits = [&](const char* text) {
        auto found = searchProject(path, SearchQuery::parse(QString::fromUtf8(text)));
        REQUIRE(found.ok());
        return found->size();
    };
    CHECK(hits("otter") == 4);
    CHECK(hits("zebrafish1") == 1);
    CHECK(searchIndexMatchesText(path));
    (*p)->undoStack()->undo();
    CHECK(hits("otter") == 1);
    CHECK(hits("zebrafish1") == 0);
    CHECK(searchIndexMatchesText(path));
    (*p)->undoStack()->redo();
    CHECK(hits("otter") == 4);
    CHECK(hits("zebrafish2") == 1);
    CHECK(searchIndexMatchesText(path));
}

TEST_CASE("An import's speaker turns come back with the same ids and values after undo and redo") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.situate"));
    auto p = projectWithOneImport(dir, "P1: before\nP2: the import\n");
    const QStringList earlier = turnRows(path);
    REQUIRE(earlier.size() == 2);
    QStringList files;
    for (int i = 0; i < 3; ++i)
        files << test::writeFile(dir.filePath(QStringLiteral("in/t%1.txt").arg(i)),
                                 "Interviewer: question " + QByteArray::number(i) +
                                     "\nAnna: an answer\nInterviewer: more\n");
    // Caption cues: turns with times, and one without a speaker's name.
    files << test::writeFile(dir.filePath(QStringLiteral("in/cues.vtt")),
                             "WEBVTT\n\n00:00:01.000 --> 00:00:02.500\n<v Anna>Hello there\n\n"
                             "00:00:03.000 --> 00:00:04.250\nno voice here\n");
    REQUIRE(importDocuments(**p, files).ok());
    const QStringList imported = turnRows(path);
    REQUIRE(imported.size() == 2 + 3 * 3 + 2);
    CHECK(imported.mid(0, 2) == earlier);
    CHECK(imported.filter(QStringLiteral("|1000|2500|textintegerintegerinteger")).size() == 1);
    CHECK(imported.filter(QStringLiteral("|||textintegernullnull")).size() == 2 + 3 * 3);

    (*p)->undoStack()->undo();
    CHECK(turnRows(path) == earlier);
    CHECK((*p)->storage().stats().documents == 1);
    (*p)->undoStack()->redo();
    CHECK(turnRows(path) == imported);
    CHECK((*p)->storage().stats().documents == 5);
    (*p)->undoStack()->undo();
    CHECK(turnRows(path) == earlier);
    (*p)->undoStack()->redo();
    CHECK(turnRows(path) == imported);
    CHECK(searchIndexMatchesText(path));
    const QStringList problems = (*p)->storage().checkIntegrity();
    CHECK(problems.isEmpty());
}

TEST_CASE("The content hash is the SHA-256 of the text's UTF-8, also when read in pieces") {
    // contentHash reads 65,536 UTF-16 units at a time: an emoji (a surrogate pair) across
    // that boundary, non-Latin text and a text of several pieces must hash as the whole.
    const auto sha = [](const QString& t) {
        return QString::fromLatin1(
            QCryptographicHash::hash(t.toUtf8(), QCryptographicHash::Sha256).toHex());
    };
    QString across(65535, u'a');
    across += QStringLiteral("\U0001F44B\U0001F3FD Привет, 世界");
    CHECK(across.at(65535).isHighSurrogate());
    CHECK(contentHash(across) == sha(across));
    const QString many = QStringLiteral("Αλληλεγγύη \U0001F91D مجتمع ").repeated(20000);
    CHECK(many.size() > 4 * 65536);
    CHECK(contentHash(many) == sha(many));
    CHECK(contentHash(QString()) == sha(QString()));
    // Unpaired surrogates (a text not from an importer) hash as toUtf8() encodes them, also
    // one left at the very end, which a stateful encoder would hold back.
    QString lone = QStringLiteral("a") + QChar(0xDC00) + QStringLiteral("b") + QChar(0xD800);
    CHECK(contentHash(lone) == sha(lone));
    CHECK(contentHash(QStringLiteral("x")) != contentHash(QStringLiteral("y")));
}

TEST_CASE("An edit that runs out of memory is rolled back and the project stays usable") {
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath(QStringLiteral("p.situate")));
    REQUIRE(p.ok());
    const Status st = (*p)->edit(QStringLiteral("Import huge"), [](Editor& e) -> Status {
        if (Result<qint64> r =
                addDocument(e, textDocument(QStringLiteral("half"), QStringLiteral("t")));
            !r)
            return Status::from(r);
        throw std::bad_alloc(); // as Qt's containers do when an allocation fails
    });
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().contains(QStringLiteral("not enough memory for \"Import huge\"")));
    CHECK((*p)->storage().documents().value().isEmpty());
    CHECK_FALSE((*p)->undoStack()->canUndo());
    mustEdit(**p, [](Editor& e) {
        return Status::from(
            addDocument(e, textDocument(QStringLiteral("next"), QStringLiteral("u"))));
    });
    CHECK((*p)->storage().documents().value().size() == 1);
}
