// SPDX-License-Identifier: GPL-3.0-or-later
// REFI-QDA and key quotes and coding memos: the demo's .qdpx (178 codings, 14 coding memos)
// carries each memo both as the coding's note and as its selection's description, where
// QualCoder reads it, validates against the schema, and comes back with one memo each and
// every key quote; a file with only the description (as QualCoder writes), or with a case
// that refers to a source the file lacks, imports as it should.
#include "core/commands/keyquotes.h"
#include "core/project.h"
#include "core/refi/refiexport.h"
#include "core/refi/refiimport.h"
#include "tests/support/demoproject.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;

namespace {

QString s(const char* text) {
    return QString::fromUtf8(text);
}

std::unique_ptr<Project> newProject(const QTemporaryDir& dir, const QString& name) {
    auto created = Project::create(dir.filePath(name));
    REQUIRE(created.ok());
    return created.take();
}

// "document|start|end|memo" of every coding, and the same for the flagged ones.
QStringList codingLines(const Storage& st, bool keyQuotesOnly) {
    QHash<qint64, QString> names;
    for (const DocumentInfo& d : st.documents().value())
        names.insert(d.id, d.name);
    const QSet<qint64> flagged = keyQuoteIds(st).value();
    QStringList out;
    for (const Coding& c : st.allCodings().value()) {
        if (!keyQuotesOnly || flagged.contains(c.id))
            out << s("%1|%2|%3|%4")
                       .arg(names.value(c.documentId))
                       .arg(c.start)
                       .arg(c.end)
                       .arg(c.memo);
    }
    out.sort();
    return out;
}

// The smallest project.qde with one source, one code and one selection whose coding has
// `selection` inside the PlainTextSelection; `extra` goes after the sources.
QByteArray qde(const QByteArray& selection, const QByteArray& extra = {}) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
           "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"t\" origin=\"QualCoder 3.5\">\n"
           "<Users><User guid=\"11111111-1111-4111-8111-111111111111\" name=\"cp\"/></Users>\n"
           "<CodeBook><Codes><Code guid=\"22222222-2222-4222-8222-222222222222\" name=\"Trust\" "
           "isCodable=\"true\"/></Codes></CodeBook>\n"
           "<Sources><TextSource guid=\"33333333-3333-4333-8333-333333333333\" name=\"one\">"
           "<PlainTextContent>We trust each other now.</PlainTextContent>"
           "<PlainTextSelection guid=\"44444444-4444-4444-8444-444444444444\" startPosition=\"3\" "
           "endPosition=\"8\" creatingUser=\"11111111-1111-4111-8111-111111111111\">" +
           selection + "</PlainTextSelection></TextSource></Sources>\n" + extra + "</Project>\n";
}

const QByteArray kCoding = "<Coding guid=\"55555555-5555-4555-8555-555555555555\" "
                           "creatingUser=\"11111111-1111-4111-8111-111111111111\">"
                           "<CodeRef targetGUID=\"22222222-2222-4222-8222-222222222222\"/>";

} // namespace

TEST_CASE("refi key quotes: the demo's coding memos are written twice, validate, and come "
          "back once, with every key quote") {
    test::DemoProject demo;
    Project& p = *demo.project;
    const QVector<Coding> all = p.storage().allCodings().value();
    REQUIRE(all.size() == 178);
    int memos = 0;
    QVector<qint64> chosen;
    for (const Coding& c : all) {
        memos += c.memo.isEmpty() ? 0 : 1;
        if (!c.memo.isEmpty() && chosen.isEmpty())
            chosen << c.id; // a key quote with a memo
    }
    REQUIRE(memos == 14);
    chosen << all[50].id << all[120].id;
    REQUIRE(p.edit(s("flag"), [&](Editor& e) { return setKeyQuotes(e, chosen, true); }).ok());

    const Result<QByteArray> bytes = refi::projectXml(p);
    REQUIRE(bytes.ok());
    const QString xml = QString::fromUtf8(*bytes);
    // Each memo as the selection's description and as the coding's note.
    CHECK(xml.count(s("<Description>")) >= 14);
    for (const Coding& c : all) {
        if (c.memo.isEmpty())
            continue;
        INFO(c.memo.toStdString());
        const QString escaped = c.memo.toHtmlEscaped().replace(s("&quot;"), s("\""));
        CHECK(xml.contains(s("<Description>") + escaped + s("</Description>")));
        CHECK(xml.contains(s("<PlainTextContent>") + escaped + s("</PlainTextContent>")));
    }
    CHECK(xml.count(s("name=\"Key quote\"")) == 3);

    QTemporaryDir dir;
    const QString qdpx = dir.filePath(s("demo.qdpx"));
    REQUIRE(refi::exportProject(p, qdpx).ok());
    const QString qdeFile = test::writeFile(dir.filePath(s("project.qde")), *bytes);
    const QString shared = test::sharedDir();
    const QString xmllint = QStandardPaths::findExecutable(s("xmllint"));
    // ../shared is not part of the project: without it the validation is skipped, in CI too.
    if (shared.isEmpty())
        WARN("../shared is missing: the export is not validated against Project.xsd");
    else if (test::requirePrerequisite(!xmllint.isEmpty(), "xmllint, to validate the export")) {
        const auto r =
            test::runProcess(xmllint, {s("--noout"), s("--schema"),
                                       QDir(shared).filePath(s("refi/Project.xsd")), qdeFile});
        INFO((r.out + r.err).toStdString());
        CHECK(r.exitCode == 0);
    }

    auto copy = newProject(dir, s("copy.situate"));
    const auto report = refi::importProject(*copy, qdpx);
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    CHECK(report->codingsAdded == 178);
    CHECK(report->keyQuotes == 3);
    // The same codings with the same memos (not doubled), and the same three flagged.
    CHECK(codingLines(copy->storage(), false) == codingLines(p.storage(), false));
    CHECK(codingLines(copy->storage(), true) == codingLines(p.storage(), true));
    CHECK(codingLines(copy->storage(), true).size() == 3);
    // The "Key quote" notes became flags, not memos.
    CHECK_FALSE(copy->storage().memo(MemoOwner::Project, 0).has_value());
}

TEST_CASE("refi import: a coding memo from the description alone, from both places once, and "
          "two different texts both") {
    QTemporaryDir dir;
    const struct {
        const char* name;
        QByteArray selection;
        QByteArray notes;
        QString memo;
        bool keyQuote;
    } cases[] = {
        {"description only (QualCoder)",
         "<Description>Said with a smile</Description>" + kCoding + "</Coding>",
         {},
         s("Said with a smile"),
         false},
        {"both places, the same text",
         "<Description>Said with a smile</Description>" + kCoding +
             "<NoteRef targetGUID=\"66666666-6666-4666-8666-666666666666\"/></Coding>",
         "<Notes><Note guid=\"66666666-6666-4666-8666-666666666666\"><PlainTextContent>Said "
         "with a smile</PlainTextContent></Note></Notes>",
         s("Said with a smile"), false},
        {"two texts, and a key quote note",
         "<Description>Said with a smile</Description>" + kCoding +
             "<NoteRef targetGUID=\"66666666-6666-4666-8666-666666666666\"/>"
             "<NoteRef targetGUID=\"77777777-7777-4777-8777-777777777777\"/></Coding>",
         "<Notes><Note guid=\"66666666-6666-4666-8666-666666666666\"><PlainTextContent>Check "
         "the tape</PlainTextContent></Note><Note guid=\"77777777-7777-4777-8777-777777777777\" "
         "name=\"Key quote\"><PlainTextContent>Key quote</PlainTextContent></Note></Notes>",
         s("Said with a smile\n\nCheck the tape"), true},
    };
    int n = 0;
    for (const auto& c : cases) {
        INFO(c.name);
        const QString file =
            test::writeFile(dir.filePath(s("f%1.qde").arg(++n)), qde(c.selection, c.notes));
        auto p = newProject(dir, s("p%1.situate").arg(n));
        const auto report = refi::importProject(*p, file);
        INFO(report.error().toStdString());
        REQUIRE(report.ok());
        const QVector<Coding> codings = p->storage().allCodings().value();
        REQUIRE(codings.size() == 1);
        CHECK(codings[0].memo == c.memo);
        CHECK(isKeyQuote(p->storage(), codings[0].id).value() == c.keyQuote);
        CHECK(report->keyQuotes == (c.keyQuote ? 1 : 0));
        CHECK_FALSE(p->storage().memo(MemoOwner::Project, 0).has_value());
    }
}

TEST_CASE("refi import: a case that refers to a source the file does not contain says so") {
    QTemporaryDir dir;
    const QByteArray cases =
        "<Cases><Case guid=\"88888888-8888-4888-8888-888888888888\" name=\"CoP North\">"
        "<SourceRef targetGUID=\"33333333-3333-4333-8333-333333333333\"/>"
        "<SourceRef targetGUID=\"99999999-9999-4999-8999-999999999999\"/></Case></Cases>\n";
    // Cases come before Sources in the schema; the importer takes them in any order.
    QByteArray file = qde(kCoding + "</Coding>");
    file.replace("<Sources>", cases + "<Sources>");
    const QString path = test::writeFile(dir.filePath(s("cases.qde")), file);
    auto p = newProject(dir, s("p.situate"));
    const auto report = refi::importProject(*p, path);
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    const QString warnings = report->warnings.join(QLatin1Char('\n'));
    INFO(warnings.toStdString());
    CHECK(warnings.contains(s("case \"CoP North\" refers to 1 source(s) the file does not "
                              "contain: 99999999-9999-4999-8999-999999999999")));
    CHECK_FALSE(warnings.contains(s("33333333")));
    // The source it does contain is in the case.
    const Result<QVector<DocumentInfo>> docs = p->storage().documents();
    REQUIRE(docs.ok());
    REQUIRE(docs->size() == 1);
    CHECK(docs->first().caseIds.size() == 1);
}

TEST_CASE("refi samples: QualCoder's and NVivo's exports keep every coding and memo through "
          "Situate's export and back") {
    const QString shared = test::sharedDir();
    if (shared.isEmpty()) {
        WARN("../shared is missing: the REFI-QDA sample round trips are skipped");
        return;
    }
    for (const char* sample : {"qc1.3.2_demo.qdpx", "nvivo12.6-win_oltas0517.qdpx"}) {
        INFO(sample);
        QTemporaryDir dir;
        auto first = newProject(dir, s("first.situate"));
        const auto in = refi::importProject(
            *first, QDir(shared).filePath(s("refi/samples/") + QString::fromUtf8(sample)));
        INFO(in.error().toStdString());
        REQUIRE(in.ok());
        REQUIRE(in->codingsAdded > 0);
        const QString qdpx = dir.filePath(s("again.qdpx"));
        REQUIRE(refi::exportProject(*first, qdpx).ok());
        auto second = newProject(dir, s("second.situate"));
        const auto back = refi::importProject(*second, qdpx);
        INFO(back.error().toStdString());
        REQUIRE(back.ok());
        CHECK(back->codingsAdded == in->codingsAdded);
        CHECK(codingLines(second->storage(), false) == codingLines(first->storage(), false));
    }
}
