// SPDX-License-Identifier: GPL-3.0-or-later
// A pseudonymisation made permanent on a PostgreSQL server leaves no original in the project's
// files: the raw bytes of every table, TOAST table and index of the project (the heaps of
// documents and memos, the search index's tsvectors and their GIN index, the unique indexes on
// names) and of the planner's statistics are searched for the names replaced. Only the login
// that owns the tables may erase; a team owner who did not publish is told so, and so is the
// publisher while another client still reads the project as it was.
//
// The server's write-ahead log (pg_wal) is not searched: it holds every row as written until
// its segments are overwritten, whatever the project does, so keeping originals out of it is
// a matter for whoever runs the server (core/storage/README.md, "Erasing removed text").
#include "core/commands/commands.h"
#include "core/commands/pseudonymise.h"
#include "core/import/speakerturns.h"
#include "core/project.h"
#include "core/team/teamroles.h"
#include "tests/core/teambackend.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace situate;
using namespace situate::teamtest;

namespace {

// The names replaced, as written and as the search index keeps them ('simple': lower case).
const QList<QByteArray> originals{"Okafor", "Owusu", "Leeds", "okafor", "owusu", "leeds"};

// A transcript long enough to go to the TOAST table. Its opening has no three bytes twice, so
// PostgreSQL does not compress it (pglz gives up when the first kilobyte has nothing to
// repeat): its names are there byte for byte, and a search of the raw bytes cannot miss one
// that compression split.
QString longTranscript() {
    QString text;
    for (char16_t c = 0x4E00; c < 0x4E00 + 400; ++c)
        text += QChar(c);
    text += QLatin1Char('\n');
    for (int i = 1; i <= 40; ++i)
        text += s("P1: In week %1 Dr Okafor met Ama Owusu in Leeds again.\n").arg(i);
    return text;
}

// Puts the names wherever pseudonymisation reaches: texts (one in the TOAST table, one in the
// row), a speaker label, document and case names, a memo, a coding memo, a code definition.
Status addStudy(Editor& e) {
    const QString shortText = s("Okafor: Welcome to the ward.\nP2: Thank you, Dr Okafor.\n");
    auto longDoc = addDocument(e, textDocument(s("Leeds interview"), longTranscript()));
    auto shortDoc = addDocument(
        e, textDocument(s("Okafor interview"), shortText, detectSpeakerTurns(shortText)));
    if (!longDoc || !shortDoc)
        return Status::failure(!longDoc ? longDoc.error() : shortDoc.error());
    auto caseId = ensureCase(e, s("Leeds site"));
    if (!caseId)
        return Status::from(caseId);
    if (Status st = assignDocumentToCase(e, *shortDoc, *caseId); !st)
        return st;
    if (Status st = setMemo(e, MemoOwner::Document, *longDoc, s("Met Dr Okafor in Leeds.")); !st)
        return st;
    Code code;
    code.name = s("Lead");
    code.definition = s("What Ama Owusu says about leading.");
    auto codeId = createCode(e, code);
    if (!codeId)
        return Status::from(codeId);
    return Status::from(addCodingAs(e, s("Ann"), *shortDoc, *codeId, 0, 6, s("Okafor again")));
}

// The files of every table of the project, of the planner's statistics (which sample column
// values), of their TOAST tables and of all their indexes, relative to the data directory.
QStringList relationFiles(const QString& url) {
    return sqlRows(
        url,
        s("WITH tables AS (SELECT c.oid, c.reltoastrelid FROM pg_catalog.pg_class c "
          "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
          "WHERE (n.nspname = pg_catalog.current_schema() AND c.relkind = 'r') "
          "OR c.oid = 'pg_catalog.pg_statistic'::pg_catalog.regclass), "
          "heaps AS (SELECT oid FROM tables UNION SELECT reltoastrelid FROM tables "
          "WHERE reltoastrelid <> 0), "
          "rels AS (SELECT oid FROM heaps UNION SELECT i.indexrelid FROM pg_catalog.pg_index i "
          "JOIN heaps h ON h.oid = i.indrelid) "
          "SELECT pg_catalog.pg_relation_filepath(oid) FROM rels ORDER BY 1"));
}

// Which of `files` (each with its further 1 GB segments) hold an original, as "file: name".
QStringList holding(const QString& dataDir, const QStringList& files) {
    QStringList found;
    for (const QString& file : files) {
        for (int segment = 0;; ++segment) {
            QFile f(
                QDir(dataDir).filePath(segment == 0 ? file : s("%1.%2").arg(file).arg(segment)));
            if (!f.open(QIODevice::ReadOnly))
                break;
            const QByteArray bytes = f.readAll();
            for (const QByteArray& needle : originals)
                if (bytes.contains(needle))
                    found << s("%1: %2").arg(f.fileName(), QString::fromLatin1(needle));
        }
    }
    return found;
}

// The study published on the test server by the cluster's administrator, analysed as
// autovacuum would have done on a server in use.
struct Study {
    Backend b;
    std::unique_ptr<Project> publisher;
    QString dataDir;

    bool open() {
        if (!prepare(b, s("postgres")))
            return false;
        auto created = Project::create(b.location);
        REQUIRE(created.ok());
        publisher = created.take();
        REQUIRE(publisher->edit(s("set up"), addStudy).ok());
        sqlRows(b.location, s("ANALYZE"));
        dataDir =
            sqlRows(b.location, s("SELECT pg_catalog.current_setting('data_directory')")).value(0);
        return test::requirePrerequisite(QFileInfo(dataDir).isReadable(),
                                         "the test server's data directory, readable here");
    }
    // Pseudonymises through `p` and makes it permanent (no undo).
    static void pseudonymise(Project& p) {
        const QVector<PseudonymEntry> list{
            {s("Okafor"), s("Mensah")}, {s("Owusu"), s("Boateng")}, {s("Leeds"), s("City A")}};
        Result<PseudonymReport> done = p.editFor<PseudonymReport>(
            s("Pseudonymise"), [&](Editor& e) { return pseudonymiseProject(e, list, s("Ann")); });
        INFO(done.error().toStdString());
        REQUIRE(done.ok());
        CHECK(done->documents == 2);
        p.undoStack()->clear();
    }
    // The originals in the files once the server has written everything out.
    QStringList originalsInFiles() const {
        sqlRows(b.location, s("CHECKPOINT"));
        return holding(dataDir, relationFiles(b.location));
    }
    // The publisher erases, and no original is left in the files.
    void erase() const {
        const Status erased = publisher->mutableStorage().eraseRemovedText();
        INFO(erased.error().toStdString());
        REQUIRE(erased.ok());
        const QStringList after = originalsInFiles();
        INFO(after.join(QLatin1Char('\n')).toStdString());
        CHECK(after.isEmpty());
    }
};

// Another client of the project in the middle of a read in one snapshot (REPEATABLE READ, as a
// clone reads): it has touched no table the erase rewrites, so no lock makes the erase wait
// for it, but it may still read every row as it was.
class OldSnapshot {
public:
    explicit OldSnapshot(const QString& url)
        : m_name(connections::newName("test")) {
        auto location = dialect::parsePostgresUrl(url);
        REQUIRE(location.ok());
        REQUIRE(connections::openPostgres(m_name, *location).ok());
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        REQUIRE(q.exec(s("BEGIN ISOLATION LEVEL REPEATABLE READ")));
        REQUIRE(q.exec(s("SELECT count(*) FROM coders")));
    }
    ~OldSnapshot() { end(); }
    OldSnapshot(const OldSnapshot&) = delete;
    OldSnapshot& operator=(const OldSnapshot&) = delete;
    void end() {
        if (m_name.isEmpty())
            return;
        {
            QSqlQuery q(QSqlDatabase::database(m_name, false));
            q.exec(s("COMMIT"));
        }
        connections::remove(m_name);
        m_name.clear();
    }

private:
    QString m_name;
};

} // namespace

TEST_CASE("PostgreSQL: erasing after a permanent pseudonymisation leaves no original in the "
          "project's tables, TOAST tables, indexes and statistics") {
    Study t;
    if (!t.open())
        return;
    Study::pseudonymise(*t.publisher);
    // The rows as they were are still in the files, so the search can find them.
    const QString before = t.originalsInFiles().join(QLatin1Char('\n'));
    for (const QByteArray& needle : originals) {
        INFO(needle.toStdString());
        CHECK(before.contains(s(": ") + QString::fromLatin1(needle)));
    }

    t.erase();

    // The project reads as pseudonymised.
    for (const DocumentInfo& d : t.publisher->storage().documents().value()) {
        CHECK_FALSE(d.name.contains(s("Okafor")));
        CHECK(t.publisher->storage().documentText(d.id).contains(s("Mensah")));
    }
    CHECK(t.publisher->storage().checkIntegrity().isEmpty());
}

TEST_CASE("PostgreSQL: a team owner who did not publish is told that only the publisher can "
          "erase, never that it worked") {
    Study t;
    if (!t.open())
        return;
    const QString url = t.b.pg->addLoginRole(s("olga"), s("olgapw1"));
    REQUIRE_FALSE(url.isEmpty());
    REQUIRE(
        grantTeamRole(t.publisher->mutableStorage(), TeamRole::Owner, t.b.pg->name() + s("_olga"))
            .ok());
    auto opened = Project::open(url, Project::Backup::Skip, {t.b.pg->passwordFor(url)});
    REQUIRE(opened.ok());
    std::unique_ptr<Project> owner = opened.take();
    Study::pseudonymise(*owner);

    // The server would skip every table with a warning: the owner hears why nothing was erased.
    const Status refused = owner->mutableStorage().eraseRemovedText();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.kind() == ErrorKind::Refused);
    CHECK(refused.error().contains(s("only the login that published it")));
    CHECK(refused.error().contains(s("VACUUM (FULL, ANALYZE)")));
    CHECK_FALSE(t.originalsInFiles().isEmpty());

    // The publisher can.
    t.erase();
}

TEST_CASE("PostgreSQL: while another client still reads the project as it was, erasing says so "
          "rather than keep the old rows") {
    Study t;
    if (!t.open())
        return;
    OldSnapshot reader(t.b.location);
    Study::pseudonymise(*t.publisher);

    // The rewrite would copy the rows the reader may still read: the erase waits a little,
    // then says why it could not finish.
    const Status busy = t.publisher->mutableStorage().eraseRemovedText();
    REQUIRE_FALSE(busy.ok());
    CHECK(busy.kind() == ErrorKind::Conflict);
    CHECK(busy.error().contains(s("may read the project as it was")));

    // Once the read is over, it erases.
    reader.end();
    t.erase();
}
