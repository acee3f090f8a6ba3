// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codetree.h"
#include "core/commands/commands.h"
#include "core/demo/demobuilder.h"
#include "core/project.h"
#include "core/refi/refiexport.h"
#include "core/refi/refiimport.h"
#include "core/refi/refipackage.h"
#include "core/storage/refiqueries.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;

namespace {

std::unique_ptr<Project> mustOpen(const QString& path) {
    auto p = Project::open(path);
    INFO(p.error().toStdString());
    REQUIRE(p.ok());
    return p.take();
}

void mustEdit(Project& p, const std::function<Status(Editor&)>& fn) {
    const Status s = p.edit(QStringLiteral("test"), fn);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

// Runs xmllint against a schema from ../shared/refi; false (with a WARN) when either is
// missing, so the caller can skip.
bool validate(const QString& xmlFile, const QString& schema, QString* output) {
    const QString shared = test::sharedDir();
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (shared.isEmpty() || xmllint.isEmpty()) {
        WARN("../shared or xmllint is missing: schema validation skipped");
        return false;
    }
    const auto r = test::runProcess(
        xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"),
                  QDir(shared).filePath(QStringLiteral("refi/") + schema), xmlFile});
    *output = QString::fromUtf8(r.out + r.err);
    return r.exitCode == 0;
}

/// The demo project with what the demo lacks: memos of every kind, a choice attribute, a
/// true/false attribute and a decimal value.
QString preparedDemo(const QTemporaryDir& dir) {
    const QString path = dir.filePath(QStringLiteral("demo.situate"));
    auto demo = buildDemoProject(path);
    INFO(demo.error().toStdString());
    REQUIRE(demo.ok());
    auto p = mustOpen(path);
    const Storage& s = p->storage();
    const qint64 doc = s.documents().value().first().id;
    const qint64 caseId = s.cases().value().first().id;
    const qint64 code = s.codes().value().first().id;
    mustEdit(*p, [&](Editor& e) -> Status {
        for (auto [owner, id, text] :
             {std::tuple{MemoOwner::Project, qint64(0), QStringLiteral("Plan: two coders.")},
              std::tuple{MemoOwner::Document, doc, QStringLiteral("Recorded in a noisy room.")},
              std::tuple{MemoOwner::Case, caseId, QStringLiteral("Strongest CoP.\nSee wave 2.")},
              std::tuple{MemoOwner::Code, code, QStringLiteral("Merged from two codes.")}}) {
            if (Status st = setMemo(e, owner, id, text); !st)
                return st;
        }
        const auto memo = e.storage().memo(MemoOwner::Project, 0);
        if (Status st = e.update(QStringLiteral("memos"), memo->id,
                                 {{QStringLiteral("title"), QStringLiteral("Analysis plan")}});
            !st)
            return st;
        auto consent = ensureAttribute(e, AttributeScope::Document, QStringLiteral("consent"),
                                       AttributeType::Choice);
        auto recorded = ensureAttribute(e, AttributeScope::Document, QStringLiteral("recorded"),
                                        AttributeType::Choice);
        auto hours = ensureAttribute(e, AttributeScope::Case, QStringLiteral("hours"),
                                     AttributeType::Number);
        if (!consent || !recorded || !hours)
            return Status::failure(QStringLiteral("attribute"));
        if (Status st =
                e.update(QStringLiteral("attributes"), *consent,
                         {{QStringLiteral("choices"), QStringLiteral("full\npartial\nwithdrawn")}});
            !st)
            return st;
        if (Status st = e.update(QStringLiteral("attributes"), *recorded,
                                 {{QStringLiteral("choices"), QStringLiteral("true\nfalse")}});
            !st)
            return st;
        if (Status st = setAttributeValue(e, *consent, doc, QStringLiteral("partial")); !st)
            return st;
        if (Status st = setAttributeValue(e, *recorded, doc, QStringLiteral("false")); !st)
            return st;
        return setAttributeValue(e, *hours, caseId, QStringLiteral("2.5"));
    });
    return path;
}

QHash<QString, QString> codePathsByUuid(const Storage& s) {
    const CodeTree tree(s.codes().value());
    QHash<QString, QString> out;
    for (const Code& c : tree.codes())
        out.insert(c.uuid, tree.path(c.id));
    return out;
}

} // namespace

TEST_CASE("refi round trip: the demo exported as .qdpx and imported into a new project is the "
          "same project") {
    QTemporaryDir dir;
    const QString demoPath = preparedDemo(dir);
    const QString qdpx = dir.filePath(QStringLiteral("demo.qdpx"));
    auto a = mustOpen(demoPath);
    const refi::ExportPlan plan = refi::planProjectExport(*a).value();
    // Three .vtt transcripts have timings and five .docx/.vtt... are not plain text: 14 documents,
    // 6 of them .txt (resources/demo/README.md), so 8 are converted.
    CHECK(plan.losses.join(QLatin1Char('\n')).contains(QStringLiteral("caption timings of 3")));
    CHECK(plan.losses.join(QLatin1Char('\n')).contains(QStringLiteral("original files of 8")));
    CHECK(plan.adaptations.join(QLatin1Char('\n'))
              .contains(QStringLiteral("1 choice attribute(s)"))); // "recorded" goes as Boolean
    CHECK(plan.adaptations.join(QLatin1Char('\n')).contains(QStringLiteral("1 case memo(s)")));
    auto written = refi::exportProject(*a, qdpx);
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    CHECK(written->documents == 14);
    CHECK(written->codings == 178);
    // 4 memos plus one note per coding memo in the demo's codings.csv.
    qint64 codingMemos = 0;
    for (const Coding& c : a->storage().allCodings().value())
        codingMemos += c.memo.isEmpty() ? 0 : 1;
    CHECK(written->notes == 4 + codingMemos);

    const QString bPath = dir.filePath(QStringLiteral("back.situate"));
    REQUIRE(Project::create(bPath).ok());
    auto b = mustOpen(bPath);
    auto report = refi::importProject(*b, qdpx);
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    CHECK(report->origin == QStringLiteral("Situate"));
    CHECK(report->documentsAdded == 14);
    CHECK(report->codesCreated == 46);
    CHECK(report->codersCreated == 2);
    CHECK(report->codingsAdded == 178);
    CHECK(report->codingsNotPlaced == 0);
    CHECK(report->casesCreated == 7);
    CHECK(report->questionsCreated == 6);
    CHECK(report->memos == 4);
    CHECK(report->skipped.isEmpty());

    const Storage& sa = a->storage();
    const Storage& sb = b->storage();
    const ProjectStats x = sa.stats(), y = sb.stats();
    CHECK(y.documents == x.documents);
    CHECK(y.cases == x.cases);
    CHECK(y.codes == x.codes);
    CHECK(y.coders == x.coders);
    CHECK(y.codings == x.codings);
    CHECK(y.researchQuestions == x.researchQuestions);
    CHECK(y.characters == x.characters);

    // Documents by UUID: name and exact text.
    QHash<QString, qint64> docB;
    for (const DocumentInfo& d : sb.documents().value())
        docB.insert(d.uuid, d.id);
    QHash<qint64, QString> docUuidA;
    for (const DocumentInfo& d : sa.documents().value()) {
        docUuidA.insert(d.id, d.uuid);
        REQUIRE(docB.contains(d.uuid));
        const auto other = sb.document(docB.value(d.uuid));
        CHECK(other->name == d.name);
        CHECK(other->text == sa.documentText(d.id));
        CHECK(other->contentHash == d.contentHash);
    }
    // The code tree by UUID: path, colour, definition, criteria, ToC element.
    const QHash<QString, QString> pathsA = codePathsByUuid(sa), pathsB = codePathsByUuid(sb);
    CHECK(pathsA == pathsB);
    QHash<QString, Code> codesB;
    for (const Code& c : sb.codes().value())
        codesB.insert(c.uuid, c);
    for (const Code& c : sa.codes().value()) {
        const Code& o = codesB[c.uuid];
        CHECK(o.colour == c.colour);
        CHECK(o.definition == c.definition);
        CHECK(o.inclusion == c.inclusion);
        CHECK(o.exclusion == c.exclusion);
        CHECK(o.example == c.example);
        CHECK(o.toc == c.toc);
    }
    // Cases: name, description, documents.
    QHash<QString, Case> casesB;
    for (const Case& c : sb.cases().value())
        casesB.insert(c.uuid, c);
    for (const Case& c : sa.cases().value()) {
        REQUIRE(casesB.contains(c.uuid));
        CHECK(casesB[c.uuid].name == c.name);
        CHECK(casesB[c.uuid].description == c.description);
        QStringList docsA, docsB;
        for (qint64 d : sa.documentsOfCase(c.id).value())
            docsA << docUuidA.value(d);
        for (qint64 d : sb.documentsOfCase(casesB[c.uuid].id).value())
            docsB << sb.document(d)->uuid;
        docsA.sort();
        docsB.sort();
        CHECK(docsA == docsB);
    }
    // Attributes: type, choices and every value, owners matched by UUID.
    auto ownerUuid = [](const Storage& s, const Attribute& at, qint64 owner) {
        if (at.scope == AttributeScope::Document)
            return s.document(owner)->uuid;
        for (const Case& c : s.cases().value()) {
            if (c.id == owner)
                return c.uuid;
        }
        return QString();
    };
    REQUIRE(sb.attributes().value().size() == sa.attributes().value().size());
    for (const Attribute& at : sa.attributes().value()) {
        const auto other = sb.attributeByName(at.scope, at.name);
        REQUIRE(other.has_value());
        CHECK(other->uuid == at.uuid);
        CHECK(other->type == at.type);
        CHECK(other->choices == at.choices);
        QHash<QString, QString> va, vb;
        const auto valuesA = sa.attributeValues(at.id).value();
        for (auto it = valuesA.cbegin(); it != valuesA.cend(); ++it)
            va.insert(ownerUuid(sa, at, it.key()), it.value());
        const auto valuesB = sb.attributeValues(other->id).value();
        for (auto it = valuesB.cbegin(); it != valuesB.cend(); ++it)
            vb.insert(ownerUuid(sb, *other, it.key()), it.value());
        CHECK(va == vb);
    }
    // Codings by UUID: document, code, coder, offsets, memo, creation time.
    QHash<qint64, QString> coderA, coderB, codeUuidA, codeUuidB;
    for (const Coder& c : sa.coders().value())
        coderA.insert(c.id, c.name);
    for (const Coder& c : sb.coders().value())
        coderB.insert(c.id, c.name);
    for (const Code& c : sa.codes().value())
        codeUuidA.insert(c.id, c.uuid);
    for (const Code& c : sb.codes().value())
        codeUuidB.insert(c.id, c.uuid);
    QHash<QString, Coding> codingsB;
    for (const Coding& c : sb.allCodings().value())
        codingsB.insert(c.uuid, c);
    for (const Coding& c : sa.allCodings().value()) {
        REQUIRE(codingsB.contains(c.uuid));
        const Coding& o = codingsB[c.uuid];
        CHECK(sb.document(o.documentId)->uuid == docUuidA.value(c.documentId));
        CHECK(codeUuidB.value(o.codeId) == codeUuidA.value(c.codeId));
        CHECK(coderB.value(o.coderId) == coderA.value(c.coderId));
        CHECK(o.start == c.start);
        CHECK(o.end == c.end);
        CHECK(o.memo == c.memo);
        CHECK(o.created == c.created);
    }
    // Memos of each kind, with the project memo's title.
    const QVector<Memo> memosA = refiqueries::allMemos(sa), memosB = refiqueries::allMemos(sb);
    REQUIRE(memosB.size() == memosA.size());
    for (const Memo& m : memosA) {
        const auto it = std::find_if(memosB.cbegin(), memosB.cend(),
                                     [&](const Memo& o) { return o.uuid == m.uuid; });
        REQUIRE(it != memosB.cend());
        CHECK(it->ownerType == m.ownerType);
        CHECK(it->title == m.title);
        CHECK(it->text == m.text);
    }
    CHECK(sb.memo(MemoOwner::Project, 0)->title == QStringLiteral("Analysis plan"));
    // Research questions with their titles, texts and code links.
    QHash<QString, ResearchQuestion> qB;
    for (const ResearchQuestion& q : sb.researchQuestions().value())
        qB.insert(q.uuid, q);
    const auto linksA = sa.codeQuestionLinks().value(), linksB = sb.codeQuestionLinks().value();
    for (const ResearchQuestion& q : sa.researchQuestions().value()) {
        REQUIRE(qB.contains(q.uuid));
        CHECK(qB[q.uuid].code == q.code);
        CHECK(qB[q.uuid].title == q.title);
        CHECK(qB[q.uuid].text == q.text);
        QStringList ca, cb;
        for (auto it = linksA.cbegin(); it != linksA.cend(); ++it) {
            if (it->contains(q.id))
                ca << codeUuidA.value(it.key());
        }
        for (auto it = linksB.cbegin(); it != linksB.cend(); ++it) {
            if (it->contains(qB[q.uuid].id))
                cb << codeUuidB.value(it.key());
        }
        ca.sort();
        cb.sort();
        CHECK(ca == cb);
    }
    CHECK(sb.checkIntegrity().isEmpty());

    SECTION("importing the same file again matches everything and adds nothing") {
        auto again = refi::importProject(*b, qdpx);
        REQUIRE(again.ok());
        CHECK(again->documentsAdded == 0);
        CHECK(again->documentsReused == 14);
        CHECK(again->codesCreated == 0);
        CHECK(again->codesMatched == 46);
        CHECK(again->codingsAdded == 0);
        CHECK(again->codingsDuplicate == 178);
        CHECK(again->casesMatched == 7);
        CHECK(again->questionsMatched == 6);
        CHECK(again->questionLinks == 0);
        CHECK(again->memos == 0);
        CHECK(sb.stats().codings == 178);
        CHECK(refiqueries::allMemos(sb).size() == memosA.size());
    }
    SECTION("the import is one undo step") {
        b->undoStack()->undo();
        CHECK(sb.stats().documents == 0);
        CHECK(sb.stats().codings == 0);
        CHECK(sb.stats().codes == 0);
        b->undoStack()->redo();
        CHECK(sb.stats().codings == 178);
    }
}

TEST_CASE("refi export: project.qde and the .qdc validate against the REFI-QDA schemas") {
    QTemporaryDir dir;
    const QString demoPath = preparedDemo(dir);
    auto p = mustOpen(demoPath);
    const QString qde =
        test::writeFile(dir.filePath(QStringLiteral("project.qde")), refi::projectXml(*p).value());
    const QString qdc = dir.filePath(QStringLiteral("demo.qdc"));
    auto written = refi::exportCodebook(*p, qdc);
    REQUIRE(written.ok());
    CHECK(written->codes == 46);
    CHECK(written->questions == 6);
    CHECK(written->losses.join(QLatin1Char('\n')).contains(QStringLiteral("1 code memo(s)")));
    const QByteArray xml = test::readFile(qde);
    CHECK(xml.contains("xmlns=\"urn:QDA-XML:project:1.0\""));
    CHECK(xml.contains("typeOfVariable=\"Boolean\""));
    CHECK(xml.contains("<FloatValue>2.5</FloatValue>"));
    CHECK(xml.contains("plainTextPath=\"internal://"));
    CHECK(test::readFile(qdc).contains("xmlns=\"urn:QDA-XML:codebook:1.0\""));
    QString output;
    if (!validate(qde, QStringLiteral("Project.xsd"), &output)) {
        INFO(output.toStdString());
        CHECK((test::sharedDir().isEmpty() ||
               QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty()));
        return;
    }
    INFO(output.toStdString());
    CHECK(validate(qdc, QStringLiteral("Codebook.xsd"), &output));

    SECTION("a codebook of a project without codes is refused") {
        const QString empty = dir.filePath(QStringLiteral("empty.situate"));
        REQUIRE(Project::create(empty).ok());
        auto e = mustOpen(empty);
        auto r = refi::exportCodebook(*e, dir.filePath(QStringLiteral("empty.qdc")));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("no codes")));
        // An empty project still makes a valid project.qde.
        const QString emptyQde = test::writeFile(dir.filePath(QStringLiteral("empty.qde")),
                                                 refi::projectXml(*e).value());
        CHECK(validate(emptyQde, QStringLiteral("Project.xsd"), &output));
    }
}

TEST_CASE("refi export: sources are UTF-8 text with LF and no BOM, named by document GUID") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.situate"));
    REQUIRE(Project::create(path).ok());
    auto p = mustOpen(path);
    mustEdit(*p, [](Editor& e) -> Status {
        NewDocument d;
        d.name = QStringLiteral("lead");
        d.format = QStringLiteral("txt");
        d.text = QString::fromUtf8("Interviewer: Zo\xC3\xAB?\nP1: Yes \xF0\x9F\x98\x80 twelve.\n");
        return Status::from(addDocument(e, d));
    });
    const QString qdpx = dir.filePath(QStringLiteral("t.qdpx"));
    REQUIRE(refi::exportProject(*p, qdpx).ok());
    // Read back through Situate itself: the bytes of the source equal the stored text.
    const QString uuid = p->storage().documents().value().first().uuid;
    const QString copy = dir.filePath(QStringLiteral("copy.situate"));
    REQUIRE(Project::create(copy).ok());
    auto c = mustOpen(copy);
    auto r = refi::importProject(*c, qdpx);
    REQUIRE(r.ok());
    CHECK(c->storage().documents().value().first().uuid == uuid);
    CHECK(c->storage().documentText(c->storage().documents().value().first().id) ==
          p->storage().documentText(p->storage().documents().value().first().id));
    // The archive holds sources/<uuid>.txt: exactly the stored text as UTF-8, no BOM, LF.
    auto package = refi::RefiPackage::open(qdpx);
    REQUIRE(package.ok());
    CHECK(package->mainEntry() == QStringLiteral("project.qde"));
    const QString entry = package->findSource(QStringLiteral("internal://%1.txt").arg(uuid));
    CHECK(entry == QStringLiteral("sources/%1.txt").arg(uuid));
    auto bytes = package->read(entry);
    REQUIRE(bytes.ok());
    CHECK(*bytes == QByteArray("Interviewer: Zo\xC3\xAB?\nP1: Yes \xF0\x9F\x98\x80 twelve.\n"));
}

TEST_CASE("refi import: cancelled from its progress, it fails in words and changes nothing") {
    QTemporaryDir dir;
    auto a = mustOpen(preparedDemo(dir));
    const QString qdpx = dir.filePath(QStringLiteral("demo.qdpx"));
    REQUIRE(refi::exportProject(*a, qdpx).ok());
    const QString bPath = dir.filePath(QStringLiteral("back.situate"));
    REQUIRE(Project::create(bPath).ok());
    auto b = mustOpen(bPath);
    // Cancelled at the fifth step, in the middle of the documents.
    int calls = 0;
    auto cancelled =
        refi::importProject(*b, qdpx, [&](int, int, const QString&) { return ++calls < 5; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error() ==
          QStringLiteral("the import was cancelled: the project is unchanged"));
    CHECK(calls == 5);
    CHECK(b->storage().documents().value().isEmpty());
    CHECK(b->storage().allCodings().value().isEmpty());
    CHECK(b->undoStack()->count() == 0);
    // Not cancelled, every step is reported and the import lands.
    QVector<int> done;
    auto report = refi::importProject(*b, qdpx, [&](int step, int total, const QString&) {
        done << step;
        return step <= total;
    });
    REQUIRE(report.ok());
    CHECK(report->documentsAdded == 14);
    CHECK(done.size() == 14 + 4); // three steps, one per document, then "done"
}
