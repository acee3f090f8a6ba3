// SPDX-License-Identifier: GPL-3.0-or-later
// The coding query dock in the real main window on the demo project: a query built from the
// name lists (a coder as `by "NAME"`) and operator buttons, run, its runs and per-case counts
// as core computes them; errors in words and underlined; the loaded context kept between runs
// and dropped at a change; save, code and their undo; export and the extracts browser.
#include "core/analysis/runfrequency.h"
#include "core/evaluation/evidencematrix.h"
#include "core/io/csv.h"
#include "core/project.h"
#include "core/query/queryevaluator.h"
#include "core/query/querynames.h"
#include "core/query/queryoutput.h"
#include "core/query/savedqueries.h"
#include "tests/support/demowindow.h"
#include "tests/support/testrows.h"
#include "tests/support/waitfor.h"
#include "ui/analysis/codecombobox.h"
#include "ui/analysis/extractsbrowser.h"
#include "ui/documentview/documentview.h"
#include "ui/evaluation/evidencemodel.h"
#include "ui/evaluation/evidenceview.h"
#include "ui/mainwindow/analysisdockscontroller.h"
#include "ui/mainwindow/evaluationdockscontroller.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workbench.h"
#include "ui/query/queryexpressionedit.h"
#include "ui/query/queryview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTextCharFormat>

#include <catch2/catch.hpp>

using namespace situate;
using test::waitFor;

namespace {

struct Fixture : test::DocumentWindow {
    QueryView* view = nullptr;
    Fixture() {
        openDock("queryDock");
        view = window.analysis()->queryView();
    }
    void pick(const char* combo, const QString& text) {
        auto* box = find<QComboBox>(combo);
        const int i = box->findText(text);
        REQUIRE(i >= 0);
        box->setCurrentIndex(i);
    }
    void click(const char* button) {
        auto* b = find<QPushButton>(button);
        REQUIRE(b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton);
    }
    /// Runs what the expression field holds, through the Run button.
    void run() {
        bool done = false;
        auto c = QObject::connect(view, &QueryView::answered, [&] { done = true; });
        click("queryRun");
        waitFor([&] { return done; });
        QObject::disconnect(c);
    }
    QString status() const { return find<QLabel>("queryStatus")->text(); }
};

} // namespace

TEST_CASE("query ui: a query built from the lists and buttons runs as core's") {
    Fixture f;
    f.pick("queryOperandKind", QStringLiteral("Code and sub-codes"));
    f.pick("queryOperandName", QStringLiteral("Outcomes"));
    f.click("queryInsert");
    f.click("queryOperator_near");
    f.pick("queryOperandKind", QStringLiteral("Code"));
    f.pick("queryOperandName", QStringLiteral("Mechanisms/Peer learning"));
    f.click("queryInsert");
    // A coder follows the code as the language writes it, `by "NAME"`, a space before it.
    const auto* coders = f.find<QComboBox>("queryOperandName");
    f.pick("queryOperandKind", QStringLiteral("Coder (by)"));
    const QStringList expectedCoders = query::queryNames(f.storage()).value().coders;
    REQUIRE(coders->count() == expectedCoders.size());
    for (int i = 0; i < coders->count(); ++i)
        CHECK(coders->itemText(i) == expectedCoders[i]);
    const QString coder = expectedCoders.value(0);
    f.pick("queryOperandName", coder);
    f.click("queryInsert");
    const QString text = f.find<QueryExpressionEdit>("queryExpression")->text();
    CHECK(text ==
          QStringLiteral("tree \"Outcomes\" near 10 code \"Mechanisms/Peer learning\" by ") +
              query::quoted(coder));
    f.run();

    Result<query::QueryResult> expected = query::runQuery(f.storage(), text);
    REQUIRE(expected.ok());
    const query::Counts counts = expected->counts();
    REQUIRE(counts.runs > 0);
    const QVector<query::RunRow> rows = query::runRows(*expected);
    auto* runs = f.find<QTableWidget>("queryRuns");
    REQUIRE(runs->rowCount() == rows.size());
    for (int r = 0; r < rows.size(); ++r) {
        CHECK(runs->item(r, 0)->text() == rows[r].document);
        CHECK(runs->item(r, 2)->text() == QLocale().toString(rows[r].start));
    }
    CHECK(f.status().startsWith(QStringLiteral("%1 run%2 in %3 document")
                                    .arg(QLocale().toString(counts.runs))
                                    .arg(counts.runs == 1 ? QString() : QStringLiteral("s"))
                                    .arg(QLocale().toString(counts.documents))));
    // Counts per CoP (case), as the frequency matrix of the saved query would give them.
    TextRuns asRows{text, {}};
    for (qsizetype d = 0; d < expected->data->documents().size(); ++d)
        if (!expected->runs[std::size_t(d)].empty())
            asRows.runs.insert(expected->data->documents()[d].id, expected->runs[std::size_t(d)]);
    const auto byCase = runsFrequencyMatrix(f.storage(), FrequencyRequest{}, {asRows});
    REQUIRE(byCase.ok());
    auto* perCase = f.find<QTableWidget>("queryPerCase");
    REQUIRE(perCase->rowCount() == 7);
    for (int c = 0; c < 7; ++c) {
        CHECK(perCase->item(c, 0)->text() == byCase->columns[c].key);
        CHECK(perCase->item(c, 1)->text() == QLocale().toString(byCase->cell(0, c).codings));
    }

    f.window.resizeDocks({f.find<QDockWidget>("queryDock")}, {520}, Qt::Vertical);
    QTest::qWait(50);
    f.window.grab().save(QStringLiteral("/tmp/query-dock-run.png"));

    // Activating a run opens its document there.
    runs->setCurrentCell(0, 0);
    emit runs->cellActivated(0, 0);
    CHECK(f.window.workbench()->documentView()->documentId() ==
          expected->data->documents()[rows[0].position].id);
    // The result's runs in that document are marked in it while the dock is shown.
    QVector<std::pair<qint64, qint64>> marked;
    for (const Interval& run : expected->runs[std::size_t(rows[0].position)])
        marked.append({run.start, run.end});
    CHECK(f.window.workbench()->documentView()->marks() == marked);
    f.find<QDockWidget>("queryDock")->hide();
    CHECK(f.window.workbench()->documentView()->marks().isEmpty());
}

namespace {

/// The stretches of the field drawn with a red wavy underline.
QVector<std::pair<int, int>> waved(const QueryExpressionEdit* field) {
    QVector<std::pair<int, int>> out;
    for (const QTextEdit::ExtraSelection& mark : field->extraSelections())
        if (mark.format.underlineStyle() == QTextCharFormat::WaveUnderline &&
            mark.format.underlineColor() == QColor(Qt::red))
            out.append({mark.cursor.selectionStart(), mark.cursor.selectionEnd()});
    return out;
}

} // namespace

TEST_CASE("query ui: errors are told in words and underlined where the query is wrong") {
    Fixture f;
    auto* expression = f.find<QueryExpressionEdit>("queryExpression");
    // An unknown name: its whole operand.
    expression->setText(QStringLiteral("all and code \"Nowhere\""));
    f.run();
    CHECK(f.status().contains(QStringLiteral("column 9: unknown code \"Nowhere\"")));
    CHECK_FALSE(f.find<QPushButton>("queryAutoCode")->isEnabled());
    CHECK(waved(expression) == QVector<std::pair<int, int>>{{8, 22}});
    // A wrong token: that token; the emoji before it is one column and two UTF-16 units.
    expression->setText(QStringLiteral("code \"😀\" near many code \"Outcomes\""));
    f.run();
    CHECK(f.status().contains(QStringLiteral("column 15: expected a whole number")));
    CHECK(waved(expression) == QVector<std::pair<int, int>>{{15, 19}});
    CHECK(expression->text().mid(15, 4) == QStringLiteral("many"));
    f.window.resizeDocks({f.find<QDockWidget>("queryDock")}, {520}, Qt::Vertical);
    QTest::qWait(50);
    f.window.grab().save(QStringLiteral("/tmp/query-dock-error.png"));
    // Past the end: the last token, the cursor at the end.
    expression->setText(QStringLiteral("code \"Outcomes\" and"));
    f.run();
    CHECK(f.status().contains(QStringLiteral("column 20: expected code")));
    CHECK(waved(expression) == QVector<std::pair<int, int>>{{16, 19}});
    CHECK(expression->cursorPosition() == 19);
    // Typing takes the underline away; Enter runs, and a query that runs has none.
    expression->setFocus();
    QTest::keyClicks(expression, QStringLiteral(" all"));
    CHECK(waved(expression).isEmpty());
    bool done = false;
    auto c = QObject::connect(f.view, &QueryView::answered, [&] { done = true; });
    QTest::keyClick(expression, Qt::Key_Return);
    waitFor([&] { return done; });
    QObject::disconnect(c);
    CHECK(expression->text() == QStringLiteral("code \"Outcomes\" and all"));
    REQUIRE(f.view->answer());
    CHECK(waved(expression).isEmpty());
}

TEST_CASE("query ui: where an error is, from its message") {
    const auto span = [](const char* text, const char* message) {
        return queryErrorSpan(QString::fromUtf8(text), QString::fromUtf8(message));
    };
    using Span = std::pair<int, int>;
    CHECK(span("code \"A\" by \"Zo\\\"e\"", "column 1: unknown coder \"Zo\"e\"") == Span{0, 19});
    CHECK(span("(all or", "column 8: expected code, found the end of the query") == Span{5, 7});
    CHECK(span("all and \"open", "column 9: expected code, found \"\\\"open\"") == Span{8, 13});
    CHECK(span("all  )", "column 6: expected and, found \")\"") == Span{5, 6});
    CHECK(span("all", "the project file is damaged") == Span{0, 0});
    CHECK(span("", "column 1: expected code, found the end of the query") == Span{0, 0});
}

TEST_CASE("query ui: the dock keeps what a run read until the project changes") {
    Fixture f;
    const QString text =
        QStringLiteral("code \"Mechanisms/Peer learning\" near 5 tree \"Outcomes\"");
    f.find<QueryExpressionEdit>("queryExpression")->setText(text);
    CHECK(f.view->loaded() == nullptr);
    f.run();
    REQUIRE(f.view->answer());
    const query::QueryData* kept = f.view->loaded();
    REQUIRE(kept != nullptr);
    const qint64 runs = f.view->answer()->counts.runs;
    // Running again reuses it.
    f.run();
    CHECK(f.view->loaded() == kept);
    CHECK(f.view->answer()->counts.runs == runs);
    // A change drops it, and the rerun that follows reads the changed project.
    const qint64 code = f.codeId(QStringLiteral("Mechanisms/Peer learning"));
    const qint64 doc = f.storage().documents().value().first().id;
    bool done = false;
    auto c = QObject::connect(f.view, &QueryView::answered, [&] { done = true; });
    REQUIRE(f.window.project()
                ->edit(QStringLiteral("code"),
                       [&](Editor& e) {
                           return Status::from(
                               test::addCodingAs(e, QStringLiteral("Tester"), doc, code, 0, 1));
                       })
                .ok());
    CHECK(f.view->loaded() == nullptr);
    waitFor([&] { return done; });
    QObject::disconnect(c);
    Result<query::QueryResult> expected = query::runQuery(f.storage(), text);
    REQUIRE(expected.ok());
    CHECK(f.view->answer()->counts.runs == expected->counts().runs);
    CHECK(f.view->loaded() != nullptr);
}

TEST_CASE("query ui: save, code the result and export, each as the CLI would") {
    Fixture f;
    situate::UndoStack* undo = f.window.project()->undoStack();
    const QString text =
        QStringLiteral("code \"Mechanisms/Peer learning\" in turn speaker \"P01\"");
    f.find<QueryExpressionEdit>("queryExpression")->setText(text);
    f.run();
    REQUIRE(f.view->answer());
    REQUIRE(f.view->answer()->counts.runs > 0);

    f.find<QLineEdit>("querySaveName")->setText(QStringLiteral("peer learning by P01"));
    f.click("querySave");
    CHECK(query::savedQuery(f.storage(), QStringLiteral("peer learning by P01")).value() == text);
    waitFor([&] { return f.find<QComboBox>("querySaved")->count() == 1; });
    // Saved, it can be a row of the evidence matrix.
    f.click("queryOpenEvidence");
    auto* evidence = f.window.evaluation()->evidenceView();
    CHECK(f.find<QDockWidget>("evidenceDock")->isVisible());
    waitFor([&] {
        return !evidence->isComputing() && evidence->shownRequest().rows == EvidenceRowKind::Query;
    });
    CHECK(evidence->model()->headerData(0, Qt::Vertical, Qt::DisplayRole).toString() ==
          QStringLiteral("peer learning by P01"));
    undo->undo();
    CHECK_FALSE(query::savedQuery(f.storage(), QStringLiteral("peer learning by P01")).ok());
    // Not saved any more: the button says to save it first.
    f.click("queryOpenEvidence");
    CHECK(f.status().startsWith(QStringLiteral("Save the query first")));

    // Coding the result: one step; the code's codings grow by the runs, undo takes them away.
    const qint64 code = f.codeId(QStringLiteral("Outcomes/Practice change"));
    const auto before = f.storage().codingCountsByCode().value().value(code);
    REQUIRE(f.find<CodeComboBox>("queryCode")->setCurrentCodeId(code));
    const int steps = undo->index();
    f.click("queryAutoCode");
    CHECK(undo->index() == steps + 1);
    const auto after = f.storage().codingCountsByCode().value().value(code);
    CHECK(after > before);
    CHECK(f.status().startsWith(QStringLiteral("Coded %1 runs").arg(after - before)));
    undo->undo();
    CHECK(f.storage().codingCountsByCode().value().value(code) == before);

    // Export writes exactly the CLI's CSV; the extracts browser lists the sharing codings.
    const QString file = f.dir.filePath(QStringLiteral("result.csv"));
    f.prompter->fileAnswers << file;
    f.click("queryExport");
    QFile out(file);
    REQUIRE(out.open(QIODevice::ReadOnly));
    Result<query::QueryResult> expected = query::runQuery(f.storage(), text);
    REQUIRE(expected.ok());
    CHECK(out.readAll() == query::resultCsv(*expected));
    f.click("queryOpenExtracts");
    CHECK(f.find<QDockWidget>("extractsDock")->isVisible());
    f.window.grab().save(QStringLiteral("/tmp/query-dock.png"));
}

TEST_CASE("query ui: typing completes the language's words and the project's quoted names") {
    Fixture f;
    auto* expression = f.find<QueryExpressionEdit>("queryExpression");
    expression->setFocus();
    QTest::keyClicks(expression, QStringLiteral("tree \"Outc"));
    QAbstractItemView* popup = f.view->completions();
    waitFor([&] { return popup->isVisible(); });
    QStringList offered;
    for (int r = 0; r < popup->model()->rowCount(); ++r)
        offered << popup->model()->index(r, 0).data().toString();
    CHECK(offered.first() == QStringLiteral("\"Outcomes\""));
    CHECK(offered.contains(QStringLiteral("\"Outcomes/Practice change\"")));
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(expression->text() == QStringLiteral("tree \"Outcomes\""));
    // A bare word completes to the language's own.
    QTest::keyClicks(expression, QStringLiteral(" ne"));
    waitFor([&] { return popup->isVisible(); });
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(expression->text() == QStringLiteral("tree \"Outcomes\" near"));
}
