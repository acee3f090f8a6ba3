// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documents/documentspanel.h"

#include "core/project.h"
#include "ui/common/widgets.h"

#include <QAction>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace situate {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
// Set on case rows, whose count is the sum of their documents'.
constexpr int CaseRole = Qt::UserRole + 2;
} // namespace

DocumentsPanel::DocumentsPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("documentsPanel"));
    m_filter = filterField(QStringLiteral("documentsFilter"), tr("Filter documents"));
    m_tree = named<QTreeWidget>(QStringLiteral("documentsTree"));
    m_tree->setAccessibleName(tr("Documents by case"));
    setNameColumns(m_tree, {tr("Document"), tr("Codings")});
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    // An action of its own, so that it has a name tests trigger it by; it acts on the current
    // row, which a right click makes current.
    m_history = named<QAction>(QStringLiteral("documentHistoryAction"), tr("History…"), this);
    m_history->setToolTip(tr("When the document's text was edited, by whom, and how much"));
    connect(m_history, &QAction::triggered, this, [this] {
        const QTreeWidgetItem* item = m_tree->currentItem();
        if (const qint64 id = item ? item->data(0, IdRole).toLongLong() : 0)
            emit historyRequested(id);
    });
    auto* layout = flushLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    connect(m_filter, &QLineEdit::textChanged, this, &DocumentsPanel::applyFilter);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (const qint64 id = item->data(0, IdRole).toLongLong())
            emit documentActivated(id);
    });
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        if (const qint64 id = item->data(0, IdRole).toLongLong())
            emit documentActivated(id);
    });
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QTreeWidgetItem* item = m_tree->itemAt(pos);
        const qint64 id = item ? item->data(0, IdRole).toLongLong() : 0;
        if (id == 0)
            return;
        m_tree->setCurrentItem(item);
        QMenu menu(this);
        menu.addAction(tr("Open"), this, [this, id] { emit documentActivated(id); });
        menu.addAction(tr("Document memo…"), this, [this, id] { emit memoRequested(id); });
        menu.addAction(m_history);
        menu.addSeparator();
        menu.addAction(tr("Remove from project…"), this, [this, id] { emit removeRequested(id); });
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });
}

Status DocumentsPanel::setDocuments(const Storage& storage, const QHash<qint64, qint64>& counts) {
    // Everything is read before the list changes, so a failed read leaves it as it was.
    const Result<QVector<Attribute>> attributes = storage.attributes();
    if (!attributes)
        return Status::from(attributes);
    // Document attributes for tooltips: "name: value" lines.
    QHash<qint64, QStringList> attrLines;
    for (const Attribute& a : *attributes) {
        if (a.scope != AttributeScope::Document)
            continue;
        const Result<QHash<qint64, QString>> values = storage.attributeValues(a.id);
        if (!values)
            return Status::from(values);
        for (auto it = values->cbegin(); it != values->cend(); ++it)
            attrLines[it.key()] << QStringLiteral("%1: %2").arg(a.name.toHtmlEscaped(),
                                                                it.value().toHtmlEscaped());
    }
    const Result<QVector<Case>> cases = storage.cases();
    if (!cases)
        return Status::from(cases);
    const Result<QVector<DocumentInfo>> documents = storage.documents();
    if (!documents)
        return Status::from(documents);

    const QTreeWidgetItem* cur = m_tree->currentItem();
    const qint64 current = cur ? cur->data(0, IdRole).toLongLong() : 0;
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    QHash<qint64, QTreeWidgetItem*> caseItems;
    for (const Case& c : *cases) {
        auto* item = new QTreeWidgetItem(m_tree, {c.name});
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        item->setFlags(Qt::ItemIsEnabled);
        item->setExpanded(true);
        item->setData(0, CaseRole, c.id);
        caseItems.insert(c.id, item);
    }
    QTreeWidgetItem* noCase = nullptr;
    for (const DocumentInfo& d : *documents) {
        QVector<QTreeWidgetItem*> parents;
        for (qint64 c : d.caseIds) {
            if (caseItems.contains(c))
                parents << caseItems.value(c);
        }
        if (parents.isEmpty()) {
            if (!noCase) {
                noCase = new QTreeWidgetItem(m_tree, {tr("Not in a case")});
                noCase->setFlags(Qt::ItemIsEnabled);
                noCase->setExpanded(true);
            }
            parents << noCase;
        }
        for (QTreeWidgetItem* parent : parents) {
            const qint64 n = counts.value(d.id);
            auto* item =
                new QTreeWidgetItem(parent, {d.name, n ? QLocale().toString(n) : QString()});
            item->setData(0, IdRole, d.id);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            QString tip =
                tr("<b>%1</b><br/>%2, %3 characters")
                    .arg(d.originalName.toHtmlEscaped(), d.format, QLocale().toString(d.length));
            if (!attrLines.value(d.id).isEmpty())
                tip +=
                    QStringLiteral("<br/>") + attrLines.value(d.id).join(QStringLiteral("<br/>"));
            item->setToolTip(0, tip);
        }
    }
    // A case row shows its documents' codings together.
    for (auto* item : caseItems) {
        qint64 sum = 0;
        for (int i = 0; i < item->childCount(); ++i)
            sum += counts.value(item->child(i)->data(0, IdRole).toLongLong());
        item->setText(1, sum ? QLocale().toString(sum) : QString());
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, tr("%n document(s)", nullptr, item->childCount()));
    }
    applyFilter(m_filter->text());
    setCurrentDocument(current);
    return {};
}

void DocumentsPanel::setCounts(const QHash<qint64, qint64>& counts) {
    auto show = [](QTreeWidgetItem* item, qint64 n) {
        const QString text = n ? QLocale().toString(n) : QString();
        if (item->text(1) != text)
            item->setText(1, text);
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = m_tree->topLevelItem(i);
        qint64 sum = 0;
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem* item = group->child(j);
            const qint64 n = counts.value(item->data(0, IdRole).toLongLong());
            show(item, n);
            sum += n;
        }
        // Case rows show their documents' codings together; "Not in a case" shows none.
        if (group->data(0, CaseRole).isValid())
            show(group, sum);
    }
}

void DocumentsPanel::setCurrentDocument(qint64 documentId) {
    const QSignalBlocker block(m_tree);
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, IdRole).toLongLong() == documentId && documentId != 0) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

void DocumentsPanel::applyFilter(const QString& text) {
    const QString needle = text.trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = m_tree->topLevelItem(i);
        const bool groupMatch =
            needle.isEmpty() || group->text(0).contains(needle, Qt::CaseInsensitive);
        bool any = false;
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem* item = group->child(j);
            const bool match = groupMatch || item->text(0).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            any = any || match;
        }
        group->setHidden(!any && !groupMatch);
    }
}

} // namespace situate
