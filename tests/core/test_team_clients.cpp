// SPDX-License-Identifier: GPL-3.0-or-later
// Two clients of one server project (SITUATE_TEST_PG, tests/pg/cluster): another client's
// edit is announced, undo never overwrites what another changed since, a code saved after
// another client changed it is refused, and a connection killed in an edit keeps nothing of
// it.
#include "core/commands/commands.h"
#include "core/project.h"
#include "tests/core/teambackend.h"
#include "tests/support/teambackend.h"

#include <QEventLoop>
#include <QTimer>

#include <catch2/catch.hpp>

#include <functional>

using namespace situate;
using namespace situate::teamtest;

namespace {

// Runs `test` on a new server project open in two clients (two coders' Situates), where
// the first has made one code; not when this run has to skip (no server; see prepare).
void withTwoClients(
    const std::function<void(Project& mine, Project& theirs, qint64 codeId)>& test) {
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
    test(**mine, **theirs, codeId);
}

} // namespace

TEST_CASE("PostgreSQL: another client's new coding is announced, one's own edits are not") {
    if (!test::postgresOrSkip())
        return;
    test::PublishedDemo demo(test::Publisher::InProcess);
    const QString location = demo.db.url();
    auto mine = Project::open(location);
    auto theirs = Project::open(location);
    REQUIRE(mine.ok());
    REQUIRE(theirs.ok());
    int announced = 0;
    QObject::connect(mine->get(), &Project::changedElsewhere, [&announced] { ++announced; });
    const qint64 before = (*mine)->storage().stats().codings;

    auto addOne = [](Project& p, qint64 start) {
        return p.edit(s("code"), [&p, start](Editor& e) -> Status {
            Coding k = p.storage().allCodings().value().first();
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
    withTwoClients([](Project& mine, Project& theirs, qint64 codeId) {
        auto define = [codeId](Project& p, const QString& text) {
            return p.edit(s("define"), [&p, codeId, text](Editor& e) {
                Code c = *p.storage().code(codeId);
                c.definition = text;
                return updateCode(e, c);
            });
        };
        REQUIRE(define(mine, s("mine")).ok());
        REQUIRE(define(theirs, s("theirs")).ok());
        QString message;
        QObject::connect(&mine, &Project::failed, [&message](const QString& m) { message = m; });
        mine.undoStack()->undo();
        CHECK(message.contains(s("another client changed codes")));
        CHECK(mine.storage().code(codeId)->definition == s("theirs"));
        // Their own undo still applies: the row is as their edit left it.
        theirs.undoStack()->undo();
        CHECK(theirs.storage().code(codeId)->definition == s("mine"));
    });
}

TEST_CASE("PostgreSQL: a connection killed in the middle of an edit loses nothing committed "
          "and keeps nothing of the edit") {
    if (!test::postgresOrSkip())
        return;
    test::PublishedDemo demo(test::Publisher::InProcess);
    const QString location = demo.db.url();
    QString before;
    {
        auto p = Project::open(location);
        REQUIRE(p.ok());
        before = dump((*p)->storage());
        const Status st = (*p)->edit(s("cut off"), [&](Editor& e) -> Status {
            Coding k = e.storage().allCodings().value().first();
            k.id = 0;
            k.uuid.clear();
            k.start = 0;
            k.end = 9;
            if (Status added = Status::from(addCoding(e, k)); !added)
                return added;
            // The server drops the connection before the edit commits.
            if (!demo.db.terminateConnections())
                return Status::failure(s("test: could not end the connection"));
            return Status::from(addCoding(e, k));
        });
        // Tried twice (once more after connecting again at once), cut off both times.
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().contains(s("the connection to the server was lost, so \"cut off\" "
                                    "was not saved")));
        CHECK_FALSE((*p)->isConnected());
        // The next edit connects again (test_team_connection.cpp covers the rest).
        CHECK((*p)->edit(s("again"), [](Editor&) { return Status(); }).ok());
        CHECK((*p)->isConnected());
    }
    auto again = Project::open(location);
    REQUIRE(again.ok());
    CHECK(dump((*again)->storage()) == before);
    CHECK((*again)->storage().checkIntegrity().isEmpty());
}

TEST_CASE("PostgreSQL: saving a code another client changed since it was read is refused") {
    withTwoClients([](Project& mine, Project& theirs, qint64 codeId) {
        // Both read the code (a dialog opens), they save first, then I do.
        Code opened = *mine.storage().code(codeId);
        Code theirCopy = *theirs.storage().code(codeId);
        CHECK(opened.version != 0);
        theirCopy.definition = s("theirs");
        REQUIRE(theirs.edit(s("define"), [&](Editor& e) { return updateCode(e, theirCopy); }).ok());
        opened.definition = s("mine");
        const Status st = mine.edit(s("define"), [&](Editor& e) { return updateCode(e, opened); });
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().contains(s("another client changed the code \"Mechanisms\"")));
        CHECK(mine.storage().code(codeId)->definition == s("theirs"));
        // Read again, the same edit goes through.
        Code fresh = *mine.storage().code(codeId);
        fresh.definition = s("mine");
        REQUIRE(mine.edit(s("define"), [&](Editor& e) { return updateCode(e, fresh); }).ok());
        CHECK(theirs.storage().code(codeId)->definition == s("mine"));
    });
}
