// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/agreementanalysis.h"

#include <QTreeWidget>

namespace situate {

/// An agreement result as a table: the overall row, one row per code (or the group), and
/// each code's per-document rows folded beneath it (made when the code is unfolded). Numbers are
/// right-aligned (counts whole, percentages to 1 decimal, coefficients to 3); an undefined value
/// reads "undefined" in grey italics with its reason as the tooltip, never as a number.
class AgreementTable : public QTreeWidget {
    Q_OBJECT
public:
    static constexpr int CodeRole = Qt::UserRole + 1;     // column 0: code path, "" overall
    static constexpr int DocumentRole = Qt::UserRole + 2; // column 0: document name, or ""
    static constexpr int KeyRole = Qt::UserRole + 3;      // header: the column's CSV name
    static constexpr int ValueRole = Qt::UserRole + 4;    // a cell's number, unrounded

    explicit AgreementTable(QWidget* parent = nullptr);

    void setResult(const AgreementResult& result);
    void clearResult();
    /// The column whose CSV name is `key` ("cohen_kappa", "only_first", ...), or -1.
    int column(const QString& key) const;
    /// The top-level row of a code path (empty: the overall row), or nullptr.
    QTreeWidgetItem* codeItem(const QString& code) const;

    static QString undefinedMark();
    /// Two lines of rich text for above the table: who, which unit, how much was compared,
    /// and the headline coefficients.
    static QString summary(const AgreementResult& result);

private:
    QTreeWidgetItem* newRow(QTreeWidgetItem* parent, const QString& label, const QString& code,
                            const QString& document);
    void fillSpanRow(QTreeWidgetItem* item, const SpanRow& row);
    /// A code's rows per document, made when the code is first unfolded.
    void addDocumentRows(QTreeWidgetItem* codeRow);

    AgreementResult m_result;
};

} // namespace situate
