// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/extractdelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>

namespace situate {

ExtractDelegate::ExtractDelegate(int htmlRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_htmlRole(htmlRole) {}

void ExtractDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.state &= ~QStyle::State_HasFocus; // whole rows are selected; no focus frame on one cell
    const QVariant html = index.data(m_htmlRole);
    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setDefaultFont(opt.font);
    if (html.isValid())
        doc.setHtml(html.toString());
    else
        doc.setPlainText(opt.text);

    // The item background and selection come from the style; icon and text are ours, so
    // both sit on the first line of a tall row.
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QIcon icon = opt.icon;
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int line = QFontMetrics(opt.font).lineSpacing();
    QRect text = opt.rect.adjusted(5, 4, -4, -3);
    if (!icon.isNull()) {
        const int size = std::min(opt.decorationSize.height(), line);
        icon.paint(painter, QRect(text.left(), text.top() + (line - size) / 2, size, size));
        text.setLeft(text.left() + size + 6);
    }
    doc.setTextWidth(text.width());
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = opt.state & QStyle::State_Selected;
    context.palette = opt.palette;
    context.palette.setColor(
        QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(text.topLeft());
    // Whole lines only: a half-cut last line reads as a rendering fault.
    const QRect clip(0, 0, text.width(), std::max(line, text.height() / line * line));
    painter->setClipRect(clip);
    context.clip = clip;
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace situate
