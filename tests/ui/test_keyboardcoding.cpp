// SPDX-License-Identifier: GPL-3.0-or-later
// The coding loop without a mouse, in the real main window and with key events only: move
// the caret, select with Shift+Right, code with the "code with..." popup (type to filter,
// Enter), undo, change and remove the coding under the caret, and jump between codings.
#include "core/project.h"
#include "core/storage/storage.h"
#include "core/text.h"
#include "tests/support/demowindow.h"
#include "tests/support/testsupport.h"
#include "tests/support/waitfor.h"
#include "ui/documentview/documentview.h"
#include "ui/mainwindow/codewithpopup.h"
#include "ui/mainwindow/workbench.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QTest>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace situate;
using test::s;

namespace {

struct Fixture : test::DocumentWindow {
    DocumentView* view = find<DocumentView>("documentView");
    CodeWithPopup* popup = find<CodeWithPopup>("codeWithPopup");

    Fixture() {
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        view->setFocus();
    }
    QVector<Coding> codings() const {
        QVector<Coding> all = *storage().codings(view->documentId());
        std::sort(all.begin(), all.end(), [](const Coding& a, const Coding& b) {
            return a.start != b.start ? a.start < b.start : a.id < b.id;
        });
        return all;
    }
    /// The codings of `code` on exactly [start, end).
    int codingsOn(qint64 code, qint64 start, qint64 end) const {
        int n = 0;
        for (const Coding& c : codings())
            n += c.codeId == code && c.start == start && c.end == end ? 1 : 0;
        return n;
    }
    /// The first place with `length` code points of plain text that no coding touches.
    qint64 uncodedPlace(qint64 length) const {
        const QString text = view->documentText();
        for (qint64 p = 0; p + length < text.size(); ++p) {
            bool free = true;
            for (const Coding& c : codings())
                free = free && (c.end <= p || c.start >= p + length);
            for (qint64 i = p; i < p + length + 1 && free; ++i)
                free = text.at(i).isLetter();
            if (free)
                return p;
        }
        FAIL("no uncoded text in the document");
        return 0;
    }
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier, int times = 1) {
        for (int i = 0; i < times; ++i)
            QTest::keyClick(QApplication::focusWidget(), k, mods);
    }
    /// The platform's keys for a standard command (Ctrl+Y or Ctrl+Shift+Z for redo).
    void keys(QKeySequence::StandardKey command) {
        QTest::keySequence(QApplication::focusWidget(), QKeySequence(command));
    }
    /// Types `filter` into the popup and checks that the code at `path` is listed first.
    void pick(const QString& path, const QString& filter) {
        REQUIRE(popup->isVisible());
        // The popup takes the keyboard: what follows goes to its filter line. (A window
        // manager activates the new window; the offscreen platform needs telling.)
        QApplication::setActiveWindow(popup);
        test::waitFor([&] { return QApplication::activeWindow() == popup; });
        REQUIRE(QApplication::focusWidget() == find<QLineEdit>("codeWithFilter"));
        QTest::keyClicks(QApplication::focusWidget(), filter);
        const QVector<qint64> listed = popup->listedCodes();
        REQUIRE_FALSE(listed.isEmpty());
        CHECK(listed.first() == codeId(path));
        CHECK(listed.size() < int(window.workbench()->tree().codes().size()));
        // Down and Up move in the list; Enter takes the current code.
        key(Qt::Key_Down);
        key(Qt::Key_Up);
        key(Qt::Key_Return);
        CHECK_FALSE(popup->isVisible());
        backToWindow();
    }
    /// The window manager gives the main window back the keyboard when the popup closes.
    void backToWindow() {
        QApplication::setActiveWindow(&window);
        test::waitFor([&] { return QApplication::activeWindow() == &window; });
        REQUIRE(QApplication::focusWidget() == view);
    }
};

} // namespace

TEST_CASE("keyboard coding: select with Shift and code with the popup, undo, change, remove") {
    Fixture f;
    const qint64 place = f.uncodedPlace(8);
    f.key(Qt::Key_Home, Qt::ControlModifier);
    f.key(Qt::Key_Right, Qt::NoModifier, int(place + 1));
    f.key(Qt::Key_Right, Qt::ShiftModifier, 6);
    REQUIRE(f.view->selectedRange() == std::pair<qint64, qint64>(place + 1, place + 7));

    const qint64 safety = f.codeId(s("Mechanisms/Psychological safety"));
    const int steps = f.window.project()->undoStack()->count();
    f.key(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    f.pick(s("Mechanisms/Psychological safety"), s("psychological SAF"));
    CHECK(f.codingsOn(safety, place + 1, place + 7) == 1);
    CHECK(f.window.project()->undoStack()->count() == steps + 1);
    CHECK(f.messages.isEmpty());

    // Undo takes the coding away; redo brings it back.
    f.keys(QKeySequence::Undo);
    CHECK(f.codingsOn(safety, place + 1, place + 7) == 0);
    f.keys(QKeySequence::Redo);
    REQUIRE(f.codingsOn(safety, place + 1, place + 7) == 1);

    // The caret inside the coding: the view tells assistive technology which codes are there.
    f.view->setFocus();
    f.key(Qt::Key_Home, Qt::ControlModifier);
    f.key(Qt::Key_Right, Qt::NoModifier, int(place + 3));
    CHECK(f.view->accessibleDescription().startsWith(s("Coded: Psychological safety")));

    // Change it to another code through the same popup: one step, same ends.
    const QString other = s("Mechanisms/Peer learning");
    f.key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    f.pick(other, s("peer learn"));
    CHECK(f.codingsOn(safety, place + 1, place + 7) == 0);
    CHECK(f.codingsOn(f.codeId(other), place + 1, place + 7) == 1);
    f.keys(QKeySequence::Undo);
    CHECK(f.codingsOn(safety, place + 1, place + 7) == 1);
    CHECK(f.codingsOn(f.codeId(other), place + 1, place + 7) == 0);

    // Escape closes the popup and codes nothing.
    f.key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(f.popup->isVisible());
    QApplication::setActiveWindow(f.popup);
    f.key(Qt::Key_Escape);
    CHECK_FALSE(f.popup->isVisible());
    f.backToWindow();
    CHECK(f.codingsOn(safety, place + 1, place + 7) == 1);

    // Delete in the transcript removes the coding under the caret; undo restores it.
    REQUIRE(f.view->hasFocus());
    f.key(Qt::Key_Delete);
    CHECK(f.codingsOn(safety, place + 1, place + 7) == 0);
    f.keys(QKeySequence::Undo);
    CHECK(f.codingsOn(safety, place + 1, place + 7) == 1);
    CHECK(f.messages.isEmpty());
}

TEST_CASE("keyboard coding: without a selection the popup does not open and says why") {
    Fixture f;
    f.key(Qt::Key_Home, Qt::ControlModifier);
    f.key(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK_FALSE(f.popup->isVisible());
    REQUIRE(f.messages.size() == 1);
    CHECK(f.messages.first().contains(s("Select some text")));
}

TEST_CASE("keyboard coding: F8 and Shift+F8 put the caret at the next and previous coding") {
    Fixture f;
    const QVector<Coding> all = f.codings();
    REQUIRE(all.size() >= 3);
    f.key(Qt::Key_Home, Qt::ControlModifier);
    // Codings that start at the very beginning are before a caret there: skip them.
    qsizetype first = 0;
    while (all[first].start == 0)
        ++first;
    auto caret = [&] {
        return f.view->selectedRange();
    };
    f.key(Qt::Key_F8);
    CHECK(caret() == std::pair<qint64, qint64>(all[first].start, all[first].start));
    f.key(Qt::Key_F8);
    CHECK(caret() == std::pair<qint64, qint64>(all[first + 1].start, all[first + 1].start));
    f.key(Qt::Key_F8, Qt::ShiftModifier);
    CHECK(caret() == std::pair<qint64, qint64>(all[first].start, all[first].start));
    CHECK(f.view->accessibleDescription().startsWith(s("Coded: ")));

    // Every loop action is in Help > Keyboard Shortcuts.
    f.find<QAction>("shortcutsAction")->trigger();
    const QString shortcuts = f.messages.join(QLatin1Char('\n'));
    for (const char* name : {"codeWithAction", "changeCodingAction", "removeCodingAction",
                             "nextCodingAction", "previousCodingAction"}) {
        const QAction* a = f.find<QAction>(name);
        CHECK(shortcuts.contains(a->shortcut().toString(QKeySequence::NativeText) + u'\t'));
    }
}
