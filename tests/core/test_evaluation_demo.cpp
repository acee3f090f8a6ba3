// SPDX-License-Identifier: GPL-3.0-or-later
// The evaluation module on the demo project: the evidence matrix against the analysis
// module's own counts, the shipped ratings and their agreement, and the report in HTML and
// PDF.

#include "core/analysis/extracts.h"
#include "core/analysis/frequency.h"
#include "core/commands/commands.h"
#include "core/commands/evaluationcommands.h"
#include "core/evaluation/evidencematrix.h"
#include "core/evaluation/maturity.h"
#include "core/evaluation/report.h"
#include "core/project.h"
#include "core/storage/evaluationqueries.h"
#include "tests/support/demoproject.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

using namespace situate;

namespace {

std::unique_ptr<test::DemoProject> demo() {
    return std::make_unique<test::DemoProject>();
}

bool haveGui() {
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
}

} // namespace

TEST_CASE("Demo: the evidence matrix agrees with extracts and frequencies") {
    auto d = demo();
    const Storage& s = d->project->storage();
    Result<EvidenceMatrix> m = evidenceMatrix(s, EvidenceRequest());
    REQUIRE(m.ok());
    REQUIRE(m->rows.size() == 6);
    REQUIRE(m->columns.size() == 7);
    // Each rq x case cell is the set of extracts of that question in that case (the extract
    // module's own implementation of the roll-up-free question rule).
    qint64 nonEmpty = 0;
    for (qsizetype r = 0; r < m->rows.size(); ++r) {
        for (qsizetype c = 0; c < m->columns.size(); ++c) {
            ExtractQuery q;
            q.questionId = m->rows[r].id;
            q.filter.caseIds = {m->columns[c].id};
            Result<QVector<Extract>> x = extracts(s, q);
            REQUIRE(x.ok());
            QVector<qint64> ids;
            QSet<qint64> docs;
            for (const Extract& e : *x) {
                ids << e.codingId;
                docs.insert(e.documentId);
            }
            INFO(m->rows[r].label.toStdString() << " x " << m->columns[c].label.toStdString());
            CHECK(m->cell(r, c).codingIds == ids);
            CHECK(m->cell(r, c).documents == docs.size());
            nonEmpty += m->cell(r, c).codings > 0;
        }
    }
    // Codings exist on four documents of four CoPs (Medicines safety, Maternity, Duty of
    // candour, Sepsis), so three of seven columns are gaps for every question.
    CHECK(nonEmpty <= 6 * 4);
    CHECK(nonEmpty > 0);

    // ToC rows are the sums of their codes' rows in `freq --by case` (a coding has one code).
    EvidenceRequest tr;
    tr.rows = EvidenceRowKind::TocElement;
    Result<EvidenceMatrix> toc = evidenceMatrix(s, tr);
    REQUIRE(toc.ok());
    FrequencyRequest fr;
    Result<FrequencyMatrix> f = frequencyMatrix(s, fr);
    REQUIRE(f.ok());
    REQUIRE(f->columns.size() == toc->columns.size());
    for (qsizetype r = 0; r < toc->rows.size(); ++r) {
        for (qsizetype c = 0; c < toc->columns.size(); ++c) {
            qint64 sum = 0;
            for (qsizetype fr2 = 0; fr2 < f->rows.size(); ++fr2) {
                if (s.code(f->rows[fr2].codeId)->toc == toc->rows[r].toc)
                    sum += f->cell(fr2, c).codings;
            }
            INFO(toc->rows[r].label.toStdString() << " x " << toc->columns[c].label.toStdString());
            CHECK(toc->cell(r, c).codings == sum);
        }
    }
    // The demo's "Enablers and barriers" branch is its own ToC element now.
    const qsizetype eb =
        toc->rowIndex({EvidenceRowKind::TocElement, QStringLiteral("enabler_barrier")});
    REQUIRE(eb >= 0);
    CHECK(toc->rowTotals[eb].codings > 0);
    // The shipped summary of Enablers and barriers x Duty of candour is in its cell.
    const qsizetype doc =
        toc->columnIndex(*resolveEvidenceColumn(s, QStringLiteral("Duty of candour")));
    REQUIRE(doc >= 0);
    CHECK(toc->cell(eb, doc).summary.startsWith(QStringLiteral("Senior sponsorship")));
    CHECK(evidenceSummaries(s)->size() == 4);
}

TEST_CASE("Demo: ratings, evidence links and their agreement, by hand") {
    auto d = demo();
    const Storage& s = d->project->storage();
    const QVector<MaturityLevel> levels = maturityLevels(s);
    REQUIRE(levels.size() == 5);
    CHECK(levels[0].name == QStringLiteral("Forming"));
    CHECK(levels[4].name == QStringLiteral("Embedded"));
    const QVector<MaturityRating> ratings = maturityRatings(s);
    REQUIRE(ratings.size() == 14); // 7 CoPs x Aisha and Ben
    qsizetype links = 0;
    for (const MaturityRating& r : ratings) {
        links += r.codingIds.size();
        for (qint64 id : r.codingIds)
            CHECK(s.coding(id)->coderId == r.coderId); // a coder cites their own codings
    }
    CHECK(links == 11); // resources/demo/maturity_ratings.csv: 11 references, one coding each
    CHECK(consensusRatings(s).size() == 2);

    // Aisha, Ben per CoP (project order): (3,3) (4,3) (2,2) (3,2) (3,4) (1,1) (2,1).
    Result<RatingAgreement> a = ratingAgreement(s);
    REQUIRE(a.ok());
    CHECK(a->complete == 7);
    CHECK(a->exactAgreements == 3);
    // Percent agreement: 3 of 7 = 42.857%.
    CHECK(*a->percentAgreement.value == Approx(300.0 / 7.0));
    // Weighted kappas: see test_evaluation_kappa.cpp, "the demo's maturity ratings".
    CHECK(*a->weightedKappaLinear.value == Approx(26.0 / 54.0));
    CHECK(*a->weightedKappaQuadratic.value == Approx(68.0 / 96.0));
    // Ordinal alpha by hand. Pooled values n_c: 1:3 2:4 3:5 4:2 (n = 14). Ordinal
    // delta^2(c,k) = (sum_{g=c..k} n_g - (n_c + n_k)/2)^2: (1,2) 3.5^2 = 12.25, (1,3) 8^2 = 64,
    // (1,4) 11.5^2 = 132.25, (2,3) 4.5^2 = 20.25, (2,4) 8^2 = 64, (3,4) 3.5^2 = 12.25.
    // Coincidences off the diagonal (each unit adds 1 to o_ab and o_ba): o34 = o43 = 2,
    // o23 = o32 = 1, o12 = o21 = 1, so sum o delta^2 = 2(2*12.25) + 2(20.25) + 2(12.25) = 114.
    // sum n_c n_k delta^2 over ordered pairs = 2(147 + 960 + 793.5 + 405 + 512 + 122.5) = 5880.
    // alpha = 1 - (n - 1) * 114 / 5880 = 1 - 13 * 114 / 5880 = 0.747959.
    CHECK(*a->krippendorffAlphaOrdinal.value == Approx(1.0 - 13.0 * 114.0 / 5880.0));
}

TEST_CASE("Demo report: HTML sections, numbers and escaping") {
    if (!haveGui()) {
        WARN("no QGuiApplication in this test binary: report not tested");
        return;
    }
    auto d = demo();
    Project& p = *d->project;
    const Storage& s = p.storage();
    // Hostile text in a memo, a summary and a document name.
    const qint64 rq1 = *s.questionIdByCode(QStringLiteral("RQ1"));
    ExtractQuery q;
    q.questionId = rq1;
    Result<QVector<Extract>> first = extracts(s, q);
    REQUIRE(first.ok());
    REQUIRE_FALSE(first->isEmpty());
    const Extract x = first->first();
    Status st = p.edit(QStringLiteral("hostile"), [&](Editor& e) -> Status {
        if (Status a =
                setCodingMemo(e, x.codingId, QStringLiteral("<script>alert('memo')</script>"));
            !a)
            return a;
        if (Status b = renameDocument(e, x.documentId, QStringLiteral("<script>doc</script>")); !b)
            return b;
        return setEvidenceSummary(
            e, *resolveEvidenceRow(s, EvidenceRowKind::ResearchQuestion, QStringLiteral("RQ1")),
            *resolveEvidenceColumn(s, QStringLiteral("Sepsis")),
            QStringLiteral("<script>alert('summary')</script> & more"));
    });
    REQUIRE(st.ok());

    Result<QString> html = reportHtml(s, QStringLiteral("demo"), ReportOptions());
    INFO(html.error().toStdString());
    REQUIRE(html.ok());
    const QString h = *html;
    CHECK_FALSE(h.contains(QStringLiteral("<script")));
    // toHtmlEscaped leaves the apostrophes as they are.
    CHECK(h.contains(QStringLiteral("&lt;script&gt;alert('memo')&lt;/script&gt;")));
    CHECK(h.contains(QStringLiteral("&lt;script&gt;doc&lt;/script&gt;")));
    CHECK(h.contains(QStringLiteral("&amp; more")));

    for (const char* title :
         {"RQ1: ", "RQ2: ", "EQ4: ", "Codes that serve this question", "Evidence by case",
          "Frequencies by case", "Selected extracts", "Maturity ratings", "Maturity model",
          "Agreement of the ratings", "Rationales and consensus", "Appendix A: Codebook",
          "Appendix B: Inter-coder agreement"})
        CHECK(h.contains(QString::fromUtf8(title)));
    CHECK(h.count(QStringLiteral("data:image/png;base64,iVBOR")) == 6); // a chart per question

    // The evidence row of RQ2 x Maternity as the matrix counts it.
    Result<EvidenceMatrix> m = evidenceMatrix(s, EvidenceRequest());
    REQUIRE(m.ok());
    const qsizetype rq2 = m->rowIndex(
        *resolveEvidenceRow(s, EvidenceRowKind::ResearchQuestion, QStringLiteral("RQ2")));
    const qsizetype maternity =
        m->columnIndex(*resolveEvidenceColumn(s, QStringLiteral("Maternity")));
    const EvidenceCell& cell = m->cell(rq2, maternity);
    REQUIRE(cell.codings > 0);
    CHECK(
        h.contains(QStringLiteral("<tr><td>Maternity</td><td class=\"n\">%1</td><td class=\"n\">%2"
                                  "</td><td>Knowledge from joint case reviews")
                       .arg(cell.codings)
                       .arg(cell.documents)));
    // A CoP without coded evidence shows the gap.
    CHECK(
        h.contains(QStringLiteral("<tr class=\"gaprow\"><td>Delirium</td><td class=\"n\">0</td>")));
    // Ratings agreement (hand values in the test above), and the consensus reasoning.
    CHECK(h.contains(QStringLiteral("<td>Identical ratings</td><td class=\"n\">3 of 7</td>")));
    CHECK(h.contains(QStringLiteral("42.9%")));
    CHECK(h.contains(QStringLiteral(">0.748<")));
    CHECK(h.contains(QStringLiteral(">0.481<")));
    CHECK(h.contains(QStringLiteral(">0.708<")));
    CHECK(h.contains(QStringLiteral("Agreed after discussion: the ambulance service")));

    // One question and one case.
    ReportOptions one;
    one.question = QStringLiteral("RQ2");
    one.caseName = QStringLiteral("Maternity");
    Result<QString> narrow = reportHtml(s, QStringLiteral("demo"), one);
    REQUIRE(narrow.ok());
    CHECK(narrow->contains(QStringLiteral("RQ2: ")));
    CHECK_FALSE(narrow->contains(QStringLiteral("RQ1: ")));
    CHECK_FALSE(narrow->contains(QStringLiteral("<td>Sepsis</td>")));
    CHECK(narrow->contains(
        QStringLiteral("<tr><td>Maternity</td><td class=\"n\">%1</td>").arg(cell.codings)));
    one.question = QStringLiteral("RQ9");
    CHECK_FALSE(reportHtml(s, QStringLiteral("demo"), one).ok());
}

TEST_CASE("Demo report: PDF pages, page numbers, cancel and a worker thread") {
    if (!haveGui()) {
        WARN("no QGuiApplication in this test binary: PDF not tested");
        return;
    }
    auto d = demo();
    const Storage& s = d->project->storage();
    const QString pdf = d->dir.filePath(QStringLiteral("report.pdf"));
    int calls = 0;
    Status st = writeReport(s, QStringLiteral("demo"), ReportOptions(), pdf, [&](int, int) {
        ++calls;
        return true;
    });
    INFO(st.error().toStdString());
    REQUIRE(st.ok());
    CHECK(calls > 9);
    CHECK(test::readFile(pdf).startsWith("%PDF-"));

    // Cancelled: a failure, and no file.
    const QString cancelled = d->dir.filePath(QStringLiteral("cancelled.pdf"));
    Status c = writeReport(s, QStringLiteral("demo"), ReportOptions(), cancelled,
                           [](int done, int) { return done < 3; });
    CHECK_FALSE(c.ok());
    CHECK(c.error() == QStringLiteral("cancelled"));
    CHECK_FALSE(QFile::exists(cancelled));
    CHECK_FALSE(writeReport(s, QStringLiteral("demo"), ReportOptions(),
                            d->dir.filePath(QStringLiteral("report.doc")))
                    .ok());
    // Word: written whole, or not at all when cancelled.
    const QString word = d->dir.filePath(QStringLiteral("report.docx"));
    CHECK(writeReport(s, QStringLiteral("demo"), ReportOptions(), word).ok());
    CHECK(test::readFile(word).startsWith("PK"));
    const QString cancelledWord = d->dir.filePath(QStringLiteral("cancelled.docx"));
    CHECK(writeReport(s, QStringLiteral("demo"), ReportOptions(), cancelledWord, [](int done, int) {
              return done < 3;
          }).error() == QStringLiteral("cancelled"));
    CHECK_FALSE(QFile::exists(cancelledWord));

    // Off the GUI thread, on a connection of its own, while the project stays open here.
    const QString threaded = d->dir.filePath(QStringLiteral("threaded.html"));
    Status fromThread = Status::failure(QStringLiteral("not run"));
    QThread* worker =
        QThread::create([&] { fromThread = writeReport(d->path, ReportOptions(), threaded); });
    worker->start();
    worker->wait();
    delete worker;
    INFO(fromThread.error().toStdString());
    CHECK(fromThread.ok());
    CHECK(test::readFile(threaded).contains("Appendix B: Inter-coder agreement"));

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        WARN("pdftotext is not installed: PDF text not checked");
        return;
    }
    const test::ProcessResult r =
        test::runProcess(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    const QString text = QString::fromUtf8(r.out);
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    REQUIRE(pages.size() > 1);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())));
    }
    for (const char* title :
         {"Evaluation report: demo", "Codes that serve this question", "Evidence by case",
          "Maturity ratings", "Appendix A: Codebook", "Appendix B: Inter-coder agreement"})
        CHECK(text.contains(QString::fromUtf8(title)));
    CHECK(text.contains(QStringLiteral("0.748")));
}
