// SPDX-License-Identifier: GPL-3.0-or-later
// The user manual (Help > User Manual) on the real main window: every page of its contents
// renders, every link between pages leads to a page, every picture loads, and every
// situate-cli command it names is one the CLI lists.
#include "tests/support/demowindow.h"
#include "tests/support/testsupport.h"
#include "ui/help/manualwindow.h"

#include <QAction>
#include <QFile>
#include <QListWidget>
#include <QRegularExpression>
#include <QSet>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace situate;

namespace {

struct ManualFixture : test::DemoWindow {
    QTextBrowser* browser = nullptr;
    QListWidget* contents = nullptr;

    ManualFixture() {
        auto* manual = find<QAction>("manualAction");
        CHECK(manual->shortcut() == QKeySequence(Qt::Key_F1));
        manual->trigger();
        browser = find<QTextBrowser>("manualView");
        contents = find<QListWidget>("manualContents");
        REQUIRE(browser->isVisible());
    }

    /// Every fragment of the shown page whose format passes `keep`, as `take` returns it.
    template <typename Keep, typename Take> QStringList fragments(Keep keep, Take take) const {
        QStringList found;
        for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it)
                if (keep(it.fragment().charFormat()))
                    found << take(it.fragment().charFormat());
        return found;
    }
};

QString pageText(const QUrl& url) {
    QFile file(QLatin1Char(':') + url.path());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("manual: Help > User Manual renders every page of its contents with its pictures") {
    ManualFixture f;
    const QList<ManualPage> pages = manualPages();
    REQUIRE(pages.size() >= 14); // the index and the thirteen topics
    REQUIRE(f.contents->count() == pages.size());
    QSet<QString> pagePaths;
    for (const ManualPage& p : pages)
        pagePaths << p.url.path();

    for (int row = 0; row < pages.size(); ++row) {
        INFO(pages[row].url.toString().toStdString());
        f.contents->setCurrentRow(row);
        CHECK(f.browser->source() == pages[row].url);
        CHECK(f.contents->item(row)->text() == pages[row].title);
        CHECK_FALSE(pages[row].title.isEmpty());
        CHECK(f.browser->toPlainText().trimmed().size() > 200);

        const QStringList images =
            f.fragments([](const QTextCharFormat& c) { return c.isImageFormat(); },
                        [](const QTextCharFormat& c) { return c.toImageFormat().name(); });
        CHECK_FALSE(images.isEmpty()); // every page shows a screenshot
        for (const QString& name : images) {
            INFO(name.toStdString());
            const QVariant image =
                f.browser->document()->resource(QTextDocument::ImageResource, QUrl(name));
            CHECK_FALSE(image.isNull());
            CHECK_FALSE(image.value<QImage>().isNull());
        }

        const QStringList links =
            f.fragments([](const QTextCharFormat& c) { return c.isAnchor(); },
                        [](const QTextCharFormat& c) { return c.anchorHref(); });
        for (const QString& href : links) {
            const QUrl target = f.browser->source().resolved(QUrl(href));
            if (target.scheme() != QLatin1String("qrc"))
                continue; // a web address opens in the desktop's browser
            INFO(href.toStdString());
            CHECK(pagePaths.contains(target.path()));
        }
    }
}

TEST_CASE("manual: links between pages, Back and Forward") {
    ManualFixture f;
    const QUrl index = f.browser->source();
    CHECK(index.path() == QLatin1String("/manual/index.md"));
    CHECK(f.contents->currentRow() == 0);
    auto* back = f.find<QToolButton>("manualBackButton");
    auto* forward = f.find<QToolButton>("manualForwardButton");
    CHECK_FALSE(back->isEnabled());

    // Following the index's link to the coding page, as a click on it does.
    f.browser->setSource(index.resolved(QUrl(QStringLiteral("coding.md"))));
    CHECK(f.browser->toPlainText().startsWith(QLatin1String("Coding")));
    CHECK(f.contents->currentItem()->text() == QLatin1String("Coding"));
    REQUIRE(back->isEnabled());
    back->click();
    CHECK(f.browser->source() == index);
    CHECK(f.contents->currentRow() == 0);
    REQUIRE(forward->isEnabled());
    forward->click();
    CHECK(f.browser->source().path() == QLatin1String("/manual/coding.md"));
    f.find<QToolButton>("manualHomeButton")->click();
    CHECK(f.browser->source() == index);
}

TEST_CASE("manual: every situate-cli command it names is one the CLI lists") {
    const test::ProcessResult help = test::mustRun({QStringLiteral("--help")});
    QSet<QString> commands;
    static const QRegularExpression listed(QStringLiteral("^  ([a-z]+)\\b"),
                                           QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch& m : listed.globalMatch(QString::fromUtf8(help.out)))
        commands << m.captured(1);
    REQUIRE(commands.contains(QStringLiteral("freq")));

    QSet<QString> named;
    static const QRegularExpression mention(QStringLiteral("situate-cli ([a-z][a-z-]*)"));
    for (const ManualPage& page : manualPages())
        for (const QRegularExpressionMatch& m : mention.globalMatch(pageText(page.url))) {
            INFO(page.url.toString().toStdString() + ": situate-cli " +
                 m.captured(1).toStdString());
            CHECK(commands.contains(m.captured(1)));
            named << m.captured(1);
        }
    CHECK(named.size() >= 15); // the manual points to the command line throughout
}
