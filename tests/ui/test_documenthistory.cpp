// SPDX-License-Identifier: GPL-3.0-or-later
// A document's history in the real main window: the documents panel's "History…" and Edit >
// Document History list each edit of the text (when, who, kind, counts), follow edits and
// undo while open, and say so when there are none.
#include "core/commands/findreplace.h"
#include "core/project.h"
#include "tests/support/demowindow.h"
#include "tests/support/testsupport.h"
#include "tests/support/waitfor.h"
#include "ui/documentview/documentview.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace situate;
using test::s;

namespace {

struct Fixture : test::DocumentWindow {
    qint64 document() const { return window.documentView()->documentId(); }
    QString name() const { return storage().document(document())->name; }
    QTableWidget* table() const { return find<QTableWidget>("documentHistoryTable"); }
    QString status() const { return find<QLabel>("documentHistoryStatus")->text(); }
    QString cell(int row, int column) const {
        const QTableWidgetItem* item = table()->item(row, column);
        return item ? item->text() : QString();
    }
    // The edit's row as the dialog should show it: the stored edit in local time.
    QStringList expectedRow(int index) const {
        const DocumentEdit d = documentEdits(storage(), document())->at(index);
        return {QLocale().toString(d.at.toLocalTime(),
                                   QLocale().dateFormat(QLocale::ShortFormat) + s(" HH:mm:ss")),
                d.who,
                QString(),
                QLocale().toString(d.replacements),
                QLocale().toString(d.removed),
                QLocale().toString(d.inserted)};
    }
    QStringList row(int r) const {
        QStringList out;
        for (int c = 0; c < 6; ++c)
            out << (c == 2 ? QString() : cell(r, c));
        return out;
    }
    // Makes the document current in the documents panel, as a right click does.
    void selectInPanel() {
        auto* tree = find<QTreeWidget>("documentsTree");
        const auto items = tree->findItems(name(), Qt::MatchExactly | Qt::MatchRecursive);
        REQUIRE_FALSE(items.isEmpty());
        tree->setCurrentItem(items.first());
    }
    void edit(const QVector<Replacement>& replacements) {
        const qint64 id = document();
        REQUIRE(window.edit(s("edit"), [id, replacements](Editor& e) {
            TextEditOptions options;
            options.who = s("Aisha");
            return Status::from(editDocumentText(e, id, replacements, options));
        }));
    }
};

} // namespace

TEST_CASE("ui history: the documents panel's History lists each text edit and follows edits "
          "and undo") {
    Fixture f;
    f.selectInPanel();
    f.find<QAction>("documentHistoryAction")->trigger();
    auto* dialog = f.find<QDialog>("documentHistoryDialog");
    CHECK(dialog->isVisible());
    test::waitFor([&] { return f.status() == s("No edits since import."); });
    CHECK(f.table()->rowCount() == 0);
    CHECK(dialog->windowTitle() == s("History of %1").arg(f.name()));

    // Edited while the dialog is open: the new row appears.
    f.edit({{0, 0, s("[Checked] ")}, {20, 24, QString()}});
    test::waitFor([&] { return f.table()->rowCount() == 1; });
    CHECK(f.row(0) == f.expectedRow(0));
    CHECK(f.cell(0, 1) == s("Aisha"));
    CHECK(f.cell(0, 2) == s("Edit"));
    CHECK(f.cell(0, 3) == s("2"));
    CHECK(f.cell(0, 4) == s("4"));
    CHECK(f.cell(0, 5) == s("10"));
    CHECK(f.table()->item(0, 0)->toolTip() ==
          documentEdits(f.storage(), f.document())->at(0).at.toUTC().toString(Qt::ISODate));
    test::waitFor([&] { return f.status().startsWith(s("1 edit")); });

    // Find and replace in this document is the second row.
    const ReplaceRequest request{s("[Checked]"), s("[Read]"), {}, {f.document()}};
    REQUIRE(f.window.edit(s("replace"), [request](Editor& e) {
        return Status::from(replaceInDocuments(e, request, s("Ben")));
    }));
    test::waitFor([&] { return f.table()->rowCount() == 2; });
    CHECK(f.row(1) == f.expectedRow(1));
    CHECK(f.cell(1, 1) == s("Ben"));
    CHECK(f.cell(1, 2) == s("Find and replace"));
    CHECK(f.cell(1, 3) == s("1"));

    // Undo takes the row away again.
    f.find<QAction>("undoAction")->trigger();
    test::waitFor([&] { return f.table()->rowCount() == 1; });
    CHECK(f.row(0) == f.expectedRow(0));
    CHECK(f.messages.isEmpty());
}

TEST_CASE("ui history: Edit > Document History shows the open document, and closes with the "
          "project") {
    Fixture f;
    f.edit({{5, 5, s("abc")}});
    f.find<QAction>("documentHistoryMenuAction")->trigger();
    auto* dialog = f.find<QDialog>("documentHistoryDialog");
    CHECK(dialog->isVisible());
    test::waitFor([&] { return f.table()->rowCount() == 1; });
    CHECK(f.row(0) == f.expectedRow(0));
    CHECK(f.cell(0, 5) == s("3"));
    CHECK(dialog->windowTitle() == s("History of %1").arg(f.name()));

    // Another project opened: the dialog has nothing left to show.
    f.window.closeProject();
    CHECK_FALSE(dialog->isVisible());
}

TEST_CASE("ui history: Edit > Document History without an open document says what to do") {
    Fixture f;
    f.window.documentView()->clearDocument();
    f.find<QAction>("documentHistoryMenuAction")->trigger();
    CHECK(f.messages == QStringList{s("Open a document to see the history of its text.")});
    CHECK(f.window.findChild<QDialog*>(s("documentHistoryDialog")) == nullptr);
}
