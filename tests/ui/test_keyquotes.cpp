// SPDX-License-Identifier: GPL-3.0-or-later
// Key quotes in the real main window: the star on the coding under the caret (Coding > Key
// quote at cursor, Ctrl+Shift+K) with its mark on the coding stripes and in the screen
// reader's description, the extracts browser's star column (a click, Ctrl+K) and the evidence
// matrix's side panel (its button), each one undo step.
#include "core/commands/keyquotes.h"
#include "core/project.h"
#include "core/storage/storage.h"
#include "tests/support/demowindow.h"
#include "tests/support/testsupport.h"
#include "tests/support/waitfor.h"
#include "ui/analysis/extractsbrowser.h"
#include "ui/analysis/extractsmodel.h"
#include "ui/documentview/documentview.h"
#include "ui/evaluation/evidencemodel.h"
#include "ui/evaluation/evidenceview.h"
#include "ui/mainwindow/evaluationdockscontroller.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace situate;
using test::s;
using test::waitFor;

namespace {

struct Fixture : test::DocumentWindow {
    QSet<qint64> flagged() const { return keyQuoteIds(storage()).value(); }
    void undo() {
        QAction* undo = find<QAction>("undoAction");
        REQUIRE(undo->isEnabled());
        undo->trigger();
    }
};

} // namespace

TEST_CASE("key quotes ui: the coding under the caret gets a star, one undo step") {
    Fixture f;
    auto* view = f.find<DocumentView>("documentView");
    REQUIRE_FALSE(view->codings().isEmpty());
    const Coding coding = view->codings().first();
    view->goToCoding(coding.id);
    REQUIRE(view->codingAtCursor() == coding.id);
    const int steps = f.window.project()->undoStack()->count();

    QAction* star = f.find<QAction>("keyQuoteAction");
    CHECK(star->shortcut() == QKeySequence(s("Ctrl+Shift+K")));
    star->trigger();
    CHECK(f.flagged() == QSet<qint64>{coding.id});
    CHECK(f.window.project()->undoStack()->count() == steps + 1);
    waitFor([&] { return view->isKeyQuote(coding.id); });
    view->goToCoding(coding.id);
    CHECK(view->accessibleDescription().contains(s("(key quote)")));

    // Again: the star goes.
    star->trigger();
    CHECK(f.flagged().isEmpty());
    waitFor([&] { return !view->isKeyQuote(coding.id); });
    f.undo();
    CHECK(f.flagged() == QSet<qint64>{coding.id});
    waitFor([&] { return view->isKeyQuote(coding.id); });
    f.undo();
    CHECK(f.flagged().isEmpty());

    // Nothing under the caret: a message in words, nothing changed.
    view->clearDocument();
    star->trigger();
    REQUIRE_FALSE(f.messages.isEmpty());
    CHECK(f.messages.last().contains(s("no coding at the cursor")));
    CHECK(f.flagged().isEmpty());
}

TEST_CASE("key quotes ui: the extracts browser's star column marks and unmarks by click and "
          "Ctrl+K") {
    Fixture f;
    f.openDock("extractsDock");
    auto* browser = f.find<ExtractsBrowser>("extractsBrowser");
    auto* table = f.find<QTableView>("extractsTable");
    ExtractsModel* model = browser->model();
    waitFor([&] { return !browser->isLoading() && model->rowCount() == 178; });
    // The star is the first column the reader sees.
    CHECK(table->horizontalHeader()->visualIndex(ExtractsModel::KeyQuoteColumn) == 0);
    const QModelIndex starCell = model->index(2, ExtractsModel::KeyQuoteColumn);
    const qint64 id = starCell.data(ExtractsModel::CodingIdRole).toLongLong();
    CHECK(starCell.data().toString() == s("☆"));

    table->scrollTo(starCell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(starCell).center());
    CHECK(f.flagged() == QSet<qint64>{id});
    // The list follows the project: the row shows its star.
    waitFor([&] {
        return !browser->isLoading() && model->rowCount() == 178 &&
               model->index(2, ExtractsModel::KeyQuoteColumn).data().toString() == s("★");
    });

    // Ctrl+K on the current row unmarks it.
    table->setFocus();
    table->setCurrentIndex(model->index(2, ExtractsModel::ExtractColumn));
    QAction* key = f.find<QAction>("extractsKeyQuoteAction");
    CHECK(key->shortcut() == QKeySequence(s("Ctrl+K")));
    key->trigger();
    CHECK(f.flagged().isEmpty());
    f.undo();
    CHECK(f.flagged() == QSet<qint64>{id});
    CHECK(f.messages.isEmpty());
}

TEST_CASE("key quotes ui: the evidence panel stars an extract and lists key quotes first") {
    Fixture f;
    f.openDock("evidenceDock");
    EvidenceView* view = f.window.evaluation()->evidenceView();
    waitFor([&] { return !view->isComputing() && view->model()->rowCount() > 0; });
    // The fullest cell.
    const EvidenceMatrix& m = view->model()->matrix();
    int row = 0, column = 0;
    for (int r = 0; r < m.rows.size(); ++r)
        for (int c = 0; c < m.columns.size(); ++c)
            if (m.cell(r, c).codings > m.cell(row, column).codings) {
                row = r;
                column = c;
            }
    REQUIRE(m.cell(row, column).codings > 2);
    view->selectCell(row, column);
    waitFor([&] { return !view->isLoadingExtracts() && !view->listedExtracts().isEmpty(); });
    auto* list = f.find<QListWidget>("evidenceExtracts");
    auto* button = f.find<QPushButton>("evidenceKeyQuote");
    CHECK_FALSE(button->isEnabled());
    const int last = list->count() - 1;
    const qint64 id = view->listedExtracts()[last].codingId;
    list->setCurrentRow(last);
    REQUIRE(button->isEnabled());
    button->click();
    CHECK(f.flagged() == QSet<qint64>{id});

    // Listed again, the key quote comes first with its star.
    waitFor([&] {
        return !view->isComputing() && !view->isLoadingExtracts() &&
               !view->listedExtracts().isEmpty() && view->listedExtracts().first().codingId == id;
    });
    CHECK(list->item(0)->text().startsWith(s("★ ")));
    CHECK_FALSE(list->item(1)->text().startsWith(s("★ ")));
    f.undo();
    CHECK(f.flagged().isEmpty());
    CHECK(f.messages.isEmpty());
}
