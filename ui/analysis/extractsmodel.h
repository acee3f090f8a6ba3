// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/extracts.h"

#include <QAbstractTableModel>
#include <QHash>

namespace situate {

/// Coded extracts as table rows: document, case, code, coder, the extract in its context
/// (as rich text for ExtractDelegate) and the memo.
class ExtractsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DocumentColumn, CaseColumn, CodeColumn, CoderColumn, ExtractColumn, MemoColumn };
    static constexpr int CodingIdRole = Qt::UserRole + 1; // qint64, on every column
    static constexpr int HtmlRole = Qt::UserRole + 2;     // the extract column as rich text

    explicit ExtractsModel(QObject* parent = nullptr);

    /// `colours` maps code ids to "#rrggbb"; the coded text is tinted with its code's colour.
    void setExtracts(QVector<Extract> extracts, const QHash<qint64, QString>& colours);
    const QVector<Extract>& extracts() const { return m_extracts; }
    const Extract& extract(int row) const { return m_extracts.at(row); }

    /// The extract in context as HTML: "…before <coded> after…", line breaks as ¶ marks or,
    /// with `lineBreaks`, as breaks.
    static QString contextHtml(const Extract& x, const QString& colour, int contextLength,
                               bool lineBreaks = false);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<Extract> m_extracts;
    QHash<qint64, QString> m_colours;
};

} // namespace situate
