// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/manualwindow.h"

#include "ui/common/widgets.h"

#include <algorithm>
#include <utility>

#include <QFile>
#include <QHBoxLayout>
#include <QListWidget>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QToolButton>
#include <QVBoxLayout>

namespace situate {

namespace {

const QUrl kIndex(QStringLiteral("qrc:/manual/index.md"));

QString readPage(const QUrl& url) {
    QFile file(QLatin1Char(':') + url.path());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString titleOf(const QString& markdown) {
    static const QRegularExpression heading(QStringLiteral("^# (.+)$"),
                                            QRegularExpression::MultilineOption);
    return heading.match(markdown).captured(1).trimmed();
}

/// Screenshots are 1200 pixels wide: shown at this width they fit beside the contents.
constexpr int kImageWidth = 720;

/// Gives every picture of `doc` the width kImageWidth (the height follows).
void fitImages(QTextDocument* doc) {
    QList<std::pair<int, QTextImageFormat>> images;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (const QTextFragment f = it.fragment(); f.charFormat().isImageFormat())
                images.append({f.position(), f.charFormat().toImageFormat()});
    for (auto& [position, format] : images) {
        format.setWidth(kImageWidth);
        QTextCursor c(doc);
        c.setPosition(position);
        c.setPosition(position + 1, QTextCursor::KeepAnchor);
        c.setCharFormat(format);
    }
}

QToolButton* toolButton(const QString& objectName, const QString& text) {
    auto* button = named<QToolButton>(objectName);
    button->setText(text);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

QList<ManualPage> manualPages() {
    const QString index = readPage(kIndex);
    QList<ManualPage> pages{{kIndex, titleOf(index)}};
    static const QRegularExpression link(QStringLiteral("\\]\\(([a-z0-9-]+\\.md)\\)"));
    for (const QRegularExpressionMatch& m : link.globalMatch(index)) {
        const QUrl url = kIndex.resolved(QUrl(m.captured(1)));
        if (std::none_of(pages.cbegin(), pages.cend(),
                         [&](const ManualPage& p) { return p.url == url; }))
            pages.append({url, titleOf(readPage(url))});
    }
    return pages;
}

ManualWindow::ManualWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_pages(manualPages()) {
    setObjectName(QStringLiteral("manualWindow"));
    setWindowTitle(tr("Situate User Manual"));
    m_contents = named<QListWidget>(QStringLiteral("manualContents"));
    for (const ManualPage& page : m_pages)
        m_contents->addItem(page.title);
    m_browser = named<QTextBrowser>(QStringLiteral("manualView"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({QStringLiteral(":/manual")});

    QToolButton* back = toolButton(QStringLiteral("manualBackButton"), tr("Back"));
    QToolButton* forward = toolButton(QStringLiteral("manualForwardButton"), tr("Forward"));
    QToolButton* home = toolButton(QStringLiteral("manualHomeButton"), tr("Contents"));
    back->setEnabled(false);
    forward->setEnabled(false);
    connect(back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(home, &QToolButton::clicked, this, [this] { showPage(); });
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl& url) {
        fitImages(m_browser->document());
        selectInContents(url);
    });
    connect(m_contents, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pages.size() && m_browser->source() != m_pages[row].url)
            showPage(m_pages[row].url);
    });

    auto* bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addWidget(forward);
    bar->addWidget(home);
    bar->addStretch(1);
    auto* splitter = new QSplitter;
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 740});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    resize(1000, 720);
    showPage();
}

void ManualWindow::showPage(const QUrl& page) {
    m_browser->setSource(page.isEmpty() ? kIndex : page, QTextDocument::MarkdownResource);
}

void ManualWindow::selectInContents(const QUrl& url) {
    for (int i = 0; i < m_pages.size(); ++i)
        if (m_pages[i].url.path() == url.path()) {
            const QSignalBlocker quiet(m_contents);
            m_contents->setCurrentRow(i);
        }
}

} // namespace situate
