// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/cooccurrence.h"
#include "core/analysis/extracts.h"
#include "core/analysis/frequency.h"
#include "core/analysis/numbertable.h"
#include "core/codetree.h"
#include "core/io/csv.h"
#include "core/project.h"
#include "tests/support/demoproject.h"
#include "tests/support/demowindow.h"
#include "tests/support/matrixcell.h"
#include "tests/support/testsupport.h"
#include "tests/support/waitfor.h"
#include "ui/analysis/chartview.h"
#include "ui/analysis/codecombobox.h"
#include "ui/analysis/coderfilterbutton.h"
#include "ui/analysis/extractsbrowser.h"
#include "ui/analysis/extractsmodel.h"
#include "ui/analysis/matrixmodel.h"
#include "ui/analysis/matrixview.h"

#include <QAction>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QImage>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

#include <cmath>
#include <numeric>

using namespace situate;
using test::looksLikeSvg;
using test::waitFor;

namespace {

/// The demo project, open as in the app, with settings in the test location.
struct Demo : test::TestSettings, test::DemoProject {};

/// A real double-click: the press that selects, then the double-click (QTest's mouseDClick
/// alone sends no press, and item views only act on a double-click of the pressed item).
void doubleClick(QAbstractItemView* view, const QModelIndex& index) {
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at);
}

template <typename T> T* child(QWidget& w, const char* name) {
    T* found = w.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

void chooseData(QComboBox* box, const QVariant& data) {
    const int i = box->findData(data);
    REQUIRE(i >= 0);
    box->setCurrentIndex(i);
}

QSet<qint64> idsOf(const QVector<Extract>& extracts) {
    QSet<qint64> ids;
    for (const Extract& x : extracts)
        ids.insert(x.codingId);
    return ids;
}

// Every row listed, as the listing holds it (without texts).
QVector<Extract> listed(const ExtractsBrowser& browser) {
    QVector<Extract> rows;
    if (const auto& listing = browser.model()->listing())
        for (qsizetype r = 0; r < listing->size(); ++r)
            rows << listing->row(r);
    return rows;
}

QSet<qint64> listedIds(const ExtractsBrowser& browser) {
    return idsOf(listed(browser));
}

} // namespace

TEST_CASE("analysis ui: codes x cases shows the core's counts, totals and row percentages") {
    Demo demo;
    MatrixView view;
    view.resize(1200, 800);
    view.show();
    view.setProject(demo.project.get());
    auto* dimension = child<QComboBox>(view, "matrixDimension");
    auto* count = child<QComboBox>(view, "matrixCount");
    auto* table = child<QTableView>(view, "matrixTable");
    chooseData(dimension, int(MatrixView::Columns::Cases));
    chooseData(count, int(CountType::Codings));
    waitFor([&] { return !view.isComputing(); });

    FrequencyRequest request;
    request.by = Dimension::Case;
    const auto expected = frequencyMatrix(demo.storage(), request);
    REQUIRE(expected.ok());
    QAbstractItemModel* model = table->model();
    const int columns = int(expected->columns.size());
    REQUIRE(columns == 7);
    REQUIRE(model->rowCount() == expected->rows.size() + 1); // + the totals row
    REQUIRE(model->columnCount() == columns + 1);            // + Total
    CHECK(model->headerData(0, Qt::Horizontal).toString() == expected->columns[0].key);
    CHECK(model->headerData(columns, Qt::Horizontal).toString() == QStringLiteral("Total"));
    const auto number = [&](int r, int c) {
        return model->index(r, c).data(MatrixModel::ValueRole).toDouble();
    };
    for (int r = 0; r < expected->rows.size(); ++r) {
        for (int c = 0; c < columns; ++c)
            CHECK(number(r, c) == double(expected->cell(r, c).codings));
        CHECK(number(r, columns) == double(expected->rowTotals[r].codings));
    }
    const int totals = int(expected->rows.size());
    for (int c = 0; c < columns; ++c)
        CHECK(number(totals, c) == double(expected->columnTotals[c].codings));

    // Independently of the counting code: without sub-codes a row's total is the number of
    // codings of that code, and the grand total is every coding of the demo (178).
    QHash<qint64, int> perCode;
    const QVector<Coding> all = demo.storage().allCodings().value();
    for (const Coding& c : all)
        ++perCode[c.codeId];
    CHECK(all.size() == 178);
    CHECK(number(totals, columns) == 178.0);
    for (int r = 0; r < expected->rows.size(); ++r)
        CHECK(number(r, columns) == double(perCode.value(expected->rows[r].codeId)));
    // Numbers are right-aligned; the largest cell has the full heat, totals none.
    CHECK(model->index(0, 0).data(Qt::TextAlignmentRole).toInt() ==
          int(Qt::AlignRight | Qt::AlignVCenter));
    double maxHeat = 0;
    for (int r = 0; r < totals; ++r)
        for (int c = 0; c < columns; ++c)
            maxHeat = std::max(maxHeat, model->index(r, c).data(MatrixModel::HeatRole).toDouble());
    CHECK(maxHeat == 1.0);
    CHECK_FALSE(model->index(totals, 0).data(MatrixModel::HeatRole).isValid());
    QTest::qWait(50); // let layouts catch up with the new texts before the picture
    view.grab().save(QStringLiteral("/tmp/matrixview.png"));

    // Row %: every row with codings sums to 100 over its cells.
    chooseData(child<QComboBox>(view, "matrixPercent"), int(MatrixModel::Percent::Row));
    for (int r = 0; r <= totals; ++r) {
        double sum = 0, raw = 0;
        for (int c = 0; c < columns; ++c) {
            sum += number(r, c);
            raw += model->index(r, c).data(MatrixModel::RawRole).toDouble();
        }
        CHECK(std::abs(sum - (raw > 0 ? 100.0 : 0.0)) < 1e-9);
        // What is shown is rounded to one decimal; shown values add up within rounding.
        double shown = 0;
        for (int c = 0; c < columns; ++c)
            shown += QLocale().toDouble(model->index(r, c).data().toString());
        CHECK(std::abs(shown - (raw > 0 ? 100.0 : 0.0)) <= 0.05 * columns);
    }
    // Column %: every column with codings sums to 100 over the code rows (the demo codes 4 of
    // its 14 transcripts, so some CoPs have none and stay 0).
    chooseData(child<QComboBox>(view, "matrixPercent"), int(MatrixModel::Percent::Column));
    int coded = 0;
    for (int c = 0; c <= columns; ++c) {
        double sum = 0, raw = 0;
        for (int r = 0; r < totals; ++r) {
            sum += number(r, c);
            raw += model->index(r, c).data(MatrixModel::RawRole).toDouble();
        }
        CHECK(std::abs(sum - (raw > 0 ? 100.0 : 0.0)) < 1e-9);
        coded += raw > 0 ? 1 : 0;
    }
    CHECK(coded >= 2);
    CHECK(view.cliCommand().contains(QStringLiteral("freq")));
    CHECK(view.cliCommand().contains(QStringLiteral("--by case --count codings")));
    QTest::qWait(50); // let layouts catch up with the new texts before the picture
    view.grab().save(QStringLiteral("/tmp/matrixview-percent.png"));
}

TEST_CASE("analysis ui: double-clicking a cell lists exactly the codings behind it") {
    Demo demo;
    MatrixView matrix;
    ExtractsBrowser browser;
    QObject::connect(&matrix, &MatrixView::extractsRequested, &browser,
                     &ExtractsBrowser::showFilter);
    matrix.resize(1200, 800);
    matrix.show();
    browser.resize(1200, 800);
    browser.show();
    matrix.setProject(demo.project.get());
    browser.setProject(demo.project.get());
    waitFor([&] { return !(matrix.isComputing() || browser.isLoading()); });

    // The cell of Mechanisms/Psychological safety in the Medicines safety column.
    auto* table = child<QTableView>(matrix, "matrixTable");
    const MatrixModel* model = matrix.model();
    const qint64 code = demo.codeId(QStringLiteral("Mechanisms/Psychological safety"));
    const QModelIndex index = test::matrixCell(*model, code, QStringLiteral("Medicines safety"));
    const double cellCount = index.data(MatrixModel::ValueRole).toDouble();
    REQUIRE(cellCount > 0);

    QSignalSpy requested(&matrix, &MatrixView::extractsRequested);
    doubleClick(table, index);
    REQUIRE(requested.count() == 1);
    waitFor([&] { return !browser.isLoading(); });

    // The core's query for the cell, and the same codings found by hand from storage: codings
    // of the code in documents of the case.
    const ExtractQuery cellQuery = extractQueryForCell(matrix.shownRequest(), *model->frequency(),
                                                       index.row(), index.column());
    const auto core = extracts(demo.storage(), cellQuery);
    REQUIRE(core.ok());
    QSet<qint64> byHand;
    const qint64 caseId = *demo.storage().caseIdByName(QStringLiteral("Medicines safety"));
    for (qint64 d : demo.storage().documentsOfCase(caseId).value())
        for (const Coding& c : demo.storage().codings(d).value())
            if (c.codeId == code)
                byHand.insert(c.id);
    CHECK(listedIds(browser) == idsOf(*core));
    CHECK(listedIds(browser) == byHand);
    CHECK(browser.model()->rowCount() == int(cellCount));

    // The filter shows the cell: the code ticked, the case chosen.
    CHECK(child<QComboBox>(browser, "extractsCase")->currentText() ==
          QStringLiteral("Medicines safety"));

    // Each extract carries its document, case, code path, coder, memo and context.
    REQUIRE(browser.model()->isLoaded(0)); // the first page comes with the listing
    const Extract first = browser.model()->extract(0);
    CHECK(first.codePath == QStringLiteral("Mechanisms/Psychological safety"));
    CHECK(first.cases == QStringList{QStringLiteral("Medicines safety")});
    CHECK_FALSE(first.coder.isEmpty());
    CHECK(first.text == demo.storage()
                            .documentText(first.documentId)
                            .mid(int(first.start), int(first.end - first.start)));
    const QString html = browser.model()
                             ->index(0, ExtractsModel::ExtractColumn)
                             .data(ExtractsModel::HtmlRole)
                             .toString();
    CHECK(html.contains(first.text.left(20).toHtmlEscaped()));
    CHECK(html.contains(QStringLiteral("font-weight:600")));

    // Double-clicking an extract asks to open it in its document.
    QSignalSpy open(&browser, &ExtractsBrowser::openExtract);
    auto* list = child<QTableView>(browser, "extractsTable");
    const QModelIndex x = list->model()->index(0, ExtractsModel::DocumentColumn);
    doubleClick(list, x);
    REQUIRE(open.count() == 1);
    CHECK(open[0][0].toLongLong() == first.documentId);
    CHECK(open[0][1].toLongLong() == first.start);
    CHECK(open[0][2].toLongLong() == first.end);
    list->selectRow(0);
    QTest::qWait(50); // let layouts catch up with the new texts before the picture
    browser.grab().save(QStringLiteral("/tmp/extractsbrowser.png"));

    // The Total column: every coding of the code (here the cell's plus other cases').
    const QModelIndex total = model->index(index.row(), model->bodyColumns());
    doubleClick(table, total);
    waitFor([&] { return !browser.isLoading(); });
    int ofCode = 0;
    for (const Coding& c : demo.storage().allCodings().value())
        ofCode += c.codeId == code ? 1 : 0;
    CHECK(browser.model()->rowCount() == ofCode);
    CHECK(total.data(MatrixModel::ValueRole).toDouble() == ofCode);
}

TEST_CASE("analysis ui: the extracts filter by coder, question and attribute, and exports") {
    Demo demo;
    ExtractsBrowser browser;
    browser.resize(1200, 800);
    browser.show();
    browser.setProject(demo.project.get());
    waitFor([&] { return !browser.isLoading(); });
    CHECK(browser.model()->rowCount() == 178); // no filter: every coding

    // Coder Aisha only: exactly her codings.
    const qint64 aisha = *demo.storage().coderIdByName(QStringLiteral("Aisha"));
    auto* coders = child<CoderFilterButton>(browser, "extractsCoders");
    for (QAction* a : coders->menu()->actions())
        if (a->isCheckable() && a->data().toLongLong() == aisha)
            a->setChecked(true);
    waitFor([&] { return !browser.isLoading(); });
    int byAisha = 0;
    for (const Coding& c : demo.storage().allCodings().value())
        byAisha += c.coderId == aisha ? 1 : 0;
    CHECK(browser.model()->rowCount() == byAisha);
    for (const Extract& x : listed(browser))
        CHECK(x.coder == QStringLiteral("Aisha"));

    // Plus research question RQ2: the core's query for the same filter.
    const qint64 rq2 = *demo.storage().questionIdByCode(QStringLiteral("RQ2"));
    chooseData(child<QComboBox>(browser, "extractsQuestion"), rq2);
    waitFor([&] { return !browser.isLoading(); });
    ExtractQuery q;
    q.filter.coderIds = {aisha};
    q.questionId = rq2;
    q.descendants = true;
    auto core = extracts(demo.storage(), q);
    REQUIRE(core.ok());
    REQUIRE_FALSE(core->isEmpty());
    CHECK(listedIds(browser) == idsOf(*core));
    for (const Extract& x : listed(browser))
        CHECK(x.researchQuestions.contains(QStringLiteral("RQ2")));
    child<QTableView>(browser, "extractsTable")->selectRow(1);
    QTest::qWait(50); // let layouts catch up with the new texts before the picture
    browser.grab().save(QStringLiteral("/tmp/extractsbrowser-filtered.png"));

    // Exports write every extract of the filter.
    QTemporaryDir out;
    const QString csvPath = out.filePath(QStringLiteral("x.csv"));
    REQUIRE(browser.exportCsv(csvPath).ok());
    auto sheet = csv::readFile(csvPath);
    REQUIRE(sheet.ok());
    CHECK(sheet->header.first() == QStringLiteral("coding_id"));
    CHECK(sheet->rows.size() == core->size());
    const QString xlsxPath = out.filePath(QStringLiteral("x.xlsx"));
    REQUIRE(browser.exportXlsx(xlsxPath).ok());
    CHECK(test::readFile(xlsxPath).startsWith("PK"));
    const QString htmlPath = out.filePath(QStringLiteral("x.html"));
    REQUIRE(browser.exportHtml(htmlPath).ok());
    const QByteArray html = test::readFile(htmlPath);
    CHECK(html.contains("<html"));
    CHECK(html.contains(core->first().text.left(30).toHtmlEscaped().toUtf8()));
    const QString docxPath = out.filePath(QStringLiteral("x.docx"));
    REQUIRE(browser.exportDocx(docxPath).ok());
    const QByteArray docx = test::readFile(docxPath);
    CHECK(docx.startsWith("PK"));
    CHECK(docx.contains("word/document.xml"));
    CHECK(child<QPushButton>(browser, "extractsExportDocx")->isEnabled());

    // A case attribute value: documents of cases holding it.
    auto* attribute = child<QComboBox>(browser, "extractsAttribute");
    const auto maturity = demo.storage().attributeByName(AttributeScope::Case,
                                                         QStringLiteral("maturity_self_assessed"));
    REQUIRE(maturity);
    chooseData(attribute, maturity->id);
    chooseData(child<QComboBox>(browser, "extractsAttributeValue"), QStringLiteral("1"));
    waitFor([&] { return !browser.isLoading(); });
    for (const Extract& x : listed(browser))
        CHECK((x.cases.contains(QStringLiteral("Acute deterioration")) ||
               x.cases.contains(QStringLiteral("Delirium"))));
    q.filter.attributes = {AttributeCondition{maturity->id, {QStringLiteral("1")}}};
    core = extracts(demo.storage(), q);
    REQUIRE(core.ok());
    CHECK(listedIds(browser) == idsOf(*core));
}

TEST_CASE("analysis ui: other dimensions, coder filter and exports of the matrix") {
    Demo demo;
    MatrixView view;
    view.resize(1200, 800);
    view.show();
    view.setProject(demo.project.get());
    waitFor([&] { return !view.isComputing(); });
    const MatrixModel* model = view.model();
    REQUIRE(model->bodyColumns() == 7); // cases

    // Cancel: the busy state ends at once and the table keeps the last result; computing
    // again (while the cancelled worker may still run) shows the new choice.
    chooseData(child<QComboBox>(view, "matrixDimension"), int(MatrixView::Columns::Questions));
    REQUIRE(view.isComputing());
    QTest::mouseClick(child<QPushButton>(view, "matrixCancel"), Qt::LeftButton);
    CHECK_FALSE(view.isComputing());
    CHECK(model->bodyColumns() == 7);
    QTest::mouseClick(child<QPushButton>(view, "matrixCompute"), Qt::LeftButton);
    waitFor([&] { return !view.isComputing(); });
    CHECK(model->bodyColumns() == 6); // the six research questions

    // Codes x research questions with roll-up and sub-codes, characters.
    child<QCheckBox>(view, "matrixDescendants")->setChecked(true);
    chooseData(child<QComboBox>(view, "matrixDimension"), int(MatrixView::Columns::Questions));
    child<QCheckBox>(view, "matrixRollup")->setChecked(true);
    chooseData(child<QComboBox>(view, "matrixCount"), int(CountType::Characters));
    waitFor([&] { return !view.isComputing(); });
    FrequencyRequest request;
    request.by = Dimension::ResearchQuestion;
    request.descendants = true;
    request.rollup = true;
    auto expected = frequencyMatrix(demo.storage(), request);
    REQUIRE(expected.ok());
    REQUIRE(model->bodyColumns() == 6);
    for (int r = 0; r < expected->rows.size(); ++r)
        for (int c = 0; c < 6; ++c)
            CHECK(model->index(r, c).data(MatrixModel::ValueRole).toDouble() ==
                  double(expected->cell(r, c).characters));
    CHECK(view.cliCommand().contains(
        QStringLiteral("--by rq --count characters --rollup --descendants")));

    // Ben's codings only, per value of a document attribute.
    const qint64 ben = *demo.storage().coderIdByName(QStringLiteral("Ben"));
    for (QAction* a : child<CoderFilterButton>(view, "matrixCoders")->menu()->actions())
        if (a->isCheckable() && a->data().toLongLong() == ben)
            a->setChecked(true);
    const auto wave =
        demo.storage().attributeByName(AttributeScope::Document, QStringLiteral("wave"));
    REQUIRE(wave);
    chooseData(child<QComboBox>(view, "matrixDimension"),
               int(MatrixView::Columns::AttributeValues));
    chooseData(child<QComboBox>(view, "matrixAttribute"), wave->id);
    chooseData(child<QComboBox>(view, "matrixCount"), int(CountType::Codings));
    waitFor([&] { return !view.isComputing(); });
    request = FrequencyRequest{};
    request.by = Dimension::Attribute;
    request.attributeId = wave->id;
    request.descendants = true;
    request.filter.coderIds = {ben};
    expected = frequencyMatrix(demo.storage(), request);
    REQUIRE(expected.ok());
    int byBen = 0;
    for (const Coding& c : demo.storage().allCodings().value())
        byBen += c.coderId == ben ? 1 : 0;
    CHECK(expected->grandTotal.codings == byBen);
    CHECK(model->index(model->codeRows(), model->bodyColumns())
              .data(MatrixModel::ValueRole)
              .toDouble() == double(byBen));
    for (int c = 0; c < model->bodyColumns(); ++c)
        CHECK(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() ==
              expected->columns[c].key);

    // Exports: CSV as the core writes this table; XLSX with a sheet per count type.
    QTemporaryDir out;
    const QString csvPath = out.filePath(QStringLiteral("m.csv"));
    REQUIRE(view.exportCsv(csvPath).ok());
    CHECK(test::readFile(csvPath) == tableCsv(frequencyTable(*expected, CountType::Codings), true));
    const QString xlsxPath = out.filePath(QStringLiteral("m.xlsx"));
    REQUIRE(view.exportXlsx(xlsxPath).ok());
    CHECK(test::readFile(xlsxPath).startsWith("PK"));

    // Codes x codes: the core's co-occurrence counts, paragraph mode.
    chooseData(child<QComboBox>(view, "matrixDimension"), int(MatrixView::Columns::Codes));
    chooseData(child<QComboBox>(view, "matrixMode"), int(CooccurrenceMode::Paragraph));
    waitFor([&] { return !view.isComputing(); });
    CooccurrenceRequest co;
    co.mode = CooccurrenceMode::Paragraph;
    co.descendants = true;
    co.filter.coderIds = {ben};
    const auto codes = cooccurrenceMatrix(demo.storage(), co);
    REQUIRE(codes.ok());
    REQUIRE(model->isCooccurrence());
    REQUIRE(model->rowCount() == codes->codes.size());
    qint64 nonZero = 0;
    for (int r = 0; r < codes->codes.size(); ++r) {
        for (int c = 0; c < codes->codes.size(); ++c) {
            CHECK(model->index(r, c).data(MatrixModel::ValueRole).toDouble() ==
                  double(codes->at(r, c)));
            nonZero += codes->at(r, c) > 0 ? 1 : 0;
        }
    }
    CHECK(nonZero > 0);
    REQUIRE(view.exportCsv(csvPath).ok());
    CHECK(test::readFile(csvPath) == tableCsv(cooccurrenceTable(*codes), true));
    QTest::qWait(50); // let layouts catch up with the new texts before the picture
    view.grab().save(QStringLiteral("/tmp/matrixview-cooccurrence.png"));
}

TEST_CASE("analysis ui: a code's chart across cases and questions, saved as PNG and SVG") {
    Demo demo;
    ChartView view;
    view.resize(1200, 800);
    view.show();
    view.setProject(demo.project.get());
    waitFor([&] { return !view.isComputing(); });
    const qint64 code = demo.codeId(QStringLiteral("Mechanisms"));
    REQUIRE(child<CodeComboBox>(view, "chartCode")->setCurrentCodeId(code));
    chooseData(child<QComboBox>(view, "chartDimension"), int(Dimension::Case));
    chooseData(child<QComboBox>(view, "chartCount"), int(CountType::Codings));
    waitFor([&] { return !view.isComputing(); });

    FrequencyRequest request;
    request.by = Dimension::Case;
    request.codeIds = {code};
    request.descendants = true;
    const auto expected = frequencyMatrix(demo.storage(), request);
    REQUIRE(expected.ok());
    QVector<double> bars;
    for (int c = 0; c < expected->columns.size(); ++c)
        bars << double(expected->cell(0, c).codings);
    CHECK(view.values() == bars);
    CHECK(view.categories().size() == 7);
    CHECK(std::accumulate(bars.begin(), bars.end(), 0.0) > 0);

    QTemporaryDir out;
    const QString png = out.filePath(QStringLiteral("chart.png"));
    REQUIRE(view.savePng(png).ok());
    const QImage image(png);
    CHECK_FALSE(image.isNull());
    CHECK(image.width() >= 1200);
    const QString svg = out.filePath(QStringLiteral("chart.svg"));
    REQUIRE(view.saveSvg(svg).ok());
    CHECK(QFileInfo(svg).size() > 0);
    CHECK(looksLikeSvg(svg));
    CHECK(test::readFile(svg).contains("Mechanisms"));
    REQUIRE(view.savePng(QStringLiteral("/tmp/chartview-export.png")).ok());
    REQUIRE(view.saveSvg(QStringLiteral("/tmp/chartview-export.svg")).ok());
    QTest::qWait(50); // let layouts catch up with the new texts before the picture
    view.grab().save(QStringLiteral("/tmp/chartview.png"));

    // Across research questions, coverage.
    chooseData(child<QComboBox>(view, "chartDimension"), int(Dimension::ResearchQuestion));
    chooseData(child<QComboBox>(view, "chartCount"), int(CountType::Coverage));
    waitFor([&] { return !view.isComputing(); });
    request.by = Dimension::ResearchQuestion;
    const auto perQuestion = frequencyMatrix(demo.storage(), request);
    REQUIRE(perQuestion.ok());
    REQUIRE(view.values().size() == 6);
    for (int c = 0; c < 6; ++c)
        CHECK(view.values()[c] == perQuestion->cell(0, c).coverage());
    QTest::qWait(50); // let layouts catch up with the new texts before the picture
    view.grab().save(QStringLiteral("/tmp/chartview-questions.png"));
}

TEST_CASE("analysis ui: views without a project are empty and refuse to export") {
    MatrixView matrix;
    ChartView chart;
    ExtractsBrowser browser;
    matrix.setProject(nullptr);
    chart.setProject(nullptr);
    browser.setProject(nullptr);
    CHECK(matrix.model()->rowCount() == 0);
    CHECK_FALSE(matrix.exportCsv(QStringLiteral("/nonexistent/x.csv")).ok());
    CHECK_FALSE(chart.savePng(QStringLiteral("/nonexistent/x.png")).ok());
    CHECK_FALSE(browser.exportCsv(QStringLiteral("/nonexistent/x.csv")).ok());
}
