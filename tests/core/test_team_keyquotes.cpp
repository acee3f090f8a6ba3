// SPDX-License-Identifier: GPL-3.0-or-later
// Key quotes on both engines (undo and redo, a flag going with its coding), through publish
// and clone, and row-level security: a coder flags their own codings, an owner anyone's.
#include "core/commands/keyquotes.h"
#include "core/team/publish.h"
#include "core/team/teamroles.h"
#include "tests/core/teambackend.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;
using namespace situate::teamtest;

namespace {

Status flag(Project& p, const QVector<qint64>& ids, bool on) {
    return p.edit(s("flag"), [&](Editor& e) { return setKeyQuotes(e, ids, on); });
}

QSet<qint64> flagged(const Storage& st) {
    const Result<QSet<qint64>> ids = keyQuoteIds(st);
    REQUIRE(ids.ok());
    return *ids;
}

} // namespace

TEST_CASE("Both engines: a key-quote flag is one undo step and goes and comes back with its "
          "coding") {
    const QString kind = QString::fromStdString(GENERATE(std::string("sqlite"), "postgres"));
    Backend b;
    if (!prepare(b, kind))
        return;
    INFO(kind.toStdString());
    ProjectWithCode made = createWithDocumentAndCode(b.location, 100);
    Project& p = *made.project;
    QVector<qint64> ids(3);
    for (int i = 0; i < 3; ++i)
        REQUIRE(codeAs(p, s("Aisha"), made.docId, made.codeId, 10 * i, &ids[i]).ok());
    // A coding named as extracts print it, in either case.
    const QString uuid = p.storage().coding(ids[1])->uuid;
    CHECK(resolveCodingIds(p.storage(), {uuid.toUpper(), QString::number(ids[2])}).value() ==
          QVector<qint64>{ids[1], ids[2]});
    CHECK_FALSE(resolveCodingIds(p.storage(), {s("nope")}).ok());
    REQUIRE(flag(p, {ids[0], ids[2]}, true).ok());
    CHECK(flagged(p.storage()) == QSet<qint64>{ids[0], ids[2]});
    p.undoStack()->undo();
    CHECK(flagged(p.storage()).isEmpty());
    p.undoStack()->redo();
    CHECK(flagged(p.storage()) == QSet<qint64>{ids[0], ids[2]});
    REQUIRE(p.edit(s("remove"), [&](Editor& e) { return removeCoding(e, ids[2]); }).ok());
    CHECK(flagged(p.storage()) == QSet<qint64>{ids[0]});
    p.undoStack()->undo();
    CHECK(flagged(p.storage()) == QSet<qint64>{ids[0], ids[2]});
    CHECK(p.storage().checkIntegrity().isEmpty());
    const Status bad = flag(p, {ids[1], 987654}, true);
    CHECK_FALSE(bad.ok());
    CHECK(flagged(p.storage()) == QSet<qint64>{ids[0], ids[2]});
}

TEST_CASE("PostgreSQL: key quotes travel to the server with publish and back with clone") {
    Backend b;
    if (!prepare(b, s("postgres")))
        return;
    QTemporaryDir dir;
    const QString file = dir.filePath(s("flags.situate"));
    {
        ProjectWithCode made = createWithDocumentAndCode(file, 50);
        qint64 a = 0, c = 0;
        REQUIRE(codeAs(*made.project, s("Aisha"), made.docId, made.codeId, 0, &a).ok());
        REQUIRE(codeAs(*made.project, s("Ben"), made.docId, made.codeId, 5, &c).ok());
        REQUIRE(flag(*made.project, {c}, true).ok());
    }
    const QStringList local = sqlRows(file, s("SELECT id FROM key_quotes ORDER BY id"));
    REQUIRE(local.size() == 1);
    auto published = publishProject(file, b.location);
    INFO(published.error().toStdString());
    REQUIRE(published.ok());
    CHECK(sqlRows(b.location, s("SELECT id FROM key_quotes ORDER BY id")) == local);
    {
        auto server = Project::open(b.location);
        REQUIRE(server.ok());
        // A flag set on the server, then the whole project back in a file.
        const QVector<Coding> all = (*server)->storage().allCodings().value();
        REQUIRE(all.size() == 2);
        REQUIRE(flag(**server, {all[0].id, all[1].id}, true).ok());
    }
    const QString back = dir.filePath(s("back.situate"));
    auto cloned = cloneProject(b.location, back);
    INFO(cloned.error().toStdString());
    REQUIRE(cloned.ok());
    CHECK(sqlRows(back, s("SELECT id FROM key_quotes ORDER BY id")) ==
          sqlRows(b.location, s("SELECT id FROM key_quotes ORDER BY id")));
    CHECK(sqlRows(back, s("SELECT count(*) FROM key_quotes")) == QStringList{s("2")});
}

TEST_CASE("PostgreSQL: row-level security: a coder flags only their own codings as key quotes, "
          "an owner anyone's") {
    Backend b;
    if (!prepare(b, s("postgres")))
        return;
    ProjectWithCode admin = createWithDocumentAndCode(b.location, 100);
    Storage& owner = admin.project->mutableStorage();
    // Two coders of the team, in their own sessions, and their first coding there.
    Member ann = openAsMember(b, owner, s("ann"), TeamRole::Coder);
    Member bob = openAsMember(b, owner, s("bob"), TeamRole::Coder);
    qint64 mine = 0, theirs = 0;
    REQUIRE(codeAs(*ann.project, ann.coder, admin.docId, admin.codeId, 0, &mine).ok());
    REQUIRE(codeAs(*bob.project, bob.coder, admin.docId, admin.codeId, 20, &theirs).ok());
    auto& a = ann.project;
    auto& bb = bob.project;

    CHECK(flag(*a, {mine}, true).ok());
    const Status refused = flag(*a, {theirs}, true);
    INFO(refused.error().toStdString());
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(s("your role in this project does not allow it")));
    CHECK(flagged(owner) == QSet<qint64>{mine});
    // Bob flags his own; Ann cannot take his flag away; the owner can.
    CHECK(flag(*bb, {theirs}, true).ok());
    const Status unflag = flag(*a, {theirs}, false);
    CHECK_FALSE(unflag.ok());
    CHECK(unflag.error().contains(
        s("the key-quote flag of coding %1 is another coder's").arg(theirs)));
    CHECK(flagged(owner) == QSet<qint64>{mine, theirs});
    CHECK(flag(*admin.project, {theirs, mine}, false).ok());
    CHECK(flagged(owner).isEmpty());
}
