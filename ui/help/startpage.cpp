// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/startpage.h"

#include "ui/common/widgets.h"
#include "ui/mainwindow/filecontroller.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace situate {

StartPage::StartPage(MainWindow& window)
    : m_window(window) {
    setObjectName(QStringLiteral("startPage"));
    auto* title = new QLabel(tr("<h1>Situate</h1><p>Qualitative coding of interview "
                                "transcripts for evaluation teams.</p>"));
    auto* start = new QLabel(tr("<h3>Start</h3>"));
    QPushButton* create =
        namedButton(QStringLiteral("startNewButton"), tr("New Project…"),
                    tr("Create an empty project file, then import transcripts into it"));
    QPushButton* open = namedButton(QStringLiteral("startOpenButton"), tr("Open Project…"),
                                    tr("Open a project file (*.situate)"));
    QPushButton* demo =
        namedButton(QStringLiteral("startDemoButton"), tr("Open the Demo Project"),
                    tr("A small evaluation of seven Communities of Practice, to try things on"));
    QPushButton* manual = namedButton(QStringLiteral("startManualButton"), tr("User Manual"),
                                      tr("How to run an evaluation with Situate, step by step"));
    connect(create, &QPushButton::clicked, this,
            [this] { trigger(QStringLiteral("newProjectAction")); });
    connect(open, &QPushButton::clicked, this,
            [this] { trigger(QStringLiteral("openProjectAction")); });
    connect(demo, &QPushButton::clicked, this,
            [this] { trigger(QStringLiteral("openDemoAction")); });
    connect(manual, &QPushButton::clicked, this,
            [this] { trigger(QStringLiteral("manualAction")); });

    m_recent = named<QListWidget>(QStringLiteral("startRecentProjects"));
    m_recent->setMaximumWidth(560);
    m_recent->setMaximumHeight(200);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QList<QAction*> recent = m_window.files()->recentProjectActions();
        if (const int row = m_recent->row(item); row >= 0 && row < recent.size())
            recent[row]->trigger();
    });
    // A click opens too, unless the style already makes a single click an activation.
    connect(m_recent, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        if (!style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_recent))
            emit m_recent->itemActivated(item);
    });

    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : {create, open, demo, manual}) {
        b->setMinimumWidth(240);
        buttons->addWidget(b, 0, Qt::AlignLeft);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->addWidget(title);
    layout->addWidget(start);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("<h3>Recent projects</h3>")));
    layout->addWidget(m_recent);
    layout->addStretch(1);

    m_stack = named<QStackedWidget>(QStringLiteral("centralStack"));
    m_stack->addWidget(this);
    m_stack->addWidget(window.takeCentralWidget());
    window.setCentralWidget(m_stack);
    connect(&window, &MainWindow::projectSwitched, this, &StartPage::follow);
    follow();
}

void StartPage::follow() {
    const bool empty = !m_window.project();
    if (empty)
        fillRecent();
    m_stack->setCurrentIndex(empty ? 0 : 1);
}

void StartPage::fillRecent() {
    m_recent->clear();
    for (const QAction* action : m_window.files()->recentProjectActions()) {
        // The folder as people say it: ~/Documents/... for one in the home folder.
        QString folder = QDir::toNativeSeparators(QFileInfo(action->toolTip()).absolutePath());
        const QString home = QDir::toNativeSeparators(QDir::homePath());
        if (folder == home || folder.startsWith(home + QDir::separator()))
            folder = QLatin1Char('~') + folder.mid(home.size());
        auto* item =
            new QListWidgetItem(QStringLiteral("%1 — %2").arg(action->text(), folder), m_recent);
        item->setToolTip(action->toolTip());
    }
    if (m_recent->count() == 0) {
        auto* none = new QListWidgetItem(tr("No project opened yet"), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
}

void StartPage::trigger(const QString& actionName) {
    if (auto* action = m_window.findChild<QAction*>(actionName))
        action->trigger();
}

} // namespace situate
