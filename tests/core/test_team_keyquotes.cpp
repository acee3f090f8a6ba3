// SPDX-License-Identifier: GPL-3.0-or-later
// Key quotes on both engines (undo and redo, a flag going with its coding), through publish
// and clone, and row-level security: a coder flags their own codings, an owner anyone's.
#include "core/commands/keyquotes.h"
#include "core/team/publish.h"
#include "core/team/teamroles.h"
#include "tests/core/teambackend.h"

#include <QTemporaryDir>
#include <QUndoStack>

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
    auto created = Project::create(b.location);
    REQUIRE(created.ok());
    Project& p = **created;
    qint64 docId = 0, codeId = 0;
    addDocumentAndCode(p, 100, &docId, &codeId);
    QVector<qint64> ids;
    REQUIRE(p.edit(s("code"), [&](Editor& e) -> Status {
                 for (int start : {0, 10, 20}) {
                     auto id = addCodingAs(e, s("Aisha"), docId, codeId, start, start + 5);
                     if (!id)
                         return Status::from(id);
                     ids << *id;
                 }
                 return {};
             }).ok());
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
        auto created = Project::create(file);
        REQUIRE(created.ok());
        Project& p = **created;
        qint64 docId = 0, codeId = 0;
        addDocumentAndCode(p, 50, &docId, &codeId);
        qint64 a = 0, c = 0;
        REQUIRE(p.edit(s("code"), [&](Editor& e) -> Status {
                     auto x = addCodingAs(e, s("Aisha"), docId, codeId, 0, 5);
                     auto y = addCodingAs(e, s("Ben"), docId, codeId, 5, 9);
                     if (!x || !y)
                         return Status::failure(s("coding"));
                     a = *x;
                     c = *y;
                     return {};
                 }).ok());
        REQUIRE(flag(p, {c}, true).ok());
        (void)a;
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
    auto admin = Project::create(b.location);
    REQUIRE(admin.ok());
    qint64 docId = 0, codeId = 0;
    addDocumentAndCode(**admin, 100, &docId, &codeId);
    Storage& owner = (*admin)->mutableStorage();
    // A coder of the team, in their own session, and their first coding there.
    struct Member {
        QString coder;
        std::unique_ptr<Project> project;
        qint64 coding = 0;
    };
    auto member = [&](const char* login, qint64 start) {
        const QString url = b.pg->addLoginRole(s(login), s(login) + s("pw1"));
        REQUIRE_FALSE(url.isEmpty());
        Member m{b.pg->name() + s("_") + s(login), nullptr, 0};
        REQUIRE(grantTeamRole(owner, TeamRole::Coder, m.coder).ok());
        auto opened = Project::open(url, Project::Backup::Skip, {b.pg->passwordFor(url)});
        REQUIRE(opened.ok());
        m.project = opened.take();
        REQUIRE(m.project
                    ->edit(s("code"),
                           [&](Editor& e) -> Status {
                               auto added =
                                   addCodingAs(e, m.coder, docId, codeId, start, start + 5);
                               m.coding = added ? *added : 0;
                               return Status::from(added);
                           })
                    .ok());
        return m;
    };
    Member ann = member("ann", 0), bob = member("bob", 20);
    auto& a = ann.project;
    auto& bb = bob.project;
    const qint64 mine = ann.coding, theirs = bob.coding;

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
    CHECK(flag(**admin, {theirs, mine}, false).ok());
    CHECK(flagged(owner).isEmpty());
}
