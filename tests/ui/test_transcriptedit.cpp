// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the transcript in the real main window: off by default, typed keys are saved as
// they are typed and a burst of them is one undo step, codings follow the text by the
// re-anchoring rule, a deletion that would remove codings asks first, and undo gives back the
// exact text and codings.
#include "core/commands/textedits.h"
#include "core/project.h"
#include "core/text.h"
#include "tests/support/demowindow.h"
#include "tests/support/testsupport.h"
#include "ui/documentview/documentview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QTest>
#include <QTextCursor>

#include <catch2/catch.hpp>

using namespace situate;
using test::s;

namespace {

struct Fixture : test::DocumentWindow {
    DocumentView* view = find<DocumentView>("documentView");
    qint64 document() const { return view->documentId(); }
    QString text() const { return storage().documentText(document()); }
    QMap<qint64, std::pair<qint64, qint64>> codings() const {
        QMap<qint64, std::pair<qint64, qint64>> out;
        for (const Coding& c : *storage().codings(document()))
            out.insert(c.id, {c.start, c.end});
        return out;
    }
    int steps() const { return window.project()->undoStack()->count(); }
    /// Puts the editor's cursor at a code point of the shown text.
    void placeCursor(qint64 cp) {
        QTextCursor c = view->textCursor();
        c.setPosition(int(OffsetMap(view->documentText()).toUtf16(cp)));
        view->setTextCursor(c);
    }
    void startEditing() {
        find<QAction>("editTextAction")->trigger();
        REQUIRE(view->editMode());
    }
    /// The first coding (by start) that begins after `from` and does not overlap another one
    /// starting before it, so a deletion of its words removes it alone.
    Coding lonelyCoding(qint64 from) const {
        QVector<Coding> all = *storage().codings(document());
        std::sort(all.begin(), all.end(),
                  [](const Coding& a, const Coding& b) { return a.start < b.start; });
        qint64 reach = 0;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const bool alone =
                all[i].start >= reach && (i + 1 == all.size() || all[i + 1].start >= all[i].end);
            if (all[i].start > from && alone)
                return all[i];
            reach = std::max(reach, all[i].end);
        }
        FAIL("no coding stands alone");
        return {};
    }
};

} // namespace

TEST_CASE("ui transcript editing: off by default, a burst of typing is one step and codings "
          "follow") {
    Fixture f;
    CHECK(f.view->isReadOnly());
    CHECK_FALSE(f.find<QWidget>("editTextBar")->isVisible());
    const QString before = f.text();
    const auto codingsBefore = f.codings();
    const int steps = f.steps();
    const Coding target = f.lonelyCoding(20);

    f.startEditing();
    CHECK_FALSE(f.view->isReadOnly());
    CHECK(f.find<QWidget>("editTextBar")->isVisible());
    // Typed at a coding's start: the new words go before it (digits type, not code).
    f.placeCursor(target.start);
    QTest::keyClicks(f.view, s("ab1 "));
    QTest::keyClick(f.view, Qt::Key_Backspace);
    const QString typed = s("ab1");
    CHECK(f.text() == before.left(int(OffsetMap(before).toUtf16(target.start))) + typed +
                          before.mid(int(OffsetMap(before).toUtf16(target.start))));
    CHECK(f.view->documentText() == f.text());
    CHECK(f.steps() == steps + 1);
    const auto codingsAfter = f.codings();
    REQUIRE(codingsAfter.size() == codingsBefore.size());
    for (auto it = codingsBefore.cbegin(); it != codingsBefore.cend(); ++it) {
        const auto [s0, e0] = it.value();
        const qint64 shift = 3;
        const std::pair<qint64, qint64> expected{s0 >= target.start ? s0 + shift : s0,
                                                 e0 > target.start ? e0 + shift : e0};
        CHECK(codingsAfter.value(it.key()) == expected);
    }
    const Result<QVector<DocumentEdit>> history = documentEdits(f.storage(), f.document());
    REQUIRE(history->size() == 1);
    CHECK(history->at(0).inserted == 4);
    CHECK(history->at(0).removed == 1);
    CHECK(f.messages.isEmpty());

    // A paste is a step of its own.
    QApplication::clipboard()->setText(s("PASTED"));
    QTest::keyClick(f.view, Qt::Key_V, Qt::ControlModifier);
    CHECK(f.text().contains(s("ab1PASTED")));
    CHECK(f.steps() == steps + 2);

    // Undo is the window's: the editor lets its shortcut through (a writable QPlainTextEdit
    // would take Ctrl+Z for its own undo), and it takes back a step at a time; the view shows
    // the text as it was.
    QKeyEvent undoKey(QEvent::ShortcutOverride, Qt::Key_Z, Qt::ControlModifier);
    QApplication::sendEvent(f.view, &undoKey);
    CHECK_FALSE(undoKey.isAccepted());
    f.find<QAction>("undoAction")->trigger();
    CHECK(f.text().contains(s("ab1")));
    CHECK_FALSE(f.text().contains(s("PASTED")));
    f.find<QAction>("undoAction")->trigger();
    CHECK(f.text() == before);
    CHECK(f.codings() == codingsBefore);
    CHECK(f.view->documentText() == before);
    CHECK(f.view->toPlainText() == before);
    CHECK(f.storage().checkIntegrity().isEmpty());

    // Done editing: read-only again.
    QTest::mouseClick(f.find<QWidget>("editTextDoneButton"), Qt::LeftButton);
    CHECK(f.view->isReadOnly());
    CHECK_FALSE(f.find<QAction>("editTextAction")->isChecked());
}

TEST_CASE("ui transcript editing: deleting a coding's words asks first, and undo restores it "
          "with its id") {
    Fixture f;
    const QString before = f.text();
    const auto codingsBefore = f.codings();
    const Coding target = f.lonelyCoding(0);
    f.startEditing();

    f.prompter->answer = false;
    f.view->selectRange(target.start, target.end);
    QTest::keyClick(f.view, Qt::Key_Delete);
    REQUIRE(f.prompter->questions.size() == 1);
    CHECK(f.prompter->questions[0].contains(s("removes 1 coding")));
    CHECK(f.text() == before); // refused: nothing saved, the view takes it back
    CHECK(f.view->toPlainText() == before);
    CHECK(f.codings() == codingsBefore);

    f.prompter->answer = true;
    f.view->selectRange(target.start, target.end);
    QTest::keyClick(f.view, Qt::Key_Delete);
    CHECK(f.prompter->questions.size() == 2);
    CHECK_FALSE(f.codings().contains(target.id));
    CHECK(codePointCount(f.text()) == codePointCount(before) - (target.end - target.start));

    f.find<QAction>("undoAction")->trigger();
    CHECK(f.text() == before);
    CHECK(f.codings() == codingsBefore); // same ids, same places
}
