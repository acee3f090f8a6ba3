// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/matrixmodel.h"

#include "core/colours.h"
#include "ui/analysis/codecombobox.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <array>
#include <cmath>

namespace situate {

namespace {

const QColor zeroText(0xb4, 0xb9, 0xc1);

// The FontRole of totals and top-level codes: bold where `bold`, else the view's font.
QVariant boldFont(bool bold) {
    if (!bold)
        return {};
    QFont f;
    f.setBold(true);
    return f;
}

} // namespace

MatrixModel::MatrixModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void MatrixModel::setFrequency(const FrequencyRequest& request, const FrequencyMatrix& m,
                               const QHash<qint64, QString>& colours) {
    beginResetModel();
    m_request = request;
    m_cooccurrence.reset();
    m_frequency = m;
    m_rows = m.rows;
    m_colours = colours;
    m_columnKeys.clear();
    m_columnTips.clear();
    for (const MatrixColumn& c : m.columns) {
        m_columnKeys << c.key;
        m_columnTips << (c.title.isEmpty() ? c.key : QStringLiteral("%1: %2").arg(c.key, c.title));
    }
    recompute();
    endResetModel();
}

void MatrixModel::setCooccurrence(const CooccurrenceRequest& request, const CooccurrenceMatrix& m,
                                  const QHash<qint64, QString>& colours) {
    beginResetModel();
    m_cooccurrenceRequest = request;
    m_frequency.reset();
    m_cooccurrence = m;
    m_rows = m.codes;
    m_colours = colours;
    m_columnKeys.clear();
    m_columnTips.clear();
    for (const MatrixRow& r : m.codes) {
        m_columnKeys << r.path.section(QLatin1Char('/'), -1);
        m_columnTips << r.path;
    }
    recompute();
    endResetModel();
}

void MatrixModel::clear() {
    beginResetModel();
    m_frequency.reset();
    m_cooccurrence.reset();
    m_rows.clear();
    m_columnKeys.clear();
    m_columnTips.clear();
    recompute();
    endResetModel();
}

void MatrixModel::setCountType(CountType type) {
    if (type == m_count)
        return;
    m_count = type;
    recompute();
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void MatrixModel::setPercent(Percent percent) {
    if (percent == m_percent)
        return;
    m_percent = percent;
    recompute();
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int MatrixModel::decimals() const {
    if (m_percent != Percent::None)
        return 1;
    return m_frequency && m_count == CountType::Coverage ? 2 : 0;
}

int MatrixModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid())
        return 0;
    return codeRows() + (m_frequency ? 1 : 0);
}

int MatrixModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid() || m_rows.isEmpty())
        return 0;
    return bodyColumns() + (m_frequency ? 1 : 0);
}

double MatrixModel::raw(int row, int column) const {
    if (m_cooccurrence)
        return double(m_cooccurrence->at(row, column));
    if (!m_frequency)
        return 0;
    const FrequencyMatrix& m = *m_frequency;
    const bool totalRow = isTotalRow(row);
    const bool totalColumn = isTotalColumn(column);
    if (totalRow && totalColumn)
        return m.grandTotal.value(m_count);
    if (totalRow)
        return m.columnTotals[column].value(m_count);
    if (totalColumn)
        return m.rowTotals[row].value(m_count);
    return m.cell(row, column).value(m_count);
}

double MatrixModel::shown(int row, int column) const {
    const double value = raw(row, column);
    double denominator = 0;
    switch (m_percent) {
    case Percent::None:
        return value;
    case Percent::Row:
        denominator = m_rowSums.value(row);
        if (isTotalColumn(column))
            return denominator > 0 ? 100.0 : 0.0;
        break;
    case Percent::Column:
        denominator = m_columnSums.value(column);
        if (isTotalRow(row))
            return denominator > 0 ? 100.0 : 0.0;
        break;
    }
    return denominator > 0 ? 100.0 * value / denominator : 0.0;
}

void MatrixModel::recompute() {
    const int rows = rowCount();
    const int columns = columnCount();
    m_rowSums.fill(0, rows);
    m_columnSums.fill(0, columns);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const double v = raw(r, c);
            if (c < bodyColumns())
                m_rowSums[r] += v;
            if (r < codeRows())
                m_columnSums[c] += v;
        }
    }
    m_max = 0;
    for (int r = 0; r < codeRows(); ++r)
        for (int c = 0; c < bodyColumns(); ++c)
            m_max = std::max(m_max, shown(r, c));
}

QVariant MatrixModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const int r = index.row();
    const int c = index.column();
    const bool total = isTotalRow(r) || isTotalColumn(c);
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(shown(r, c), 'f', decimals());
    case ValueRole:
        return shown(r, c);
    case RawRole:
        return raw(r, c);
    case HeatRole:
        if (total || m_max <= 0)
            return {};
        return shown(r, c) / m_max;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (total)
            return QGuiApplication::palette().color(QPalette::AlternateBase);
        if (m_max > 0 && shown(r, c) > 0)
            return heatColour(shown(r, c) / m_max);
        return {};
    case Qt::ForegroundRole:
        if (shown(r, c) == 0 && !total)
            return zeroText;
        // Black or white by contrast with the cell's heat, readable at every saturation.
        return !total && m_max > 0 ? readableTextOn(heatColour(shown(r, c) / m_max))
                                   : QGuiApplication::palette().color(QPalette::Text);
    case Qt::FontRole:
        return boldFont(total);
    case Qt::ToolTipRole: {
        const QString row = isTotalRow(r) ? tr("All codes") : m_rows[r].path;
        const QString column = isTotalColumn(c) ? tr("Total") : m_columnTips.value(c);
        QString text =
            QStringLiteral("%1\n%2\n%3").arg(row, column, data(index, Qt::DisplayRole).toString());
        if (m_percent != Percent::None)
            text += tr(" %  (count %1)")
                        .arg(QLocale().toString(raw(r, c), 'f',
                                                m_count == CountType::Coverage ? 2 : 0));
        return text + tr("\nDouble-click to list the extracts.");
    }
    default:
        return {};
    }
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal) {
        const bool total = isTotalColumn(section);
        switch (role) {
        case Qt::DisplayRole:
            return total ? tr("Total") : m_columnKeys.value(section);
        case Qt::ToolTipRole:
            return total ? tr("The row's count over the whole filtered project, each unit once "
                              "(not the sum of the cells when a coding is in several columns).")
                         : m_columnTips.value(section);
        case Qt::FontRole:
            return boldFont(total);
        default:
            return {};
        }
    }
    if (isTotalRow(section)) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("Total (any code)");
        case Qt::ToolTipRole:
            return tr("Per column, the codings of any code in the table, each counted once.");
        case Qt::FontRole:
            return boldFont(true);
        default:
            return {};
        }
    }
    if (section < 0 || section >= codeRows())
        return {};
    const MatrixRow& row = m_rows[section];
    switch (role) {
    case Qt::DisplayRole:
        return QString(row.depth * 3, QLatin1Char(' ')) + row.path.section(QLatin1Char('/'), -1);
    case Qt::ToolTipRole:
        return row.path;
    case Qt::DecorationRole:
        return CodeComboBox::swatch(m_colours.value(row.codeId));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        return boldFont(row.depth == 0);
    default:
        return {};
    }
}

NumberTable MatrixModel::shownTable() const {
    NumberTable t;
    if (m_cooccurrence && m_percent == Percent::None)
        return cooccurrenceTable(*m_cooccurrence);
    if (m_frequency && m_percent == Percent::None)
        return frequencyTable(*m_frequency, m_count);
    // Percentages are the view's own numbers, so they go out in the same shape.
    t = m_frequency ? frequencyTable(*m_frequency, m_count) : cooccurrenceTable(*m_cooccurrence);
    t.name = QStringLiteral("%1 %2 %").arg(
        t.name, m_percent == Percent::Row ? QStringLiteral("row") : QStringLiteral("column"));
    t.decimals = 1;
    for (int r = 0; r < codeRows(); ++r) {
        for (int c = 0; c < bodyColumns(); ++c)
            t.values[r * bodyColumns() + c] = shown(r, c);
        if (t.hasTotals)
            t.totals[r] = shown(r, bodyColumns());
    }
    return t;
}

QVector<NumberTable> MatrixModel::exportTables() const {
    QVector<NumberTable> tables{shownTable()};
    if (m_frequency) {
        for (CountType t : {CountType::Codings, CountType::Documents, CountType::Cases,
                            CountType::Characters, CountType::Coverage}) {
            if (t != m_count || m_percent != Percent::None)
                tables << frequencyTable(*m_frequency, t);
        }
    }
    return tables;
}

ExtractQuery MatrixModel::extractQuery(int row, int column) const {
    ExtractQuery q;
    if (m_cooccurrence) {
        q.filter = m_cooccurrenceRequest.filter;
        q.descendants = m_cooccurrenceRequest.descendants;
        q.codeIds = {m_rows.value(row).codeId};
        if (column != row)
            q.codeIds << m_rows.value(column).codeId;
        return q;
    }
    if (!m_frequency)
        return q;
    if (isTotalColumn(column)) {
        q.filter = m_request.filter;
        q.descendants = m_request.descendants;
        q.rollup = m_request.rollup;
        q.codeIds = {m_rows.value(row).codeId};
    } else {
        q = extractQueryForCell(m_request, *m_frequency, isTotalRow(row) ? 0 : row, column);
    }
    if (isTotalRow(row)) // any code of the table
        q.codeIds = m_request.codeIds;
    return q;
}

QString MatrixModel::cellDescription(int row, int column) const {
    const QString rowText = isTotalRow(row) ? tr("All codes") : m_rows.value(row).path;
    if (m_cooccurrence)
        return row == column
                   ? rowText
                   : tr("%1 and %2 (all their codings)").arg(rowText, m_columnTips.value(column));
    return isTotalColumn(column)
               ? rowText
               : QStringLiteral("%1 · %2").arg(rowText, m_columnKeys.value(column));
}

QColor MatrixModel::heatColour(double fraction) {
    // ColorBrewer "Blues" without its near-white first step, so the smallest count still shows.
    static const std::array<QColor, 8> stops{QColor(0xde, 0xeb, 0xf7), QColor(0xc6, 0xdb, 0xef),
                                             QColor(0x9e, 0xca, 0xe1), QColor(0x6b, 0xae, 0xd6),
                                             QColor(0x42, 0x92, 0xc6), QColor(0x21, 0x71, 0xb5),
                                             QColor(0x08, 0x51, 0x9c), QColor(0x08, 0x30, 0x6b)};
    const double x = std::clamp(fraction, 0.0, 1.0) * double(stops.size() - 1);
    const int i = std::min(int(x), int(stops.size()) - 2);
    const double t = x - i;
    const QColor& a = stops[i];
    const QColor& b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + t * (b.redF() - a.redF())),
                            float(a.greenF() + t * (b.greenF() - a.greenF())),
                            float(a.blueF() + t * (b.blueF() - a.blueF())));
}

} // namespace situate
