// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QUrl>
#include <QWidget>

class QListWidget;
class QTextBrowser;
class QToolButton;

namespace situate {

/// One page of the user manual: its file in the resources and its title (its first heading).
struct ManualPage {
    QUrl url;
    QString title;
};

/// The user manual's pages in the order of its contents: the index page first, then every
/// page the index links to, in the order of the links.
QList<ManualPage> manualPages();

/// Help > User Manual: the manual's Markdown pages, compiled into the application as a Qt
/// resource (resources/manual/), shown in a window of their own. A contents list
/// (`manualContents`) on the left, the page (`manualView`, a QTextBrowser rendering
/// Markdown) on the right; links between pages and images work through their qrc: paths;
/// Back, Forward and Contents buttons as in a web browser. Links to the web open in the
/// desktop's browser.
class ManualWindow : public QWidget {
    Q_OBJECT
public:
    explicit ManualWindow(QWidget* parent = nullptr);

    /// Shows `page` (a manual page's URL; the index page when empty).
    void showPage(const QUrl& page = {});
    QTextBrowser* browser() const { return m_browser; }

private:
    void selectInContents(const QUrl& url);

    QListWidget* m_contents;
    QTextBrowser* m_browser;
    QList<ManualPage> m_pages;
};

} // namespace situate
