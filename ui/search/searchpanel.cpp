// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/search/searchpanel.h"

#include "ui/common/projectview.h"
#include "ui/common/widgets.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace situate {

namespace {
constexpr int HitRole = Qt::UserRole + 1;
}

SearchPanel::SearchPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("searchPanel"));
    m_query = filterField(QStringLiteral("searchQuery"),
                          tr("Search all documents: words, \"a phrase\", prefix*"));
    m_go = new QPushButton(tr("Search"));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setVisible(false);
    m_busy = busyBar(QString(), 6);
    m_status = new QLabel;
    m_results = named<QTreeWidget>(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setHeaderLabels({tr("Document"), tr("In context")});
    m_results->setRootIsDecorated(false);
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_scope = new QComboBox;
    m_scope->addItem(tr("the hit"), static_cast<int>(Scope::Hit));
    m_scope->addItem(tr("its sentence"), static_cast<int>(Scope::Sentence));
    m_scope->addItem(tr("its paragraph"), static_cast<int>(Scope::Paragraph));
    m_scope->addItem(tr("its speaker turn"), static_cast<int>(Scope::Turn));
    m_autoCode = namedButton(QStringLiteral("searchAutoCode"), tr("Code selected hits"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_query, 1);
    top->addWidget(m_go);
    top->addWidget(m_cancel);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_autoCode);
    bottom->addWidget(m_scope);
    auto* layout = flushLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_busy);
    layout->addWidget(m_results);
    layout->addLayout(bottom);

    connect(m_query, &QLineEdit::returnPressed, this, &SearchPanel::start);
    connect(m_go, &QPushButton::clicked, this, &SearchPanel::start);
    connect(m_cancel, &QPushButton::clicked, this, &SearchPanel::cancel);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SearchPanel::showResults);
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const SearchHit& h = m_hits.at(item->data(0, HitRole).toInt());
        emit hitActivated(h.documentId, h.start, h.end);
    });
    connect(m_autoCode, &QPushButton::clicked, this, [this] {
        QVector<SearchHit> chosen;
        for (QTreeWidgetItem* item : m_results->selectedItems())
            chosen << m_hits.at(item->data(0, HitRole).toInt());
        if (!chosen.isEmpty())
            emit autoCodeRequested(chosen, static_cast<Scope>(m_scope->currentData().toInt()));
    });
}

SearchPanel::~SearchPanel() {
    cancel();
    m_watcher.waitForFinished();
}

void SearchPanel::setProjectPath(const QString& path, const ConnectionSecret& secret) {
    cancel();
    m_path = path;
    m_secret = secret;
    m_results->clear();
    m_hits.clear();
    m_status->clear();
}

void SearchPanel::focusQuery() {
    m_query->setFocus();
    m_query->selectAll();
}

void SearchPanel::search(const QString& text) {
    m_query->setText(text);
    start();
}

bool SearchPanel::isRunning() const {
    return m_watcher.isRunning();
}

void SearchPanel::start() {
    if (m_path.isEmpty() || m_watcher.isRunning())
        return;
    const SearchQuery query = SearchQuery::parse(m_query->text());
    if (query.isEmpty())
        return;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    auto flag = m_cancelFlag;
    const QString path = m_path;
    const ConnectionSecret secret = m_secret;
    m_busy->setVisible(true);
    m_cancel->setVisible(true);
    m_go->setEnabled(false);
    m_status->setText(tr("Searching…"));
    m_watcher.setFuture(QtConcurrent::run([path, query, flag, secret] {
        return searchProject(path, query, 5000, flag.get(), secret);
    }));
}

void SearchPanel::cancel() {
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void SearchPanel::showResults() {
    m_busy->setVisible(false);
    m_cancel->setVisible(false);
    m_go->setEnabled(true);
    const Result<QVector<SearchHit>> result = m_watcher.result();
    m_results->clear();
    m_hits.clear();
    if (!result) {
        m_status->setText(result.error());
        emit finished();
        return;
    }
    m_hits = *result;
    const bool cancelled = m_cancelFlag && m_cancelFlag->load();
    QSet<qint64> docs;
    for (int i = 0; i < m_hits.size(); ++i) {
        const SearchHit& h = m_hits[i];
        docs.insert(h.documentId);
        auto* item = new QTreeWidgetItem(m_results);
        item->setText(0, h.documentName);
        item->setText(1, QStringLiteral("…%1[%2]%3…").arg(h.before, h.match, h.after));
        item->setToolTip(1, QStringLiteral("%1<b>%2</b>%3")
                                .arg(h.before.toHtmlEscaped(), h.match.toHtmlEscaped(),
                                     h.after.toHtmlEscaped()));
        item->setData(0, HitRole, i);
    }
    m_status->setText(tr("%1 hit(s) in %2 document(s)%3")
                          .arg(m_hits.size())
                          .arg(docs.size())
                          .arg(cancelled ? tr(" (cancelled)") : QString()));
    emit finished();
}

} // namespace situate
