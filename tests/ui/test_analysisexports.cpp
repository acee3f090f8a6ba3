// SPDX-License-Identifier: GPL-3.0-or-later
// The matrix's CSV and Excel exports and the chart's pictures run on a worker behind a
// progress dialog, in the real main window on a generated project of 200 codes: Cancel writes
// nothing, and the next export writes the whole file.
#include "core/codetree.h"
#include "core/generate/generator.h"
#include "core/io/csv.h"
#include "core/project.h"
#include "tests/support/demowindow.h"
#include "tests/support/testsupport.h"
#include "tests/support/waitfor.h"
#include "ui/analysis/chartview.h"
#include "ui/analysis/codecombobox.h"
#include "ui/analysis/matrixmodel.h"
#include "ui/analysis/matrixview.h"

#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QProgressDialog>

#include <catch2/catch.hpp>

using namespace situate;
using test::waitFor;

namespace {

/// A generated study (200 codes, 20,000 codings) open in the real main window.
struct GeneratedWindow : test::DemoWindow {
    GeneratedWindow() {
        const QString big = dir.filePath(QStringLiteral("big.situate"));
        REQUIRE(
            generateProject(big, {.documents = 60, .words = 400, .codes = 200, .codings = 20000})
                .ok());
        REQUIRE(window.openProject(big));
    }

    /// Starts an export with `start`, presses Cancel on its progress dialog at once, and
    /// waits for the dialog to go; the view's status line must say so and `path` must not
    /// exist.
    void cancel(const std::function<void()>& start, const char* progressName, QLabel* status,
                const QString& path) {
        start();
        auto* progress = find<QProgressDialog>(progressName);
        emit progress->canceled(); // as its Cancel button does
        waitFor([&] { return !window.findChild<QProgressDialog*>(QLatin1String(progressName)); });
        CHECK(status->text() == QStringLiteral("Export cancelled; nothing was written."));
        CHECK_FALSE(QFileInfo::exists(path));
    }

    /// Starts an export with `start` and waits until the status line says it saved `path`.
    void written(const std::function<void()>& start, QLabel* status, const QString& path) {
        status->clear();
        start();
        waitFor([&] { return !status->text().isEmpty(); });
        CHECK(status->text() == QStringLiteral("Saved %1.").arg(QFileInfo(path).fileName()));
        CHECK(QFileInfo::exists(path));
        CHECK(messages.isEmpty());
    }
};

} // namespace

TEST_CASE("analysis exports: the matrix writes CSV and Excel on a worker, and Cancel writes "
          "nothing") {
    GeneratedWindow w;
    w.openDock("matrixDock");
    auto* view = w.find<MatrixView>("matrixView");
    waitFor([&] { return !view->isComputing() && view->model()->rowCount() > 0; });
    auto* status = w.find<QLabel>("matrixStatus");

    const QString cancelled = w.dir.filePath(QStringLiteral("cancelled.xlsx"));
    w.cancel([&] { view->exportInBackground(cancelled); }, "matrixExportProgress", status,
             cancelled);

    const QString xlsx = w.dir.filePath(QStringLiteral("matrix.xlsx"));
    w.written([&] { view->exportInBackground(xlsx); }, status, xlsx);
    CHECK(test::readFile(xlsx).startsWith("PK")); // a zip package

    const QString csvPath = w.dir.filePath(QStringLiteral("matrix.csv"));
    w.written([&] { view->exportInBackground(csvPath); }, status, csvPath);
    auto table = csv::parse(test::readFile(csvPath), QStringLiteral("matrix.csv"));
    REQUIRE(table.ok());
    CHECK(table->rows.size() == view->model()->shownTable().rows.size());
}

TEST_CASE("analysis exports: the chart is encoded and written on a worker, and Cancel writes "
          "nothing") {
    GeneratedWindow w;
    w.openDock("chartDock");
    auto* view = w.find<ChartView>("analysisChart");
    const Result<QVector<Code>> codes = w.window.project()->storage().codes();
    REQUIRE(codes.ok());
    REQUIRE_FALSE(codes->isEmpty());
    REQUIRE(w.find<CodeComboBox>("chartCode")->setCurrentCodeId(codes->first().id));
    waitFor([&] { return !view->isComputing() && !view->values().isEmpty(); });
    auto* status = w.find<QLabel>("chartStatus");

    const QString cancelled = w.dir.filePath(QStringLiteral("cancelled.png"));
    w.cancel([&] { view->saveInBackground(cancelled); }, "imageExportProgress", status, cancelled);

    const QString png = w.dir.filePath(QStringLiteral("chart.png"));
    w.written([&] { view->saveInBackground(png); }, status, png);
    const QImage image(png);
    CHECK_FALSE(image.isNull());
    CHECK(image.width() >= 1200); // twice the points, sharp when printed

    const QString svg = w.dir.filePath(QStringLiteral("chart.svg"));
    w.written([&] { view->saveInBackground(svg); }, status, svg);
    CHECK(test::looksLikeSvg(svg));
}
