// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench on a project on a PostgreSQL server (tests/pg/cluster; skipped without
// SITUATE_TEST_PG): opening with a password prompt, and another client's coding appearing
// in the open window by itself, a lost connection and the actions kept until it is back.
#include "core/codetree.h"
#include "core/commands/commands.h"
#include "core/project.h"
#include "tests/support/demowindow.h"
#include "tests/support/teambackend.h"
#include "tests/support/testprompter.h"
#include "tests/support/waitfor.h"
#include "ui/common/readonlyjob.h"
#include "ui/documentview/documentview.h"
#include "ui/mainwindow/codingcontroller.h"
#include "ui/mainwindow/connectionbanner.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workbench.h"
#include "ui/search/searchpanel.h"

#include <QAction>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTreeWidget>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace situate;

namespace {

/// The demo project published to a fresh server database (make it after postgresOrSkip()),
/// and settings kept in the test location.
struct Published : test::TestSettings, test::PublishedDemo {
    Published()
        : PublishedDemo(test::Publisher::InProcess) {}
};

/// Kim, a team owner (so the demo's coders are not in the way), with the server project open
/// in a window. Her password is not PGPASSWORD's: the window asks for it and keeps it for this
/// project's connections (a reconnect and its probe included).
struct KimsWindow {
    explicit KimsWindow(test::TempPgDatabase& db)
        : url(test::addMember(db, QStringLiteral("kim"), QStringLiteral("kimpw1"),
                              QStringLiteral("owner"))) {
        prompter->passwordAnswer = db.passwordFor(url);
        REQUIRE(window.openServerProject(url));
        window.resize(1400, 900);
        window.show();
        window.openFirstCodedDocument();
    }
    // The banner a lost connection shows.
    ConnectionBanner* banner() {
        auto* found = window.findChild<ConnectionBanner*>(QStringLiteral("connectionBanner"));
        REQUIRE(found);
        return found;
    }
    QString url;
    std::shared_ptr<test::TestPrompter> prompter = std::make_shared<test::TestPrompter>();
    QStringList& messages = prompter->messages;
    MainWindow window{prompter};
};

int codeRows(MainWindow& window) {
    auto* tree = window.findChild<QTreeWidget*>(QStringLiteral("codebookTree"));
    REQUIRE(tree);
    int n = 0;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        ++n;
    return n;
}

// Another coder's Situate (a second client) codes characters 5-25 of a document as Ben.
void codeAsBenElsewhere(const QString& url, qint64 document) {
    auto elsewhere = Project::open(url);
    REQUIRE(elsewhere.ok());
    const Storage& s = (*elsewhere)->storage();
    Coding c;
    c.documentId = document;
    c.codeId =
        *CodeTree(s.codes().value()).idByPath(QStringLiteral("Mechanisms/Psychological safety"));
    c.coderId = *s.coderIdByName(QStringLiteral("Ben"));
    c.start = 5;
    c.end = 25;
    REQUIRE(
        (*elsewhere)
            ->edit(QStringLiteral("Code"), [&](Editor& e) { return Status::from(addCoding(e, c)); })
            .ok());
}

/// Waits for what the server sends: LISTEN/NOTIFY arrives within moments, 10 s on a loaded
/// machine.
template <typename Done> void waitFor(Done done) {
    test::waitFor(done, 10000);
}

} // namespace

TEST_CASE("server ui: a server project opens from File, asking for the password that "
          "PGPASSWORD does not give, and keeps it out of the environment") {
    if (!test::postgresOrSkip())
        return;
    Published server;
    auto prompter = std::make_shared<test::TestPrompter>();
    QStringList& messages = prompter->messages;
    MainWindow window(prompter);
    REQUIRE(window.findChild<QAction*>(QStringLiteral("openServerAction")));

    // Without a password anywhere the server refuses; the prompt gets it, once.
    const QByteArray password = qgetenv("PGPASSWORD");
    REQUIRE_FALSE(password.isEmpty()); // the test cluster uses password authentication
    qunsetenv("PGPASSWORD");
    const QStringList& prompts = prompter->passwordPrompts;
    prompter->passwordAnswer = QString::fromUtf8(password);
    const bool opened = window.openServerProject(server.db.url());
    INFO(messages.join(QLatin1Char('\n')).toStdString());
    CHECK(opened);
    CHECK(prompts.size() == 1);
    // The password went to this project's connections only: not into the environment,
    // where every later connection and child process of this one would find it.
    CHECK_FALSE(qEnvironmentVariableIsSet("PGPASSWORD"));
    REQUIRE(window.project());
    CHECK_FALSE(window.project()->path().contains(QString::fromUtf8(password)));
    CHECK(window.windowTitle().startsWith(server.db.name()));
    CHECK_FALSE(window.windowTitle().contains(QString::fromUtf8(password)));
    CHECK_FALSE(QSettings()
                    .value(QStringLiteral("recentProjects"))
                    .toStringList()
                    .join(QLatin1Char(' '))
                    .contains(QString::fromUtf8(password)));
    // Workers open connections of their own, and they still get in: an analysis job ...
    auto job = runReadOnly<qint64>(
        *window.project(), [](const Storage& s) { return Result<qint64>(s.stats().codings); });
    job.waitForFinished();
    INFO(job.result().error().toStdString());
    REQUIRE(job.result().ok());
    CHECK(*job.result() == window.project()->storage().stats().codings);
    // ... and the search, over a connection of another kind.
    SearchPanel* search = window.workbench()->searchPanel();
    QSignalSpy searched(search, &SearchPanel::finished);
    search->search(QStringLiteral("\"patient safety\""));
    REQUIRE(searched.wait(10000));
    CHECK_FALSE(search->hits().isEmpty());
    // So does the test connection the banner opens while the server is away.
    CHECK(window.project()->connectionProbe()().isEmpty());
    CHECK_FALSE(qEnvironmentVariableIsSet("PGPASSWORD"));
    // On a server one codes as one's login: the server's row-level security checks it.
    const QString login = QUrl(server.db.url()).userName();
    REQUIRE_FALSE(login.isEmpty());
    CHECK(window.currentCoder() == login);
    CHECK(codeRows(window) == window.project()->storage().codes().value().size());
    CHECK(codeRows(window) == 46);
    window.openFirstCodedDocument();
    CHECK_FALSE(window.documentView()->codings().isEmpty());

    // A wrong password is refused with the server's reason, and not kept.
    MainWindow other(prompter);
    qunsetenv("PGPASSWORD");
    prompter->passwordAnswer = QStringLiteral("not-the-password");
    messages.clear();
    CHECK_FALSE(other.openServerProject(server.db.url()));
    CHECK(messages.size() == 1);
    CHECK(messages.value(0).contains(QStringLiteral("password")));
    CHECK_FALSE(messages.value(0).contains(QStringLiteral("not-the-password")));
    CHECK(qgetenv("PGPASSWORD").isEmpty());
    qputenv("PGPASSWORD", password);
}

TEST_CASE("server ui: another coder's coding appears in the open window by itself") {
    if (!test::postgresOrSkip())
        return;
    Published server;
    MainWindow window(std::make_shared<test::TestPrompter>());
    REQUIRE(window.openServerProject(server.db.url()));
    window.show();
    window.openFirstCodedDocument();
    const qint64 document = window.documentView()->documentId();
    REQUIRE(document != 0);
    const int before = int(window.documentView()->codings().size());

    // A second client (another coder's Situate) codes the same document on the server.
    codeAsBenElsewhere(server.db.url(), document);

    // Within moments (LISTEN/NOTIFY; waitFor allows about 10 s for a loaded machine), with no
    // action here.
    waitFor([&] { return window.documentView()->codings().size() == before + 1; });
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("another coder")));
    // The window's own undo stack has nothing of the other coder's to undo.
    CHECK_FALSE(window.project()->undoStack()->canUndo());
}

TEST_CASE("server ui: losing the connection keeps the coder's action in view and sends it "
          "once when the server is back") {
    if (!test::postgresOrSkip())
        return;
    Published server;
    KimsWindow kim(server.db);
    MainWindow& window = kim.window;
    const QStringList& messages = kim.messages;
    ConnectionBanner* banner = kim.banner();
    banner->setRetryInterval(0); // tries only when the test presses "Try now"
    CHECK_FALSE(banner->isVisible());
    const qint64 document = window.documentView()->documentId();
    const qint64 code = *CodeTree(window.project()->storage().codes().value())
                             .idByPath(QStringLiteral("Mechanisms/Psychological safety"));
    auto codingsOnServer = [&] {
        auto s = Storage::open(server.db.url(), Storage::Mode::ReadOnly);
        REQUIRE(s.ok());
        int n = 0;
        for (const Coding& c : (*s)->codings(document).value())
            n += c.codeId == code && c.start == 3 && c.end == 40 ? 1 : 0;
        return n;
    };

    // The server goes away (kim's logins refused, her session ended).
    REQUIRE(server.db.allowLogin(QStringLiteral("kim"), false));
    REQUIRE(server.db.terminateConnections());
    window.documentView()->selectRange(3, 40);
    Status st = window.coding()->codeSelection(code);
    CHECK_FALSE(st.ok());
    CHECK(st.kind() == ErrorKind::Kept);
    // The window says so, shows the action waiting, and pops up nothing.
    CHECK(banner->isVisible());
    auto* status = window.findChild<QLabel*>(QStringLiteral("connectionStatus"));
    REQUIRE(status);
    const QString shown = QTextDocumentFragment::fromHtml(status->text()).toPlainText();
    CHECK(shown.contains(QStringLiteral("Not connected to the server")));
    CHECK(shown.contains(QStringLiteral("Code \"Psychological safety\"")));
    CHECK(messages.isEmpty());
    CHECK(codingsOnServer() == 0);
    const QImage offline = window.grab().toImage();
    if (const QByteArray shot = qgetenv("SITUATE_SHOT_DIR"); !shot.isEmpty())
        offline.save(QString::fromLocal8Bit(shot) + QStringLiteral("/connection-lost.png"));

    // Trying while the server still refuses: still waiting, still shown.
    auto* retry = window.findChild<QPushButton*>(QStringLiteral("retryConnection"));
    REQUIRE(retry);
    QTest::mouseClick(retry, Qt::LeftButton);
    waitFor([&] { return !status->text().contains(QStringLiteral("Trying to connect")); });
    CHECK(banner->isVisible());
    CHECK(window.project()->keptEdits().size() == 1);
    CHECK(codingsOnServer() == 0);

    // The server is back: one try sends the coding, once; the banner goes; undo knows it.
    REQUIRE(server.db.allowLogin(QStringLiteral("kim"), true));
    QTest::mouseClick(retry, Qt::LeftButton);
    waitFor([&] { return !banner->isVisible(); });
    CHECK(codingsOnServer() == 1);
    CHECK(window.project()->isConnected());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("again")));
    REQUIRE(window.project()->undoStack()->canUndo());
    CHECK(window.project()->undoStack()->undoText() ==
          QStringLiteral("Code \"Psychological safety\""));
    window.project()->undoStack()->undo();
    CHECK(codingsOnServer() == 0);
    window.project()->undoStack()->redo();
    CHECK(codingsOnServer() == 1);
    CHECK(messages.isEmpty());
}

TEST_CASE("server ui: a connection the server ends while the coder reads is noticed, restored, "
          "and other coders' codings arrive again") {
    if (!test::postgresOrSkip())
        return;
    Published server;
    MainWindow window(std::make_shared<test::TestPrompter>());
    REQUIRE(window.openServerProject(server.db.url()));
    window.show();
    window.openFirstCodedDocument();
    auto* banner = window.findChild<ConnectionBanner*>(QStringLiteral("connectionBanner"));
    REQUIRE(banner);
    banner->setWatchInterval(50);
    banner->setRetryInterval(100);
    const qint64 document = window.documentView()->documentId();
    const int before = int(window.documentView()->codings().size());

    // The server ends every session (a restart): nobody is editing, and yet the window
    // says so, connects again by itself and hides the banner.
    QStringList changes;
    QObject::connect(window.project(), &Project::connectionChanged, [&](bool up, const QString&) {
        changes << (up ? QStringLiteral("up") : QStringLiteral("down"));
    });
    REQUIRE(server.db.terminateConnections());
    waitFor([&] { return changes.contains(QStringLiteral("down")); });
    waitFor([&] { return changes.endsWith(QStringLiteral("up")) && !banner->isVisible(); });
    CHECK(window.project()->isConnected());

    // Listening again: another coder's coding appears by itself, as before the restart.
    codeAsBenElsewhere(server.db.url(), document);
    waitFor([&] { return window.documentView()->codings().size() == before + 1; });
}

TEST_CASE("server ui: when the connection is lost the panels keep what they showed, the banner "
          "says why, and nothing pops up") {
    if (!test::postgresOrSkip())
        return;
    Published server;
    KimsWindow kim(server.db);
    MainWindow& window = kim.window;
    const QStringList& messages = kim.messages;
    ConnectionBanner* banner = kim.banner();
    banner->setRetryInterval(0);
    auto* documents = window.findChild<QTreeWidget*>(QStringLiteral("documentsTree"));
    REQUIRE(documents);
    const auto documentRows = [&] {
        int n = 0;
        for (QTreeWidgetItemIterator it(documents); *it; ++it)
            ++n;
        return n;
    };
    const int codes = codeRows(window);
    const int docs = documentRows();
    const auto codings = window.documentView()->codings().size();
    REQUIRE(codes > 0);
    REQUIRE(docs > 0);
    REQUIRE(codings > 0);

    // The server goes away; then the window refreshes (here: another coder is chosen).
    REQUIRE(server.db.allowLogin(QStringLiteral("kim"), false));
    REQUIRE(server.db.terminateConnections());
    window.setCurrentCoder(QStringLiteral("Aisha"));
    // Every read failed as a lost connection: the banner tells it, no dialog does, and no
    // panel was emptied as if the project had nothing in it.
    CHECK(banner->isVisible());
    CHECK_FALSE(window.project()->isConnected());
    INFO(messages.join(QLatin1Char('\n')).toStdString());
    CHECK(messages.isEmpty());
    CHECK(codeRows(window) == codes);
    CHECK(documentRows() == docs);
    CHECK(window.documentView()->codings().size() == codings);

    // Back again: the panels are read afresh, the same project.
    REQUIRE(server.db.allowLogin(QStringLiteral("kim"), true));
    auto* retry = window.findChild<QPushButton*>(QStringLiteral("retryConnection"));
    REQUIRE(retry);
    QTest::mouseClick(retry, Qt::LeftButton);
    waitFor([&] { return !banner->isVisible(); });
    CHECK(codeRows(window) == codes);
    CHECK(documentRows() == docs);
    CHECK(messages.isEmpty());
}
