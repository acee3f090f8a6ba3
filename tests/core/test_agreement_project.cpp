// SPDX-License-Identifier: GPL-3.0-or-later
// Agreement over a real project file built through the API, with every expected number worked
// out by hand in the comments, and the reconcile edits with undo.
#include "core/agreement/agreementanalysis.h"
#include "core/agreement/agreementreport.h"
#include "core/agreement/reconciliation.h"
#include "core/codetree.h"
#include "core/commands/commands.h"
#include "core/project.h"
#include "tests/core/agreementtest.h"
#include "tests/support/testrows.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;
using test::value;

namespace {

// Document "one" has four 10-character paragraphs p1 [0,10) p2 [12,22) p3 [24,34) p4 [36,46)
// and two turns [0,22) [24,46); "two" has p1 [0,10) p2 [12,22); "three" one paragraph.
//
//              one                              two              three
//   Aisha  Theme [0,10) [24,30)            Level/Mid [12,22)    Theme [0,5)
//          Other [36,46)                   Level/Low [12,15)
//          Level/Low [0,10) Level/High [24,34)
//   Ben    Theme [2,10) [24,34)            Theme [12,22)
//          Level/Low [0,10) Level/Mid [12,22) [24,34)   Level/Mid [12,22)
//   Cara   Level/Low [0,10) Level/High [24,34) [36,46)
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    QHash<QString, qint64> doc, code, coder;

    Fixture() {
        auto p = Project::create(dir.filePath(QStringLiteral("study.situate")));
        REQUIRE(p.ok());
        project = p.take();
        const QString ten = QStringLiteral("%1\n\n");
        NewDocument one{QStringLiteral("one"),
                        QStringLiteral("one.txt"),
                        QStringLiteral("txt"),
                        ten.arg(QString(10, QLatin1Char('a'))) +
                            ten.arg(QString(10, QLatin1Char('b'))) +
                            ten.arg(QString(10, QLatin1Char('c'))) + QString(10, QLatin1Char('d')),
                        {{QStringLiteral("P1"), 0, 22}, {QStringLiteral("Interviewer"), 24, 46}}};
        NewDocument two{QStringLiteral("two"),
                        QStringLiteral("two.txt"),
                        QStringLiteral("txt"),
                        ten.arg(QString(10, QLatin1Char('e'))) + QString(10, QLatin1Char('f')),
                        {}};
        NewDocument three{QStringLiteral("three"),
                          QStringLiteral("three.txt"),
                          QStringLiteral("txt"),
                          QStringLiteral("uncoded text"),
                          {}};
        edit([&](Editor& e) -> Status {
            for (const NewDocument* d : {&one, &two, &three}) {
                auto id = addDocument(e, *d);
                if (!id)
                    return Status::failure(id.error());
                doc.insert(d->name, *id);
            }
            for (const char* path : {"Theme", "Other", "Level/Low", "Level/Mid", "Level/High"}) {
                auto id = ensureCodePath(e, QString::fromUtf8(path));
                if (!id)
                    return Status::failure(id.error());
                code.insert(QString::fromUtf8(path), *id);
            }
            for (const char* name : {"Aisha", "Ben", "Cara"}) {
                auto id = ensureCoder(e, QString::fromUtf8(name));
                if (!id)
                    return Status::failure(id.error());
                coder.insert(QString::fromUtf8(name), *id);
            }
            return {};
        });
        const QVector<std::tuple<const char*, const char*, const char*, int, int>> codings{
            {"Aisha", "one", "Theme", 0, 10},       {"Aisha", "one", "Theme", 24, 30},
            {"Aisha", "one", "Other", 36, 46},      {"Aisha", "one", "Level/Low", 0, 10},
            {"Aisha", "one", "Level/High", 24, 34}, {"Aisha", "two", "Level/Mid", 12, 22},
            {"Aisha", "two", "Level/Low", 12, 15},  {"Aisha", "three", "Theme", 0, 5},
            {"Ben", "one", "Theme", 2, 10},         {"Ben", "one", "Theme", 24, 34},
            {"Ben", "one", "Level/Low", 0, 10},     {"Ben", "one", "Level/Mid", 12, 22},
            {"Ben", "one", "Level/Mid", 24, 34},    {"Ben", "two", "Theme", 12, 22},
            {"Ben", "two", "Level/Mid", 12, 22},    {"Cara", "one", "Level/Low", 0, 10},
            {"Cara", "one", "Level/High", 24, 34},  {"Cara", "one", "Level/High", 36, 46}};
        edit([&](Editor& e) -> Status {
            for (const auto& [who, where, what, start, end] : codings)
                if (auto r = addCoding(e, coding(who, where, what, start, end)); !r)
                    return Status::failure(r.error());
            return {};
        });
    }
    Coding coding(const char* who, const char* where, const char* what, qint64 start,
                  qint64 end) const {
        return test::makeCoding(doc.value(QString::fromUtf8(where)),
                                code.value(QString::fromUtf8(what)),
                                coder.value(QString::fromUtf8(who)), start, end);
    }
    void edit(const std::function<Status(Editor&)>& fn) {
        Status s = project->edit(QStringLiteral("test"), fn);
        INFO(s.error().toStdString());
        REQUIRE(s.ok());
    }
    AgreementResult compare(const AgreementRequest& r) const {
        auto result = computeAgreement(project->storage(), r);
        INFO(result.error().toStdString());
        REQUIRE(result.ok());
        return result.take();
    }
    // Consensus codings of a code in a document as spans, in order.
    QVector<Span> spansOf(const QString& who, const char* where, const char* what) const {
        QVector<Span> out;
        for (const Coding& c :
             project->storage().codings(doc.value(QString::fromUtf8(where))).value())
            if (c.coderId == project->storage().coderIdByName(who).value_or(-1) &&
                c.codeId == code.value(QString::fromUtf8(what)))
                out.append({c.start, c.end});
        return out;
    }
};

AgreementRequest request(AgreementUnit unit, QStringList coders, QStringList codes = {}) {
    AgreementRequest r;
    r.unit = unit;
    r.coders = std::move(coders);
    r.codes = std::move(codes);
    return r;
}

const QStringList aishaBen{QStringLiteral("Aisha"), QStringLiteral("Ben")};
const QStringList themeOther{QStringLiteral("Theme"), QStringLiteral("Other")};

} // namespace

TEST_CASE("Character agreement per document and code, pooled per code and overall") {
    Fixture f;
    const AgreementResult r = f.compare(request(AgreementUnit::Character, aishaBen, themeOther));
    // "three" is left out by default: Ben coded nothing there.
    CHECK(r.documents == QStringList{QStringLiteral("one"), QStringLiteral("two")});
    REQUIRE(r.rows.size() == 4);
    // Theme in one: Aisha 0-9, 24-29 (16); Ben 2-9, 24-33 (18); both 8 + 6 = 14;
    // neither 46 - (16 + 18 - 14) = 26.
    CHECK(r.documentName(r.rows[0]) == QStringLiteral("one"));
    CHECK(r.codeName(r.rows[0]) == QStringLiteral("Theme"));
    CHECK(r.rows[0].characters == BinaryCounts{14, 2, 4, 26});
    // Percent 40/46; kappa 2(14*26 - 2*4) / (16*28 + 18*30) = 712/988;
    // alpha 1 - 91 * 6 / (34 * 58) = 1426/1972.
    CHECK(value(r.coefficients(r.rows[0]).percentAgreement) == Approx(4000.0 / 46));
    CHECK(value(r.coefficients(r.rows[0]).cohenKappa) == Approx(712.0 / 988));
    CHECK(value(r.coefficients(r.rows[0]).krippendorffAlpha) == Approx(1426.0 / 1972));
    CHECK(r.rows[1].characters == BinaryCounts{0, 10, 0, 36}); // Other in one
    CHECK(r.rows[2].characters == BinaryCounts{0, 0, 10, 12}); // Theme in two
    // Other in two: nobody coded it, still a row, with the reason instead of kappa.
    CHECK(r.rows[3].characters == BinaryCounts{0, 0, 0, 22});
    CHECK(value(r.coefficients(r.rows[3]).percentAgreement) == Approx(100.0));
    CHECK(r.coefficients(r.rows[3]).cohenKappa.undefinedReason ==
          QStringLiteral("no variation: neither coder coded any character"));

    // Pooled Theme: the counts summed, 14/2/14/38 over 68: kappa 2(14*38 - 2*14) /
    // (16*40 + 28*52) = 1008/2096; alpha 1 - 135 * 16 / (44 * 92) = 1888/4048.
    REQUIRE(r.codeRows.size() == 2);
    CHECK(r.codeName(r.codeRows[0]) == QStringLiteral("Theme"));
    CHECK(r.codeRows[0].characters == BinaryCounts{14, 2, 14, 38});
    CHECK(value(r.coefficients(r.codeRows[0]).cohenKappa) == Approx(1008.0 / 2096));
    CHECK(value(r.coefficients(r.codeRows[0]).krippendorffAlpha) == Approx(1888.0 / 4048));
    // Overall: 14/12/14/96 over 136: kappa 2(14*96 - 12*14) / (26*108 + 28*110) = 2352/5888.
    CHECK(r.overall.characters == BinaryCounts{14, 12, 14, 96});
    CHECK(value(r.coefficients(r.overall).percentAgreement) == Approx(11000.0 / 136));
    CHECK(value(r.coefficients(r.overall).cohenKappa) == Approx(2352.0 / 5888));

    // The JSON follows the CLI contract.
    const QJsonObject json = agreementJson(r);
    CHECK(json.value(QStringLiteral("unit")).toString() == QStringLiteral("character"));
    const QJsonObject last = json.value(QStringLiteral("rows")).toArray().at(3).toObject();
    CHECK(last.value(QStringLiteral("cohen_kappa")).isNull());
    CHECK(last.value(QStringLiteral("cohen_kappa_undefined")).toString() ==
          QStringLiteral("no variation: neither coder coded any character"));
    CHECK(json.value(QStringLiteral("overall")).toObject().value(QStringLiteral("n")).toInt() ==
          136);
}

TEST_CASE("Default codes are those the coders applied, explicit documents are all compared") {
    Fixture f;
    AgreementRequest r = request(AgreementUnit::Character, aishaBen);
    r.documents = QStringList{QStringLiteral("three"), QStringLiteral("one")};
    const AgreementResult result = f.compare(r);
    CHECK(result.documents == QStringList{QStringLiteral("three"), QStringLiteral("one")});
    CHECK(result.codes == QStringList{QStringLiteral("Theme"), QStringLiteral("Other"),
                                      QStringLiteral("Level/Low"), QStringLiteral("Level/Mid"),
                                      QStringLiteral("Level/High")});
    CHECK(result.rows.size() == 10);
    CHECK(result.rows[0].characters == BinaryCounts{0, 5, 0, 7}); // Theme in three: Aisha only
}

TEST_CASE("Segment agreement at 90% and 80% of the longer segment") {
    Fixture f;
    AgreementRequest r = request(AgreementUnit::Segment, aishaBen, themeOther);
    // Theme in one: [0,10)~[2,10) share 8 < 9, [24,30)~[24,34) share 6 < 9: no pair.
    AgreementResult result = f.compare(r);
    CHECK(result.rows[0].segments == SegmentCounts{0, 2, 2});
    CHECK(result.rows[1].segments == SegmentCounts{0, 1, 0});
    CHECK(result.rows[2].segments == SegmentCounts{0, 0, 1});
    CHECK_FALSE(result.coefficients(result.rows[3]).percentAgreement.defined());
    CHECK(result.codeRows[0].segments == SegmentCounts{0, 2, 3});
    // 0% with k = 2: (0 - 1/2) / (1/2) = -1.
    CHECK(value(result.coefficients(result.codeRows[0]).brennanPredigerKappa) == Approx(-1.0));
    // At 0.8, 8 >= 8 pairs the first two: 1 of 3 in one.
    r.overlap = 0.8;
    result = f.compare(r);
    CHECK(result.rows[0].segments == SegmentCounts{1, 1, 1});
    CHECK(value(result.coefficients(result.rows[0]).percentAgreement) == Approx(100.0 / 3));
    // Overall 1 of 5 segments: (0.2 - 0.5) / 0.5 = -0.6.
    CHECK(result.overall.segments == SegmentCounts{1, 2, 2});
    CHECK(value(result.coefficients(result.overall).brennanPredigerKappa) == Approx(-0.6));
}

TEST_CASE("Paragraph units, code existence: a coder who coded nothing in a unit is missing") {
    Fixture f;
    const AgreementResult r = f.compare(
        request(AgreementUnit::Paragraph, aishaBen, QStringList{QStringLiteral("Theme")}));
    REQUIRE(r.categorical.size() == 1);
    const CategoricalRow& row = r.categorical[0];
    // Theme (Aisha, Ben): one p1 (1,1), p2 (-,0), p3 (1,1), p4 (0,-); two p2 (0,1);
    // three p1 (1,-); two p1 has no coding at all and is no unit of the comparison.
    CHECK(row.units == 6);
    CHECK(row.complete == 3);
    CHECK(row.pairable == 3);
    // Complete (1,1) (1,1) (0,1): 2 of 3 agree. Cohen: marginals (1 zero, 2 ones) and
    // (0, 3): pe = 6/9 = po, kappa 0. Scott: pooled (1, 5): pe = 26/36, pi = (24-26)/(36-26).
    CHECK(value(row.percentAgreement) == Approx(200.0 / 3));
    CHECK(value(row.cohenKappa) == Approx(0.0).margin(1e-12));
    CHECK(value(row.scottPi) == Approx(-0.2));
    CHECK(value(row.fleissKappa) == Approx(-0.2));
    // BP, q = 2: (2/3 - 1/2) / (1/2) = 1/3. Alpha: 6 values, n1 = 5, n0 = 1, one
    // disagreement: 1 - 5 * 2 / (2 * 5 * 1) = 0.
    CHECK(value(row.brennanPredigerKappa) == Approx(1.0 / 3));
    CHECK(value(row.krippendorffAlpha) == Approx(0.0).margin(1e-12));
}

TEST_CASE("A group over paragraphs, three coders, ordinal, a doubly coded unit is flagged") {
    Fixture f;
    AgreementRequest r =
        request(AgreementUnit::Paragraph,
                {QStringLiteral("Aisha"), QStringLiteral("Ben"), QStringLiteral("Cara")});
    r.group = QStringLiteral("Level");
    r.level = MeasurementLevel::Ordinal;
    AgreementResult result = f.compare(r);
    CHECK(result.codes == QStringList{QStringLiteral("Level/Low"), QStringLiteral("Level/Mid"),
                                      QStringLiteral("Level/High")});
    REQUIRE(result.flagged.size() == 1);
    CHECK(result.flagged[0].document == QStringLiteral("two"));
    CHECK(result.flagged[0].unit == 2);
    CHECK(result.flagged[0].start == 12);
    CHECK(result.flagged[0].end == 22);
    CHECK(result.flagged[0].coder == QStringLiteral("Aisha"));
    CHECK(result.flagged[0].codes ==
          QStringList{QStringLiteral("Level/Low"), QStringLiteral("Level/Mid")});
    const CategoricalRow& row = result.categorical[0];
    CHECK(row.code == QStringLiteral("Level"));
    // Values (Low 0, Mid 1, High 2): one p1 (0,0,0), p2 (-,1,-), p3 (2,1,2), p4 (-,-,2).
    CHECK(row.units == 4);
    CHECK(row.complete == 2);
    CHECK(row.pairable == 2);
    // Pairs agreeing: p1 3 of 3, p3 1 of 3: 4/6.
    CHECK(value(row.percentAgreement) == Approx(400.0 / 6));
    // Fleiss: sum n_ij^2 = 9 + 5, P = (14 - 6) / (6 * 2) = 2/3; totals (3, 1, 2), Pe = 14/36:
    // (2/3 - 7/18) / (11/18) = 5/11.
    CHECK(value(row.fleissKappa) == Approx(5.0 / 11));
    // BP, q = 3: (2/3 - 1/3) / (2/3) = 0.5.
    CHECK(value(row.brennanPredigerKappa) == Approx(0.5));
    CHECK_FALSE(row.cohenKappa.defined()); // three coders
    // Alpha: coincidences o00 = 3, o12 = o21 = 1, o22 = 1; n = (3, 1, 2), 6 values.
    // Ordinal: d01 = (4 - 2)^2 = 4, d02 = (6 - 2.5)^2 = 12.25, d12 = (3 - 1.5)^2 = 2.25;
    // observed 2 * 2.25 = 4.5, expected 2(3*4 + 6*12.25 + 2*2.25) = 180: 1 - 5 * 4.5 / 180.
    CHECK(value(row.krippendorffAlpha) == Approx(0.875));
    REQUIRE(row.alphaCi95.defined());
    CHECK(*row.alphaCi95.low <= *row.alphaCi95.high);
    // Nominal: 1 - 5 * 2 / (36 - 14) = 12/22; interval: 1 - 5 * 2 / (2(3 + 24 + 2)) = 48/58.
    r.level = MeasurementLevel::Nominal;
    CHECK(value(f.compare(r).categorical[0].krippendorffAlpha) == Approx(12.0 / 22));
    r.level = MeasurementLevel::Interval;
    CHECK(value(f.compare(r).categorical[0].krippendorffAlpha) == Approx(48.0 / 58));

    const QJsonObject json = agreementJson(f.compare(r));
    CHECK(json.value(QStringLiteral("group")).toString() == QStringLiteral("Level"));
    CHECK(json.value(QStringLiteral("level")).toString() == QStringLiteral("interval"));
    CHECK_FALSE(json.contains(QStringLiteral("cohen_kappa")));
    CHECK(json.value(QStringLiteral("alpha_ci95")).toArray().size() == 2);
    CHECK(json.value(QStringLiteral("flagged")).toArray().size() == 1);
}

TEST_CASE("Turn units come from the stored speaker turns, no variation is undefined") {
    Fixture f;
    const AgreementResult r =
        f.compare(request(AgreementUnit::Turn, aishaBen, QStringList{QStringLiteral("Theme")}));
    // Only "one" has turns: [0,22) and [24,46), both coders applied Theme in each.
    const CategoricalRow& row = r.categorical[0];
    CHECK(row.units == 2);
    CHECK(value(row.percentAgreement) == Approx(100.0));
    CHECK(row.cohenKappa.undefinedReason ==
          QStringLiteral("no variation: both coders gave every unit the same value"));
    CHECK(row.krippendorffAlpha.undefinedReason ==
          QStringLiteral("no variation: every pairable value is the same"));
    CHECK(row.alphaCi95.undefinedReason == QStringLiteral("alpha is undefined"));
}

TEST_CASE("Requests that do not fit are refused with a reason") {
    Fixture f;
    const auto refused = [&](const AgreementRequest& r, const char* words) {
        auto result = computeAgreement(f.project->storage(), r);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().contains(QString::fromUtf8(words)));
    };
    refused(request(AgreementUnit::Character, {QStringLiteral("Aisha"), QStringLiteral("Zoe")}),
            "no coder named \"Zoe\"");
    refused(request(AgreementUnit::Character,
                    {QStringLiteral("Aisha"), QStringLiteral("Ben"), QStringLiteral("Cara")}),
            "exactly two coders");
    refused(request(AgreementUnit::Document, {QStringLiteral("Aisha")}), "at least two coders");
    refused(request(AgreementUnit::Character, aishaBen, {QStringLiteral("Nope")}),
            "no code \"Nope\"");
    AgreementRequest r = request(AgreementUnit::Character, aishaBen);
    r.group = QStringLiteral("Level");
    refused(r, "document, paragraph and turn");
    r.unit = AgreementUnit::Document;
    r.group = QStringLiteral("Theme");
    refused(r, "at least two child codes");
    r.group.clear();
    r.documents = {QStringLiteral("four")};
    refused(r, "no document named \"four\"");
}

TEST_CASE("Disagreements list clusters where coverage differs, reconcile edits are undoable") {
    Fixture f;
    const Storage& s = f.project->storage();
    const qint64 aisha = f.coder.value(QStringLiteral("Aisha"));
    const qint64 ben = f.coder.value(QStringLiteral("Ben"));
    QVector<Disagreement> theme =
        listDisagreements(s, f.doc.value(QStringLiteral("one")),
                          f.code.value(QStringLiteral("Theme")), aisha, ben)
            .value();
    REQUIRE(theme.size() == 2);
    CHECK(theme[0].kind == Disagreement::Kind::Overlapping);
    CHECK(theme[0].span == Span{0, 10});
    CHECK(theme[0].characters == BinaryCounts{8, 2, 0, 0});
    CHECK(theme[1].span == Span{24, 34});
    CHECK(theme[1].characters == BinaryCounts{6, 0, 4, 0});
    // Everywhere: one: Theme 2, Other 1, Level/Mid 2, Level/High 1 (Level/Low agrees);
    // two: Theme 1, Level/Low 1 (Level/Mid agrees); three: Theme 1.
    const QVector<Disagreement> all = listAllDisagreements(s, aisha, ben).value();
    CHECK(all.size() == 9);
    CHECK(std::count_if(all.cbegin(), all.cend(), [](const Disagreement& d) {
              return d.kind == Disagreement::Kind::OnlySecond;
          }) == 3);
    const QByteArray sheet = disagreementsCsv(s, all).value();
    CHECK(sheet.startsWith("document,code,kind,start,end,both,only_first,only_second"));
    CHECK(sheet.contains("one,Theme,overlapping,0,10,8,2,0,Aisha,0-10,Ben,2-10,aaaaaaaaaa\r\n"));

    qint64 consensus = 0;
    const auto settle = [&](const Disagreement& d, ReconcileAction a) {
        f.edit([&](Editor& e) -> Status {
            auto id = ensureCoder(e, QStringLiteral("Consensus"));
            if (!id)
                return Status::failure(id.error());
            consensus = *id;
            return reconcile(e, d, a, consensus);
        });
    };
    const QString c = QStringLiteral("Consensus");
    settle(theme[0], ReconcileAction::AcceptFirst);
    settle(theme[1], ReconcileAction::AcceptSecond);
    CHECK(f.spansOf(c, "one", "Theme") == QVector<Span>{{0, 10}, {24, 34}});
    // Settling the same place again replaces the earlier decision.
    settle(theme[0], ReconcileAction::AcceptSecond);
    CHECK(f.spansOf(c, "one", "Theme") == QVector<Span>{{2, 10}, {24, 34}});
    settle(theme[1], ReconcileAction::DropBoth);
    CHECK(f.spansOf(c, "one", "Theme") == QVector<Span>{{2, 10}});
    settle(theme[0], ReconcileAction::KeepBoth);
    CHECK(f.spansOf(c, "one", "Theme") == QVector<Span>{{0, 10}});
    // Each action was one undo step.
    f.project->undoStack()->undo();
    CHECK(f.spansOf(c, "one", "Theme") == QVector<Span>{{2, 10}});
    f.project->undoStack()->undo();
    CHECK(f.spansOf(c, "one", "Theme") == QVector<Span>{{2, 10}, {24, 34}});
    f.project->undoStack()->redo();
    f.project->undoStack()->redo();
    CHECK(f.spansOf(c, "one", "Theme") == QVector<Span>{{0, 10}});

    // A consensus coding reaching past the span keeps its outside parts.
    f.edit([&](Editor& e) {
        Coding wide = f.coding("Aisha", "one", "Theme", 20, 40);
        wide.coderId = consensus;
        return Status::from(addCoding(e, wide));
    });
    settle(theme[1], ReconcileAction::AcceptFirst);
    CHECK(f.spansOf(c, "one", "Theme") == QVector<Span>{{0, 10}, {20, 24}, {24, 30}, {34, 40}});
    // The coders' own codings are untouched, and the consensus coder cannot be one of them.
    CHECK(f.spansOf(QStringLiteral("Aisha"), "one", "Theme") == QVector<Span>{{0, 10}, {24, 30}});
    Status refused = f.project->edit(QStringLiteral("x"), [&](Editor& e) {
        return reconcile(e, theme[0], ReconcileAction::AcceptFirst, aisha);
    });
    CHECK_FALSE(refused.ok());
}
