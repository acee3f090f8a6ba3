// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/evidencemodel.h"
#include "ui/evaluation/counted.h"

#include <QLocale>

#include <algorithm>

namespace situate {

EvidenceModel::EvidenceModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void EvidenceModel::setMatrix(EvidenceMatrix matrix) {
    beginResetModel();
    m_matrix = std::move(matrix);
    m_max = 0;
    for (const EvidenceCell& c : m_matrix.cells)
        m_max = std::max(m_max, c.codings);
    endResetModel();
}

void EvidenceModel::clear() {
    setMatrix({});
}

int EvidenceModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_matrix.rows.size());
}

int EvidenceModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid() || m_matrix.rows.isEmpty())
        return 0;
    return int(m_matrix.columns.size()) + 1;
}

const EvidenceCell* EvidenceModel::cellAt(const QModelIndex& index) const {
    if (!index.isValid() || index.row() >= m_matrix.rows.size())
        return nullptr;
    if (isTotalColumn(index.column()))
        return &m_matrix.rowTotals[index.row()];
    if (index.column() > m_matrix.columns.size())
        return nullptr;
    return &m_matrix.cell(index.row(), index.column());
}

QString EvidenceModel::cellDescription(const QModelIndex& index) const {
    if (!cellAt(index))
        return {};
    const QString row = m_matrix.rows[index.row()].label;
    if (isTotalColumn(index.column()))
        return tr("%1, all columns").arg(row);
    return QStringLiteral("%1 × %2").arg(row, m_matrix.columns[index.column()].label);
}

QVariant EvidenceModel::data(const QModelIndex& index, int role) const {
    const EvidenceCell* cell = cellAt(index);
    if (!cell)
        return {};
    const bool total = isTotalColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(cell->codings);
    case CodingsRole:
        return cell->codings;
    case DocumentsRole:
        return cell->documents;
    case CasesRole:
        return cell->cases;
    case GapRole:
        return !total && cell->isGap();
    case SummaryRole:
        return cell->summary;
    case TotalRole:
        return total;
    case HeatRole:
        if (total || m_max == 0)
            return {};
        return double(cell->codings) / double(m_max);
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b><br>").arg(cellDescription(index).toHtmlEscaped());
        if (!total && cell->isGap())
            tip += tr("No coded evidence yet.");
        else
            tip += counted(cell->codings, tr("coding"), tr("codings")) + QStringLiteral(" · ") +
                   counted(cell->documents, tr("document"), tr("documents")) +
                   QStringLiteral(" · ") + counted(cell->cases, tr("case"), tr("cases"));
        if (!cell->summary.isEmpty())
            tip += QStringLiteral("<hr><i>%1</i>").arg(cell->summary.toHtmlEscaped());
        return QStringLiteral("<qt>%1</qt>").arg(tip);
    }
    default:
        return {};
    }
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal) {
        if (section == m_matrix.columns.size())
            return role == Qt::DisplayRole ? QVariant(tr("Total")) : QVariant();
        if (section < 0 || section > m_matrix.columns.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_matrix.columns[section].label;
        return {};
    }
    if (section < 0 || section >= m_matrix.rows.size())
        return {};
    const EvidenceRow& row = m_matrix.rows[section];
    if (role == Qt::DisplayRole) {
        switch (row.ref.kind) {
        case EvidenceRowKind::ResearchQuestion:
            return row.title.isEmpty() ? row.label
                                       : QStringLiteral("%1  %2").arg(row.label, row.title);
        case EvidenceRowKind::Code:
            // Sub-codes are indented under their parent instead of repeating its path.
            return QString(row.depth * 3, QLatin1Char(' ')) +
                   row.label.section(QLatin1Char('/'), -1);
        case EvidenceRowKind::TocElement:
        case EvidenceRowKind::Query:
            return row.label;
        }
    }
    if (role == Qt::ToolTipRole) {
        QString tip = QStringLiteral("<b>%1</b>").arg(row.label.toHtmlEscaped());
        const QString more = row.text.isEmpty() ? row.title : row.text;
        if (!more.isEmpty())
            tip += QStringLiteral("<br>%1").arg(more.toHtmlEscaped());
        return QStringLiteral("<qt>%1</qt>").arg(tip);
    }
    return {};
}

} // namespace situate
