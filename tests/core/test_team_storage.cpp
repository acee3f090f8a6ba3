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
#include "core/project.h"
#include "core/storage/dialect.h"
#include "core/storage/search.h"
#include "core/storage/teamqueries.h"
#include "core/team/publish.h"
#include "tests/support/pgtest.h"
#include "tests/support/testsupport.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <memory>

using namespace situate;

namespace {

QString s(const char* text) {
    return QString::fromUtf8(text);
}

// Where one run of a test keeps its project: a file, or a fresh database on the server.
struct Backend {
    QString kind;
    QTemporaryDir dir;
    std::unique_ptr<test::TempPgDatabase> pg;
    QString location;
};

// Sets up `kind`; false when this run has to skip (no server configured).
bool prepare(Backend& b, const QString& kind) {
    b.kind = kind;
    if (kind == QLatin1String("sqlite")) {
        b.location = b.dir.filePath(s("study.situate"));
        return true;
    }
    if (!test::postgresConfigured()) {
        WARN("SITUATE_TEST_PG is not set: the PostgreSQL run is skipped");
        return false;
    }
    b.pg = std::make_unique<test::TempPgDatabase>();
    INFO(b.pg->error().toStdString());
    REQUIRE(b.pg->available());
    b.location = b.pg->url();
    return true;
}

// Everything a user sees of a project, ids and uuids included, as text to compare.
QString dump(const Storage& st) {
    QStringList out;
    for (const DocumentInfo& d : st.documents()) {
        QStringList cases;
        for (qint64 c : d.caseIds)
            cases << QString::number(c);
        out << s("doc %1 %2 %3 %4 %5 [%6]")
                   .arg(d.id)
                   .arg(d.uuid, d.name, d.contentHash)
                   .arg(d.length)
                   .arg(cases.join(QLatin1Char(',')));
        for (const SpeakerTurn& t : st.speakerTurns(d.id))
            out << s("turn %1 %2 %3").arg(t.speaker).arg(t.start).arg(t.end);
    }
    for (const Case& c : st.cases())
        out << s("case %1 %2 %3 %4").arg(c.id).arg(c.uuid, c.name, c.description);
    for (const Code& c : st.codes())
        out << s("code %1 %2 %3 %4 %5 %6 %7")
                   .arg(c.id)
                   .arg(c.uuid)
                   .arg(c.parentId)
                   .arg(c.name, c.colour, c.definition)
                   .arg(c.sortOrder);
    for (const Coder& c : st.coders())
        out << s("coder %1 %2 %3").arg(c.id).arg(c.uuid, c.name);
    for (const ResearchQuestion& q : st.researchQuestions())
        out << s("rq %1 %2 %3 %4").arg(q.id).arg(q.uuid, q.code, q.text);
    for (const Coding& c : st.allCodings())
        out << s("coding %1 %2 d%3 c%4 k%5 %6-%7 %8 %9")
                   .arg(c.id)
                   .arg(c.uuid)
                   .arg(c.documentId)
                   .arg(c.codeId)
                   .arg(c.coderId)
                   .arg(c.start)
                   .arg(c.end)
                   .arg(c.memo, c.modified.toString(Qt::ISODateWithMs));
    return out.join(QLatin1Char('\n'));
}

NewDocument doc(const QString& name, const QString& text) {
    NewDocument d;
    d.name = name;
    d.originalName = name + s(".txt");
    d.format = s("txt");
    d.text = text;
    return d;
}

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
    CHECK(p.storage().isPostgres() == (kind == QLatin1String("postgres")));
    CHECK(p.storage().checkIntegrity().isEmpty());

    // Code points, not UTF-16 units: the emoji is one, the Chinese characters one each.
    const QString text = s("Interviewer: How did the CoP start?\nSi\u00e2n: It began in 2015 "
                           "\U0001F600 with twelve of us.\nInterviewer: \u4f60\u597d and then?\n");
    const qint64 length = text.toUcs4().size();
    qint64 docId = 0, caseId = 0, codeId = 0, childId = 0, coderId = 0, codingId = 0;
    editUndoRedo(p, "import", [&](Editor& e) -> Status {
        NewDocument d = doc(s("lead interview"), text);
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
    CHECK(p.storage().speakerTurns(docId).size() == 1);

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
        Coding c;
        c.documentId = docId;
        c.codeId = childId;
        c.coderId = coderId;
        c.start = 37;
        c.end = 70;
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
    CHECK(p.storage().codes().isEmpty());
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
                 auto id = addDocument(e, doc(s("second"), s("Another text.\n")));
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
    {
        // Test-only: the server's copy of the version, set as a newer Situate would.
        QSqlDatabase db = QSqlDatabase::addDatabase(s("QPSQL"), s("newer"));
        auto l = dialect::parsePostgresUrl(b.location);
        REQUIRE(l.ok());
        REQUIRE(dialect::openPostgres(db, *l).ok());
        QSqlQuery q(db);
        REQUIRE(q.exec(s("UPDATE situate_meta SET value = '99' WHERE key = 'schema_version'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(s("newer"));
    auto p = Project::open(b.location);
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().contains(s("newer version of Situate")));
    CHECK(p.error().contains(s("format 99")));
}

TEST_CASE("PostgreSQL URLs name user, host, port and database; the password is never shown") {
    auto l = dialect::parsePostgresUrl(s("postgresql://coder%40uni:s3cret@db.example.org:6543/"
                                         "cop_study?sslmode=require"));
    REQUIRE(l.ok());
    CHECK(l->user == s("coder@uni"));
    CHECK(l->password == s("s3cret"));
    CHECK(l->host == s("db.example.org"));
    CHECK(l->port == 6543);
    CHECK(l->database == s("cop_study"));
    CHECK(l->options == s("sslmode=require"));
    const QString shown = dialect::displayUrl(*l);
    CHECK_FALSE(shown.contains(s("s3cret")));
    CHECK(shown == s("postgresql://coder%40uni@db.example.org:6543/cop_study?sslmode=require"));
    auto plain = dialect::parsePostgresUrl(s("postgres://ana@localhost/study"));
    REQUIRE(plain.ok());
    CHECK(plain->port == -1);
    CHECK(dialect::displayUrl(*plain) == s("postgresql://ana@localhost/study"));
    CHECK_FALSE(dialect::parsePostgresUrl(s("postgresql://ana@localhost/")).ok());
    CHECK_FALSE(dialect::parsePostgresUrl(s("postgresql://ana@localhost/a/b")).ok());
    CHECK_FALSE(dialect::parsePostgresUrl(s("postgresql://h/db?bad;key=1")).ok());
    CHECK(dialect::isPostgresUrl(s("POSTGRESQL://h/db")));
    CHECK_FALSE(dialect::isPostgresUrl(s("/home/ana/postgresql.situate")));
}

TEST_CASE("The demo published to PostgreSQL: same rows, frequencies, agreement and search "
          "hits; cloned back it is the same file content") {
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

    for (Dimension by :
         {Dimension::Case, Dimension::ResearchQuestion, Dimension::Document, Dimension::Coder}) {
        for (CountType type : {CountType::Codings, CountType::Documents, CountType::Cases,
                               CountType::Characters, CountType::Coverage}) {
            INFO(dimensionName(by).toStdString() << " " << countTypeName(type).toStdString());
            const QString expected = frequencyText(a, by, type, true);
            CHECK(frequencyText(c, by, type, true) == expected);
            CHECK(frequencyText(c, by, type, false) == frequencyText(a, by, type, false));
        }
    }
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
    const qint64 maxCoding = c.allCodings().last().id;
    qint64 newId = 0;
    REQUIRE((*server)
                ->edit(s("code"),
                       [&](Editor& e) -> Status {
                           Coding k = c.allCodings().first();
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
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(s("QPSQL"), s("other"));
        auto l = dialect::parsePostgresUrl(b.location);
        REQUIRE(l.ok());
        REQUIRE(dialect::openPostgres(db, *l).ok());
        QSqlQuery q(db);
        REQUIRE(q.exec(s("CREATE TABLE invoices (id int)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(s("other"));
    auto r = publishProject(file, b.location);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(s("not empty")));
    auto p = Project::open(b.location);
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().contains(s("not a Situate project")));
}

TEST_CASE("PostgreSQL: another client's new coding is announced; one's own edits are not") {
    Backend b;
    if (!prepare(b, s("postgres")))
        return;
    QTemporaryDir dir;
    const QString file = dir.filePath(s("demo.situate"));
    REQUIRE(buildDemoProject(file).ok());
    REQUIRE(publishProject(file, b.location).ok());
    auto mine = Project::open(b.location);
    auto theirs = Project::open(b.location);
    REQUIRE(mine.ok());
    REQUIRE(theirs.ok());
    int announced = 0;
    QObject::connect(mine->get(), &Project::changedElsewhere, [&announced] { ++announced; });
    const qint64 before = (*mine)->storage().stats().codings;

    auto addOne = [](Project& p, qint64 start) {
        return p.edit(s("code"), [&p, start](Editor& e) -> Status {
            Coding k = p.storage().allCodings().first();
            k.id = 0;
            k.uuid.clear();
            k.start = start;
            k.end = start + 3;
            return Status::from(addCoding(e, k));
        });
    };
    // Mine first, theirs after: the server delivers in commit order, so once theirs has
    // arrived mine would have too.
    REQUIRE(addOne(**mine, 1).ok());
    REQUIRE(addOne(**theirs, 2).ok());
    QEventLoop loop;
    QObject::connect(mine->get(), &Project::changedElsewhere, &loop, &QEventLoop::quit);
    // Only an upper bound on waiting, should the notification never come.
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (announced == 0)
        loop.exec();
    CHECK(announced == 1);
    CHECK((*mine)->storage().stats().codings == before + 2);
    // Undo stays one's own: mine undoes my coding, theirs remains.
    (*mine)->undoStack()->undo();
    CHECK((*mine)->storage().stats().codings == before + 1);
    CHECK((*theirs)->undoStack()->count() == 1);
}

TEST_CASE("PostgreSQL: undo never overwrites what another client changed since") {
    Backend b;
    if (!prepare(b, s("postgres")))
        return;
    REQUIRE(Project::create(b.location).ok());
    auto mine = Project::open(b.location);
    auto theirs = Project::open(b.location);
    REQUIRE(mine.ok());
    REQUIRE(theirs.ok());
    qint64 codeId = 0;
    REQUIRE((*mine)
                ->edit(s("code"),
                       [&](Editor& e) -> Status {
                           auto id = ensureCodePath(e, s("Mechanisms"));
                           if (!id)
                               return Status::failure(id.error());
                           codeId = *id;
                           return {};
                       })
                .ok());
    auto define = [codeId](Project& p, const QString& text) {
        return p.edit(s("define"), [&p, codeId, text](Editor& e) {
            Code c = *p.storage().code(codeId);
            c.definition = text;
            return updateCode(e, c);
        });
    };
    REQUIRE(define(**mine, s("mine")).ok());
    REQUIRE(define(**theirs, s("theirs")).ok());
    QString message;
    QObject::connect(mine->get(), &Project::failed, [&message](const QString& m) { message = m; });
    (*mine)->undoStack()->undo();
    CHECK(message.contains(s("another client changed codes")));
    CHECK((*mine)->storage().code(codeId)->definition == s("theirs"));
    // Their own undo still applies: the row is as their edit left it.
    (*theirs)->undoStack()->undo();
    CHECK((*theirs)->storage().code(codeId)->definition == s("mine"));
}

TEST_CASE("PostgreSQL: a connection killed in the middle of an edit loses nothing committed "
          "and keeps nothing of the edit") {
    Backend b;
    if (!prepare(b, s("postgres")))
        return;
    QTemporaryDir dir;
    const QString file = dir.filePath(s("demo.situate"));
    REQUIRE(buildDemoProject(file).ok());
    REQUIRE(publishProject(file, b.location).ok());
    QString before;
    {
        auto p = Project::open(b.location);
        REQUIRE(p.ok());
        before = dump((*p)->storage());
        const Status st = (*p)->edit(s("cut off"), [&](Editor& e) -> Status {
            Coding k = e.storage().allCodings().first();
            k.id = 0;
            k.uuid.clear();
            k.start = 0;
            k.end = 9;
            if (Status added = Status::from(addCoding(e, k)); !added)
                return added;
            // The server drops the connection before the edit commits.
            if (!b.pg->terminateConnections())
                return Status::failure(s("test: could not end the connection"));
            return Status::from(addCoding(e, k));
        });
        REQUIRE_FALSE(st.ok());
        CHECK_FALSE(st.error().isEmpty());
        // The project stays usable as far as it can: another edit fails cleanly too.
        CHECK_FALSE((*p)->edit(s("again"), [](Editor&) { return Status(); }).ok());
    }
    auto again = Project::open(b.location);
    REQUIRE(again.ok());
    CHECK(dump((*again)->storage()) == before);
    CHECK((*again)->storage().checkIntegrity().isEmpty());
}

TEST_CASE("PostgreSQL: saving a code another client changed since it was read is refused") {
    Backend b;
    if (!prepare(b, s("postgres")))
        return;
    REQUIRE(Project::create(b.location).ok());
    auto mine = Project::open(b.location);
    auto theirs = Project::open(b.location);
    REQUIRE(mine.ok());
    REQUIRE(theirs.ok());
    qint64 codeId = 0;
    REQUIRE((*mine)
                ->edit(s("code"),
                       [&](Editor& e) -> Status {
                           auto id = ensureCodePath(e, s("Mechanisms"));
                           if (!id)
                               return Status::failure(id.error());
                           codeId = *id;
                           return {};
                       })
                .ok());
    // Both read the code (a dialog opens), they save first, then I do.
    Code opened = *(*mine)->storage().code(codeId);
    Code theirCopy = *(*theirs)->storage().code(codeId);
    CHECK(opened.version != 0);
    theirCopy.definition = s("theirs");
    REQUIRE((*theirs)->edit(s("define"), [&](Editor& e) { return updateCode(e, theirCopy); }).ok());
    opened.definition = s("mine");
    const Status st = (*mine)->edit(s("define"), [&](Editor& e) { return updateCode(e, opened); });
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().contains(s("another client changed the code \"Mechanisms\"")));
    CHECK((*mine)->storage().code(codeId)->definition == s("theirs"));
    // Read again, the same edit goes through.
    Code fresh = *(*mine)->storage().code(codeId);
    fresh.definition = s("mine");
    REQUIRE((*mine)->edit(s("define"), [&](Editor& e) { return updateCode(e, fresh); }).ok());
    CHECK((*theirs)->storage().code(codeId)->definition == s("mine"));
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

TEST_CASE("PostgreSQL: row-level security: a coder changes only their own codings, an owner "
          "anyone's, a viewer nothing; memos are the owners'") {
    Backend b;
    if (!prepare(b, s("postgres")))
        return;
    auto admin = Project::create(b.location);
    REQUIRE(admin.ok());
    qint64 docId = 0, codeId = 0;
    REQUIRE((*admin)
                ->edit(s("setup"),
                       [&](Editor& e) -> Status {
                           auto d = addDocument(e, doc(s("interview"), QString(200, u'x')));
                           auto c = ensureCodePath(e, s("Mechanisms"));
                           if (!d || !c)
                               return Status::failure(!d ? d.error() : c.error());
                           docId = *d;
                           codeId = *c;
                           return {};
                       })
                .ok());
    const QString urlA = b.pg->addLoginRole(s("ann"), s("annpw1"));
    const QString urlB = b.pg->addLoginRole(s("bob"), s("bobpw1"));
    const QString urlV = b.pg->addLoginRole(s("vic"), s("vicpw1"));
    const QString urlO = b.pg->addLoginRole(s("olga"), s("olgapw1"));
    REQUIRE_FALSE((urlA.isEmpty() || urlB.isEmpty() || urlV.isEmpty() || urlO.isEmpty()));
    const QString ann = b.pg->name() + s("_ann"), bob = b.pg->name() + s("_bob");
    Storage& owner = (*admin)->mutableStorage();
    REQUIRE(grantTeamRole(owner, TeamRole::Coder, ann).ok());
    // A second grant (of anyone) makes the policies again rather than failing on them.
    REQUIRE(grantTeamRole(owner, TeamRole::Coder, ann).ok());
    REQUIRE(grantTeamRole(owner, TeamRole::Coder, bob).ok());
    REQUIRE(grantTeamRole(owner, TeamRole::Viewer, b.pg->name() + s("_vic")).ok());
    REQUIRE(grantTeamRole(owner, TeamRole::Owner, b.pg->name() + s("_olga")).ok());

    // Each coder codes as the coder named like their login.
    auto code = [&](Project& p, const QString& coder, qint64 start, qint64* id) {
        return p.edit(s("code"), [&](Editor& e) -> Status {
            auto k = ensureCoder(e, coder);
            if (!k)
                return Status::failure(k.error());
            Coding c;
            c.documentId = docId;
            c.codeId = codeId;
            c.coderId = *k;
            c.start = start;
            c.end = start + 5;
            auto added = addCoding(e, c);
            if (!added)
                return Status::failure(added.error());
            *id = *added;
            return {};
        });
    };
    auto remove = [](Project& p, qint64 id) {
        return p.edit(s("remove coding"), [id](Editor& e) { return removeCoding(e, id); });
    };
    auto exists = [&](qint64 id) {
        for (const Coding& c : owner.allCodings())
            if (c.id == id)
                return true;
        return false;
    };
    const QString refused = s("your role in this project does not allow it");

    auto a = Project::open(urlA);
    auto bb = Project::open(urlB);
    REQUIRE(a.ok());
    REQUIRE(bb.ok());
    qint64 mine = 0, other = 0, theirs = 0;
    Status st = code(**a, ann, 0, &mine);
    INFO(st.error().toStdString());
    REQUIRE(st.ok());
    REQUIRE(code(**a, ann, 10, &other).ok());
    REQUIRE(code(**bb, bob, 20, &theirs).ok());
    // Ann resizes and deletes her own codings, and undoes that.
    CHECK((*a)->edit(s("resize"), [&](Editor& e) { return resizeCoding(e, mine, 1, 6); }).ok());
    CHECK(remove(**a, other).ok());
    CHECK_FALSE(exists(other));
    (*a)->undoStack()->undo();
    CHECK(exists(other));

    // Bob's coding is his: the server refuses Ann's delete, resize and memo, and it stays.
    const QString before = dump(owner);
    st = remove(**a, theirs);
    CHECK_FALSE(st.ok());
    CHECK(st.error().contains(refused));
    CHECK(st.error().contains(s("codings %1 is another coder's").arg(theirs)));
    CHECK((*a)->edit(s("resize"), [&](Editor& e) { return resizeCoding(e, theirs, 20, 30); })
              .error()
              .contains(refused));
    CHECK((*a)->edit(s("memo"), [&](Editor& e) { return setCodingMemo(e, theirs, s("mine")); })
              .error()
              .contains(refused));
    // Nor may she code in Bob's name (the server's "violates row-level security policy").
    qint64 forged = 0;
    st = code(**a, bob, 40, &forged);
    CHECK_FALSE(st.ok());
    CHECK(st.error().contains(refused));
    CHECK(st.error().contains(s("row-level security")));
    // Memos name no author, so they are the owners': a coder's memo is refused.
    st = (*a)->edit(s("memo"),
                    [&](Editor& e) { return setMemo(e, MemoOwner::Document, docId, s("note")); });
    CHECK_FALSE(st.ok());
    CHECK(st.error().contains(refused));
    CHECK(dump(owner) == before);

    // A viewer is refused everything.
    auto v = Project::open(urlV);
    REQUIRE(v.ok());
    st = remove(**v, theirs);
    CHECK_FALSE(st.ok());
    CHECK(st.error().contains(refused));
    CHECK((*v)->edit(s("memo"),
                     [&](Editor& e) { return setMemo(e, MemoOwner::Document, docId, s("note")); })
              .error()
              .contains(refused));
    CHECK(dump(owner) == before);

    // Undo of a step the policy no longer allows fails cleanly: the owner renamed Ann's coder,
    // so her coding is no longer hers; undoing its creation is refused and it stays.
    qint64 annCoder = 0;
    for (const Coder& c : owner.coders())
        if (c.name == ann)
            annCoder = c.id;
    REQUIRE(annCoder != 0);
    qint64 last = 0;
    REQUIRE(code(**a, ann, 50, &last).ok());
    REQUIRE((*admin)
                ->edit(s("rename"),
                       [&](Editor& e) {
                           return e.update(s("coders"), annCoder, {{s("name"), s("Ann (left)")}});
                       })
                .ok());
    QString message;
    QObject::connect(a->get(), &Project::failed, [&message](const QString& m) { message = m; });
    (*a)->undoStack()->undo();
    CHECK(message.contains(s("codings %1 is another coder's").arg(last)));
    CHECK(exists(last));

    // An owner may delete anyone's coding.
    auto o = Project::open(urlO);
    REQUIRE(o.ok());
    st = remove(**o, theirs);
    INFO(st.error().toStdString());
    CHECK(st.ok());
    CHECK_FALSE(exists(theirs));
}
