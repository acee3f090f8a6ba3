// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/questions/questionspanel.h"

#include "core/codetree.h"
#include "core/project.h"
#include "ui/common/widgets.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace situate {

namespace {
constexpr int QuestionRole = Qt::UserRole + 1;
constexpr int CodeRole = Qt::UserRole + 2;
} // namespace

QuestionsPanel::QuestionsPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("questionsPanel"));
    m_tree = named<QTreeWidget>(QStringLiteral("questionsTree"));
    m_tree->setAccessibleName(tr("Research questions"));
    setNameColumns(m_tree, {tr("Question"), tr("Codes")});
    m_tree->setWordWrap(true);
    auto* add = new QPushButton(tr("Add question"));
    auto* edit = new QPushButton(tr("Edit"));
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(edit);
    row->addWidget(add);
    auto* layout = flushLayout(this);
    layout->addWidget(m_tree);
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, &QuestionsPanel::addRequested);
    connect(edit, &QPushButton::clicked, this, [this] {
        if (auto* item = m_tree->currentItem(); item && item->data(0, QuestionRole).isValid())
            emit editRequested(item->data(0, QuestionRole).toLongLong());
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item->data(0, CodeRole).isValid())
            emit codeActivated(item->data(0, CodeRole).toLongLong());
        else if (item->data(0, QuestionRole).isValid())
            emit editRequested(item->data(0, QuestionRole).toLongLong());
    });
}

void QuestionsPanel::setData(const QVector<ResearchQuestion>& questions,
                             const QHash<qint64, QVector<qint64>>& links, const CodeTree& tree) {
    m_tree->clear();
    for (const ResearchQuestion& q : questions) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0,
                      QStringLiteral("%1  %2").arg(q.code, q.title.isEmpty() ? q.text : q.title));
        item->setToolTip(0, q.text);
        item->setData(0, QuestionRole, q.id);
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        int n = 0;
        for (const Code& c : tree.codes()) {
            if (!links.value(c.id).contains(q.id))
                continue;
            auto* child = new QTreeWidgetItem(item, {tree.path(c.id)});
            child->setData(0, CodeRole, c.id);
            ++n;
        }
        item->setText(1, QLocale().toString(n));
    }
}

} // namespace situate
