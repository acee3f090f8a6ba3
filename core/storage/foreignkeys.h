// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace situate::schema {

/// A foreign key between project tables: `table.column` holds the id of a row of
/// `references`.
struct ForeignKey {
    const char* table;
    const char* column;
    const char* references;
    /// ON DELETE CASCADE; otherwise the referenced row cannot be deleted while this one
    /// points at it.
    bool cascade;
};

/// Every foreign key of the project tables, as both engines' schemas declare them
/// (schema.cpp, pgschemasteps.cpp), grouped by the table they reference. Undo reads its
/// dependents here; test_schema checks this list against both engines' catalogues, so a
/// key added to a schema and not here fails it.
const QVector<ForeignKey>& foreignKeys();
/// The keys that reference `table`, in the order of foreignKeys().
QVector<ForeignKey> keysReferencing(const QString& table);

} // namespace situate::schema
