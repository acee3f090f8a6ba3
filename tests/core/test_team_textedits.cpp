// SPDX-License-Identifier: GPL-3.0-or-later
// An owner edits a transcript on a PostgreSQL server while a coder codes it: the coder's
// coding, made on the text before the edit, is refused with a clear message, never placed on
// other words, also when it reaches the server while the edit is still being written.
#include "core/commands/commands.h"
#include "core/commands/textedits.h"
#include "core/project.h"
#include "tests/core/otherclient.h"
#include "tests/core/teambackend.h"

#include <catch2/catch.hpp>

using namespace situate;
using namespace situate::teamtest;

namespace {

struct Shared {
    Backend b;
    std::unique_ptr<Project> coder; // the coder's client
    qint64 document = 0, code = 0, coderId = 0;
    QString seen; // the content hash of the text the coder sees

    bool open() {
        if (!prepare(b, s("postgres")))
            return false;
        auto created = Project::create(b.location);
        REQUIRE(created.ok());
        coder = created.take();
        REQUIRE(coder
                    ->edit(s("set up"),
                           [&](Editor& e) -> Status {
                               auto d = addDocument(
                                   e, textDocument(s("Interview"),
                                                   s("P1: We met Dr Okafor on the ward.\n")));
                               if (!d)
                                   return Status::from(d);
                               document = *d;
                               Code c;
                               c.name = s("Who");
                               auto k = createCode(e, c);
                               if (!k)
                                   return Status::from(k);
                               code = *k;
                               auto who = ensureCoder(e, s("Ann"));
                               if (!who)
                                   return Status::from(who);
                               coderId = *who;
                               return {};
                           })
                    .ok());
        seen = coder->storage().documentHash(document);
        REQUIRE_FALSE(seen.isEmpty());
        return true;
    }
    // The coder codes [start, end) of the text whose hash they saw.
    Status code_(qint64 start, qint64 end, const QString& hash) {
        return coder->edit(s("code"), [&](Editor& e) {
            return Status::from(
                addCoding(e, makeCoding(document, code, coderId, start, end), hash));
        });
    }
    static Result<qint64> ownerEdit(Editor& e, qint64 document) {
        // "Dr Okafor" (11-20) becomes "the lead".
        auto r = editDocumentText(e, document, {{11, 20, s("the lead")}}, {});
        if (!r)
            return Status::from(r);
        return r->replacements;
    }
};

} // namespace

TEST_CASE("PostgreSQL: a coding made on a transcript the owner edited since is refused, never "
          "misplaced") {
    Shared t;
    if (!t.open())
        return;
    // The owner's client edits the text.
    auto owner = Project::open(t.b.location, Project::Backup::Skip);
    REQUIRE(owner.ok());
    REQUIRE((*owner)
                ->edit(s("edit"),
                       [&](Editor& e) { return Status::from(Shared::ownerEdit(e, t.document)); })
                .ok());
    // The coder still shows the old text and codes "Dr Okafor" there.
    const Status refused = t.code_(11, 20, t.seen);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.kind() == ErrorKind::Stale);
    CHECK(refused.error().contains(s("edited after you selected")));
    CHECK(t.coder->storage().codings(t.document)->isEmpty());
    // On the text as it is now the coding goes in.
    const QString now = t.coder->storage().documentHash(t.document);
    CHECK(now != t.seen);
    CHECK(t.code_(11, 19, now).ok());
    CHECK(t.coder->storage().codings(t.document)->size() == 1);
}

TEST_CASE("PostgreSQL: a coding that reaches the server while the owner's edit is being written "
          "waits for it and is refused") {
    Shared t;
    if (!t.open())
        return;
    // The owner's edit holds its transaction open for a moment after writing the new text.
    OtherClient owner(
        t.b.location, [&t](Editor& e) { return Shared::ownerEdit(e, t.document); }, 600);
    // Without the text lock the coder would read the old hash (the edit is not committed)
    // and place the coding on the old offsets, which the edit never moves.
    const Status refused = t.code_(11, 20, t.seen);
    owner.join();
    REQUIRE(owner.status().ok());
    CHECK_FALSE(refused.ok());
    CHECK(refused.kind() == ErrorKind::Stale);
    CHECK(t.coder->storage().codings(t.document)->isEmpty());
    CHECK(t.coder->storage().checkIntegrity().isEmpty());
}
