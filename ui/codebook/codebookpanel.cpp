// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/codebook/codebookpanel.h"

#include "ui/codebook/codedetails.h"
#include "ui/common/widgets.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace situate {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
const QString codeMime = QStringLiteral("application/x-situate-code");
const QString selectionMime = QStringLiteral("application/x-situate-selection");

QIcon swatch(const QString& colour) {
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(colour.isEmpty() ? QColor(0x8a, 0x8f, 0x98) : QColor(colour));
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    return QIcon(pm);
}

/// The tree widget that carries code ids in drags and accepts selections and codes.
class CodeTreeWidget : public QTreeWidget {
public:
    using QTreeWidget::QTreeWidget;

protected:
    QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override {
        auto* data = new QMimeData;
        if (!items.isEmpty())
            data->setData(codeMime,
                          QByteArray::number(items.first()->data(0, IdRole).toLongLong()));
        return data;
    }
    QStringList mimeTypes() const override { return {codeMime, selectionMime}; }
};

} // namespace

CodebookPanel::CodebookPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("codebookPanel"));
    m_filter = filterField(QStringLiteral("codebookFilter"), tr("Filter codes"));
    m_tree = named<CodeTreeWidget>(QStringLiteral("codebookTree"));
    m_tree->setAccessibleName(tr("Codebook"));
    m_tree->setAccessibleDescription(tr("The code tree with each code's count of codings"));
    m_tree->setColumnCount(3);
    setNameColumns(m_tree, {tr("Code"), tr("Codings"), tr("Key")});
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->viewport()->installEventFilter(this);
    m_tree->setUniformRowHeights(true);
    m_details = new CodeDetails;

    auto* top = new QWidget;
    auto* topLayout = flushLayout(top);
    topLayout->addWidget(m_filter);
    topLayout->addWidget(m_tree);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = flushLayout(this);
    layout->addWidget(split);

    connect(m_filter, &QLineEdit::textChanged, this, &CodebookPanel::applyFilter);
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        emit codeClicked(item->data(0, IdRole).toLongLong());
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        emit currentCodeChanged(item ? item->data(0, IdRole).toLongLong() : 0);
    });
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this,
            &CodebookPanel::showContextMenu);
}

void CodebookPanel::setCounts(const QHash<qint64, qint64>& counts) {
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const qint64 n = counts.value((*it)->data(0, IdRole).toLongLong());
        const QString text = n ? QLocale().toString(n) : QString();
        if ((*it)->text(1) != text)
            (*it)->setText(1, text);
    }
}

void CodebookPanel::setCodebook(const CodeTree& tree, const QHash<qint64, qint64>& counts,
                                const QHash<int, qint64>& quickKeys,
                                const QVector<ResearchQuestion>& questions,
                                const QHash<qint64, QVector<qint64>>& links) {
    const qint64 current = currentCode();
    QSet<qint64> collapsed;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->childCount() > 0 && !(*it)->isExpanded())
            collapsed.insert((*it)->data(0, IdRole).toLongLong());
    }
    const bool firstFill = m_tree->topLevelItemCount() == 0;
    m_codes = tree;
    QHash<qint64, int> keyOf;
    for (auto it = quickKeys.cbegin(); it != quickKeys.cend(); ++it)
        keyOf.insert(it.value(), it.key());

    const QSignalBlocker block(m_tree);
    m_tree->clear();
    std::function<void(QTreeWidgetItem*, qint64)> add = [&](QTreeWidgetItem* parent, qint64 id) {
        const Code* c = tree.find(id);
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, c->name);
        item->setIcon(0, swatch(c->colour));
        item->setData(0, IdRole, id);
        qint64 total = counts.value(id);
        item->setText(1, total ? QLocale().toString(total) : QString());
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (keyOf.contains(id))
            item->setText(2, QString::number(keyOf.value(id)));
        QString tip = QStringLiteral("<b>%1</b>").arg(tree.path(id).toHtmlEscaped());
        if (!c->definition.isEmpty())
            tip += QStringLiteral("<br/>%1").arg(c->definition.toHtmlEscaped());
        item->setToolTip(0, tip);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
                       Qt::ItemIsDropEnabled);
        for (qint64 child : tree.children(id))
            add(item, child);
        item->setExpanded(firstFill || !collapsed.contains(id));
    };
    for (qint64 top : tree.children(0))
        add(nullptr, top);
    applyFilter(m_filter->text());
    setCurrentCode(current);

    const Code* c = tree.find(current);
    m_details->showCode(c, c ? tree.path(current) : QString(), questions, links.value(current));
    // Keep the details in step with selection changes from here on.
    disconnect(this, &CodebookPanel::currentCodeChanged, m_details, nullptr);
    connect(this, &CodebookPanel::currentCodeChanged, m_details,
            [this, questions, links](qint64 id) {
                const Code* code = m_codes.find(id);
                m_details->showCode(code, code ? m_codes.path(id) : QString(), questions,
                                    links.value(id));
            });
}

qint64 CodebookPanel::currentCode() const {
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

void CodebookPanel::setCurrentCode(qint64 codeId) {
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, IdRole).toLongLong() == codeId) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

void CodebookPanel::applyFilter(const QString& text) {
    const QString needle = text.trimmed();
    std::function<bool(QTreeWidgetItem*)> visit = [&](QTreeWidgetItem* item) {
        bool anyChild = false;
        for (int i = 0; i < item->childCount(); ++i)
            anyChild = visit(item->child(i)) || anyChild;
        const bool self = needle.isEmpty() || item->text(0).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!(self || anyChild));
        if (!needle.isEmpty() && anyChild)
            item->setExpanded(true);
        return self || anyChild;
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        visit(m_tree->topLevelItem(i));
}

bool CodebookPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_tree->viewport())
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto* e = static_cast<QDropEvent*>(event);
        if (e->mimeData()->hasFormat(codeMime) || e->mimeData()->hasFormat(selectionMime)) {
            e->acceptProposedAction();
            return event->type() == QEvent::DragEnter ? true : false;
        }
    }
    if (event->type() == QEvent::Drop) {
        auto* e = static_cast<QDropEvent*>(event);
        QTreeWidgetItem* target = m_tree->itemAt(e->position().toPoint());
        const qint64 targetId = target ? target->data(0, IdRole).toLongLong() : 0;
        if (e->mimeData()->hasFormat(selectionMime)) {
            const QList<QByteArray> parts = e->mimeData()->data(selectionMime).split(':');
            if (parts.size() == 3 && targetId != 0)
                emit selectionDropped(targetId, parts[0].toLongLong(), parts[1].toLongLong(),
                                      parts[2].toLongLong());
        } else if (e->mimeData()->hasFormat(codeMime)) {
            const qint64 moved = e->mimeData()->data(codeMime).toLongLong();
            // Dropping moves the code under the target; with Ctrl it merges into it.
            if (moved != targetId && (e->modifiers() & Qt::ControlModifier) && targetId != 0)
                emit mergeIntoRequested(moved, targetId);
            else if (moved != targetId)
                emit moveRequested(moved, targetId);
        }
        e->acceptProposedAction();
        return true; // the tree must not rearrange items itself: the project decides
    }
    return QWidget::eventFilter(watched, event);
}

void CodebookPanel::showContextMenu(const QPoint& pos) {
    QTreeWidgetItem* item = m_tree->itemAt(pos);
    const qint64 id = item ? item->data(0, IdRole).toLongLong() : 0;
    QMenu menu(this);
    menu.addAction(tr("New code"), this, [this] { emit newCodeRequested(0); });
    if (id != 0) {
        menu.addAction(tr("New sub-code"), this, [this, id] { emit newCodeRequested(id); });
        menu.addAction(tr("Show coded extracts"), this, [this, id] { emit extractsRequested(id); });
        menu.addSeparator();
        menu.addAction(tr("Move to top level"), this, [this, id] { emit moveRequested(id, 0); });
        menu.addAction(tr("Merge into…"), this, [this, id] { emit mergeRequested(id); });
        QMenu* keys = menu.addMenu(tr("Quick key"));
        for (int k = 1; k <= 9; ++k)
            keys->addAction(QString::number(k), this,
                            [this, id, k] { emit quickKeyRequested(id, k); });
        keys->addAction(tr("None"), this, [this, id] { emit quickKeyRequested(id, 0); });
        menu.addSeparator();
        menu.addAction(tr("Delete…"), this, [this, id] { emit deleteRequested(id); });
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace situate
