// SPDX-License-Identifier: GPL-3.0-or-later
// The evidence matrix, its summaries and the maturity ratings on the hand-built counting
// project (tests/core/test_analysis_fixture.h describes every coding).

#include "core/commands/commands.h"
#include "core/commands/evaluationcommands.h"
#include "core/evaluation/evidencematrix.h"
#include "core/evaluation/maturity.h"
#include "core/storage/evaluationqueries.h"
#include "tests/core/test_analysis_fixture.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;
using situate::test::CountingProject;

namespace {

void mustEdit(Project& p, const std::function<Status(Editor&)>& fn) {
    const Status s = p.edit(QStringLiteral("test"), fn);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

EvidenceMatrix matrix(const Storage& s, const EvidenceRequest& r) {
    Result<EvidenceMatrix> m = evidenceMatrix(s, r);
    INFO(m.error().toStdString());
    REQUIRE(m.ok());
    return m.take();
}

// The cell of the row labelled `row` and the column labelled `column`.
const EvidenceCell& at(const EvidenceMatrix& m, const QString& row, const QString& column) {
    qsizetype r = -1, c = -1;
    for (qsizetype i = 0; i < m.rows.size(); ++i)
        r = m.rows[i].label == row ? i : r;
    for (qsizetype i = 0; i < m.columns.size(); ++i)
        c = m.columns[i].label == column ? i : c;
    INFO(row.toStdString() << " x " << column.toStdString());
    REQUIRE(r >= 0);
    REQUIRE(c >= 0);
    return m.cell(r, c);
}

QVector<qint64> ids(const CountingProject& cp, std::initializer_list<const char*> keys) {
    QVector<qint64> out;
    for (const char* k : keys)
        out << cp.ids.value(QString::fromUtf8(k));
    return out;
}

} // namespace

TEST_CASE("Evidence matrix: research questions by case, counted by hand") {
    auto cp = test::makeCountingProject();
    const Storage& s = cp->storage();
    EvidenceRequest req; // rq x case, no roll-up
    const EvidenceMatrix m = matrix(s, req);
    REQUIRE(m.rows.size() == 3);
    REQUIRE(m.columns.size() == 2); // cases A and B; gamma is in no case
    CHECK(m.rows[0].label == QStringLiteral("RQ1"));

    // RQ1 <- P: only k6 (alpha, case A).
    CHECK(at(m, QStringLiteral("RQ1"), QStringLiteral("A")).codings == 1);
    CHECK(at(m, QStringLiteral("RQ1"), QStringLiteral("A")).codingIds == ids(*cp, {"k6"}));
    // An empty cell is reported, so a view can show the gap.
    CHECK(at(m, QStringLiteral("RQ1"), QStringLiteral("B")).codings == 0);
    CHECK(at(m, QStringLiteral("RQ1"), QStringLiteral("B")).isGap());

    // RQ2 <- P/C1: alpha k1 k2 k3, beta k7, gamma k11.
    // Column A: alpha's three + beta's k7 = 4 codings in 2 documents, 1 case; ids in
    // document order then by start: k1 [0,5), k3 [1,4), k2 [3,8), then k7.
    const EvidenceCell& rq2a = at(m, QStringLiteral("RQ2"), QStringLiteral("A"));
    CHECK(rq2a.codings == 4);
    CHECK(rq2a.documents == 2);
    CHECK(rq2a.cases == 1);
    CHECK(rq2a.codingIds == ids(*cp, {"k1", "k3", "k2", "k7"}));
    // Column B: beta only -> k7.
    CHECK(at(m, QStringLiteral("RQ2"), QStringLiteral("B")).codingIds == ids(*cp, {"k7"}));
    // The row total counts gamma's k11 too (in no column): 5 codings, 3 documents, cases
    // A and B.
    CHECK(m.rowTotals[1].codings == 5);
    CHECK(m.rowTotals[1].documents == 3);
    CHECK(m.rowTotals[1].cases == 2);
    CHECK(m.rows[1].codeIds == QVector<qint64>{cp->ids.value(QStringLiteral("P/C1"))});

    // RQ3 <- Q: alpha k5, beta k8 k9, gamma k12. A: 3 codings (2 docs); B: k8 k9 (1 doc).
    CHECK(at(m, QStringLiteral("RQ3"), QStringLiteral("A")).codings == 3);
    CHECK(at(m, QStringLiteral("RQ3"), QStringLiteral("A")).documents == 2);
    CHECK(at(m, QStringLiteral("RQ3"), QStringLiteral("B")).codings == 2);
    CHECK(at(m, QStringLiteral("RQ3"), QStringLiteral("B")).documents == 1);

    // With roll-up RQ1 also gets P's sub-codes C1 and C2: A = alpha k1 k2 k3 k4 k6 + beta
    // k7 k10 = 7; B = beta k7 k10 = 2; total adds gamma's k11 = 8.
    req.rollup = true;
    const EvidenceMatrix rolled = matrix(s, req);
    CHECK(at(rolled, QStringLiteral("RQ1"), QStringLiteral("A")).codings == 7);
    CHECK(at(rolled, QStringLiteral("RQ1"), QStringLiteral("B")).codings == 2);
    CHECK(rolled.rowTotals[0].codings == 8);
}

TEST_CASE("Evidence matrix: code and ToC rows, attribute columns") {
    auto cp = test::makeCountingProject();
    // Give C1 and Q a ToC element, so the ToC rows have something to count.
    mustEdit(*cp->project, [&](Editor& e) -> Status {
        for (auto [key, toc] : {std::pair{"P/C1", TocElement::Mechanism},
                                std::pair{"Q", TocElement::EnablerBarrier}}) {
            Code c = *e.storage().code(cp->ids.value(QString::fromUtf8(key)));
            c.toc = toc;
            if (Status st = updateCode(e, c); !st)
                return st;
        }
        return {};
    });
    const Storage& s = cp->storage();

    EvidenceRequest req;
    req.rows = EvidenceRowKind::TocElement;
    const EvidenceMatrix toc = matrix(s, req);
    REQUIRE(toc.rows.size() == 9); // every element of the chain, empty ones included
    CHECK(toc.rows.last().label == QStringLiteral("Enablers and barriers"));
    // Mechanisms = C1's codings (as RQ2 above): A 4, B 1. Enablers and barriers = Q's: A 3, B 2.
    CHECK(at(toc, QStringLiteral("Mechanisms"), QStringLiteral("A")).codings == 4);
    CHECK(at(toc, QStringLiteral("Mechanisms"), QStringLiteral("B")).codings == 1);
    CHECK(at(toc, QStringLiteral("Enablers and barriers"), QStringLiteral("A")).codings == 3);
    CHECK(at(toc, QStringLiteral("Enablers and barriers"), QStringLiteral("B")).codings == 2);
    CHECK(at(toc, QStringLiteral("Context"), QStringLiteral("A")).codings == 0);

    // Code rows: P alone holds k6; with descendants alpha k1 k2 k3 k4 k6 + beta k7 k10 in A.
    req.rows = EvidenceRowKind::Code;
    CHECK(at(matrix(s, req), QStringLiteral("P"), QStringLiteral("A")).codings == 1);
    req.descendants = true;
    CHECK(at(matrix(s, req), QStringLiteral("P"), QStringLiteral("A")).codings == 7);

    // Case attribute "region" (choices North, South, East; A and B are North). RQ2 in
    // North: alpha's k1 k2 k3 (case A) and beta's k7 once although beta is in A and B:
    // 4 codings, 2 documents, cases A and B = 2. South and East are empty columns.
    req = EvidenceRequest();
    req.columns = EvidenceColumnKind::Attribute;
    req.attributeId = s.attributeByName(AttributeScope::Case, QStringLiteral("region"))->id;
    const EvidenceMatrix region = matrix(s, req);
    REQUIRE(region.columns.size() == 3);
    CHECK(region.columns[0].label == QStringLiteral("North"));
    const EvidenceCell& north = at(region, QStringLiteral("RQ2"), QStringLiteral("North"));
    CHECK(north.codings == 4);
    CHECK(north.documents == 2);
    CHECK(north.cases == 2);
    CHECK(at(region, QStringLiteral("RQ2"), QStringLiteral("South")).codings == 0);
}

TEST_CASE("Evidence summaries are stored, undone, redone and listed") {
    auto cp = test::makeCountingProject();
    Project& p = *cp->project;
    const Storage& s = cp->storage();
    Result<EvidenceRowRef> row =
        resolveEvidenceRow(s, EvidenceRowKind::ResearchQuestion, QStringLiteral("RQ2"));
    Result<EvidenceColumnRef> column = resolveEvidenceColumn(s, QStringLiteral("A"));
    REQUIRE(row.ok());
    REQUIRE(column.ok());
    CHECK_FALSE(resolveEvidenceColumn(s, QStringLiteral("Nowhere")).ok());
    CHECK_FALSE(
        resolveEvidenceRow(s, EvidenceRowKind::ResearchQuestion, QStringLiteral("RQ9")).ok());

    mustEdit(p, [&](Editor& e) {
        return setEvidenceSummary(e, *row, *column, QStringLiteral("Four codings <b>agree</b>."));
    });
    const auto summaryOf = [&] {
        const EvidenceMatrix m = matrix(s, EvidenceRequest());
        return at(m, QStringLiteral("RQ2"), QStringLiteral("A")).summary;
    };
    CHECK(summaryOf() == QStringLiteral("Four codings <b>agree</b>."));
    mustEdit(p, [&](Editor& e) {
        return setEvidenceSummary(e, *row, *column, QStringLiteral("Revised."));
    });
    CHECK(summaryOf() == QStringLiteral("Revised."));
    p.undoStack()->undo();
    CHECK(summaryOf() == QStringLiteral("Four codings <b>agree</b>."));
    p.undoStack()->undo();
    CHECK(summaryOf().isEmpty());
    p.undoStack()->redo();
    CHECK(summaryOf() == QStringLiteral("Four codings <b>agree</b>."));

    // An attribute column's summary is keyed by the attribute and its value.
    Result<EvidenceColumnRef> north =
        resolveEvidenceColumn(s, QStringLiteral("attribute:region=North"));
    REQUIRE(north.ok());
    mustEdit(p, [&](Editor& e) {
        return setEvidenceSummary(e, *row, *north, QStringLiteral("North only."));
    });
    Result<QVector<EvidenceSummary>> all = evidenceSummaries(s);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).rowLabel == QStringLiteral("RQ2"));
    CHECK(all->at(0).columnLabel == QStringLiteral("A"));
    CHECK(all->at(1).columnLabel == QStringLiteral("region=North"));
    CHECK(all->at(1).text == QStringLiteral("North only."));

    // Empty text removes the summary.
    mustEdit(p, [&](Editor& e) { return setEvidenceSummary(e, *row, *column, QString()); });
    CHECK(summaryOf().isEmpty());
    CHECK(evidenceSummaries(s)->size() == 1);
}

TEST_CASE("Maturity levels, ratings, evidence links and consensus with undo") {
    auto cp = test::makeCountingProject();
    Project& p = *cp->project;
    const Storage& s = cp->storage();
    const qint64 caseA = cp->ids.value(QStringLiteral("A"));
    const qint64 aisha = cp->ids.value(QStringLiteral("Aisha"));
    const qint64 k1 = cp->ids.value(QStringLiteral("k1"));
    const qint64 k2 = cp->ids.value(QStringLiteral("k2"));

    // No model yet: a rating is refused with a readable reason.
    Status refused = p.edit(QStringLiteral("rate"), [&](Editor& e) {
        return Status::from(setMaturityRating(e, caseA, aisha, 2, QString()));
    });
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("no maturity model")));

    QVector<MaturityLevel> levels(3);
    for (int i = 0; i < 3; ++i) {
        levels[i].level = i + 1;
        levels[i].name = QStringLiteral("L%1").arg(i + 1);
    }
    mustEdit(p, [&](Editor& e) { return setMaturityLevels(e, levels); });
    REQUIRE(maturityLevels(s).size() == 3);
    // Editing the model is one undo step; rows of kept levels keep their ids.
    const qint64 level2 = maturityLevels(s).at(1).id;
    QVector<MaturityLevel> renamed = levels;
    renamed[1].name = QStringLiteral("Connecting");
    renamed[1].descriptor = QStringLiteral("Members trust each other.");
    mustEdit(p, [&](Editor& e) { return setMaturityLevels(e, renamed); });
    CHECK(maturityLevels(s).at(1).name == QStringLiteral("Connecting"));
    CHECK(maturityLevels(s).at(1).id == level2);
    p.undoStack()->undo();
    CHECK(maturityLevels(s).at(1).name == QStringLiteral("L2"));
    CHECK(maturityLevels(s).at(1).descriptor.isEmpty());
    QVector<MaturityLevel> gap = levels;
    gap[2].level = 4;
    CHECK_FALSE(
        p.edit(QStringLiteral("gap"), [&](Editor& e) { return setMaturityLevels(e, gap); }).ok());

    qint64 rating = 0;
    mustEdit(p, [&](Editor& e) -> Status {
        Result<qint64> r = setMaturityRating(e, caseA, aisha, 2, QStringLiteral("because"));
        if (!r)
            return Status::failure(r.error());
        rating = *r;
        return setRatingEvidence(e, rating, {k2, k1});
    });
    QVector<MaturityRating> ratings = maturityRatings(s);
    REQUIRE(ratings.size() == 1);
    CHECK(ratings[0].caseName == QStringLiteral("A"));
    CHECK(ratings[0].coderName == QStringLiteral("Aisha"));
    CHECK(ratings[0].level == 2);
    CHECK(ratings[0].rationale == QStringLiteral("because"));
    CHECK(ratings[0].codingIds == QVector<qint64>{std::min(k1, k2), std::max(k1, k2)});

    // Level 4 is not in the model; level 3 of a model cut to two levels would be orphaned.
    CHECK_FALSE(p.edit(QStringLiteral("rate"), [&](Editor& e) {
                     return Status::from(setMaturityRating(e, caseA, aisha, 4, QString()));
                 }).ok());
    mustEdit(p, [&](Editor& e) {
        return Status::from(setMaturityRating(e, caseA, aisha, 3, QStringLiteral("revised")));
    });
    CHECK_FALSE(p.edit(QStringLiteral("levels"), [&](Editor& e) {
                     return setMaturityLevels(e, levels.mid(0, 2));
                 }).ok());
    p.undoStack()->undo(); // back to level 2
    CHECK(maturityRatings(s).at(0).level == 2);
    CHECK(maturityRatings(s).at(0).rationale == QStringLiteral("because"));

    // Deleting a cited coding removes its evidence link; undo restores the link too.
    mustEdit(p, [&](Editor& e) { return removeCoding(e, k1); });
    CHECK(maturityRatings(s).at(0).codingIds == QVector<qint64>{k2});
    p.undoStack()->undo();
    CHECK(maturityRatings(s).at(0).codingIds.size() == 2);

    // Removing the case removes its ratings and their links; undo brings all of it back.
    mustEdit(p, [&](Editor& e) { return removeCase(e, caseA); });
    CHECK(maturityRatings(s).isEmpty());
    CHECK(ratingEvidence(s, rating).isEmpty());
    p.undoStack()->undo();
    REQUIRE(maturityRatings(s).size() == 1);
    CHECK(maturityRatings(s).at(0).id == rating);
    CHECK(maturityRatings(s).at(0).codingIds.size() == 2);

    // Unlinking one coding, clearing the rating, consensus set and cleared.
    mustEdit(p, [&](Editor& e) { return unlinkRatingEvidence(e, rating, k2); });
    CHECK(maturityRatings(s).at(0).codingIds == QVector<qint64>{k1});
    mustEdit(p, [&](Editor& e) {
        return setConsensusRating(e, caseA, 3, QStringLiteral("agreed after discussion"));
    });
    REQUIRE(consensusRatings(s).size() == 1);
    CHECK(consensusRatings(s).at(0).level == 3);
    CHECK(consensusRatings(s).at(0).reasoning == QStringLiteral("agreed after discussion"));
    mustEdit(p, [&](Editor& e) { return clearMaturityRating(e, caseA, aisha); });
    CHECK(maturityRatings(s).isEmpty());
    p.undoStack()->undo();
    CHECK(maturityRatings(s).at(0).codingIds == QVector<qint64>{k1});
    mustEdit(p, [&](Editor& e) { return clearConsensusRating(e, caseA); });
    CHECK(consensusRatings(s).isEmpty());
    p.undoStack()->undo();
    CHECK(consensusRatings(s).size() == 1);
}

TEST_CASE("Rating agreement with missing ratings, counted by hand") {
    auto cp = test::makeCountingProject();
    Project& p = *cp->project;
    const Storage& s = cp->storage();
    QVector<MaturityLevel> levels(3);
    for (int i = 0; i < 3; ++i) {
        levels[i].level = i + 1;
        levels[i].name = QStringLiteral("L%1").arg(i + 1);
    }
    // Aisha rates A 1 and B 2; Ben rates A 1 only. Cases: A (both, agree), B (Aisha only).
    mustEdit(p, [&](Editor& e) -> Status {
        if (Status st = setMaturityLevels(e, levels); !st)
            return st;
        const qint64 a = cp->ids.value(QStringLiteral("A")), b = cp->ids.value(QStringLiteral("B"));
        const qint64 aisha = cp->ids.value(QStringLiteral("Aisha"));
        const qint64 ben = cp->ids.value(QStringLiteral("Ben"));
        for (auto [caseId, coder, level] :
             {std::tuple{a, aisha, 1}, std::tuple{b, aisha, 2}, std::tuple{a, ben, 1}}) {
            if (Result<qint64> r = setMaturityRating(e, caseId, coder, level, QString()); !r)
                return Status::failure(r.error());
        }
        return {};
    });
    Result<RatingAgreement> r = ratingAgreement(s);
    REQUIRE(r.ok());
    CHECK(r->coders == QStringList{QStringLiteral("Aisha"), QStringLiteral("Ben")});
    CHECK(r->cases == QStringList{QStringLiteral("A"), QStringLiteral("B")});
    CHECK(r->complete == 1);
    CHECK(r->pairable == 1);
    CHECK(r->exactAgreements == 1);
    CHECK(r->ratings == QVector<QVector<int>>{{1, 1}, {2, 0}});
    // One complete case on which they agree: 100%. Alpha has one pairable unit whose values
    // are equal: no variation, so alpha is undefined; so are the kappas (both coders used
    // one category only on the complete units).
    REQUIRE(r->percentAgreement.defined());
    CHECK(*r->percentAgreement.value == Approx(100.0));
    CHECK_FALSE(r->krippendorffAlphaOrdinal.defined());
    CHECK_FALSE(r->weightedKappaLinear.defined());
    CHECK_FALSE(ratingAgreement(s, {QStringLiteral("Nobody")}).ok());
}

TEST_CASE("A version 2 project is migrated: evaluation tables and the enabler_barrier element") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.situate"));
    REQUIRE(QFile::copy(test::sourcePath(QStringLiteral("tests/fuzz/corpus/project/small.situate")),
                        path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto p = Project::open(path);
    INFO(p.error().toStdString());
    REQUIRE(p.ok());
    Project& project = **p;
    const Storage& s = project.storage();
    REQUIRE_FALSE(s.codes().value().isEmpty());
    // The widened CHECK takes the new element, and still refuses an unknown one.
    Code c = s.codes().value().first();
    c.toc = TocElement::EnablerBarrier;
    mustEdit(project, [&](Editor& e) { return updateCode(e, c); });
    CHECK(s.code(c.id)->toc == TocElement::EnablerBarrier);
    CHECK_FALSE(project
                    .edit(QStringLiteral("bad"),
                          [&](Editor& e) {
                              return e.update(
                                  QStringLiteral("codes"), c.id,
                                  {{QStringLiteral("toc_element"), QStringLiteral("feelings")}});
                          })
                    .ok());
    CHECK(s.checkIntegrity().isEmpty());
    // The new tables are there and empty.
    CHECK(maturityLevels(s).isEmpty());
    CHECK(evidenceSummaries(s)->isEmpty());
    // And the file reopens at the current version (the edit above went through a fresh parse
    // of the schema in the next connection).
    p->reset();
    auto again = Project::open(path);
    REQUIRE(again.ok());
    CHECK((*again)->storage().code(c.id)->toc == TocElement::EnablerBarrier);
}
