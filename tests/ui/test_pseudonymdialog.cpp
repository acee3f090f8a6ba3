// SPDX-License-Identifier: GPL-3.0-or-later
// Pseudonymisation in the real main window: the list built from suggestions and typing, the
// matches marked in the open document, the preview, Apply as one undo step with its key
// outside the project, and the originals gone from the project file once made permanent.
#include "core/commands/commands.h"
#include "core/import/speakerturns.h"
#include "core/project.h"
#include "core/reliability/backups.h"
#include "tests/support/demowindow.h"
#include "tests/support/testrows.h"
#include "tests/support/testsupport.h"
#include "tests/support/waitfor.h"
#include "ui/documentview/documentview.h"
#include "ui/mainwindow/backupcontroller.h"
#include "ui/textedit/pseudonymtable.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace situate;
using test::s;

namespace {

const QString kFirst = QStringLiteral("Interviewer: How did Ama Owusu start the group?\n"
                                      "Ama Owusu: I asked Dr Okafor at the clinic. Later Okafor "
                                      "said yes.\n"
                                      "Interviewer: Who else came?\n"
                                      "Ama Owusu: Kofi came, and Okafor brought the nurses.\n");
const QString kSecond = QStringLiteral("Interviewer: Tell me about the start.\n"
                                       "Kofi Mensah: Ama Owusu invited me.\n");

// A small coded study made with the core API, open in a real main window; the key goes to a
// folder of its own, outside the project's.
struct Fixture {
    test::TestSettings settings;
    QTemporaryDir dir;
    QTemporaryDir keys;
    QString path = dir.filePath(s("study.situate"));
    std::shared_ptr<test::TestPrompter> prompter = std::make_shared<test::TestPrompter>();
    MainWindow window{prompter};
    qint64 first = 0;
    qint64 second = 0;

    Fixture() {
        {
            auto created = Project::create(path);
            REQUIRE(created.ok());
            Project& p = **created;
            REQUIRE(p.edit(s("study"), [this](Editor& e) -> Status {
                         first = *addDocument(e, test::textDocument(s("Interview 1"), kFirst,
                                                                    detectSpeakerTurns(kFirst)));
                         second = *addDocument(e, test::textDocument(s("Interview 2"), kSecond,
                                                                     detectSpeakerTurns(kSecond)));
                         Code c;
                         c.name = s("Origins");
                         const qint64 code = *createCode(e, c);
                         const qint64 start = kFirst.indexOf(s("Ama Owusu start"));
                         const qint64 later = kFirst.indexOf(s("Later Okafor"));
                         const qint64 invited = kSecond.indexOf(s("Ama Owusu invited"));
                         for (const auto& [doc, a, b] : {std::tuple{first, start, start + 25},
                                                         std::tuple{first, later, later + 22},
                                                         std::tuple{second, invited, invited + 20}})
                             if (auto id = test::addCodingAs(e, s("Aisha"), doc, code, a, b); !id)
                                 return Status::from(id);
                         return setMemo(e, MemoOwner::Document, first, s("Ama Owusu was nervous."));
                     }).ok());
        }
        window.resize(1400, 900);
        REQUIRE(window.openProject(path));
        window.show();
        window.showDocument(first);
    }

    const Storage& storage() const { return window.project()->storage(); }
    QString text(qint64 doc) const { return storage().documentText(doc); }
    qsizetype codings() const {
        return storage().codings(first)->size() + storage().codings(second)->size();
    }
    situate::UndoStack* undo() const { return window.project()->undoStack(); }
    template <typename T> T* find(const char* name) const {
        T* found = window.findChild<T*>(QLatin1String(name));
        REQUIRE(found);
        return found;
    }
    void click(const char* button) { QTest::mouseClick(find<QPushButton>(button), Qt::LeftButton); }
    PseudonymTable* table() const { return find<PseudonymTable>("pseudonymTable"); }
    // Types `text` into the cell being edited and commits it, as a user would.
    void typeIntoEditor(const QString& text) {
        QLineEdit* editor = nullptr; // a closed editor lingers until it is deleted
        for (QLineEdit* e : table()->viewport()->findChildren<QLineEdit*>())
            editor = e->isVisible() ? e : editor;
        REQUIRE(editor);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        // Committed and closed; the view deletes a closed editor later, so watch it through a
        // guard that clears when it goes.
        const QPointer<QLineEdit> guard(editor);
        test::waitFor([&] { return !guard || !guard->isVisible(); });
    }
    void openDialog() {
        find<QAction>("pseudonymiseAction")->trigger();
        REQUIRE(find<QDialog>("pseudonymDialog")->isVisible());
    }
    void previewAndWait() {
        click("pseudonymPreviewButton");
        test::waitFor([&] { return find<QPushButton>("pseudonymApplyButton")->isEnabled(); });
    }
    // The list of the tests: Ama Owusu and Okafor.
    void fillList() {
        table()->setEntries({{s("Ama Owusu"), s("Participant A")}, {s("Okafor"), s("Person B")}});
    }
    QString keyPath() const { return keys.filePath(s("key.csv")); }
    void chooseKey(const QString& key) {
        prompter->fileAnswers << key;
        click("pseudonymKeyButton");
    }
    // Whether the project file or its WAL still holds `text` anywhere, in any case.
    bool fileHolds(const QByteArray& text) const {
        for (const QString& f : {path, path + s("-wal")}) {
            QFile file(f);
            if (file.open(QIODevice::ReadOnly) && file.readAll().toLower().contains(text.toLower()))
                return true;
        }
        return false;
    }
};

QTreeWidgetItem* itemNamed(QTreeWidget* tree, const QString& text) {
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == text)
            return tree->topLevelItem(i);
    }
    FAIL("no suggestion " << text.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("ui pseudonymise: a list from suggestions and typing, marks, preview and apply as "
          "one undo step with its key") {
    Fixture f;
    const int steps = f.undo()->count();
    const qsizetype codings = f.codings();
    f.openDialog();
    CHECK_FALSE(f.find<QPushButton>("pseudonymPreviewButton")->isEnabled()); // an empty list

    // Suggestions: a speaker label added with the button, a name with a double-click.
    f.click("pseudonymSuggestButton");
    auto* suggestions = f.find<QTreeWidget>("pseudonymSuggestions");
    test::waitFor([&] { return suggestions->topLevelItemCount() > 0; });
    QTreeWidgetItem* ama = itemNamed(suggestions, s("Ama Owusu"));
    CHECK(ama->text(3) == s("Interview 1"));
    suggestions->setCurrentItem(ama);
    f.click("pseudonymAddSuggestionButton");
    f.typeIntoEditor(s("Participant A"));
    QTreeWidgetItem* okafor = itemNamed(suggestions, s("Okafor"));
    CHECK(okafor->text(1) == s("name"));
    const QRect rect = suggestions->visualItemRect(okafor);
    // A double-click counts on the item its press was on, as a real one starts.
    QTest::mousePress(suggestions->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(suggestions->viewport(), Qt::LeftButton, {}, rect.center());
    f.typeIntoEditor(s("Person B"));
    // A row typed in full.
    f.click("pseudonymAddButton");
    f.typeIntoEditor(s("Kofi Mensah"));
    const int last = f.table()->rowCount() - 1;
    f.table()->editItem(f.table()->item(last, PseudonymTable::Replace));
    f.typeIntoEditor(s("Participant C"));
    const QVector<PseudonymEntry> entries = f.table()->entries();
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].find == s("Ama Owusu"));
    CHECK(entries[0].replace == s("Participant A"));
    CHECK(entries[1].find == s("Okafor"));
    CHECK(entries[1].replace == s("Person B"));
    CHECK(entries[2].find == s("Kofi Mensah"));
    CHECK(entries[2].wholeWord);

    // Every match of the list is marked in the open document, and nothing is changed.
    DocumentView* view = f.window.documentView();
    test::waitFor([&] { return view->marks().size() == 6; }); // 3 Ama Owusu, 3 Okafor
    const qint64 at = kFirst.indexOf(s("Dr Okafor")) + 3;
    CHECK(view->marks().contains(std::pair<qint64, qint64>{at, at + 6}));
    CHECK(f.find<QLabel>("pseudonymMarksStatus")->text().startsWith(s("6 match")));
    f.window.showDocument(f.second);
    test::waitFor([&] { return view->marks().size() == 2; }); // Kofi Mensah, Ama Owusu

    f.chooseKey(f.keyPath());
    CHECK(f.find<QLineEdit>("pseudonymKeyPath")->text() == f.keyPath());
    f.previewAndWait();
    auto* preview = f.find<QTreeWidget>("pseudonymPreview");
    CHECK(preview->topLevelItemCount() >= 4);
    CHECK(f.find<QLabel>("pseudonymStatus")
              ->text()
              .startsWith(s("8 replacement(s) in 2 document(s)")));
    CHECK(f.text(f.first) == kFirst); // a preview changes nothing
    CHECK_FALSE(QFileInfo::exists(f.keyPath()));

    f.click("pseudonymApplyButton");
    CHECK(f.prompter->messages.isEmpty());
    const QString after = f.text(f.first);
    CHECK_FALSE(after.contains(s("Ama Owusu")));
    CHECK_FALSE(after.contains(s("Okafor")));
    CHECK(after.startsWith(s("Interviewer: How did Participant A start the group?\n"
                             "Participant A: I asked Dr Person B")));
    CHECK(f.text(f.second) == s("Interviewer: Tell me about the start.\n"
                                "Participant C: Participant A invited me.\n"));
    CHECK(f.storage().memo(MemoOwner::Document, f.first)->text == s("Participant A was nervous."));
    CHECK(f.codings() == codings);
    CHECK(f.undo()->count() == steps + 1);
    CHECK(f.storage().checkIntegrity().isEmpty());
    QFile key(f.keyPath());
    REQUIRE(key.open(QIODevice::ReadOnly));
    const QByteArray keyCsv = key.readAll();
    CHECK(keyCsv.startsWith("find,replace,document,count\r\n"));
    for (const char* row :
         {"Ama Owusu,Participant A,Interview 1,3\r\n", "Ama Owusu,Participant A,Interview 2,1\r\n",
          "Okafor,Person B,Interview 1,3\r\n", "Kofi Mensah,Participant C,Interview 2,1\r\n"})
        CHECK(keyCsv.contains(row));
    // The view shows the new text, where nothing matches the list any more.
    test::waitFor(
        [&] { return view->toPlainText() == f.text(f.second) && view->marks().isEmpty(); });

    // Only the speaker labels of the new text are bold, not the text after the first one.
    QTextCursor cursor(view->document());
    cursor.setPosition(int(view->toPlainText().indexOf(s("invited"))) + 1);
    CHECK(cursor.charFormat().fontWeight() == QFont::Normal);

    f.find<QAction>("undoAction")->trigger();
    CHECK(f.text(f.first) == kFirst);
    CHECK(f.text(f.second) == kSecond);
    CHECK(f.codings() == codings);
    test::waitFor([&] { return view->marks().size() == 2; });
}

TEST_CASE("ui pseudonymise: Make Changes Permanent clears undo, erases the originals from the "
          "file and deletes the backups that hold them") {
    Fixture f;
    f.window.backups()->waitForBackup();
    REQUIRE_FALSE(Backups::list(f.path).isEmpty()); // taken on opening, before any change
    f.openDialog();
    f.fillList();
    f.chooseKey(f.keyPath());
    f.previewAndWait();
    f.click("pseudonymApplyButton");
    REQUIRE_FALSE(f.text(f.first).contains(s("Okafor")));
    CHECK(f.fileHolds("Okafor")); // still in the undo history's reach: freed pages, the WAL
    f.prompter->questions.clear();

    f.find<QAction>("makePermanentAction")->trigger();
    CHECK(f.prompter->messages.isEmpty());
    REQUIRE(f.prompter->questions.size() == 2);
    CHECK(f.prompter->questions[0].contains(s("Undo can no longer")));
    CHECK(f.prompter->questions[1].contains(s("backup(s)")));
    CHECK(f.undo()->count() == 0);
    CHECK(Backups::list(f.path).isEmpty());
    CHECK_FALSE(f.fileHolds("Okafor"));
    CHECK_FALSE(f.fileHolds("Ama Owusu"));
    CHECK(f.fileHolds("Participant A"));
    CHECK(f.storage().checkIntegrity().isEmpty());
}

TEST_CASE("ui pseudonymise: closing the window after applying erases the originals, and the "
          "backups stay when the user says no") {
    Fixture f;
    f.openDialog();
    f.fillList();
    f.chooseKey(f.keyPath());
    f.previewAndWait();
    f.click("pseudonymApplyButton");
    f.prompter->questions.clear();
    f.prompter->answer = false;
    f.window.close();
    REQUIRE(f.prompter->questions.size() == 1);
    CHECK(f.prompter->questions[0].contains(s("backup(s)")));
    CHECK_FALSE(Backups::list(f.path).isEmpty());
    CHECK(f.undo()->count() == 0);
    CHECK_FALSE(f.fileHolds("Okafor"));
    CHECK_FALSE(f.fileHolds("Ama Owusu"));
}

TEST_CASE("ui pseudonymise: a key or a list in the project's folder is refused and nothing "
          "changes") {
    Fixture f;
    f.openDialog();
    // The list comes from a sheet.
    const QString list = f.keys.filePath(s("list.csv"));
    {
        QFile file(list);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(
            "find,replace,match\r\nAma Owusu,Participant A,word\r\nOkafor,Person B,anywhere\r\n");
    }
    f.prompter->fileAnswers << list;
    f.click("pseudonymLoadButton");
    REQUIRE(f.table()->entries().size() == 2);
    CHECK_FALSE(f.table()->entries()[1].wholeWord);

    const QString inside = f.dir.filePath(s("key.csv"));
    f.chooseKey(inside);
    REQUIRE(f.prompter->messages.size() == 1);
    CHECK(f.prompter->messages[0].contains(s("project's folder")));
    CHECK(f.find<QLineEdit>("pseudonymKeyPath")->text().isEmpty());

    // Typed by hand, it is refused at Apply.
    f.find<QLineEdit>("pseudonymKeyPath")->setText(inside);
    f.previewAndWait();
    const int steps = f.undo()->count();
    f.click("pseudonymApplyButton");
    REQUIRE(f.prompter->messages.size() == 2);
    CHECK(f.prompter->messages[1].contains(s("nothing was changed")));
    CHECK(f.text(f.first) == kFirst);
    CHECK(f.undo()->count() == steps);
    CHECK_FALSE(QFileInfo::exists(inside));

    // The list holds the originals too.
    f.prompter->fileAnswers << f.dir.filePath(s("list.csv"));
    f.click("pseudonymSaveButton");
    REQUIRE(f.prompter->messages.size() == 3);
    CHECK_FALSE(QFileInfo::exists(f.dir.filePath(s("list.csv"))));
    const QString saved = f.keys.filePath(s("saved.csv"));
    f.prompter->fileAnswers << saved;
    f.click("pseudonymSaveButton");
    QFile back(saved);
    REQUIRE(back.open(QIODevice::ReadOnly));
    CHECK(back.readAll() == "find,replace,match,case\r\nAma Owusu,Participant A,word,sensitive\r\n"
                            "Okafor,Person B,anywhere,sensitive\r\n");
}
