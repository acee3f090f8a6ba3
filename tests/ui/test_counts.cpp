// SPDX-License-Identifier: GPL-3.0-or-later
// The coding counts beside codes, documents and cases: kept in step with each edit from its
// changeset (no recount per edit), and counted off the GUI thread for large projects. Every
// check compares what the panels show with a fresh GROUP BY over the codings.
#include "core/codetree.h"
#include "core/commands/commands.h"
#include "core/project.h"
#include "tests/support/demowindow.h"
#include "tests/support/waitfor.h"
#include "ui/documentview/documentview.h"
#include "ui/mainwindow/codingcontroller.h"
#include "ui/mainwindow/codingcounts.h"
#include "ui/mainwindow/mainwindow.h"

#include <QComboBox>
#include <QLocale>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace situate;
using test::waitFor;

namespace {

constexpr int IdRole = Qt::UserRole + 1;   // codebook and document rows
constexpr int CaseRole = Qt::UserRole + 2; // case rows of the document list

qint64 shown(const QTreeWidgetItem* item) {
    return item->text(1).isEmpty() ? 0 : QLocale().toLongLong(item->text(1));
}

/// The demo project in a real main window; `syncLimit` decides whether counting runs on
/// the GUI thread (the demo's 178 codings) or on a worker (limit 0).
struct Fixture : test::DemoWindow {
    explicit Fixture(qint64 syncLimit = 100000)
        : DemoWindow(QSize(1400, 900), [syncLimit](MainWindow& w) {
            auto* counts = w.findChild<CodingCounts*>(QStringLiteral("codingCounts"));
            REQUIRE(counts);
            counts->setSyncLimit(syncLimit);
        }) {}
    QTreeWidget* tree(const char* name) {
        auto* t = window.findChild<QTreeWidget*>(QLatin1String(name));
        REQUIRE(t);
        return t;
    }
    QHash<qint64, qint64> codeCounts() {
        QHash<qint64, qint64> out;
        for (QTreeWidgetItemIterator it(tree("codebookTree")); *it; ++it)
            if (const qint64 n = shown(*it))
                out.insert((*it)->data(0, IdRole).toLongLong(), n);
        return out;
    }
    QHash<qint64, qint64> documentCounts() {
        QHash<qint64, qint64> out;
        for (QTreeWidgetItemIterator it(tree("documentsTree")); *it; ++it)
            if (const qint64 id = (*it)->data(0, IdRole).toLongLong(); id && shown(*it))
                out.insert(id, shown(*it));
        return out;
    }
    /// Each case row against the sum of the recounted counts of its documents.
    void checkCaseRows(const QHash<qint64, qint64>& perDocument) {
        int cases = 0;
        for (QTreeWidgetItemIterator it(tree("documentsTree")); *it; ++it) {
            if (!(*it)->data(0, CaseRole).isValid())
                continue;
            ++cases;
            qint64 sum = 0;
            for (qint64 d :
                 storage().documentsOfCase((*it)->data(0, CaseRole).toLongLong()).value())
                sum += perDocument.value(d);
            INFO("case " << (*it)->text(0).toStdString());
            CHECK(shown(*it) == sum);
        }
        CHECK(cases == storage().cases().value().size());
    }
    /// What the panels show equals a recount for these coders (all when empty).
    void checkAgainstRecount(const QVector<qint64>& coders = {}) {
        const auto byCode = storage().codingCountsByCode(coders).value();
        const auto byDocument = storage().codingCountsByDocument(coders).value();
        CHECK(codeCounts() == byCode);
        CHECK(documentCounts() == byDocument);
        checkCaseRows(byDocument);
    }
};

} // namespace

TEST_CASE("ui counts: the numbers beside codes, documents and cases follow codings, undo, "
          "redo and other edits, equal to a recount") {
    Fixture f;
    f.window.openFirstCodedDocument();
    const qint64 document = f.window.documentView()->documentId();
    REQUIRE(document != 0);
    REQUIRE(f.codeCounts().size() > 10); // the demo's codings are shown, not blanks
    f.checkAgainstRecount();

    const CodeTree tree(f.storage().codes().value());
    const qint64 safety = *tree.idByPath(QStringLiteral("Mechanisms/Psychological safety"));
    const qint64 before = f.codeCounts().value(safety);
    const qint64 docBefore = f.documentCounts().value(document);

    // A new coder's first coding adds the coder's row in the same edit: the counts follow,
    // and the "shown" list now offers the new coder.
    auto* shownBox = f.window.findChild<QComboBox*>(QStringLiteral("shownBox"));
    REQUIRE(shownBox);
    CHECK(shownBox->findText(QStringLiteral("Tester")) < 0);
    f.window.setCurrentCoder(QStringLiteral("Tester"));
    f.window.documentView()->selectRange(10, 40);
    REQUIRE(f.window.coding()->codeSelection(safety).ok());
    CHECK(f.codeCounts().value(safety) == before + 1);
    CHECK(f.documentCounts().value(document) == docBefore + 1);
    CHECK(shownBox->findText(QStringLiteral("Tester")) >= 0);
    f.checkAgainstRecount();

    // The everyday edit: codings alone, applied from the changeset.
    f.window.documentView()->selectRange(50, 90);
    REQUIRE(f.window.coding()->codeSelection(safety).ok());
    CHECK(f.codeCounts().value(safety) == before + 2);
    f.checkAgainstRecount();
    situate::UndoStack* undo = f.window.project()->undoStack();
    undo->undo();
    CHECK(f.codeCounts().value(safety) == before + 1);
    f.checkAgainstRecount();
    undo->redo();
    CHECK(f.codeCounts().value(safety) == before + 2);
    f.checkAgainstRecount();

    // Resizing changes no count; removing a coding takes one away. One of the demo's own
    // codings, of another code, so the counts below stay easy to follow.
    const qint64 tester = *f.storage().coderIdByName(QStringLiteral("Tester"));
    Coding first;
    for (const Coding& c : f.storage().codings(document).value())
        if (c.coderId != tester && c.codeId != safety && first.id == 0)
            first = c;
    REQUIRE(first.id != 0);
    const qint64 firstCodeBefore = f.codeCounts().value(first.codeId);
    REQUIRE(
        f.window.project()
            ->edit(QStringLiteral("resize"),
                   [&](Editor& e) { return resizeCoding(e, first.id, first.start, first.end + 1); })
            .ok());
    f.checkAgainstRecount();
    CHECK(f.codeCounts().value(first.codeId) == firstCodeBefore);
    REQUIRE(f.window.coding()->removeCoding(first.id).ok());
    CHECK(f.codeCounts().value(first.codeId) == firstCodeBefore - 1);
    f.checkAgainstRecount();

    // Deleting a code with its codings (codes and codings change together), and its undo.
    REQUIRE(f.window.project()
                ->edit(QStringLiteral("delete code"),
                       [&](Editor& e) { return deleteCode(e, safety, true); })
                .ok());
    CHECK_FALSE(f.codeCounts().contains(safety));
    f.checkAgainstRecount();
    undo->undo();
    CHECK(f.codeCounts().value(safety) == before + 2);
    f.checkAgainstRecount();

    // Only my codings (blind): the numbers are the current coder's.
    f.window.setBlind(true);
    CHECK(f.codeCounts().value(safety) == 2);
    f.checkAgainstRecount({tester});
    f.window.documentView()->selectRange(100, 130);
    REQUIRE(f.window.coding()->codeSelection(safety).ok());
    CHECK(f.codeCounts().value(safety) == 3);
    f.checkAgainstRecount({tester});
    f.window.setBlind(false);
    f.checkAgainstRecount();
}

TEST_CASE("ui counts: a large project is counted off the GUI thread, and an edit made while "
          "it counts is not lost") {
    Fixture f(0); // every project counts as large
    // Nothing was counted on the GUI thread: the columns are blank until the worker is done.
    CHECK(f.codeCounts().isEmpty());
    CHECK(f.documentCounts().isEmpty());
    f.window.openFirstCodedDocument();
    const qint64 document = f.window.documentView()->documentId();
    REQUIRE(document != 0);

    // Code before the first count arrives: the worker's count, read before or after this
    // edit, must not be the one shown.
    const CodeTree tree(f.storage().codes().value());
    const qint64 safety = *tree.idByPath(QStringLiteral("Mechanisms/Psychological safety"));
    f.window.setCurrentCoder(QStringLiteral("Aisha"));
    f.window.documentView()->selectRange(10, 40);
    REQUIRE(f.window.coding()->codeSelection(safety).ok());
    const auto expected = f.storage().codingCountsByCode().value();
    waitFor([&] { return f.codeCounts() == expected; });
    f.checkAgainstRecount();

    // From here edits apply their changesets at once.
    f.window.documentView()->selectRange(60, 80);
    REQUIRE(f.window.coding()->codeSelection(safety).ok());
    CHECK(f.codeCounts().value(safety) == expected.value(safety) + 1);
    f.checkAgainstRecount();
    f.window.project()->undoStack()->undo();
    f.checkAgainstRecount();
}
