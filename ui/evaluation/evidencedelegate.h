// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace situate {

/// Draws an evidence matrix cell: its coding count and sources, the start of the analyst's
/// summary, a heat tint, and hatching with "no evidence" for a gap.
class EvidenceDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    /// Whether columns are cases (one case each, so the case count is not worth showing).
    void setCaseColumns(bool cases) { m_caseColumns = cases; }
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    bool m_caseColumns = true;
};

} // namespace situate
