// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codetree.h"
#include "core/demo/demobuilder.h"
#include "core/generate/generator.h"
#include "core/io/csv.h"
#include "core/project.h"
#include "tests/support/demowindow.h"
#include "tests/support/testprompter.h"
#include "tests/support/testsupport.h"
#include "tests/support/waitfor.h"
#include "ui/codebook/codebookpanel.h"
#include "ui/documentview/documentview.h"
#include "ui/mainwindow/backupcontroller.h"
#include "ui/mainwindow/codingcontroller.h"
#include "ui/mainwindow/helpcontroller.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workbench.h"
#include "ui/search/searchpanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace situate;

namespace {

/// The demo in a real main window with its first coded transcript open.
struct Fixture : test::DemoWindow {
    Fixture() {
        window.openFirstCodedDocument();
        REQUIRE(window.documentView()->documentId() != 0);
    }
    /// Codes from now on as the coder "Tester"; the document view to select in.
    DocumentView* codeAsTester() {
        window.setCurrentCoder(QStringLiteral("Tester"));
        return window.documentView();
    }
    QTreeWidgetItem* codeItem(qint64 id) {
        auto* tree = window.findChild<QTreeWidget*>(QStringLiteral("codebookTree"));
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->data(0, Qt::UserRole + 1).toLongLong() == id)
                return *it;
        }
        return nullptr;
    }
    QVector<Coding> codingsBy(const QString& coder) {
        QVector<Coding> out;
        const auto id = storage().coderIdByName(coder);
        for (const Coding& c : storage().codings(window.documentView()->documentId()).value())
            if (id && c.coderId == *id)
                out << c;
        return out;
    }
};

} // namespace

TEST_CASE("ui: the demo opens with the first coded transcript and its codings drawn") {
    Fixture f;
    CHECK(f.window.windowTitle().startsWith(QStringLiteral("demo")));
    auto* view = f.window.findChild<DocumentView*>(QStringLiteral("documentView"));
    REQUIRE(view == f.window.documentView());
    CHECK(view->codings().size() ==
          f.storage().codingCountsByDocument().value().value(view->documentId()));
    CHECK(view->stripeLaneCount() >= 2); // two coders overlap on the same passages
    CHECK(f.window.findChild<QTreeWidget*>(QStringLiteral("documentsTree"))->topLevelItemCount() ==
          7);
}

TEST_CASE("ui: coding by clicking a code and by quick key, undo and redo") {
    Fixture f;
    DocumentView* view = f.codeAsTester();
    const qint64 code = f.codeId(QStringLiteral("Mechanisms/Psychological safety"));
    view->selectRange(10, 40);

    QTreeWidgetItem* item = f.codeItem(code);
    REQUIRE(item);
    auto* tree = f.window.findChild<QTreeWidget*>(QStringLiteral("codebookTree"));
    tree->scrollToItem(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
    QVector<Coding> mine = f.codingsBy(QStringLiteral("Tester"));
    REQUIRE(mine.size() == 1);
    CHECK(mine[0].codeId == code);
    CHECK(mine[0].start == 10);
    CHECK(mine[0].end == 40);
    CHECK(f.messages.isEmpty());

    // Quick key 3 on another code.
    const qint64 other = f.codeId(QStringLiteral("Activities/Learning events"));
    f.window.coding()->setQuickKey(3, other);
    view->selectRange(100, 180);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_3);
    mine = f.codingsBy(QStringLiteral("Tester"));
    REQUIRE(mine.size() == 2);
    CHECK(mine[1].codeId == other);
    CHECK(mine[1].start == 100);

    auto* undo = f.window.findChild<QAction*>(QStringLiteral("undoAction"));
    auto* redo = f.window.findChild<QAction*>(QStringLiteral("redoAction"));
    CHECK(undo->text().contains(QStringLiteral("Learning events")));
    undo->trigger();
    CHECK(f.codingsBy(QStringLiteral("Tester")).size() == 1);
    undo->trigger();
    CHECK(f.codingsBy(QStringLiteral("Tester")).isEmpty());
    redo->trigger();
    CHECK(f.codingsBy(QStringLiteral("Tester")).size() == 1);
    // The view follows the database.
    CHECK(view->codings().size() ==
          f.storage().codingCountsByDocument().value().value(view->documentId()));
}

TEST_CASE("ui: resize, memo, in-vivo and coding a turn are single undoable steps") {
    Fixture f;
    DocumentView* view = f.codeAsTester();
    const qint64 code = f.codeId(QStringLiteral("Outcomes/Practice change"));
    view->selectRange(50, 90);
    REQUIRE(f.window.coding()->codeSelection(code).ok());
    const qint64 id = f.codingsBy(QStringLiteral("Tester")).first().id;

    REQUIRE(f.window.coding()->resizeCoding(id, 45, 120).ok());
    CHECK(f.storage().coding(id)->start == 45);
    CHECK(f.storage().coding(id)->end == 120);
    CHECK_FALSE(f.window.coding()->resizeCoding(id, 45, 99999999).ok());
    REQUIRE(f.window.coding()->setCodingMemo(id, QStringLiteral("strong example")).ok());
    CHECK(f.storage().coding(id)->memo == QStringLiteral("strong example"));
    f.window.project()->undoStack()->undo();
    CHECK(f.storage().coding(id)->memo.isEmpty());
    f.window.project()->undoStack()->undo();
    CHECK(f.storage().coding(id)->end == 90);

    // In vivo: a new code named after the selection, and the coding, in one step.
    const qint64 codes = f.storage().stats().codes;
    const auto [a, b] = std::pair<qint64, qint64>{0, 11}; // "Interviewer"
    view->selectRange(a, b);
    REQUIRE(f.window.coding()->codeInVivo().ok());
    CHECK(f.storage().stats().codes == codes + 1);
    CHECK(
        CodeTree(f.storage().codes().value()).idByPath(QStringLiteral("Interviewer")).has_value());
    f.window.project()->undoStack()->undo();
    CHECK(f.storage().stats().codes == codes);

    // Code the speaker turn around the cursor with the current code.
    f.window.workbench()->codebookPanel()->setCurrentCode(code);
    view->selectRange(200, 200);
    REQUIRE(f.window.coding()->codeUnitAtCursor(true).ok());
    const Coding turn = f.codingsBy(QStringLiteral("Tester")).last();
    const auto expected = view->turnAt(200);
    CHECK(turn.start == expected.first);
    CHECK(turn.end == expected.second);
    CHECK(turn.start <= 200);
    CHECK(turn.end > 200);
}

TEST_CASE("ui: blind mode hides other coders' codings, and the filter shows one coder") {
    Fixture f;
    DocumentView* view = f.window.documentView();
    const int all = static_cast<int>(view->codings().size());
    REQUIRE(all > 0);
    f.window.setCurrentCoder(QStringLiteral("Tester"));
    view->selectRange(20, 60);
    REQUIRE(f.window.coding()
                ->codeSelection(f.codeId(QStringLiteral("Context/Patient safety problem")))
                .ok());
    CHECK(view->codings().size() == all + 1);

    f.window.setBlind(true);
    REQUIRE(view->codings().size() == 1);
    const auto tester = f.storage().coderIdByName(QStringLiteral("Tester"));
    CHECK(view->codings().first().coderId == *tester);

    f.window.setBlind(false);
    CHECK(view->codings().size() == all + 1);
    f.window.setShown(MainWindow::Shown::OneCoder, QStringLiteral("Aisha"));
    const auto aisha = f.storage().coderIdByName(QStringLiteral("Aisha"));
    for (const Coding& c : view->codings())
        CHECK(c.coderId == *aisha);
    CHECK_FALSE(view->codings().isEmpty());
}

TEST_CASE("ui: clicking a coding stripe selects that coding") {
    Fixture f;
    DocumentView* view = f.window.documentView();
    QWidget* stripes = view->stripeMargin();
    qint64 found = 0;
    QPoint at;
    for (int y = 2; y < stripes->height() && found == 0; y += 3) {
        for (int x = 6; x < 40 && found == 0; x += 2) {
            found = view->stripeCodingAt(QPoint(x, y));
            at = QPoint(x, y);
        }
    }
    REQUIRE(found != 0);
    QSignalSpy spy(view, &DocumentView::codingClicked);
    QTest::mouseClick(stripes, Qt::LeftButton, {}, at);
    REQUIRE(spy.count() == 1);
    CHECK(spy.first().first().toLongLong() == found);
    CHECK(view->selectedCoding() == found);
    const auto c = f.storage().coding(found);
    CHECK(view->selectedRange() == std::pair<qint64, qint64>{c->start, c->end});
}

TEST_CASE("ui: project search runs off the GUI thread and auto-codes selected hits") {
    Fixture f;
    f.window.setCurrentCoder(QStringLiteral("Tester"));
    SearchPanel* search = f.window.workbench()->searchPanel();
    QSignalSpy done(search, &SearchPanel::finished);
    search->search(QStringLiteral("\"patient safety\""));
    REQUIRE(done.wait(10000));
    REQUIRE_FALSE(search->hits().isEmpty());
    for (const SearchHit& h : search->hits())
        CHECK(h.match.simplified().compare(QStringLiteral("patient safety"), Qt::CaseInsensitive) ==
              0);

    f.window.workbench()->codebookPanel()->setCurrentCode(
        f.codeId(QStringLiteral("Enablers and barriers/Senior leadership support")));
    search->results()->topLevelItem(0)->setSelected(true);
    const qint64 before = f.storage().stats().codings;
    search->findChild<QPushButton*>(QStringLiteral("searchAutoCode"))->click();
    CHECK(f.storage().stats().codings == before + 1);
}

TEST_CASE("ui: dragging the end of the selected coding resizes it") {
    Fixture f;
    DocumentView* view = f.codeAsTester();
    view->selectRange(30, 60);
    REQUIRE(f.window.coding()
                ->codeSelection(f.codeId(QStringLiteral("Outcomes/Practice change")))
                .ok());
    const qint64 id = f.codingsBy(QStringLiteral("Tester")).first().id;
    view->selectCoding(id);
    auto caret = [view](qint64 cp) {
        QTextCursor c(view->document());
        c.setPosition(static_cast<int>(cp)); // the opening text is BMP-only: cp == UTF-16
        return view->cursorRect(c).center();
    };
    QWidget* vp = view->viewport();
    QTest::mousePress(vp, Qt::LeftButton, {}, caret(60));
    QTest::mouseMove(vp, caret(64));
    QTest::mouseRelease(vp, Qt::LeftButton, {}, caret(64));
    const auto c = f.storage().coding(id);
    CHECK(c->start == 30);
    CHECK(c->end == 64);
    f.window.project()->undoStack()->undo();
    CHECK(f.storage().coding(id)->end == 60);
}

TEST_CASE("ui: reopening a project restores the last document and reading position") {
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.situate"));
    REQUIRE(buildDemoProject(path).ok());
    qint64 doc = 0, position = 0;
    {
        MainWindow window(std::make_shared<test::TestPrompter>());
        window.resize(1200, 800);
        REQUIRE(window.openProject(path));
        window.show();
        const auto docs = window.project()->storage().documents().value();
        doc = docs.at(5).id;
        window.showDocument(doc);
        window.documentView()->scrollToPosition(3000);
        position = window.documentView()->firstVisiblePosition();
        REQUIRE(position > 0);
        window.close();
    }
    MainWindow again(std::make_shared<test::TestPrompter>());
    again.resize(1200, 800);
    REQUIRE(again.openProject(path));
    again.show();
    CHECK(again.documentView()->documentId() == doc);
    CHECK(again.documentView()->firstVisiblePosition() == position);
}

TEST_CASE("ui: Preferences choose the CSV separator, and the exports use it") {
    test::TestSettings testSettings;
    QSettings().remove(QStringLiteral("export/csvSeparator")); // as on a first start
    test::DemoWindow demo;
    MainWindow& window = demo.window;
    const auto exportCodebook = [&](const QString& name) {
        const QString path = demo.dir.filePath(name);
        demo.prompter->fileAnswers << path;
        window.findChild<QAction*>(QStringLiteral("exportCodebookCsvAction"))->trigger();
        // Written on a worker, behind a progress dialog; saved whole, so it appears complete.
        test::waitFor([&] { return QFileInfo::exists(path); });
        return test::readFile(path);
    };
    const QByteArray commaBytes = exportCodebook(QStringLiteral("comma.csv"));
    CHECK(commaBytes.startsWith("path,colour,"));

    // The dialog is modal: it is answered from the event loop it runs.
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto* choice = dialog->findChild<QComboBox*>(QStringLiteral("csvSeparatorChoice"));
        REQUIRE(choice);
        CHECK(choice->currentData().toString() == QStringLiteral(","));
        CHECK_FALSE(choice->accessibleName().isEmpty());
        choice->setCurrentIndex(choice->findData(QStringLiteral(";")));
        dialog->accept();
    });
    window.findChild<QAction*>(QStringLiteral("preferencesAction"))->trigger();
    const QByteArray semicolon = exportCodebook(QStringLiteral("semicolon.csv"));
    CHECK(semicolon.startsWith("path;colour;definition;"));
    // Read back, the two files are the same table.
    const auto a = csv::parse(test::readFile(demo.dir.filePath(QStringLiteral("comma.csv"))),
                              QStringLiteral("comma.csv"));
    const auto b = csv::parse(semicolon, QStringLiteral("semicolon.csv"));
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->header == b->header);
    CHECK(a->rows == b->rows);
    // The choice is kept for the next session.
    CHECK(QSettings().value(QStringLiteral("export/csvSeparator")).toString() ==
          QStringLiteral(";"));
    QSettings().remove(QStringLiteral("export/csvSeparator"));
    csv::setSeparator(',');
}

namespace {

// A File menu export on a generated project big enough that Cancel comes while it reads:
// one export cancelled at once writes nothing, the next one writes `name`, whose bytes it
// returns.
QByteArray exportCancelledThenWritten(const char* actionName, const char* progressName,
                                      const QString& name, qint64 codings) {
    test::DemoWindow demo;
    MainWindow& window = demo.window;
    const QString big = demo.dir.filePath(QStringLiteral("big.situate"));
    REQUIRE(generateProject(big, {.documents = 40, .words = 1500, .codings = codings}).ok());
    REQUIRE(window.openProject(big));
    auto* action = window.findChild<QAction*>(QLatin1String(actionName));
    REQUIRE(action);

    const QString cancelled = demo.dir.filePath(QStringLiteral("cancelled-") + name);
    demo.prompter->fileAnswers << cancelled;
    action->trigger();
    auto* progress = window.findChild<QProgressDialog*>(QLatin1String(progressName));
    REQUIRE(progress);
    emit progress->canceled(); // as its Cancel button does
    test::waitFor([&] { return !window.findChild<QProgressDialog*>(QLatin1String(progressName)); });
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Export cancelled."));
    CHECK_FALSE(QFileInfo::exists(cancelled));

    const QString written = demo.dir.filePath(name);
    demo.prompter->fileAnswers << written;
    action->trigger();
    test::waitFor(
        [&] { return window.statusBar()->currentMessage() == QStringLiteral("Wrote ") + name; });
    CHECK(demo.messages.isEmpty());
    return test::readFile(written);
}

} // namespace

TEST_CASE("ui: File > Export codings writes on a worker behind a progress dialog, and Cancel "
          "writes nothing") {
    const QByteArray bytes = exportCancelledThenWritten(
        "exportCodingsCsvAction", "exportCsvProgress", QStringLiteral("codings.csv"), 40000);
    auto table = csv::parse(bytes, QStringLiteral("codings.csv"));
    REQUIRE(table.ok());
    CHECK(table->rows.size() == 40000);
}

TEST_CASE("ui: File > Export REFI-QDA project packs on a worker behind a progress dialog, and "
          "Cancel writes nothing") {
    const QByteArray bytes = exportCancelledThenWritten(
        "exportRefiProjectAction", "refiExportProgress", QStringLiteral("big.qdpx"), 20000);
    CHECK(bytes.startsWith("PK")); // a zip package
}

TEST_CASE("ui: File > Export REFI-QDA codebook writes on a worker behind a progress dialog, and "
          "Cancel writes nothing") {
    const QByteArray bytes = exportCancelledThenWritten(
        "exportRefiCodebookAction", "refiCodebookExportProgress", QStringLiteral("big.qdc"), 20000);
    CHECK(bytes.contains("urn:QDA-XML:codebook:1.0"));
    CHECK(bytes.contains("<Code "));
}

TEST_CASE("ui: a layout saved on a larger screen is fitted to this one, every dock on it") {
    test::TestSettings testSettings;
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    {
        // Closed large, with the analysis and evaluation docks open.
        test::DemoWindow demo;
        demo.window.resize(screen.width() * 2, screen.height() * 2);
        for (const char* dock : {"matrixDock", "evidenceDock", "extractsDock", "tocDock"}) {
            auto* d = demo.window.findChild<QDockWidget*>(QString::fromLatin1(dock));
            REQUIRE(d);
            d->show();
        }
        QApplication::processEvents();
        demo.window.close();
    }
    REQUIRE(QSettings().value(QStringLiteral("window/size")).toSize().height() > screen.height());
    MainWindow window(std::make_shared<test::TestPrompter>());
    window.show();
    QApplication::processEvents();
    INFO(window.width() << "x" << window.height() << " on " << screen.width() << "x"
                        << screen.height());
    CHECK(window.width() <= screen.width());
    CHECK(window.height() <= screen.height());
    CHECK(window.minimumSizeHint().height() <= screen.height());
    CHECK(window.minimumSizeHint().width() <= screen.width());
    // Every dock that was open is still open (shown, or a tab behind one shown), and the
    // shown ones lie inside the window.
    for (const char* dock : {"matrixDock", "evidenceDock", "extractsDock", "tocDock"}) {
        auto* d = window.findChild<QDockWidget*>(QString::fromLatin1(dock));
        INFO(dock);
        REQUIRE(d);
        CHECK_FALSE(d->isHidden());
        const QRect at(d->mapTo(&window, QPoint(0, 0)), d->size());
        INFO(at.x() << "," << at.y() << " " << at.width() << "x" << at.height());
        if (!d->visibleRegion().isEmpty()) // not a tab behind another
            CHECK(window.rect().contains(QRect(d->mapTo(&window, QPoint(0, 0)), d->size())));
    }
    // View > Reset Layout goes back to the docks of a first start.
    window.findChild<QAction*>(QStringLiteral("resetLayoutAction"))->trigger();
    CHECK(window.findChild<QDockWidget*>(QStringLiteral("matrixDock"))->isHidden());
    window.close();
    QSettings().remove(QStringLiteral("window"));
}

TEST_CASE("ui: Help opens the demo, lists every keyboard shortcut and says where data is kept") {
    test::TestSettings testSettings;
    auto prompter = std::make_shared<test::TestPrompter>();
    MainWindow window(prompter);
    window.show();
    auto* help = window.findChild<QMenu*>(QStringLiteral("helpMenu"));
    REQUIRE(help);

    // Open the Demo Project builds the demo where the user may write and opens it.
    window.findChild<QAction*>(QStringLiteral("openDemoAction"))->trigger();
    REQUIRE(window.project());
    CHECK(window.project()->path() == HelpController::demoPath());
    CHECK(window.project()->storage().codes().value().size() == 46);
    window.backups()->waitForBackup();
    // Again, with the demo open: built afresh, opened again.
    window.findChild<QAction*>(QStringLiteral("openDemoAction"))->trigger();
    REQUIRE(window.project());
    CHECK(prompter->messages.isEmpty());

    // Keyboard Shortcuts lists each menu action that has one, read from the window.
    window.findChild<QAction*>(QStringLiteral("shortcutsAction"))->trigger();
    REQUIRE(prompter->messages.size() == 1);
    const QStringList lines = prompter->messages.first().split(QLatin1Char('\n'));
    int withShortcut = 0;
    for (const QAction* menu : window.menuBar()->actions())
        for (const QAction* a : menu->menu() ? menu->menu()->actions() : QList<QAction*>())
            withShortcut += a->shortcut().isEmpty() ? 0 : 1;
    CHECK(lines.size() == withShortcut);
    CHECK(lines.size() >= 10);
    CHECK(lines.contains(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText) +
                         QStringLiteral("\tUndo (Edit)")));

    // About says the version, the licence and where projects, backups and settings are.
    const QString about = window.findChild<HelpController*>()->aboutText();
    CHECK(about.contains(QApplication::applicationVersion()));
    CHECK(about.contains(QStringLiteral("General Public License, version 3 or later")));
    CHECK(about.contains(QStringLiteral(".backups")));
    CHECK(about.contains(QSettings().fileName().toHtmlEscaped()));
    window.close();
}
