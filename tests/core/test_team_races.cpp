// SPDX-License-Identifier: GPL-3.0-or-later
// Two clients of one PostgreSQL server project (SITUATE_TEST_PG, tests/pg/cluster) creating
// the same thing at the same moment, and an undo racing another client's change. The other
// client runs on a thread of its own with a connection of its own and holds its transaction
// open, so the race is the server's real one, not a simulation.
#include "core/commands/commands.h"
#include "core/project.h"
#include "tests/core/otherclient.h"
#include "tests/core/teambackend.h"
#include "tests/support/pgtest.h"

#include <QSemaphore>
#include <QSqlQuery>
#include <QThread>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

using namespace situate;
using namespace situate::teamtest;

namespace {

qint64 countWhere(Storage& s, const QString& table, const QString& column, const QString& value) {
    auto rows = s.readRowsWhere(table, column, value);
    REQUIRE(rows.ok());
    return rows->size();
}

} // namespace

TEST_CASE("PostgreSQL: two clients creating the same code, coder, case, attribute or research "
          "question at once: the loser runs its edit again and reuses the winner's") {
    Backend b;
    if (!prepare(b, s("postgres")))
        return;
    auto created = Project::create(b.location);
    REQUIRE(created.ok());
    Project& mine = **created;
    Storage& st = mine.mutableStorage();

    struct Case {
        const char* what;
        Make make;
        const char* table;
        const char* column;
        const char* value;
    };
    const QVector<Case> cases = {
        {"code", [](Editor& e) { return ensureCodePath(e, s("Barriers/Staffing")); }, "codes",
         "name", "Staffing"},
        {"coder", [](Editor& e) { return ensureCoder(e, s("Zoe")); }, "coders", "name", "Zoe"},
        {"case", [](Editor& e) { return ensureCase(e, s("North ward")); }, "cases", "name",
         "North ward"},
        {"attribute",
         [](Editor& e) { return ensureAttribute(e, AttributeScope::Case, s("Region")); },
         "attributes", "name", "Region"},
        {"research question", [](Editor& e) { return ensureQuestion(e, s("RQ7"), s("Who?")); },
         "research_questions", "code", "RQ7"},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        const int retriesBefore = Project::conflictRetries();
        OtherClient other(b.location, c.make);
        // The other client's row is inserted but not committed: this client does not see it,
        // inserts its own, waits on the unique key until the other commits, and loses.
        qint64 id = 0;
        int runs = 0;
        Status done = mine.edit(s("mine"), [&](Editor& e) -> Status {
            ++runs;
            Result<qint64> r = c.make(e);
            if (r)
                id = *r;
            return Status::from(r);
        });
        other.join();
        INFO(done.error().toStdString());
        REQUIRE(other.status().ok());
        CHECK(done.ok());
        CHECK(runs == 2);
        CHECK(Project::conflictRetries() == retriesBefore + 1);
        CHECK(id == other.id());
        CHECK(countWhere(st, s(c.table), s(c.column), s(c.value)) == 1);
    }
    // Undo of a step that only reused rows changes nothing: the other client's rows stay.
    while (mine.undoStack()->canUndo())
        mine.undoStack()->undo();
    CHECK(countWhere(st, s("coders"), s("name"), s("Zoe")) == 1);
}

TEST_CASE("PostgreSQL: an undo locks the rows it compares, so another client's change made "
          "meanwhile is never overwritten") {
    Backend b;
    if (!prepare(b, s("postgres")))
        return;
    auto created = Project::create(b.location);
    REQUIRE(created.ok());
    Project& mine = **created;
    qint64 codeId = 0;
    REQUIRE(mine.edit(s("add"),
                      [&](Editor& e) -> Status {
                          auto id = ensureCodePath(e, s("Trust"));
                          if (id)
                              codeId = *id;
                          return Status::from(id);
                      })
                .ok());
    Code renamed = *mine.storage().code(codeId);
    renamed.name = s("Trust (mine)");
    REQUIRE(mine.edit(s("rename"), [&](Editor& e) { return updateCode(e, renamed); }).ok());
    QStringList failures;
    QObject::connect(&mine, &Project::failed, [&](const QString& m) { failures << m; });

    // Another client renames the code too and holds its transaction open: the undo's check
    // must wait for it and then see its name, not compare with the name before it.
    OtherClient other(b.location, [codeId](Editor& e) -> Result<qint64> {
        Code theirs = *e.storage().code(codeId);
        theirs.name = s("Trust (theirs)");
        if (Status st = updateCode(e, theirs); !st)
            return Result<qint64>::failure(st.error());
        return codeId;
    });
    mine.undoStack()->undo();
    other.join();
    REQUIRE(other.status().ok());
    CHECK(mine.storage().code(codeId)->name == s("Trust (theirs)"));
    REQUIRE(failures.size() == 1);
    CHECK(failures[0].contains(s("another client changed codes %1 in the meantime").arg(codeId)));
}
