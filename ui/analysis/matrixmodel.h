// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/cooccurrence.h"
#include "core/analysis/extracts.h"
#include "core/analysis/frequency.h"
#include "core/analysis/numbertable.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

#include <optional>

namespace situate {

/// A frequency or co-occurrence matrix as a table: one row per code (indented by depth in the
/// vertical header), one column per case, question, value or code, then a Total column and a
/// totals row (frequencies only). Cells are heat-coloured in one hue by their share of the
/// largest body cell, and can show row or column percentages of the raw counts.
class MatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// Row %: a cell as a share of the sum of its row's cells; column %: of its column's
    /// cells (code rows only). So a row or column of percentages adds up to 100 even where
    /// one coding is in two columns; the totals row and column are shares of their own sums.
    enum class Percent { None, Row, Column };
    static constexpr int ValueRole = Qt::UserRole + 1; // double: the number shown
    static constexpr int RawRole = Qt::UserRole + 2;   // double: the count before percentages
    static constexpr int HeatRole = Qt::UserRole + 3;  // double in [0, 1], or invalid

    explicit MatrixModel(QObject* parent = nullptr);

    /// `colours` maps code ids to "#rrggbb" for the row swatches.
    void setFrequency(const FrequencyRequest& request, const FrequencyMatrix& m,
                      const QHash<qint64, QString>& colours);
    void setCooccurrence(const CooccurrenceRequest& request, const CooccurrenceMatrix& m,
                         const QHash<qint64, QString>& colours);
    void clear();

    void setCountType(CountType type);
    CountType countType() const { return m_count; }
    void setPercent(Percent percent);
    Percent percent() const { return m_percent; }

    bool isFrequency() const { return m_frequency.has_value(); }
    bool isCooccurrence() const { return m_cooccurrence.has_value(); }
    const std::optional<FrequencyMatrix>& frequency() const { return m_frequency; }
    const std::optional<CooccurrenceMatrix>& cooccurrence() const { return m_cooccurrence; }
    const FrequencyRequest& request() const { return m_request; }
    const CooccurrenceRequest& cooccurrenceRequest() const { return m_cooccurrenceRequest; }

    /// The query whose extracts are the codings counted in a cell (totals included). For
    /// co-occurrence, the codings of both codes: the core has no query for "where they meet".
    ExtractQuery extractQuery(int row, int column) const;
    /// A cell in words, e.g. "Mechanisms/Peer learning · Sepsis".
    QString cellDescription(int row, int column) const;

    int codeRows() const { return int(m_rows.size()); }
    int bodyColumns() const { return int(m_columnKeys.size()); }
    bool isTotalRow(int row) const { return m_frequency && row == codeRows(); }
    bool isTotalColumn(int column) const { return m_frequency && column == bodyColumns(); }
    /// Digits after the point of the numbers shown.
    int decimals() const;
    /// The shown numbers as the exports write them (row totals as "total").
    NumberTable shownTable() const;
    /// The shown table, then (for frequencies) every other count type: one sheet each.
    QVector<NumberTable> exportTables() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The heat-map colour of a share of the maximum (light to saturated blue).
    static QColor heatColour(double fraction);

private:
    double raw(int row, int column) const;
    double shown(int row, int column) const;
    void recompute();

    std::optional<FrequencyMatrix> m_frequency;
    std::optional<CooccurrenceMatrix> m_cooccurrence;
    FrequencyRequest m_request;
    CooccurrenceRequest m_cooccurrenceRequest;
    QVector<MatrixRow> m_rows;
    QStringList m_columnKeys;
    QStringList m_columnTips;
    QHash<qint64, QString> m_colours;
    CountType m_count = CountType::Codings;
    Percent m_percent = Percent::None;
    QVector<double> m_rowSums;    // per row incl. the totals row: sum of its body cells
    QVector<double> m_columnSums; // per column incl. Total: sum over code rows
    double m_max = 0;             // largest shown body cell
};

} // namespace situate
