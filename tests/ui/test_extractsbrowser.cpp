// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/extracts.h"
#include "core/generate/generator.h"
#include "core/io/csv.h"
#include "core/project.h"
#include "tests/support/demowindow.h"
#include "tests/support/testsupport.h"
#include "tests/support/waitfor.h"
#include "ui/analysis/coderfilterbutton.h"
#include "ui/analysis/extractsbrowser.h"
#include "ui/analysis/extractsmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>
#include <QScrollBar>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace situate;
using test::waitFor;

namespace {

/// A generated study of 12,000 codings (more than a hundred pages of the browser, in twice
/// the documents the browser lists first) open in the real main window, its extracts dock
/// shown and listed.
struct LargeWindow : test::DemoWindow {
    LargeWindow() {
        large = dir.filePath(QStringLiteral("large.situate"));
        // Twice the documents the browser lists first: the head first, then the rest.
        REQUIRE(generateProject(large, {.documents = 2 * ExtractsBrowser::headDocuments,
                                        .words = 1000,
                                        .codes = 40,
                                        .codings = 12000})
                    .ok());
        REQUIRE(window.openProject(large));
        openDock("extractsDock");
        browser = find<ExtractsBrowser>("extractsBrowser");
        table = find<QTableView>("extractsTable");
        waitFor([&] { return !browser->isLoading() && browser->model()->rowCount() > 0; });
    }
    // The extracts of `query` as the core lists them, with the browser's context length.
    QVector<Extract> direct(ExtractQuery query) const {
        query.contextLength = ExtractsBrowser::contextLength;
        auto all = extracts(storage(), query);
        REQUIRE(all.ok());
        return *all;
    }
    // Scrolls row `row` into view and waits for its page's texts.
    Extract shown(int row) {
        // Again on every try: rows just added reach the scrollbar's range only after a layout.
        waitFor([&] {
            table->scrollTo(browser->model()->index(row, ExtractsModel::ExtractColumn));
            table->viewport()->repaint();
            return browser->model()->isLoaded(row);
        });
        return browser->model()->extract(row);
    }
    QString title() const { return find<QLabel>("extractsTitle")->text(); }

    QString large;
    ExtractsBrowser* browser = nullptr;
    QTableView* table = nullptr;
};

QString count(qsizetype n) {
    return QLocale().toString(n) + QStringLiteral(" extracts");
}

} // namespace

TEST_CASE("extracts ui: a large project lists every extract, its texts read as they scroll in") {
    LargeWindow f;
    const QVector<Extract> all = f.direct({});
    REQUIRE(all.size() == 12000);
    ExtractsModel* model = f.browser->model();
    // The heading and the list give the true count, not a first page or a cap.
    CHECK(f.title().contains(count(12000)));
    CHECK(model->rowCount() == 12000);
    CHECK(model->isLoaded(0));
    CHECK_FALSE(model->isLoaded(11000)); // texts are read only as rows come into view

    // A row deep in the list, compared with the core's whole list and the stored text.
    const Extract deep = f.shown(11000);
    const Extract& expected = all[11000];
    const auto shown = [](const Extract& x) {
        return QStringList{QString::number(x.codingId),
                           x.document,
                           x.codePath,
                           x.coder,
                           x.text,
                           x.before,
                           x.after};
    };
    CHECK(shown(deep) == shown(expected));
    CHECK(
        deep.text ==
        f.storage().documentText(deep.documentId).mid(int(deep.start), int(deep.end - deep.start)));
    const QModelIndex cell = model->index(11000, ExtractsModel::CodeColumn);
    CHECK(cell.data().toString() == expected.codePath.section(QLatin1Char('/'), -1));
    CHECK(model->index(11000, ExtractsModel::ExtractColumn)
              .data(ExtractsModel::HtmlRole)
              .toString()
              .contains(expected.text.left(20).toHtmlEscaped()));

    // Scrolled to the end: the last row is there with its text.
    f.table->scrollToBottom();
    QScrollBar* bar = f.table->verticalScrollBar();
    CHECK(bar->value() == bar->maximum());
    f.table->viewport()->repaint();
    waitFor([&] { return model->isLoaded(11999); });
    CHECK(model->rowCount() == 12000);
    CHECK(model->extract(11999).codingId == all.last().codingId);
    CHECK(model->extract(11999).text == all.last().text);

    // Selecting it shows it whole in the pane below.
    f.table->selectRow(11999);
    CHECK(f.find<QWidget>("extractsDetail")
              ->property("plainText")
              .toString()
              .contains(all.last().text.left(30)));
}

TEST_CASE("extracts ui: filtering a large project changes the count to the filter's") {
    LargeWindow f;
    // The lazy model keeps Qt's model rules through the reset, the head and the rows added.
    QAbstractItemModelTester tester(f.browser->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 coder = f.storage().coders().value().first().id;
    auto* coders = f.find<CoderFilterButton>("extractsCoders");
    for (QAction* a : coders->menu()->actions())
        if (a->isCheckable() && a->data().toLongLong() == coder)
            a->setChecked(true);
    waitFor([&] { return !f.browser->isLoading(); });
    ExtractQuery query;
    query.filter.coderIds = {coder};
    const QVector<Extract> theirs = f.direct(query);
    REQUIRE(theirs.size() > ExtractsModel::pageSize);
    REQUIRE(theirs.size() < 12000);
    ExtractsModel* model = f.browser->model();
    CHECK(model->rowCount() == theirs.size());
    CHECK(f.title().contains(count(theirs.size())));
    const int row = int(theirs.size()) - 2;
    CHECK(f.shown(row).codingId == theirs[row].codingId);
    CHECK(model->extract(row).text == theirs[row].text);
    for (int r = 0; r < model->rowCount(); r += 997)
        CHECK(model->extract(r).coder == theirs[r].coder);
}

TEST_CASE("extracts ui: an export runs behind a progress dialog, and Cancel writes nothing") {
    LargeWindow f;
    auto* status = f.find<QLabel>("extractsStatus");
    const QString cancelled = f.dir.filePath(QStringLiteral("cancelled.docx"));
    f.browser->exportInBackground(cancelled);
    auto* progress = f.find<QProgressDialog>("extractsExportProgress");
    emit progress->canceled(); // as its Cancel button does
    waitFor([&] { return status->text().startsWith(QStringLiteral("Export cancelled")); });
    CHECK_FALSE(QFileInfo::exists(cancelled));
    CHECK_FALSE(f.window.findChild<QProgressDialog*>(QStringLiteral("extractsExportProgress")));

    const QString written = f.dir.filePath(QStringLiteral("extracts.csv"));
    f.browser->exportInBackground(written);
    waitFor([&] { return status->text().startsWith(QStringLiteral("Saved")); });
    CHECK(status->text() == QStringLiteral("Saved %1 to extracts.csv.").arg(count(12000)));
    auto table = csv::parse(test::readFile(written), QStringLiteral("extracts.csv"));
    REQUIRE(table.ok());
    CHECK(table->rows.size() == 12000);
}
