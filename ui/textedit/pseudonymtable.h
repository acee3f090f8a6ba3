// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/textmatch.h"

#include <QTableWidget>

namespace situate {

/// The replacement list of a pseudonymisation as a table the user edits: what to find, what
/// replaces it, and whether it matches whole words only and minds case (the defaults of a
/// list sheet: whole words, case sensitive). Rows whose find is empty are not entries.
class PseudonymTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { Find, Replace, WholeWord, MatchCase };

    explicit PseudonymTable(QWidget* parent = nullptr);

    /// The rows with something to find, in table order, NFC-normalised.
    QVector<PseudonymEntry> entries() const;
    /// Replaces every row with `entries`.
    void setEntries(const QVector<PseudonymEntry>& entries);
    /// Adds a row finding `find` (or selects the row that already does) and puts the cursor
    /// in its replacement, for the user to type the pseudonym.
    void addFind(const QString& find);
    /// Adds an empty row and starts editing its find.
    void addEmptyRow();
    /// Removes the selected rows.
    void removeSelectedRows();

signals:
    /// Any entry changed: a cell, an option, a row added or removed.
    void entriesChanged();

private:
    int appendRow(const PseudonymEntry& entry);
    int rowFinding(const QString& find) const;
};

} // namespace situate
