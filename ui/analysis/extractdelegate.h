// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace situate {

/// Paints a cell's rich text (the model's HtmlRole) wrapped to the cell, cut at its bottom,
/// so an extract shows with its context and the coded part emphasised; other cells wrap too.
class ExtractDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ExtractDelegate(int htmlRole, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    int m_htmlRole;
};

} // namespace situate
