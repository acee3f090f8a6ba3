// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/codecombobox.h"

#include <QPainter>
#include <QPixmap>

#include <functional>

namespace situate {

CodeComboBox::CodeComboBox(QWidget* parent)
    : QComboBox(parent) {
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    setMaxVisibleItems(24);
}

void CodeComboBox::setTree(const CodeTree& tree) {
    const qint64 keep = currentCodeId();
    QSignalBlocker block(this);
    clear();
    for (const auto& [id, depth] : treeOrder(tree)) {
        const Code* code = tree.find(id);
        // Em spaces keep the indentation visible in the closed box too, where no tree is drawn.
        addItem(swatch(code->colour), QString(depth * 2, QChar(0x2003)) + code->name, id);
        setItemData(count() - 1, tree.path(id), Qt::ToolTipRole);
    }
    if (!setCurrentCodeId(keep) && count() > 0)
        setCurrentIndex(0);
    block.unblock();
    if (currentCodeId() != keep)
        emit currentIndexChanged(currentIndex());
}

qint64 CodeComboBox::currentCodeId() const {
    return currentData().toLongLong();
}

bool CodeComboBox::setCurrentCodeId(qint64 id) {
    const int i = findData(id);
    if (i < 0 || id == 0)
        return false;
    setCurrentIndex(i);
    return true;
}

QIcon CodeComboBox::swatch(const QString& colour) {
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c(colour);
    p.setBrush(c.isValid() ? c : QColor(0xb0, 0xb4, 0xba));
    p.setPen(QPen(QColor(0, 0, 0, 60), 1));
    p.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 2.5, 2.5);
    return QIcon(pixmap);
}

QVector<QPair<qint64, int>> CodeComboBox::treeOrder(const CodeTree& tree) {
    QVector<QPair<qint64, int>> out;
    std::function<void(qint64, int)> walk = [&](qint64 parent, int depth) {
        for (qint64 id : tree.children(parent)) {
            out.append({id, depth});
            walk(id, depth + 1);
        }
    };
    walk(0, 0);
    return out;
}

} // namespace situate
