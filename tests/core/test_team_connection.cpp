// SPDX-License-Identifier: GPL-3.0-or-later
// Losing the connection to a PostgreSQL server project (SITUATE_TEST_PG, tests/pg/cluster):
// edits reconnect, wait for the server or are refused, and none is ever applied twice.
#include "core/codetree.h"
#include "core/commands/commands.h"
#include "core/io/projectcsv.h"
#include "core/project.h"
#include "core/storage/teamqueries.h"
#include "core/team/teamroles.h"
#include "tests/core/teambackend.h"
#include "tests/support/pgtest.h"

#include <catch2/catch.hpp>

#include <memory>

using namespace situate;
using namespace situate::teamtest;

namespace {

// A server project with one document and one code, and a login role "kim" that owns it.
struct ServerProject {
    Backend b;
    qint64 docId = 0;
    qint64 codeId = 0;
    QString kimUrl;
    bool ready = false;

    ServerProject() {
        if (!prepare(b, s("postgres")))
            return;
        auto admin = Project::create(b.location);
        REQUIRE(admin.ok());
        addDocumentAndCode(**admin, 400, &docId, &codeId);
        kimUrl = b.pg->addLoginRole(s("kim"), s("kimpw1"));
        REQUIRE_FALSE(kimUrl.isEmpty());
        REQUIRE(grantTeamRole((*admin)->mutableStorage(), TeamRole::Owner, b.pg->name() + s("_kim"))
                    .ok());
        ready = true;
    }

    // The project as Kim, an owner, opens it (with Kim's password).
    Result<std::unique_ptr<Project>> openAsKim() const {
        return Project::open(kimUrl, Project::Backup::Skip, {b.pg->passwordFor(kimUrl)});
    }

    // The codings on the server, as "start-end" in order, read through a new connection
    // (the tests end every other one).
    QStringList codings() const {
        auto st = Storage::open(b.location, Storage::Mode::ReadOnly);
        REQUIRE(st.ok());
        QStringList out;
        for (const Coding& c : (*st)->allCodings().value())
            out << s("%1-%2").arg(c.start).arg(c.end);
        out.sort();
        return out;
    }

    // An edit that owns what it uses, so it can be kept and sent later.
    std::function<Status(Editor&)> coding(qint64 start) const {
        const qint64 d = docId, k = codeId;
        return [d, k, start](Editor& e) -> Status {
            return Status::from(addCodingAs(e, s("kim"), d, k, start, start + 5));
        };
    }
};

struct Signals {
    QStringList connection; // "lost: reason" / "back"
    QStringList failures;
    void watch(Project& p) {
        QObject::connect(&p, &Project::connectionChanged, [this](bool up, const QString& why) {
            connection << (up ? s("back") : s("lost: ") + why);
        });
        QObject::connect(&p, &Project::failed, [this](const QString& m) { failures << m; });
    }
};

} // namespace

TEST_CASE("PostgreSQL: a lost connection: an edit reconnects at once, kept edits wait for the "
          "server and are sent once each, in order") {
    ServerProject sp;
    if (!sp.ready)
        return;
    auto opened = sp.openAsKim();
    REQUIRE(opened.ok());
    Project& p = **opened;
    Signals sig;
    sig.watch(p);

    // The session ends (an administrator, a server restart): the next edit connects again
    // and goes through; the user notices nothing.
    REQUIRE(sp.b.pg->terminateConnections());
    Status st = p.edit(s("Code 0"), sp.coding(0));
    INFO(st.error().toStdString());
    REQUIRE(st.ok());
    CHECK(p.isConnected());
    CHECK(sig.connection.isEmpty());
    CHECK(sp.codings() == QStringList{s("0-5")});

    // Now the server cannot be reached: edits are kept, in order, and nothing is written.
    REQUIRE(sp.b.pg->allowLogin(s("kim"), false));
    REQUIRE(sp.b.pg->terminateConnections());
    st = p.editKept(s("Code 10"), sp.coding(10));
    CHECK_FALSE(st.ok());
    CHECK(st.error() == Project::keptMessage(s("Code 10")));
    CHECK(st.kind() == ErrorKind::Kept);
    CHECK_FALSE(p.isConnected());
    REQUIRE(sig.connection.size() == 1);
    CHECK(sig.connection[0].startsWith(s("lost: ")));
    st = p.editKept(s("Code 20"), sp.coding(20));
    CHECK(st.error() == Project::keptMessage(s("Code 20")));
    CHECK(st.kind() == ErrorKind::Kept);
    CHECK(p.keptEdits() == QStringList({s("Code 10"), s("Code 20")}));
    // A plain edit is not kept: it says so and saves nothing.
    st = p.edit(s("Code 30"), sp.coding(30));
    CHECK_FALSE(st.ok());
    CHECK(st.error().contains(s("not connected to the server, so \"Code 30\" was not saved")));
    // Not kept: a failure of its own kind, which the window shows as one.
    CHECK(st.kind() == ErrorKind::ConnectionLost);
    // Undo cannot reach the server either: the data stays, and the message says why.
    p.undoStack()->undo();
    REQUIRE(sig.failures.size() == 1);
    CHECK(sig.failures[0].contains(s("Could not undo \"Code 0\": not connected to the server")));
    CHECK_FALSE(p.reconnect().ok());
    CHECK(p.keptEdits().size() == 2);
    CHECK(sp.codings() == QStringList{s("0-5")});

    // The server is back: the kept edits go out in order, each once, each one undo step.
    REQUIRE(sp.b.pg->allowLogin(s("kim"), true));
    st = p.reconnect();
    INFO(st.error().toStdString());
    REQUIRE(st.ok());
    CHECK(p.isConnected());
    CHECK(p.keptEdits().isEmpty());
    CHECK(sig.connection.last() == s("back"));
    CHECK(sp.codings() == QStringList({s("0-5"), s("10-15"), s("20-25")}));
    REQUIRE(p.undoStack()->count() == 2); // "Code 0" went with the failed undo
    CHECK(p.undoStack()->text(0) == s("Code 10"));
    CHECK(p.undoStack()->text(1) == s("Code 20"));
    p.undoStack()->undo();
    CHECK(sp.codings() == QStringList({s("0-5"), s("10-15")}));
    p.undoStack()->redo();
    CHECK(sp.codings() == QStringList({s("0-5"), s("10-15"), s("20-25")}));
    CHECK(sig.failures.size() == 1);
}

TEST_CASE("PostgreSQL: a COMMIT whose answer is lost is asked about, never sent twice, and an "
          "edit cut off before its COMMIT is sent again") {
    ServerProject sp;
    if (!sp.ready)
        return;
    auto opened = sp.openAsKim();
    REQUIRE(opened.ok());
    Project& p = **opened;
    struct ResetHook {
        ~ResetHook() { Storage::lostCommitHook = nullptr; }
    } reset;

    // The server commits, then the connection goes before its answer arrives. Connected
    // again at once, the client asks the server and keeps the one copy.
    int commits = 0;
    Storage::lostCommitHook = [&] {
        return ++commits == 1;
    };
    Status st = p.edit(s("Code 0"), sp.coding(0));
    INFO(st.error().toStdString());
    REQUIRE(st.ok());
    CHECK(commits >= 1);
    CHECK(sp.codings() == QStringList{s("0-5")});
    REQUIRE(p.undoStack()->count() == 1);
    p.undoStack()->undo(); // the step holds what the lost COMMIT did
    CHECK(sp.codings().isEmpty());
    p.undoStack()->redo();
    CHECK(sp.codings() == QStringList{s("0-5")});

    // The same while the server stays away: the kept edit is already on the server, so
    // sending the kept edits later must not add it again.
    commits = 0;
    Storage::lostCommitHook = [&] {
        if (++commits != 1)
            return false;
        REQUIRE(sp.b.pg->allowLogin(s("kim"), false));
        return true;
    };
    st = p.editKept(s("Code 10"), sp.coding(10));
    CHECK(st.error() == Project::keptMessage(s("Code 10")));
    CHECK(sp.codings() == QStringList({s("0-5"), s("10-15")}));
    REQUIRE(sp.b.pg->allowLogin(s("kim"), true));
    REQUIRE(p.reconnect().ok());
    CHECK(sp.codings() == QStringList({s("0-5"), s("10-15")}));
    CHECK(p.keptEdits().isEmpty());
    REQUIRE(p.undoStack()->count() == 2);
    p.undoStack()->undo();
    CHECK(sp.codings() == QStringList{s("0-5")});
    p.undoStack()->redo();
    Storage::lostCommitHook = nullptr;

    // Cut off halfway (one coding written, the next statement finds no server): the server
    // rolls the whole edit back, and it is sent again in full.
    int runs = 0;
    const auto first = sp.coding(30), second = sp.coding(40);
    ServerProject* server = &sp;
    st = p.editKept(s("Code 30 and 40"), [&runs, first, second, server](Editor& e) -> Status {
        if (Status a = first(e); !a)
            return a;
        if (++runs == 1) {
            REQUIRE(server->b.pg->allowLogin(s("kim"), false));
            REQUIRE(server->b.pg->terminateConnections());
        }
        return second(e);
    });
    CHECK(st.error() == Project::keptMessage(s("Code 30 and 40")));
    CHECK(st.kind() == ErrorKind::Kept);
    CHECK(sp.codings() == QStringList({s("0-5"), s("10-15")}));
    REQUIRE(sp.b.pg->allowLogin(s("kim"), true));
    REQUIRE(p.reconnect().ok());
    CHECK(runs == 2);
    CHECK(sp.codings() == QStringList({s("0-5"), s("10-15"), s("30-35"), s("40-45")}));
    CHECK(p.undoStack()->count() == 3);
}

TEST_CASE("A project file has no connection to lose: editKept is edit") {
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath(s("study.situate")));
    REQUIRE(p.ok());
    qint64 docId = 0;
    REQUIRE((*p)->editKept(s("Add"),
                           [&docId](Editor& e) -> Status {
                               auto d = addDocument(e, textDocument(s("a"), s("some text")));
                               if (d)
                                   docId = *d;
                               return Status::from(d);
                           })
                .ok());
    CHECK(docId > 0);
    CHECK((*p)->isConnected());
    CHECK((*p)->keptEdits().isEmpty());
    CHECK((*p)->reconnect().ok());
    CHECK((*p)->undoStack()->count() == 1);
}

TEST_CASE("PostgreSQL: a read on a project whose connection was ended fails as ConnectionLost, "
          "never as an empty list") {
    ServerProject sp;
    if (!sp.ready)
        return;
    auto opened = sp.openAsKim();
    REQUIRE(opened.ok());
    Project& p = **opened;
    REQUIRE(p.edit(s("Code 0"), sp.coding(0)).ok());
    const Storage& st = p.storage();
    REQUIRE(st.documents().value().size() == 1);
    REQUIRE(st.codes().value().size() == 1);

    // The session ends and the server lets this login in no more: nothing can be read.
    REQUIRE(sp.b.pg->allowLogin(s("kim"), false));
    REQUIRE(sp.b.pg->terminateConnections());
    const auto lost = [](const auto& r) {
        INFO(r.error().toStdString());
        CHECK_FALSE(r.ok());
        CHECK(r.kind() == ErrorKind::ConnectionLost);
        CHECK_FALSE(r.error().isEmpty());
    };
    lost(st.documents());
    lost(st.codes());
    lost(st.cases());
    lost(st.coders());
    lost(st.allCodings());
    lost(st.codings(sp.docId));
    lost(st.codingsForView(sp.docId));
    lost(st.speakerTurns(sp.docId));
    lost(st.researchQuestions());
    lost(st.attributes());
    lost(st.codeQuestionLinks());
    lost(st.codingCountsByCode());
    lost(st.codingCountsByDocument());
    lost(CodeTree::read(st));
    // What is made of the reads fails the same way: the codebook sheet is not an empty one.
    lost(exportCodebook(st));
    // Trying to connect again fails too while the login is refused ...
    CHECK_FALSE(p.reconnect().ok());
    CHECK_FALSE(p.isConnected());
    // ... and once the server takes it again, the same reads give the project back.
    REQUIRE(sp.b.pg->allowLogin(s("kim"), true));
    REQUIRE(p.reconnect().ok());
    CHECK(st.documents().value().size() == 1);
    CHECK(st.codes().value().size() == 1);
    CHECK(st.allCodings().value().size() == 1);
}
