// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/evaluation/evidencematrix.h"

#include <QAbstractTableModel>

namespace situate {

/// An evidence matrix as a table: one column per case (or attribute value) and a total, each
/// cell with its codings, documents, cases and the analyst's summary; empty cells are gaps.
class EvidenceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        CodingsRole = Qt::UserRole + 1, // qint64
        DocumentsRole,                  // qint64
        CasesRole,                      // qint64
        GapRole,                        // bool: a body cell with no codings
        SummaryRole,                    // QString
        HeatRole,                       // double 0..1 of the largest body cell; body cells only
        TotalRole,                      // bool: the row-total column
    };

    explicit EvidenceModel(QObject* parent = nullptr);

    void setMatrix(EvidenceMatrix matrix);
    void clear();
    const EvidenceMatrix& matrix() const { return m_matrix; }
    /// The cell behind an index (a row total for the last column), or nullptr.
    const EvidenceCell* cellAt(const QModelIndex& index) const;
    bool isTotalColumn(int column) const { return column == int(m_matrix.columns.size()); }
    /// "RQ1 × Maternity", naming a cell for headings.
    QString cellDescription(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    EvidenceMatrix m_matrix;
    qint64 m_max = 0;
};

} // namespace situate
