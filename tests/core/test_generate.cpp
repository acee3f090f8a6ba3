// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/agreementanalysis.h"
#include "core/codetree.h"
#include "core/generate/generator.h"
#include "core/generate/synthetictext.h"
#include "core/import/speakerturns.h"
#include "core/io/documentimport.h"
#include "core/project.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;

namespace {

GenerateOptions small(quint64 seed) {
    GenerateOptions o;
    o.documents = 6;
    o.words = 400;
    o.codes = 20;
    o.codings = 301;
    o.coders = 3;
    o.seed = seed;
    return o;
}

GenerateReport mustGenerate(const QString& path, const GenerateOptions& o) {
    auto r = generateProject(path, o);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return *r;
}

std::unique_ptr<Project> mustOpen(const QString& path) {
    auto p = Project::open(path);
    INFO(p.error().toStdString());
    REQUIRE(p.ok());
    return p.take();
}

// Everything a user could see of a project, ids and UUIDs included, as one string.
QString content(const Storage& s) {
    QStringList out;
    for (const DocumentInfo& d : s.documents().value())
        out << d.uuid + d.name + d.contentHash + s.documentText(d.id);
    for (const Code& c : s.codes().value())
        out << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(c.uuid, c.name)
                   .arg(c.parentId)
                   .arg(c.sortOrder)
                   .arg(tocElementName(c.toc));
    for (const Coding& c : s.allCodings().value())
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                   .arg(c.uuid)
                   .arg(c.documentId)
                   .arg(c.codeId)
                   .arg(c.coderId)
                   .arg(c.start)
                   .arg(c.end)
                   .arg(c.created.toString(Qt::ISODateWithMs));
    out << s.projectValue(QStringLiteral("uuid"));
    return out.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("generate: counts, structure and integrity") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("g.situate"));
    const GenerateReport report = mustGenerate(path, small(5));
    CHECK(report.documents == 6);
    CHECK(report.codes == 20);
    CHECK(report.codings == 301);
    CHECK(report.coders == 3);
    CHECK(report.cases == 7);
    CHECK(report.questions == 6);

    auto p = mustOpen(path);
    const Storage& s = p->storage();
    CHECK(s.checkIntegrity().isEmpty());
    const ProjectStats st = s.stats();
    CHECK(st.documents == 6);
    CHECK(st.codes == 20);
    CHECK(st.codings == 301);
    CHECK(st.characters == report.characters);
    // Generation is not an edit: nothing to undo.
    CHECK(p->undoStack()->count() == 0);

    // 301 codings over 6 documents: 51 on the first (301 = 6 x 50 + 1), 50 on the others;
    // 3 coders take slots in turn, so the first document has 17 + 17 + 17 and the others
    // 17 + 17 + 16.
    QHash<qint64, int> perDocument;
    QHash<qint64, int> perCoder;
    for (const Coding& c : s.allCodings().value()) {
        perDocument[c.documentId]++;
        perCoder[c.coderId]++;
        const auto nl = s.documentNameAndLength(c.documentId);
        REQUIRE(nl);
        CHECK(c.start >= 0);
        CHECK(c.end <= nl->second);
        CHECK(c.start < c.end);
    }
    const QVector<DocumentInfo> docs = s.documents().value();
    REQUIRE(docs.size() == 6);
    CHECK(perDocument.value(docs[0].id) == 51);
    CHECK(perDocument.value(docs[5].id) == 50);
    const QVector<Coder> coders = s.coders().value();
    REQUIRE(coders.size() == 3);
    CHECK(coders[0].name == QStringLiteral("Aisha"));
    CHECK(perCoder.value(coders[0].id) == 17 + 5 * 17);
    CHECK(perCoder.value(coders[2].id) == 17 + 5 * 16);

    // Exactly 400 words per document, in turns: the stored turns are what the importer finds.
    for (const DocumentInfo& d : docs) {
        CHECK(d.caseIds.size() == 1);
        const QString text = s.documentText(d.id);
        CHECK(text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size() -
                  text.count(QStringLiteral("Interviewer:")) - text.count(QStringLiteral("P1:")) ==
              400);
        CHECK(text.startsWith(QStringLiteral("Interviewer: ")));
        const QVector<SpeakerTurn> turns = s.speakerTurns(d.id).value();
        CHECK(turns == detectSpeakerTurns(text));
        REQUIRE(turns.size() >= 2);
        CHECK(turns[0].speaker == QStringLiteral("Interviewer"));
        CHECK(turns[1].speaker == QStringLiteral("P1"));
    }

    // Three levels, every code with a ToC element and at least one research question.
    // 20 codes: 2 ToC tops (20 / 10), 3 themes ((20 - 2) / 6), 15 codes under the themes.
    const QVector<Code> codes = s.codes().value();
    QHash<qint64, qint64> parent;
    for (const Code& c : codes)
        parent.insert(c.id, c.parentId);
    int depth[4] = {};
    for (const Code& c : codes) {
        int d = 1;
        for (qint64 up = c.parentId; up; up = parent.value(up))
            ++d;
        REQUIRE(d <= 3);
        depth[d]++;
        CHECK(c.toc != TocElement::None);
    }
    CHECK(depth[1] == 2);
    CHECK(depth[2] == 3);
    CHECK(depth[3] == 15);
    const auto links = s.codeQuestionLinks().value();
    for (const Code& c : codes)
        CHECK(!links.value(c.id).isEmpty());
    CHECK(s.attributes().value().size() == 5);
    CHECK(s.cases().value().size() == 7);
}

TEST_CASE("generate: the same seed gives the same project, another seed another") {
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.situate"));
    const QString b = dir.filePath(QStringLiteral("b.situate"));
    const QString c = dir.filePath(QStringLiteral("c.situate"));
    mustGenerate(a, small(42));
    mustGenerate(b, small(42));
    mustGenerate(c, small(43));
    QString ca, cb, cc;
    {
        auto pa = mustOpen(a);
        ca = content(pa->storage());
    }
    {
        auto pb = mustOpen(b);
        cb = content(pb->storage());
    }
    {
        auto pc = mustOpen(c);
        cc = content(pc->storage());
    }
    CHECK(ca.size() > 10000);
    CHECK(ca == cb);
    CHECK(ca != cc);
}

TEST_CASE("generate: an existing file and bad options are refused") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("g.situate"));
    mustGenerate(path, small(1));
    auto again = generateProject(path, small(1));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("already exists")));

    GenerateOptions bad = small(1);
    bad.coders = 0;
    const QString other = dir.filePath(QStringLiteral("h.situate"));
    auto refused = generateProject(other, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error() == QStringLiteral("--coders must be between 1 and 100"));
    CHECK_FALSE(QFileInfo::exists(other));
}

TEST_CASE("generate: two coders agree partly, character by character") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("g.situate"));
    GenerateOptions o = small(9);
    o.coders = 2;
    o.words = 3000;
    o.codings = 600;
    mustGenerate(path, o);
    auto p = mustOpen(path);
    AgreementRequest req;
    req.coders = {QStringLiteral("Aisha"), QStringLiteral("Ben")};
    auto r = computeAgreement(p->storage(), req);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    const Coefficient overall = r->coefficients(r->overall).krippendorffAlpha;
    REQUIRE(overall.defined());
    const double alpha = *overall.value;
    INFO(alpha);
    CHECK(alpha > 0.0);
    CHECK(alpha < 1.0);
}

TEST_CASE("generate: .docx and .txt files import as the generated documents") {
    QTemporaryDir dir;
    GenerateOptions o = small(3);
    o.documents = 2;
    o.txtDir = dir.filePath(QStringLiteral("txt"));
    o.docxDir = dir.filePath(QStringLiteral("docx"));
    const QString path = dir.filePath(QStringLiteral("g.situate"));
    mustGenerate(path, o);
    const QString other = dir.filePath(QStringLiteral("imported.situate"));
    auto created = Project::create(other);
    REQUIRE(created.ok());
    auto report = importDocuments(**created,
                                  {o.docxDir + QStringLiteral("/interview-0001.docx"),
                                   o.txtDir + QStringLiteral("/interview-0002.txt")},
                                  {});
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    CHECK(report->failures.isEmpty());
    CHECK(report->imported.size() == 2);
    auto generated = mustOpen(path);
    const Storage& g = generated->storage();
    const Storage& i = (*created)->storage();
    for (const QString& name :
         {QStringLiteral("interview-0001"), QStringLiteral("interview-0002")}) {
        const auto gid = g.documentIdByName(name);
        const auto iid = i.documentIdByName(name);
        REQUIRE(gid);
        REQUIRE(iid);
        // A Word document has no line end after its last paragraph.
        CHECK(i.documentText(*iid).trimmed() == g.documentText(*gid).trimmed());
        CHECK(i.speakerTurns(*iid).value() == g.speakerTurns(*gid).value());
    }
}

TEST_CASE("generate: the random source and word picker are fixed algorithms") {
    GenerateRandom a(1), b(1);
    for (int i = 0; i < 100; ++i)
        CHECK(a.next() == b.next());
    GenerateRandom r(7);
    for (int i = 0; i < 1000; ++i) {
        const qint64 v = r.between(-3, 3);
        CHECK(v >= -3);
        CHECK(v <= 3);
        const double u = r.unit();
        CHECK(u >= 0.0);
        CHECK(u < 1.0);
    }
    // Rank 0 of a steep Zipf over 3 ranks has weight 1 / 1^2 = 1 of 1 + 1/4 + 1/9 = 1.3611,
    // i.e. 73.5%: in 10,000 draws far more than half.
    ZipfPicker z(3, 2.0, 1.0);
    int zero = 0;
    for (int i = 0; i < 10000; ++i)
        zero += z.pick(r) == 0;
    CHECK(zero > 7000);
    CHECK(zero < 7700);
    const SyntheticTranscript t = syntheticTranscript(r, 500);
    CHECK(t.wordStart.size() <= 500); // a phrase is one entry of several words
    CHECK(t.sentenceWord.last() == t.wordStart.size());
}
