// SPDX-License-Identifier: GPL-3.0-or-later
// A hand-made bare .qde with a Sources folder beside it, carrying the oddities real exporters
// write, so each rule of the liberal reader is checked on a known answer.
#include "core/codetree.h"
#include "core/commands/commands.h"
#include "core/project.h"
#include "core/refi/refiimport.h"
#include "core/text.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;

namespace {

QString u(const char* utf8) {
    return QString::fromUtf8(utf8);
}

// Source A as NVivo for Windows writes it: BOM, CRLF, an emoji. In UTF-16 units after the
// BOM: "How did it start?" 13-30, CRLF 30-32, "In 2015 😀" 36-46, "with" 47-51, "twelve"
// 52-58, "with twelve of us." 47-65, CRLF 65-67. In Situate's offsets (code points, LF) the
// second line starts one earlier, and after the emoji one more: "In 2015 😀" 35-44,
// "twelve" 50-56, "with twelve of us." 45-63; the text is 64 code points.
const char* sourceA = "\xEF\xBB\xBFInterviewer: How did it start?\r\n"
                      "P1: In 2015 \xF0\x9F\x98\x80 with twelve of us.\r\n";

const char* project = R"(<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1:0" name="odd" origin="NVivo for Windows 14">
 <Users>
  <User guid="{AAAAAAAA-1111-4111-8111-111111111111}" name="Aisha"/>
  <User guid="bbbbbbbb-2222-4222-8222-222222222222" id="BK"/>
 </Users>
 <CodeBook><Codes>
  <Code guid="{0D62985D-B147-5D01-A9B5-CAE5DCD98342}" name="Mechanisms" isCodable="true" color="#abc">
   <Code guid="11111111-2222-4333-8444-555555555555" name="Yes/No answers" isCodable="true"/>
  </Code>
  <Code guid="not-a-guid" name="" isCodable="true"/>
 </Codes></CodeBook>
 <Variables>
  <Variable guid="c0000001-0000-4000-8000-000000000001" name="consented" typeOfVariable="Boolean"/>
  <Variable guid="c0000001-0000-4000-8000-000000000002" name="recorded at" typeOfVariable="DateTime"/>
  <Variable guid="c0000001-0000-4000-8000-000000000003" name="minutes" typeOfVariable="Integer"/>
  <Variable guid="c0000001-0000-4000-8000-000000000004" name="score" typeOfVariable="Float"/>
  <Variable guid="c0000001-0000-4000-8000-000000000005" name="interview date" typeOfVariable="Date"/>
 </Variables>
 <Cases>
  <Case guid="d0000001-0000-4000-8000-000000000001" name="Sepsis">
   <Description>Sepsis CoP</Description>
   <CodeRef targetGUID="0d62985d-b147-5d01-a9b5-cae5dcd98342"/>
   <VariableValue><VariableRef targetGUID="c0000001-0000-4000-8000-000000000003"/><IntegerValue>64</IntegerValue></VariableValue>
   <SourceRef targetGUID="e0000001-0000-4000-8000-00000000000a"/>
   <SourceRef targetGUID="e0000001-0000-4000-8000-00000000000d"/>
  </Case>
 </Cases>
 <Sources>
  <TextSource guid="e0000001-0000-4000-8000-00000000000a" name="A.docx" plainTextPath="internal://A.TXT">
   <PlainTextSelection guid="f0000001-0000-4000-8000-000000000001" name="How did it start?" startPosition="13" endPosition="30">
    <Coding guid="f1000001-0000-4000-8000-000000000001" creatingUser="aaaaaaaa-1111-4111-8111-111111111111" creationDateTime="2024-05-01T10:00:00Z">
     <CodeRef targetGUID="{0d62985d-b147-5d01-a9b5-cae5dcd98342}"/><NoteRef targetGUID="a0000001-0000-4000-8000-000000000001"/>
    </Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="f0000001-0000-4000-8000-000000000002" name="with twelve of us." startPosition="47" endPosition="65">
    <Coding guid="f1000001-0000-4000-8000-000000000002" creatingUser="bbbbbbbb-2222-4222-8222-222222222222"><CodeRef targetGUID="11111111-2222-4333-8444-555555555555"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="f0000001-0000-4000-8000-000000000003" name="In 2015 &#x1F600;" startPosition="36" endPosition="46">
    <Coding guid="f1000001-0000-4000-8000-000000000003" creatingUser="{AAAAAAAA-1111-4111-8111-111111111111}"><CodeRef targetGUID="0D62985D-B147-5D01-A9B5-CAE5DCD98342"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="f0000001-0000-4000-8000-000000000004" name="twelve" startPosition="52" endPosition="58">
    <Coding guid="f1000001-0000-4000-8000-000000000004" creatingUser="bbbbbbbb-2222-4222-8222-222222222222"><CodeRef targetGUID="0d62985d-b147-5d01-a9b5-cae5dcd98342"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="f0000001-0000-4000-8000-000000000005" name="P1 said something" startPosition="0" endPosition="12">
    <Coding guid="f1000001-0000-4000-8000-000000000005" creatingUser="bbbbbbbb-2222-4222-8222-222222222222"><CodeRef targetGUID="11111111-2222-4333-8444-555555555555"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="f0000001-0000-4000-8000-000000000006" name="twelve of us" startPosition="36" endPosition="38">
    <Coding guid="f1000001-0000-4000-8000-000000000006" creatingUser="bbbbbbbb-2222-4222-8222-222222222222"><CodeRef targetGUID="11111111-2222-4333-8444-555555555555"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="f0000001-0000-4000-8000-000000000007" startPosition="60" endPosition="80">
    <Coding guid="f1000001-0000-4000-8000-000000000007" creatingUser="bbbbbbbb-2222-4222-8222-222222222222"><CodeRef targetGUID="11111111-2222-4333-8444-555555555555"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="f0000001-0000-4000-8000-000000000008" startPosition="13" endPosition="16"/>
   <PlainTextSelection guid="f0000001-0000-4000-8000-000000000009" startPosition="13" endPosition="16">
    <Coding guid="f1000001-0000-4000-8000-000000000009" creatingUser="bbbbbbbb-2222-4222-8222-222222222222"><CodeRef targetGUID="99999999-2222-4333-8444-555555555555"/></Coding>
   </PlainTextSelection>
   <NoteRef targetGUID="a0000001-0000-4000-8000-000000000002"/>
  </TextSource>
  <TextSource guid="e0000001-0000-4000-8000-00000000000b" name="B">
   <PlainTextContent>Second text, inline.</PlainTextContent>
   <Coding guid="f1000001-0000-4000-8000-00000000000b" creatingUser="aaaaaaaa-1111-4111-8111-111111111111"><CodeRef targetGUID="0d62985d-b147-5d01-a9b5-cae5dcd98342"/></Coding>
  </TextSource>
  <TextSource guid="e0000001-0000-4000-8000-00000000000c" name="C" plainTextPath="relative:///c.txt">
   <VariableValue><VariableRef targetGUID="c0000001-0000-4000-8000-000000000001"/><BooleanValue>1</BooleanValue></VariableValue>
   <VariableValue><VariableRef targetGUID="c0000001-0000-4000-8000-000000000002"/><DateTimeValue>2021-10-30T08:45:00Z</DateTimeValue></VariableValue>
   <VariableValue><VariableRef targetGUID="c0000001-0000-4000-8000-000000000003"/><IntegerValue>42</IntegerValue></VariableValue>
   <VariableValue><VariableRef targetGUID="c0000001-0000-4000-8000-000000000004"/><FloatValue>2.50</FloatValue></VariableValue>
   <VariableValue><VariableRef targetGUID="c0000001-0000-4000-8000-000000000005"/><DateValue>2016-03-14</DateValue></VariableValue>
  </TextSource>
  <TextSource guid="e0000001-0000-4000-8000-00000000000d" name="D" plainTextPath="missing.txt"/>
  <TextSource guid="e0000001-0000-4000-8000-00000000000e" plainTextPath="e.txt"/>
 </Sources>
 <Notes>
  <Note guid="a0000001-0000-4000-8000-000000000001"><PlainTextContent>Key quote.</PlainTextContent></Note>
  <Note guid="a0000001-0000-4000-8000-000000000002" name="Interview"><PlainTextContent>Interview went well.</PlainTextContent></Note>
  <Note guid="a0000001-0000-4000-8000-000000000003" name="On Sepsis"><PlainTextContent>Case memo text</PlainTextContent></Note>
  <Note guid="a0000001-0000-4000-8000-000000000004" name="Loose"><PlainTextContent>Loose note</PlainTextContent></Note>
 </Notes>
 <Links>
  <Link guid="b0000001-0000-4000-8000-000000000001" originGUID="a0000001-0000-4000-8000-000000000003" targetGUID="d0000001-0000-4000-8000-000000000001"/>
 </Links>
 <Sets>
  <Set guid="b0000002-0000-4000-8000-000000000001" name="Group">
   <MemberSource targetGUID="e0000001-0000-4000-8000-00000000000a"/>
   <MemberSource targetGUID="e0000001-0000-4000-8000-00000000000e"/>
  </Set>
 </Sets>
</Project>
)";

QString writeOddProject(const QTemporaryDir& dir) {
    test::writeFile(dir.filePath(QStringLiteral("Sources/a.txt")), sourceA);
    test::writeFile(dir.filePath(QStringLiteral("Sources/c.txt")), "Third source\n");
    test::writeFile(dir.filePath(QStringLiteral("Sources/e.txt")), "Another one\r\n");
    return test::writeFile(dir.filePath(QStringLiteral("odd.qde")), project);
}

std::unique_ptr<Project> newProject(const QTemporaryDir& dir, const QString& name) {
    const QString path = dir.filePath(name);
    REQUIRE(Project::create(path).ok());
    auto p = Project::open(path);
    REQUIRE(p.ok());
    return p.take();
}

QString textOf(const Storage& s, const Coding& c) {
    const QString text = s.documentText(c.documentId);
    return OffsetMap(text).slice(text, c.start, c.end);
}

QString attributeValue(const Storage& s, AttributeScope scope, const QString& name, qint64 owner) {
    const auto a = s.attributeByName(scope, name);
    return a ? s.attributeValues(a->id).value().value(owner) : QStringLiteral("<no attribute>");
}

} // namespace

TEST_CASE("refi liberal import: a bare .qde with every oddity lands where the tool meant") {
    QTemporaryDir dir;
    const QString qde = writeOddProject(dir);
    auto p = newProject(dir, QStringLiteral("odd.situate"));
    QVector<QPair<int, int>> progress;
    auto r = refi::importProject(*p, qde, [&](int done, int total, const QString&) {
        progress.append({done, total});
        return true;
    });
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    INFO(r->skipped.join(QLatin1Char('\n')).toStdString()
         << "\n"
         << r->notPlaced.join(QLatin1Char('\n')).toStdString() << "\n"
         << r->warnings.join(QLatin1Char('\n')).toStdString());
    const Storage& s = p->storage();
    CHECK(r->documentsAdded == 4); // A, B, C and the unnamed e.txt; D's file is missing
    CHECK(r->codesCreated == 3);
    CHECK(r->codersCreated == 2);
    CHECK(r->codingsAdded == 6); // five placed in A, the whole of B
    CHECK(r->codingsNotPlaced == 3);
    CHECK(r->casesCreated == 2); // Sepsis, and the set "Group"
    CHECK(r->notes.join(QLatin1Char('\n')).contains(QStringLiteral("UTF-16 code units")));
    // Progress: one step per source (5) plus codes, cases and sets, notes; never backwards.
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.last() == QPair<int, int>(8, 8));
    for (qsizetype i = 1; i < progress.size(); ++i)
        CHECK(progress[i].first >= progress[i - 1].first);

    // Codes: the GUID in braces is cleaned; the 3-digit colour widened; "/" kept readable.
    const CodeTree tree(s.codes().value());
    const auto mech = tree.idByPath(QStringLiteral("Mechanisms"));
    REQUIRE(mech.has_value());
    CHECK(tree.find(*mech)->uuid == QStringLiteral("0d62985d-b147-5d01-a9b5-cae5dcd98342"));
    CHECK(tree.find(*mech)->colour == QStringLiteral("#aabbcc"));
    const auto yesNo = tree.idByPath(u("Mechanisms/Yes\xE2\x88\x95No answers"));
    REQUIRE(yesNo.has_value());
    CHECK(tree.idByPath(QStringLiteral("Unnamed code")).has_value());
    CHECK(s.coderIdByName(QStringLiteral("Aisha")).has_value());
    CHECK(s.coderIdByName(QStringLiteral("BK")).has_value());

    // Every placed coding covers exactly the text the tool coded.
    const qint64 docA = *s.documentIdByName(QStringLiteral("A"));
    CHECK(s.document(docA)->length == 64);
    QStringList texts;
    for (const Coding& c : s.codings(docA).value())
        texts << QStringLiteral("%1-%2 %3").arg(c.start).arg(c.end).arg(textOf(s, c));
    texts.sort();
    CHECK(texts == QStringList{QStringLiteral("0-12 Interviewer:"),
                               QStringLiteral("13-30 How did it start?"),
                               u("35-44 In 2015 \xF0\x9F\x98\x80"),
                               QStringLiteral("45-63 with twelve of us."),
                               QStringLiteral("50-56 twelve")});
    for (const Coding& c : s.codings(docA).value()) {
        if (c.start == 13)
            CHECK(c.memo == QStringLiteral("Key quote."));
    }
    const QString notPlaced = r->notPlaced.join(QLatin1Char('\n'));
    CHECK(notPlaced.contains(QStringLiteral("says it coded \"twelve of us\"")));
    CHECK(notPlaced.contains(QStringLiteral("runs past the end")));
    CHECK(notPlaced.contains(QStringLiteral("99999999-2222-4333-8444-555555555555")));
    const QString skipped = r->skipped.join(QLatin1Char('\n'));
    CHECK(skipped.contains(QStringLiteral("source \"D\"")));
    CHECK(skipped.contains(QStringLiteral("1 selection(s) without a code")));
    CHECK(skipped.contains(QStringLiteral("case \"Sepsis\": 1 code and 0 selection")));

    // Inline text with a coding on the whole source; a bare path; CRLF in e.txt.
    const qint64 docB = *s.documentIdByName(QStringLiteral("B"));
    REQUIRE(s.codings(docB).value().size() == 1);
    CHECK(textOf(s, s.codings(docB).value().first()) == QStringLiteral("Second text, inline."));
    CHECK(s.documentText(*s.documentIdByName(QStringLiteral("e"))) ==
          QStringLiteral("Another one\n"));

    // Variables: Boolean as a true/false choice, DateTime as text, numbers and dates.
    const qint64 docC = *s.documentIdByName(QStringLiteral("C"));
    CHECK(attributeValue(s, AttributeScope::Document, QStringLiteral("consented"), docC) ==
          QStringLiteral("true"));
    CHECK(s.attributeByName(AttributeScope::Document, QStringLiteral("consented"))->choices ==
          QStringList{QStringLiteral("true"), QStringLiteral("false")});
    CHECK(attributeValue(s, AttributeScope::Document, QStringLiteral("recorded at"), docC) ==
          QStringLiteral("2021-10-30T08:45:00Z"));
    CHECK(attributeValue(s, AttributeScope::Document, QStringLiteral("minutes"), docC) ==
          QStringLiteral("42"));
    CHECK(attributeValue(s, AttributeScope::Document, QStringLiteral("score"), docC) ==
          QStringLiteral("2.50"));
    CHECK(attributeValue(s, AttributeScope::Document, QStringLiteral("interview date"), docC) ==
          QStringLiteral("2016-03-14"));

    // The case, its value, its memo (through the link) and its document.
    const qint64 sepsis = *s.caseIdByName(QStringLiteral("Sepsis"));
    CHECK(attributeValue(s, AttributeScope::Case, QStringLiteral("minutes"), sepsis) ==
          QStringLiteral("64"));
    CHECK(s.documentsOfCase(sepsis).value() == QVector<qint64>{docA});
    CHECK(s.memo(MemoOwner::Case, sepsis)->text == QStringLiteral("Case memo text"));
    CHECK(s.memo(MemoOwner::Document, docA)->title == QStringLiteral("Interview"));
    CHECK(s.memo(MemoOwner::Project, 0)->text == QStringLiteral("Loose note"));
    const qint64 group = *s.caseIdByName(QStringLiteral("Group"));
    CHECK(s.documentsOfCase(group).value().size() == 2);
}

TEST_CASE("refi liberal import: into a project that already has the text and the code") {
    QTemporaryDir dir;
    const QString qde = writeOddProject(dir);
    auto p = newProject(dir, QStringLiteral("existing.situate"));
    qint64 docId = 0, codeId = 0;
    REQUIRE(p->edit(QStringLiteral("setup"), [&](Editor& e) -> Status {
                 NewDocument d;
                 d.name = QStringLiteral("lead interview");
                 d.format = QStringLiteral("txt");
                 d.text = normaliseText(u(sourceA));
                 auto id = addDocument(e, d);
                 if (!id)
                     return Status::failure(id.error());
                 docId = *id;
                 Code c;
                 c.name = QStringLiteral("Mechanisms");
                 c.definition = QStringLiteral("Ours");
                 auto code = createCode(e, c);
                 if (!code)
                     return Status::failure(code.error());
                 codeId = *code;
                 return Status();
             }).ok());
    auto r = refi::importProject(*p, qde);
    REQUIRE(r.ok());
    CHECK(r->documentsReused == 1);
    CHECK(r->documentsAdded == 3);
    CHECK(r->codesMatched == 1);
    CHECK(r->codesCreated == 2);
    const Storage& s = p->storage();
    // The existing document keeps its name and receives the five codings.
    CHECK(s.document(docId)->name == QStringLiteral("lead interview"));
    CHECK(s.codings(docId).value().size() == 5);
    // The existing code keeps its definition; its empty colour is filled in.
    CHECK(s.code(codeId)->definition == QStringLiteral("Ours"));
    CHECK(s.code(codeId)->colour == QStringLiteral("#aabbcc"));

    auto again = refi::importProject(*p, qde);
    REQUIRE(again.ok());
    CHECK(again->codingsAdded == 0);
    CHECK(again->codingsDuplicate == 6);
    CHECK(again->documentsReused == 4);
    CHECK(s.stats().codings == 6);
}
