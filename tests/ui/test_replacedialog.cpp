// SPDX-License-Identifier: GPL-3.0-or-later
// Find and replace in the real main window: the preview counts matches and the codings they
// touch, "Replace all" is one undo step, and undo gives back the exact text and codings.
#include "core/project.h"
#include "tests/support/demowindow.h"
#include "tests/support/testsupport.h"
#include "tests/support/waitfor.h"
#include "ui/documentview/documentview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace situate;
using test::s;

namespace {

struct Fixture : test::DocumentWindow {
    qint64 document() const { return window.documentView()->documentId(); }
    QString text() const { return storage().documentText(document()); }
    QVector<std::tuple<qint64, qint64, qint64>> codings() const {
        QVector<std::tuple<qint64, qint64, qint64>> out;
        for (const Coding& c : *storage().codings(document()))
            out.append({c.id, c.start, c.end});
        return out;
    }
    void trigger(const char* action) { find<QAction>(action)->trigger(); }
};

} // namespace

TEST_CASE("ui replace: the preview counts matches and codings, replace all is one undo step") {
    Fixture f;
    const QString before = f.text();
    const auto codingsBefore = f.codings();
    REQUIRE(before.count(s("Interviewer")) > 3);
    const int undoSteps = f.window.project()->undoStack()->count();

    f.trigger("replaceAction");
    auto* dialog = f.find<QDialog>("replaceDialog");
    CHECK(dialog->isVisible());
    auto* findLine = f.find<QLineEdit>("replaceFind");
    auto* replaceButton = f.find<QPushButton>("replaceAllButton");
    CHECK_FALSE(replaceButton->isEnabled()); // nothing previewed yet
    QTest::keyClicks(findLine, s("Interviewer"));
    QTest::keyClicks(f.find<QLineEdit>("replaceWith"), s("INT"));
    f.find<QCheckBox>("replaceWholeWord")->setChecked(true);
    CHECK(f.find<QComboBox>("replaceScope")->currentIndex() == 0); // this document

    QTest::mouseClick(f.find<QPushButton>("replacePreviewButton"), Qt::LeftButton);
    test::waitFor([&] { return replaceButton->isEnabled(); });
    auto* tree = f.find<QTreeWidget>("replacePreview");
    REQUIRE(tree->topLevelItemCount() == 1);
    CHECK(tree->topLevelItem(0)->text(1).toInt() == before.count(s("Interviewer")));
    CHECK(f.find<QLabel>("replaceStatus")->text().contains(s("match")));
    CHECK(f.text() == before); // a preview changes nothing

    QTest::mouseClick(replaceButton, Qt::LeftButton);
    const QString after = f.text();
    CHECK(after.count(s("Interviewer")) == 0);
    CHECK(after.count(s("INT:")) == before.count(s("Interviewer:")));
    CHECK(f.window.project()->undoStack()->count() == undoSteps + 1);
    CHECK(f.codings().size() == codingsBefore.size());
    CHECK(f.codings() != codingsBefore); // they moved with the shorter labels
    CHECK(f.storage().checkIntegrity().isEmpty());
    CHECK(f.messages.isEmpty());
    test::waitFor(
        [&] { return f.find<QLabel>("replaceStatus")->text().startsWith(s("Replaced ")); });
    CHECK(f.find<QLabel>("replaceStatus")->text().contains(s("No matches.")));
    // The view shows the new text.
    CHECK(f.window.documentView()->toPlainText() == after);

    f.trigger("undoAction");
    CHECK(f.text() == before);
    CHECK(f.codings() == codingsBefore);
    CHECK(f.window.documentView()->toPlainText() == before);
}

TEST_CASE("ui replace: nothing to find or no match leaves replace all off") {
    Fixture f;
    f.trigger("replaceAction");
    auto* preview = f.find<QPushButton>("replacePreviewButton");
    CHECK_FALSE(preview->isEnabled()); // an empty find
    QTest::keyClicks(f.find<QLineEdit>("replaceFind"), s("zzqxnotthere"));
    f.find<QComboBox>("replaceScope")->setCurrentIndex(1); // every document
    QTest::mouseClick(preview, Qt::LeftButton);
    auto* status = f.find<QLabel>("replaceStatus");
    test::waitFor([&] { return status->text() == s("No matches."); });
    CHECK_FALSE(f.find<QPushButton>("replaceAllButton")->isEnabled());
}
