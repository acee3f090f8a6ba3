// SPDX-License-Identifier: GPL-3.0-or-later
// Row-level security on a PostgreSQL server project (SITUATE_TEST_PG, tests/pg/cluster):
// what coders, owners and viewers may change (codings, ratings, evidence links), enforced by
// the server.
#include "core/agreement/agreementanalysis.h"
#include "core/agreement/agreementreport.h"
#include "core/analysis/frequency.h"
#include "core/analysis/numbertable.h"
#include "core/commands/commands.h"
#include "core/commands/evaluationcommands.h"
#include "core/commands/textedits.h"
#include "core/demo/demobuilder.h"
#include "core/project.h"
#include "core/search.h"
#include "core/storage/analysisqueries.h"
#include "core/storage/dialect.h"
#include "core/storage/evaluationqueries.h"
#include "core/storage/teamqueries.h"
#include "core/team/publish.h"
#include "core/team/teamroles.h"
#include "tests/core/teambackend.h"
#include "tests/support/pgtest.h"
#include "tests/support/testsupport.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

#include <memory>

using namespace situate;
using namespace situate::teamtest;

TEST_CASE("PostgreSQL: row-level security: a coder changes only their own codings, an owner "
          "anyone's, a viewer nothing, and memos are the owners'") {
    Backend b;
    if (!prepare(b, s("postgres")))
        return;
    ProjectWithCode admin = createWithDocumentAndCode(b.location, 200);
    const qint64 docId = admin.docId;
    Storage& owner = admin.project->mutableStorage();
    // Each member codes as the coder named like their login.
    Member ann = openAsMember(b, owner, s("ann"), TeamRole::Coder);
    // A second grant (of anyone) makes the policies again rather than failing on them.
    REQUIRE(grantTeamRole(owner, TeamRole::Coder, ann.coder).ok());
    Member bob = openAsMember(b, owner, s("bob"), TeamRole::Coder);
    Member vic = openAsMember(b, owner, s("vic"), TeamRole::Viewer);
    Member olga = openAsMember(b, owner, s("olga"), TeamRole::Owner);
    auto code = [&](Project& p, const QString& coder, qint64 start, qint64* id) {
        return codeAs(p, coder, docId, admin.codeId, start, id);
    };
    auto remove = [](Project& p, qint64 id) {
        return p.edit(s("remove coding"), [id](Editor& e) { return removeCoding(e, id); });
    };
    auto exists = [&](qint64 id) {
        for (const Coding& c : owner.allCodings().value())
            if (c.id == id)
                return true;
        return false;
    };
    const QString refused = s("your role in this project does not allow it");

    Project& a = *ann.project;
    Project& bb = *bob.project;
    qint64 mine = 0, other = 0, theirs = 0;
    Status st = code(a, ann.coder, 0, &mine);
    INFO(st.error().toStdString());
    REQUIRE(st.ok());
    REQUIRE(code(a, ann.coder, 10, &other).ok());
    REQUIRE(code(bb, bob.coder, 20, &theirs).ok());
    // Ann resizes and deletes her own codings, and undoes that.
    CHECK(a.edit(s("resize"), [&](Editor& e) { return resizeCoding(e, mine, 1, 6); }).ok());
    CHECK(remove(a, other).ok());
    CHECK_FALSE(exists(other));
    a.undoStack()->undo();
    CHECK(exists(other));

    // Bob's coding is his: the server refuses Ann's delete, resize and memo, and it stays.
    const QString before = dump(owner);
    st = remove(a, theirs);
    CHECK_FALSE(st.ok());
    CHECK(st.error().contains(refused));
    CHECK(st.error().contains(s("coding %1 is another coder's").arg(theirs)));
    CHECK(a.edit(s("resize"), [&](Editor& e) { return resizeCoding(e, theirs, 20, 30); })
              .error()
              .contains(refused));
    CHECK(a.edit(s("memo"), [&](Editor& e) { return setCodingMemo(e, theirs, s("mine")); })
              .error()
              .contains(refused));
    // Nor may she code in Bob's name (the server's "violates row-level security policy").
    qint64 forged = 0;
    st = code(a, bob.coder, 40, &forged);
    CHECK_FALSE(st.ok());
    CHECK(st.error().contains(refused));
    CHECK(st.error().contains(s("row-level security")));
    // Memos name no author, so they are the owners': a coder's memo is refused.
    st = a.edit(s("memo"),
                [&](Editor& e) { return setMemo(e, MemoOwner::Document, docId, s("note")); });
    CHECK_FALSE(st.ok());
    CHECK(st.error().contains(refused));
    CHECK(dump(owner) == before);

    // Transcripts are the owners': the window knows before a coder types, and the server
    // refuses a coder's text edit anyway.
    CHECK(admin.project->storage().mayEditDocuments().value());
    CHECK_FALSE(a.storage().mayEditDocuments().value());
    st = a.edit(s("edit text"), [&](Editor& e) {
        return Status::from(editDocumentText(e, docId, {{0, 1, s("X")}}, {}));
    });
    CHECK_FALSE(st.ok());
    CHECK(st.error().contains(refused));
    CHECK(dump(owner) == before);

    // A viewer is refused everything.
    Project& v = *vic.project;
    st = remove(v, theirs);
    CHECK_FALSE(st.ok());
    CHECK(st.error().contains(refused));
    CHECK(v.edit(s("memo"),
                 [&](Editor& e) { return setMemo(e, MemoOwner::Document, docId, s("note")); })
              .error()
              .contains(refused));
    CHECK(dump(owner) == before);

    // Undo of a step the policy no longer allows fails cleanly: the owner renamed Ann's coder,
    // so her coding is no longer hers; undoing its creation is refused and it stays.
    qint64 annCoder = 0;
    for (const Coder& c : owner.coders().value())
        if (c.name == ann.coder)
            annCoder = c.id;
    REQUIRE(annCoder != 0);
    qint64 last = 0;
    REQUIRE(code(a, ann.coder, 50, &last).ok());
    REQUIRE(admin.project
                ->edit(s("rename"),
                       [&](Editor& e) {
                           return e.update(s("coders"), annCoder, {{s("name"), s("Ann (left)")}});
                       })
                .ok());
    QString message;
    QObject::connect(&a, &Project::failed, [&message](const QString& m) { message = m; });
    a.undoStack()->undo();
    CHECK(message.contains(s("coding %1 is another coder's").arg(last)));
    CHECK(exists(last));

    // An owner may delete anyone's coding.
    Project& o = *olga.project;
    st = remove(o, theirs);
    INFO(st.error().toStdString());
    CHECK(st.ok());
    CHECK_FALSE(exists(theirs));
    // ... and may edit a transcript.
    CHECK(o.storage().mayEditDocuments().value());
    CHECK(o.edit(s("edit text"), [&](Editor& e) {
               return Status::from(editDocumentText(e, docId, {{0, 0, s("X")}}, {}));
           }).ok());
}

TEST_CASE("PostgreSQL: row-level security: a coder links and unlinks evidence of their own "
          "ratings only, an owner of anyone's") {
    Backend b;
    if (!prepare(b, s("postgres")))
        return;
    auto admin = Project::create(b.location);
    REQUIRE(admin.ok());
    qint64 docId = 0, codeId = 0, caseId = 0;
    REQUIRE(
        (*admin)
            ->edit(s("setup"),
                   [&](Editor& e) -> Status {
                       auto d = addDocument(e, textDocument(s("interview"), QString(200, u'x')));
                       auto c = ensureCodePath(e, s("Mechanisms"));
                       auto k = ensureCase(e, s("North"));
                       if (!d || !c || !k)
                           return Status::failure(!d ? d.error() : (!c ? c.error() : k.error()));
                       docId = *d;
                       codeId = *c;
                       caseId = *k;
                       QVector<MaturityLevel> levels(2);
                       for (int i = 0; i < 2; ++i) {
                           levels[i].level = i + 1;
                           levels[i].name = s("L%1").arg(i + 1);
                       }
                       return setMaturityLevels(e, levels);
                   })
            .ok());
    Storage& owner = (*admin)->mutableStorage();
    Member ann = openAsMember(b, owner, s("ann"), TeamRole::Coder);
    Member bob = openAsMember(b, owner, s("bob"), TeamRole::Coder);
    Member olga = openAsMember(b, owner, s("olga"), TeamRole::Owner);

    // Each coder codes one passage and rates the case, as the coder named like their login.
    struct Work {
        qint64 coding = 0, rating = 0;
    };
    auto codeAndRate = [&](Project& p, const QString& coder, qint64 start, Work* w) {
        return p.edit(s("code and rate"), [&](Editor& e) -> Status {
            auto k = ensureCoder(e, coder);
            if (!k)
                return Status::failure(k.error());
            auto added = addCoding(e, makeCoding(docId, codeId, *k, start, start + 5));
            if (!added)
                return Status::failure(added.error());
            auto rated = setMaturityRating(e, caseId, *k, 1, s("because"));
            if (!rated)
                return Status::failure(rated.error());
            w->coding = *added;
            w->rating = *rated;
            return {};
        });
    };
    auto link = [](Project& p, qint64 rating, qint64 coding) {
        return p.edit(s("link"), [&](Editor& e) { return linkRatingEvidence(e, rating, coding); });
    };
    auto unlink = [](Project& p, qint64 rating, qint64 coding) {
        return p.edit(s("unlink"),
                      [&](Editor& e) { return unlinkRatingEvidence(e, rating, coding); });
    };
    const QString refused = s("your role in this project does not allow it");

    Project& a = *ann.project;
    Project& bb = *bob.project;
    Project& o = *olga.project;
    Work annWork, bobWork;
    Status st = codeAndRate(a, ann.coder, 0, &annWork);
    INFO(st.error().toStdString());
    REQUIRE(st.ok());
    REQUIRE(codeAndRate(bb, bob.coder, 20, &bobWork).ok());

    // Policies limit writes only: a coder reads every coding, as analyses do.
    auto seen = loadCodingSpans(a.storage());
    INFO(seen.error().toStdString());
    REQUIRE(seen.ok());
    CHECK(seen->size() == 2);

    // Ann cites her coding and Bob's for her own rating, and takes one back again.
    st = link(a, annWork.rating, annWork.coding);
    INFO(st.error().toStdString());
    CHECK(st.ok());
    CHECK(link(a, annWork.rating, bobWork.coding).ok());
    CHECK(unlink(a, annWork.rating, bobWork.coding).ok());
    CHECK(ratingEvidence(owner, annWork.rating) == QVector<qint64>{annWork.coding});

    // Bob's rating is his: the server refuses Ann's link to it and her unlink from it.
    REQUIRE(link(bb, bobWork.rating, bobWork.coding).ok());
    st = link(a, bobWork.rating, annWork.coding);
    CHECK_FALSE(st.ok());
    CHECK(st.error().contains(refused));
    CHECK(st.error().contains(s("row-level security")));
    st = unlink(a, bobWork.rating, bobWork.coding);
    CHECK_FALSE(st.ok());
    CHECK(st.error().contains(refused));
    CHECK(st.error().contains(s("belongs to another coder's maturity rating")));
    CHECK(ratingEvidence(owner, bobWork.rating) == QVector<qint64>{bobWork.coding});
    // Deleting her own coding would unlink it from Bob's rating too, so while he cites it
    // that is refused as well, and nothing changes.
    REQUIRE(link(o, bobWork.rating, annWork.coding).ok());
    st = a.edit(s("remove"), [&](Editor& e) { return removeCoding(e, annWork.coding); });
    CHECK_FALSE(st.ok());
    CHECK(st.error().contains(refused));
    CHECK(ratingEvidence(owner, bobWork.rating).size() == 2);
    CHECK(ratingEvidence(owner, annWork.rating) == QVector<qint64>{annWork.coding});

    // An owner links and unlinks evidence of anyone's rating.
    CHECK(unlink(o, bobWork.rating, annWork.coding).ok());
    CHECK(unlink(o, annWork.rating, annWork.coding).ok());
    CHECK(link(o, annWork.rating, bobWork.coding).ok());
    CHECK(ratingEvidence(owner, bobWork.rating) == QVector<qint64>{bobWork.coding});
    CHECK(ratingEvidence(owner, annWork.rating) == QVector<qint64>{bobWork.coding});
}
