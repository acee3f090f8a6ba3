// SPDX-License-Identifier: GPL-3.0-or-later
// The same storage, analysis and search tests on both engines: an SQLite file and a database
// on the PostgreSQL server that SITUATE_TEST_PG names (tests/pg/cluster). Without that server
// the PostgreSQL runs warn and skip.
#include "core/agreement/agreementanalysis.h"
#include "core/agreement/agreementreport.h"
#include "core/analysis/frequency.h"
#include "core/analysis/numbertable.h"
#include "core/commands/commands.h"
#include "core/demo/demobuilder.h"
#include "core/generate/generator.h"
#include "core/project.h"
#include "core/search.h"
#include "core/storage/analysisqueries.h"
#include "core/storage/dialect.h"
#include "core/storage/teamqueries.h"
#include "core/team/publish.h"
#include "tests/core/teambackend.h"
#include "tests/support/pgtest.h"
#include "tests/support/testsupport.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

using namespace situate;
using namespace situate::teamtest;

namespace {

// Runs one edit, then checks that undo brings back exactly the state before it and redo the
// state after it.
void editUndoRedo(Project& p, const char* what, const std::function<Status(Editor&)>& fn) {
    INFO(what);
    const QString before = dump(p.storage());
    const Status st = p.edit(QString::fromUtf8(what), fn);
    INFO(st.error().toStdString());
    REQUIRE(st.ok());
    const QString after = dump(p.storage());
    CHECK(after != before);
    p.undoStack()->undo();
    CHECK(dump(p.storage()) == before);
    p.undoStack()->redo();
    CHECK(dump(p.storage()) == after);
}

QString frequencyText(const Storage& st, Dimension by, CountType type, bool descendants) {
    FrequencyRequest r;
    r.by = by;
    r.descendants = descendants;
    auto m = frequencyMatrix(st, r);
    INFO(m.error().toStdString());
    REQUIRE(m.ok());
    return tableText(frequencyTable(*m, type));
}

} // namespace

TEST_CASE("Both engines: documents, codes, codings and undo/redo of every kind of edit") {
    const QString kind = QString::fromStdString(GENERATE(std::string("sqlite"), "postgres"));
    Backend b;
    if (!prepare(b, kind))
        return;
    INFO(kind.toStdString());
    auto created = Project::create(b.location);
    INFO(created.error().toStdString());
    REQUIRE(created.ok());
    Project& p = **created;
    CHECK(p.storage().isFile() == (kind == QLatin1String("sqlite")));
    CHECK(p.storage().canLoseConnection() == (kind == QLatin1String("postgres")));
    CHECK(p.storage().hasOtherClients() == (kind == QLatin1String("postgres")));
    CHECK(p.storage().checkIntegrity().isEmpty());

    // Code points, not UTF-16 units: the emoji is one, the Chinese characters one each.
    const QString text = s("Interviewer: How did the CoP start?\nSi\u00e2n: It began in 2015 "
                           "\U0001F600 with twelve of us.\nInterviewer: \u4f60\u597d and then?\n");
    const qint64 length = text.toUcs4().size();
    qint64 docId = 0, caseId = 0, codeId = 0, childId = 0, coderId = 0, codingId = 0;
    editUndoRedo(p, "import", [&](Editor& e) -> Status {
        NewDocument d = textDocument(s("lead interview"), text);
        d.turns = {SpeakerTurn{s("Interviewer"), 0, 36, -1, -1}};
        auto id = addDocument(e, d);
        if (!id)
            return Status::failure(id.error());
        docId = *id;
        return {};
    });
    const auto nameLength = p.storage().documentNameAndLength(docId);
    REQUIRE(nameLength.has_value());
    CHECK(nameLength->second == length);
    CHECK(p.storage().documentText(docId) == text);
    CHECK(p.storage().speakerTurns(docId).value().size() == 1);

    editUndoRedo(p, "case", [&](Editor& e) -> Status {
        auto id = ensureCase(e, s("Sepsis"));
        if (!id)
            return Status::failure(id.error());
        caseId = *id;
        return assignDocumentToCase(e, docId, caseId);
    });
    editUndoRedo(p, "codes", [&](Editor& e) -> Status {
        auto id = ensureCodePath(e, s("Mechanisms/Peer learning"));
        if (!id)
            return Status::failure(id.error());
        childId = *id;
        codeId = e.storage().code(childId)->parentId;
        return {};
    });
    CHECK(p.storage().code(childId)->name == s("Peer learning"));
    editUndoRedo(p, "update code", [&](Editor& e) {
        Code c = *e.storage().code(codeId);
        c.definition = s("How members learn from each other");
        return updateCode(e, c);
    });
    editUndoRedo(p, "coding", [&](Editor& e) -> Status {
        auto coder = ensureCoder(e, s("Aisha"));
        if (!coder)
            return Status::failure(coder.error());
        coderId = *coder;
        Coding c = makeCoding(docId, childId, coderId, 37, 70);
        c.created = QDateTime::currentDateTimeUtc();
        auto id = addCoding(e, c);
        if (!id)
            return Status::failure(id.error());
        codingId = *id;
        return {};
    });
    editUndoRedo(p, "resize", [&](Editor& e) { return resizeCoding(e, codingId, 37, length); });
    editUndoRedo(p, "memo",
                 [&](Editor& e) { return setCodingMemo(e, codingId, s("start \"end\"")); });
    CHECK(p.storage().coding(codingId)->end == length);
    CHECK(p.storage().coding(codingId)->memo == s("start \"end\""));
    // A range past the end of the text is refused and changes nothing.
    const QString beforeBad = dump(p.storage());
    CHECK_FALSE(
        p.edit(s("bad"), [&](Editor& e) { return resizeCoding(e, codingId, 0, length + 1); }).ok());
    CHECK(dump(p.storage()) == beforeBad);
    // Deleting a code deletes its sub-code and the coding; undo restores them with their ids.
    editUndoRedo(p, "delete code", [&](Editor& e) { return deleteCode(e, codeId, true); });
    CHECK(p.storage().codes().value().isEmpty());
    p.undoStack()->undo();
    REQUIRE(p.storage().coding(codingId).has_value());
    CHECK(p.storage().coding(codingId)->codeId == childId);
    editUndoRedo(p, "remove coding", [&](Editor& e) { return removeCoding(e, codingId); });
    editUndoRedo(p, "remove document", [&](Editor& e) { return removeDocument(e, docId, true); });
    CHECK(p.storage().checkIntegrity().isEmpty());
    const ProjectStats st = p.storage().stats();
    CHECK(st.documents == 0);
    CHECK(st.codes == 2);
    CHECK(st.cases == 1);

    // After undoing everything the project is as it began; new rows get new ids.
    while (p.undoStack()->canUndo())
        p.undoStack()->undo();
    CHECK(p.storage().stats().documents == 0);
    CHECK(p.storage().stats().codes == 0);
    qint64 again = 0;
    REQUIRE(p.edit(s("again"), [&](Editor& e) -> Status {
                 auto id = addDocument(e, textDocument(s("second"), s("Another text.\n")));
                 if (!id)
                     return Status::failure(id.error());
                 again = *id;
                 return {};
             }).ok());
    CHECK(p.storage().documentNameAndLength(again)->first == s("second"));
}

TEST_CASE("Both engines: a project reopens, and what is not a project is refused") {
    const QString kind = QString::fromStdString(GENERATE(std::string("sqlite"), "postgres"));
    Backend b;
    if (!prepare(b, kind))
        return;
    if (kind == QLatin1String("postgres")) {
        // An empty database is not a project (yet).
        auto none = Project::open(b.location);
        REQUIRE_FALSE(none.ok());
        CHECK(none.error().contains(s("not a Situate project")));
    }
    QString uuid;
    {
        auto p = Project::create(b.location);
        REQUIRE(p.ok());
        uuid = (*p)->storage().projectValue(s("uuid"));
        CHECK_FALSE(uuid.isEmpty());
        CHECK((*p)->name() == (kind == QLatin1String("sqlite") ? s("study") : b.pg->name()));
        CHECK((*p)->backupPath().isEmpty());
    }
    auto again = Project::open(b.location, Project::Backup::Take);
    REQUIRE(again.ok());
    CHECK((*again)->storage().projectValue(s("uuid")) == uuid);
    if (kind == QLatin1String("postgres")) {
        // No backups and no lock beside a server project; a second client opens it too.
        CHECK((*again)->backupPath().isEmpty());
        auto second = Project::open(b.location);
        REQUIRE(second.ok());
        CHECK_FALSE(Project::create(b.location).ok());
    }
}

TEST_CASE("PostgreSQL: a project from a newer Situate is refused, a read-only connection "
          "cannot write") {
    Backend b;
    if (!prepare(b, s("postgres")))
        return;
    REQUIRE(Project::create(b.location).ok());
    {
        auto ro = Storage::open(b.location, Storage::Mode::ReadOnly);
        REQUIRE(ro.ok());
        REQUIRE((*ro)->begin().ok());
        auto id = (*ro)->insertRow(s("coders"), {{s("uuid"), s("x")}, {s("name"), s("Ben")}});
        (*ro)->rollback();
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().contains(s("read-only")));
    }
    // Test-only: the server's copy of the version, set as a newer Situate would.
    sqlRows(b.location, s("UPDATE situate_meta SET value = '99' WHERE key = 'schema_version'"));
    auto p = Project::open(b.location);
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().contains(s("newer version of Situate")));
    CHECK(p.error().contains(s("format 99")));
}

TEST_CASE("The demo published to PostgreSQL: same rows, frequencies, agreement and search "
          "hits, and cloned back it is the same file content") {
    Backend b;
    if (!prepare(b, s("postgres")))
        return;
    QTemporaryDir dir;
    const QString file = dir.filePath(s("demo.situate"));
    REQUIRE(buildDemoProject(file).ok());
    auto published = publishProject(file, b.location);
    INFO(published.error().toStdString());
    REQUIRE(published.ok());
    CHECK(published->documents == 14);
    CHECK(published->codings > 100);

    auto local = Project::open(file, Project::Backup::Skip);
    auto server = Project::open(b.location);
    REQUIRE(local.ok());
    REQUIRE(server.ok());
    const Storage& a = (*local)->storage();
    const Storage& c = (*server)->storage();
    CHECK(c.checkIntegrity().isEmpty());
    CHECK(dump(c) == dump(a));
    CHECK(c.projectValue(s("uuid")) == a.projectValue(s("uuid")));

    // Every coding read for counting: in one COPY, and (what a large project gets) in two
    // halves over two connections at once, from one snapshot.
    const auto spans = [](const Storage& st) {
        auto r = loadCodingSpans(st);
        REQUIRE(r.ok());
        QStringList out;
        for (const CodingSpan& x : *r)
            out << s("%1 %2 %3 %4 %5 %6")
                       .arg(x.id)
                       .arg(x.documentId)
                       .arg(x.codeId)
                       .arg(x.coderId)
                       .arg(x.start)
                       .arg(x.end);
        out.sort();
        return out;
    };
    // On the server, through libpq's COPY: Situate does not link libpq but finds the one the
    // QPSQL driver loaded (scripts/common.sh installs libpq-dev, so every build here has it).
    CHECK(postgresCopyAvailable(c));
    CHECK_FALSE(postgresCopyAvailable(a));
    const qsizetype threshold = setParallelReadThreshold(0);
    struct Restore {
        qsizetype value;
        ~Restore() { setParallelReadThreshold(value); }
    } restore{threshold};
    for (const qsizetype from : {threshold, qsizetype(0)}) {
        INFO("parallel read from " << from << " codings");
        setParallelReadThreshold(from);
        CHECK(spans(c) == spans(a));
        CHECK(spans(c).size() == published->codings);
        for (Dimension by : {Dimension::Case, Dimension::ResearchQuestion, Dimension::Document,
                             Dimension::Coder}) {
            for (CountType type : {CountType::Codings, CountType::Documents, CountType::Cases,
                                   CountType::Characters, CountType::Coverage}) {
                INFO(dimensionName(by).toStdString() << " " << countTypeName(type).toStdString());
                const QString expected = frequencyText(a, by, type, true);
                CHECK(frequencyText(c, by, type, true) == expected);
                CHECK(frequencyText(c, by, type, false) == frequencyText(a, by, type, false));
            }
        }
    }
    setParallelReadThreshold(threshold);
    for (AgreementUnit unit : {AgreementUnit::Character, AgreementUnit::Segment}) {
        AgreementRequest r;
        r.coders = {s("Aisha"), s("Ben")};
        r.unit = unit;
        auto x = computeAgreement(a, r);
        auto y = computeAgreement(c, r);
        INFO(agreementUnitName(unit).toStdString()
             << " " << x.error().toStdString() << " " << y.error().toStdString());
        REQUIRE(x.ok());
        REQUIRE(y.ok());
        CHECK_FALSE(x->codeRows.isEmpty());
        CHECK(QJsonDocument(agreementJson(*y)).toJson() ==
              QJsonDocument(agreementJson(*x)).toJson());
    }
    for (const char* query : {"\"patient safety\"", "sepsis", "commun*", "\"the learning\" members",
                              "Candour", "\"community of practice\""}) {
        INFO(query);
        auto x = searchProject(file, SearchQuery::parse(s(query)), 1000);
        auto y = searchProject(b.location, SearchQuery::parse(s(query)), 1000);
        INFO(x.error().toStdString() << y.error().toStdString());
        REQUIRE(x.ok());
        REQUIRE(y.ok());
        CHECK_FALSE(x->isEmpty());
        REQUIRE(y->size() == x->size());
        for (qsizetype i = 0; i < x->size(); ++i) {
            CHECK((*y)[i].documentName == (*x)[i].documentName);
            CHECK((*y)[i].start == (*x)[i].start);
            CHECK((*y)[i].end == (*x)[i].end);
            CHECK((*y)[i].match == (*x)[i].match);
        }
    }

    // New rows on the server get ids past the copied ones.
    const qint64 maxCoding = c.allCodings().value().last().id;
    qint64 newId = 0;
    REQUIRE((*server)
                ->edit(s("code"),
                       [&](Editor& e) -> Status {
                           Coding k = c.allCodings().value().first();
                           k.id = 0;
                           k.uuid.clear();
                           k.start = 0;
                           k.end = 5;
                           auto id = addCoding(e, k);
                           if (!id)
                               return Status::failure(id.error());
                           newId = *id;
                           return {};
                       })
                .ok());
    CHECK(newId > maxCoding);
    const QString serverDump = dump(c);

    // Cloned back: the same rows with the same ids and uuids, and a sound file.
    const QString clone = dir.filePath(s("clone.situate"));
    auto cloned = cloneProject(b.location, clone);
    INFO(cloned.error().toStdString());
    REQUIRE(cloned.ok());
    auto copy = Project::open(clone, Project::Backup::Skip);
    REQUIRE(copy.ok());
    CHECK((*copy)->storage().checkIntegrity().isEmpty());
    CHECK(dump((*copy)->storage()) == serverDump);
    CHECK((*copy)->storage().projectValue(s("uuid")) == a.projectValue(s("uuid")));
    auto cloneHits = searchProject(clone, SearchQuery::parse(s("sepsis")), 1000);
    REQUIRE(cloneHits.ok());
    CHECK_FALSE(cloneHits->isEmpty());

    // Neither command overwrites: the database is no longer empty, the file exists. (The
    // file is closed first: publish, like any command, waits for its lock.)
    (*local).reset();
    auto twice = publishProject(file, b.location);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().contains(s("already holds a Situate project")));
    CHECK(dump(c) == serverDump);
    auto over = cloneProject(b.location, clone);
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().contains(s("already exists")));
}

TEST_CASE("Publishing refuses a database that holds other tables and leaves it as it was") {
    Backend b;
    if (!prepare(b, s("postgres")))
        return;
    QTemporaryDir dir;
    const QString file = dir.filePath(s("demo.situate"));
    REQUIRE(buildDemoProject(file).ok());
    sqlRows(b.location, s("CREATE TABLE invoices (id int)"));
    auto r = publishProject(file, b.location);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(s("not empty")));
    auto p = Project::open(b.location);
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().contains(s("not a Situate project")));
}

TEST_CASE("PostgreSQL: the bare schema a killed publish leaves behind is replaced by the next "
          "publish") {
    Backend b;
    if (!prepare(b, s("postgres")))
        return;
    // What a publish killed during its copy leaves: the schema, and no project_info row.
    REQUIRE(Storage::open(b.location, Storage::Mode::Create).ok());
    QTemporaryDir dir;
    const QString file = dir.filePath(s("demo.situate"));
    REQUIRE(buildDemoProject(file).ok());
    auto r = publishProject(file, b.location);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    auto local = Project::open(file, Project::Backup::Skip);
    auto server = Project::open(b.location);
    REQUIRE(local.ok());
    REQUIRE(server.ok());
    CHECK(dump((*server)->storage()) == dump((*local)->storage()));
}

namespace {

// Every row of `table` with every column, in id order, as text to compare across engines.
QStringList tableRows(const Storage& st, const QString& table) {
    QStringList names;
    for (const QString& c : st.columns(table))
        names << dialect::column(c);
    return sqlRows(st.path(), s("SELECT %1 FROM %2 ORDER BY 1").arg(names.join(s(", ")), table),
                   table);
}

} // namespace

TEST_CASE("Publish and clone copy several rows per statement: every row of tables longer than "
          "one batch arrives, and a failed copy keeps nothing") {
    Backend b;
    if (!prepare(b, s("postgres")))
        return;
    QTemporaryDir dir;
    const QString file = dir.filePath(s("generated.situate"));
    GenerateOptions o;
    o.documents = 6;
    o.words = 500;
    o.codes = 20;
    o.codings = 1234;
    o.coders = 3;
    auto generated = generateProject(file, o);
    INFO(generated.error().toStdString());
    REQUIRE(generated.ok());
    auto published = publishProject(file, b.location);
    INFO(published.error().toStdString());
    REQUIRE(published.ok());
    CHECK(published->codings == generated->codings);

    const QString clone = dir.filePath(s("clone.situate"));
    auto cloned = cloneProject(b.location, clone);
    INFO(cloned.error().toStdString());
    REQUIRE(cloned.ok());
    CHECK(cloned->rows == published->rows);

    auto local = Project::open(file, Project::Backup::Skip);
    auto server = Project::open(b.location);
    auto copy = Project::open(clone, Project::Backup::Skip);
    REQUIRE(local.ok());
    REQUIRE(server.ok());
    REQUIRE(copy.ok());
    const Storage& a = (*local)->storage();
    const qsizetype batch = copyBatchRows(a.columns(s("codings")).size());
    const QStringList codings = tableRows(a, s("codings"));
    // Two full batches and a partial one, so both statements of a copy are exercised.
    CHECK(codings.size() > 2 * batch);
    CHECK(codings.size() % batch != 0);
    for (const QString& table : a.tables()) {
        INFO(table.toStdString());
        const QStringList rows = tableRows(a, table);
        CHECK(tableRows((*server)->storage(), table) == rows);
        CHECK(tableRows((*copy)->storage(), table) == rows);
    }
    CHECK((*server)->storage().checkIntegrity().isEmpty());
    CHECK((*copy)->storage().checkIntegrity().isEmpty());
    (*local).reset();

    // A coding whose document does not exist, near the end (SQLite lets it in with its
    // reference checks off; the server refuses it): the batches written before it are
    // rolled back with it and the database is left empty.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(s("QSQLITE"), s("broken"));
        db.setDatabaseName(file);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(s("PRAGMA foreign_keys = OFF")));
        REQUIRE(q.exec(s("UPDATE codings SET document_id = 999999 WHERE id = (SELECT max(id) "
                         "FROM codings)")));
        CHECK(q.numRowsAffected() == 1);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(s("broken"));
    Backend other;
    REQUIRE(prepare(other, s("postgres")));
    auto failed = publishProject(file, other.location);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().contains(s("nothing was published")));
    auto empty = Project::open(other.location);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().contains(s("not a Situate project")));
}
