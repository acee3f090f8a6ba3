// SPDX-License-Identifier: GPL-3.0-or-later
// Merging another project file's codings: two real project files coded by different coders.
#include "core/codetree.h"
#include "core/commands/commands.h"
#include "core/io/projectmerge.h"
#include "core/project.h"
#include "tests/support/testrows.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;

namespace {

const QString interview = QStringLiteral("Interviewer: How did the CoP start?\n\n"
                                         "P1: Twelve of us met in 2015 and shared incidents.\n");
const QString other = QStringLiteral("P2: We audit omitted doses every month.\n");

std::unique_ptr<Project> create(const QString& path) {
    auto p = Project::create(path);
    REQUIRE(p.ok());
    return p.take();
}

void mustEdit(Project& p, const std::function<Status(Editor&)>& fn) {
    Status s = p.edit(QStringLiteral("test"), fn);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

Result<qint64> doc(Editor& e, const QString& name, const QString& text) {
    return addDocument(e, test::textDocument(name, text));
}

Status code(Editor& e, const QString& who, qint64 document, qint64 codeId, qint64 start, qint64 end,
            const QString& memo = {}) {
    return Status::from(test::addCodingAs(e, who, document, codeId, start, end, memo));
}

struct Key {
    QString document, code, coder;
    qint64 start, end;
    friend bool operator==(const Key&, const Key&) = default;
};

QVector<Key> codings(const Storage& s) {
    const CodeTree tree(s.codes().value());
    QHash<qint64, QString> coders, docs;
    for (const Coder& c : s.coders().value())
        coders.insert(c.id, c.name);
    for (const DocumentInfo& d : s.documents().value())
        docs.insert(d.id, d.name);
    QVector<Key> out;
    for (const Coding& c : s.allCodings().value())
        out.append({docs.value(c.documentId), tree.path(c.codeId), coders.value(c.coderId), c.start,
                    c.end});
    return out;
}

} // namespace

TEST_CASE("Merge brings another coder's codings in: documents by hash, codes by UUID then path") {
    QTemporaryDir dir;
    const QString minePath = dir.filePath(QStringLiteral("mine.situate"));
    const QString theirsPath = dir.filePath(QStringLiteral("theirs.situate"));
    QString sharedUuid;
    auto mine = create(minePath);
    // Mine: "lead" and "member"; codes Theme and Mechanisms/Peer learning; Aisha codes.
    mustEdit(*mine, [&](Editor& e) -> Status {
        auto lead = doc(e, QStringLiteral("lead"), interview);
        auto member = doc(e, QStringLiteral("member"), other);
        auto theme = ensureCodePath(e, QStringLiteral("Theme"));
        auto peer = ensureCodePath(e, QStringLiteral("Mechanisms/Peer learning"));
        if (!lead || !member || !theme || !peer)
            return Status::failure(QStringLiteral("setup"));
        sharedUuid = e.storage().code(*peer)->uuid;
        if (Status s = code(e, QStringLiteral("Aisha"), *lead, *theme, 0, 35); !s)
            return s;
        return code(e, QStringLiteral("Aisha"), *lead, *peer, 41, 88);
    });
    {
        auto theirs = create(theirsPath);
        // Theirs: the same interview under another name, a document mine lacks, a code with
        // mine's UUID under another name, Theme by path, and a new code path.
        mustEdit(*theirs, [&](Editor& e) -> Status {
            auto lead = doc(e, QStringLiteral("lead-copy"), interview);
            auto extra = doc(e, QStringLiteral("extra"), QStringLiteral("Not in mine.\n"));
            auto theme = ensureCodePath(e, QStringLiteral("Theme"));
            auto group = ensureCodePath(e, QStringLiteral("Mechanisms"));
            if (!lead || !extra || !theme || !group)
                return Status::failure(QStringLiteral("setup"));
            Code renamed;
            renamed.uuid = sharedUuid;
            renamed.parentId = *group;
            renamed.name = QStringLiteral("Learning from peers");
            auto peer = createCode(e, renamed);
            auto fresh = ensureCodePath(e, QStringLiteral("Outcomes/Practice change"));
            if (!peer || !fresh)
                return Status::failure(QStringLiteral("setup"));
            for (Status s :
                 {code(e, QStringLiteral("Aisha"), *lead, *theme, 0, 35), // duplicate
                  code(e, QStringLiteral("Ben"), *lead, *theme, 0, 40),
                  code(e, QStringLiteral("Ben"), *lead, *peer, 41, 88, QStringLiteral("ok")),
                  code(e, QStringLiteral("Ben"), *lead, *fresh, 50, 60),
                  code(e, QStringLiteral("Ben"), *extra, *theme, 0, 4)})
                if (!s)
                    return s;
            return {};
        });
    }

    auto report = mergeProjectFile(*mine, theirsPath);
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    CHECK(report->documentsMatched == QStringList{QStringLiteral("lead-copy as lead")});
    CHECK(report->documentsRefused ==
          QStringList{QStringLiteral("extra: no document here has the same text")});
    CHECK(
        report->codesMatchedByUuid ==
        QStringList{QStringLiteral("Mechanisms/Learning from peers as Mechanisms/Peer learning")});
    CHECK(report->codesMatchedByPath ==
          QStringList{QStringLiteral("Theme"), QStringLiteral("Mechanisms")});
    CHECK(report->codesCreated ==
          QStringList{QStringLiteral("Outcomes"), QStringLiteral("Outcomes/Practice change")});
    CHECK(report->codersMatched == QStringList{QStringLiteral("Aisha")});
    CHECK(report->codersAdded == QStringList{QStringLiteral("Ben")});
    CHECK(report->codingsAdded == 3);
    CHECK(report->duplicatesSkipped == 1);
    CHECK(report->codingsRefused == 1);
    CHECK(report->refusals ==
          QStringList{QStringLiteral("1 coding(s) on documents that are not in this project")});

    const Storage& s = mine->storage();
    const QVector<Key> merged = codings(s);
    CHECK(merged.size() == 5);
    CHECK(merged.contains(
        Key{QStringLiteral("lead"), QStringLiteral("Theme"), QStringLiteral("Ben"), 0, 40}));
    CHECK(merged.contains(Key{QStringLiteral("lead"), QStringLiteral("Mechanisms/Peer learning"),
                              QStringLiteral("Ben"), 41, 88}));
    CHECK(merged.contains(Key{QStringLiteral("lead"), QStringLiteral("Outcomes/Practice change"),
                              QStringLiteral("Ben"), 50, 60}));
    // Memos come along; the project stays consistent.
    bool memo = false;
    for (const Coding& c : s.allCodings().value())
        memo = memo || c.memo == QStringLiteral("ok");
    CHECK(memo);
    CHECK(s.checkIntegrity().isEmpty());

    // Merging again adds nothing: every coding is a duplicate.
    auto again = mergeProjectFile(*mine, theirsPath);
    REQUIRE(again.ok());
    CHECK(again->codingsAdded == 0);
    CHECK(again->duplicatesSkipped == 4);
    CHECK(again->codesCreated.isEmpty());
    CHECK(codings(s).size() == 5);

    // The first merge was one undo step (the second changed nothing and pushed none).
    mine->undoStack()->undo();
    CHECK(codings(s).size() == 2);
    CHECK_FALSE(s.coderIdByName(QStringLiteral("Ben")).has_value());
    CHECK_FALSE(CodeTree(s.codes().value()).idByPath(QStringLiteral("Outcomes")).has_value());
    mine->undoStack()->redo();
    CHECK(codings(s).size() == 5);

    // A project is not merged into itself, and a missing file is reported.
    CHECK_FALSE(mergeProjectFile(*mine, minePath).ok());
    auto missing = mergeProjectFile(*mine, dir.filePath(QStringLiteral("nope.situate")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("no such file")));
}
