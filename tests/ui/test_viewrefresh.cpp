// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codetree.h"
#include "core/commands/commands.h"
#include "core/project.h"
#include "tests/support/demoproject.h"
#include "tests/support/demowindow.h"
#include "tests/support/matrixcell.h"
#include "tests/support/waitfor.h"
#include "ui/analysis/chartview.h"
#include "ui/analysis/extractsbrowser.h"
#include "ui/analysis/extractsmodel.h"
#include "ui/analysis/matrixmodel.h"
#include "ui/analysis/matrixview.h"
#include "ui/mainwindow/mainwindow.h"

#include <QComboBox>
#include <QDockWidget>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace situate;
using test::codingsInCase;
using test::waitFor;

namespace {

/// The demo project open in a real main window with every analysis dock hidden.
struct Fixture : test::DocumentWindow {
    Fixture() {
        // A saved window state may have left docks open; this test wants them all closed.
        for (const char* name : {"matrixDock", "chartDock", "extractsDock", "agreementDock"})
            dock(name)->hide();
    }
    QDockWidget* dock(const char* name) { return find<QDockWidget>(name); }
};

/// The matrix cell of `codeId` in the column keyed `column`, as the number shown.
double cell(const MatrixView& matrix, qint64 codeId, const QString& column) {
    return test::matrixCell(*matrix.model(), codeId, column)
        .data(MatrixModel::ValueRole)
        .toDouble();
}

} // namespace

TEST_CASE("view refresh: hidden analysis docks do not recount after an edit, and catch up "
          "with the right numbers when shown") {
    Fixture f;
    auto* matrix = f.window.findChild<MatrixView*>(QStringLiteral("matrixView"));
    auto* chart = f.window.findChild<ChartView*>(QStringLiteral("analysisChart"));
    auto* browser = f.window.findChild<ExtractsBrowser*>(QStringLiteral("extractsBrowser"));
    REQUIRE(matrix);
    REQUIRE(chart);
    REQUIRE(browser);

    // Codes x cases, codings, with the matrix shown: the starting numbers.
    f.openDock("matrixDock");
    auto* dimension = matrix->findChild<QComboBox*>(QStringLiteral("matrixDimension"));
    auto* count = matrix->findChild<QComboBox*>(QStringLiteral("matrixCount"));
    REQUIRE(dimension);
    REQUIRE(count);
    dimension->setCurrentIndex(dimension->findData(int(MatrixView::Columns::Cases)));
    count->setCurrentIndex(count->findData(int(CountType::Codings)));
    waitFor([&] { return !matrix->isComputing() && matrix->model()->frequency().has_value(); });

    const Storage& s = f.storage();
    const CodeTree tree(s.codes().value());
    const qint64 code = *tree.idByPath(QStringLiteral("Mechanisms/Psychological safety"));
    REQUIRE(tree.children(code).isEmpty()); // a leaf: with or without sub-codes, the same count
    qint64 caseId = 0;
    QString caseName;
    for (const Case& c : s.cases().value())
        if (c.name == QStringLiteral("Medicines safety")) {
            caseId = c.id;
            caseName = c.name;
        }
    REQUIRE(caseId != 0);
    const QVector<qint64> docs = s.documentsOfCase(caseId).value();
    REQUIRE_FALSE(docs.isEmpty());
    const qint64 before = codingsInCase(s, code, caseId);
    CHECK(cell(*matrix, code, caseName) == double(before));
    const qint64 extractsBefore = s.allCodings().value().size(); // 178 in the demo
    CHECK(extractsBefore == 178);

    // Hide the matrix, then code one more span of the case's first document with this code.
    f.dock("matrixDock")->hide();
    REQUIRE_FALSE(matrix->isVisible());
    QSignalSpy matrixRuns(matrix, &MatrixView::computed);
    QSignalSpy chartRuns(chart, &ChartView::computed);
    QSignalSpy browserRuns(browser, &ExtractsBrowser::loaded);
    const qint64 aisha = *s.coderIdByName(QStringLiteral("Aisha"));
    Coding added;
    added.documentId = docs.first();
    added.codeId = code;
    added.coderId = aisha;
    added.start = 3;
    added.end = 17;
    REQUIRE(f.window.project()
                ->edit(QStringLiteral("Code a span"),
                       [&](Editor& e) { return Status::from(addCoding(e, added)); })
                .ok());
    REQUIRE(codingsInCase(s, code, caseId) == before + 1);

    // Nothing is counted for the hidden docks, however long the event loop runs (the
    // visible matrix would have recounted 400 ms after the edit).
    CHECK_FALSE(matrix->isComputing());
    CHECK_FALSE(chart->isComputing());
    CHECK_FALSE(browser->isLoading());
    QTest::qWait(800);
    CHECK(matrixRuns.count() == 0);
    CHECK(chartRuns.count() == 0);
    CHECK(browserRuns.count() == 0);
    CHECK(cell(*matrix, code, caseName) == double(before)); // still the old table

    // Shown again, the matrix recounts once and the cell has the new coding.
    f.openDock("matrixDock");
    waitFor([&] { return matrixRuns.count() >= 1 && !matrix->isComputing(); });
    CHECK(matrixRuns.count() == 1);
    CHECK(cell(*matrix, code, caseName) == double(before + 1));

    // The extracts browser, hidden since the project opened, lists all 178 + 1 codings.
    f.openDock("extractsDock");
    waitFor([&] { return browserRuns.count() >= 1 && !browser->isLoading(); });
    CHECK(browser->model()->rowCount() == extractsBefore + 1);
    CHECK(chartRuns.count() == 0); // still hidden behind the tabs
}

TEST_CASE("view refresh: the matrix recounts from the codings it read while the project is "
          "unchanged, and reads them again after an edit") {
    Fixture f;
    auto* matrix = f.window.findChild<MatrixView*>(QStringLiteral("matrixView"));
    REQUIRE(matrix);
    f.openDock("matrixDock");
    auto* dimension = matrix->findChild<QComboBox*>(QStringLiteral("matrixDimension"));
    auto* count = matrix->findChild<QComboBox*>(QStringLiteral("matrixCount"));
    REQUIRE(dimension);
    REQUIRE(count);
    QSignalSpy runs(matrix, &MatrixView::computed);
    auto settle = [&](int n) {
        waitFor([&] { return runs.count() >= n && !matrix->isComputing(); });
    };
    // Every cell against a count made from scratch by the core for the same request.
    auto checkAgainstCore = [&](Dimension by) {
        FrequencyRequest req;
        req.by = by;
        const auto expected = frequencyMatrix(f.storage(), req);
        REQUIRE(expected.ok());
        const MatrixModel* model = matrix->model();
        REQUIRE(model->frequency());
        REQUIRE(model->frequency()->rows.size() == expected->rows.size());
        REQUIRE(model->frequency()->columns.size() == expected->columns.size());
        for (qsizetype r = 0; r < expected->rows.size(); ++r)
            for (qsizetype c = 0; c < expected->columns.size(); ++c)
                CHECK(model->frequency()->cell(r, c).codings == expected->cell(r, c).codings);
    };

    count->setCurrentIndex(count->findData(int(CountType::Codings)));
    dimension->setCurrentIndex(dimension->findData(int(MatrixView::Columns::Cases)));
    settle(1);
    checkAgainstCore(Dimension::Case);
    const int afterCases = runs.count();

    // Switching to questions reuses the codings just read; the numbers are the core's.
    dimension->setCurrentIndex(dimension->findData(int(MatrixView::Columns::Questions)));
    settle(afterCases + 1);
    CHECK(matrix->reusedCodings());
    checkAgainstCore(Dimension::ResearchQuestion);

    // An edit makes the read codings stale: the next count reads them again, and shows it.
    const Storage& s = f.storage();
    Coding added;
    added.documentId = s.documents().value().first().id;
    added.codeId =
        *CodeTree(s.codes().value()).idByPath(QStringLiteral("Mechanisms/Psychological safety"));
    added.coderId = *s.coderIdByName(QStringLiteral("Aisha"));
    added.start = 3;
    added.end = 17;
    const int beforeEdit = runs.count();
    REQUIRE(f.window.project()
                ->edit(QStringLiteral("Code a span"),
                       [&](Editor& e) { return Status::from(addCoding(e, added)); })
                .ok());
    settle(beforeEdit + 1);
    CHECK_FALSE(matrix->reusedCodings());
    checkAgainstCore(Dimension::ResearchQuestion);
    const int afterEdit = runs.count();
    dimension->setCurrentIndex(dimension->findData(int(MatrixView::Columns::Cases)));
    settle(afterEdit + 1);
    CHECK(matrix->reusedCodings());
    checkAgainstCore(Dimension::Case);
}
