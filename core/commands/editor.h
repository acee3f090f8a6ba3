// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/storage/storage.h"

#include <QVariantMap>
#include <QVector>

#include <memory>
#include <optional>

namespace situate {

class UndoCommand;

/// Many rows of one table inserted at once, kept compactly: the columns once, the values
/// row after row, and the ids the rows got (an import's 150,000 speaker turns would
/// otherwise be 150,000 QVariantMaps).
struct RowBlock {
    QStringList columns;
    QVariantList values; // columns.size() a row
    QVector<qint64> ids; // one a row
};

/// One recorded row change; undo replays the inverse, redo replays it again.
struct RowChange {
    /// InsertMany: the rows of `block`, `id` the first of them. Recorded on a file only: a
    /// server's replay compares each row with what was recorded, so it keeps one change a row.
    /// Value: a project_info row, which has a text key and no id: `before` and `after` hold
    /// "key" and, where the row exists, "value".
    enum class Kind { Insert, Delete, Update, InsertMany, Value };
    Kind kind = Kind::Insert;
    QString table;
    qint64 id = 0;
    QVariantMap before;                    // Delete, Update
    QVariantMap after;                     // Insert, Update
    std::shared_ptr<const RowBlock> block; // InsertMany
};

/// One coding more (+1) or fewer (-1) for a code in a document by a coder.
struct CodingDelta {
    qint64 codeId = 0;
    qint64 documentId = 0;
    qint64 coderId = 0;
    int delta = 0;
};

/// The ordered row changes of one edit.
class Changeset {
public:
    void append(RowChange change) { m_changes.append(std::move(change)); }
    /// Appends the changes of a later edit, as one step with this one (a burst of typing).
    /// An update of a row this set already inserted or updated, with no delete of it
    /// between, is folded into that change, so a thousand keystrokes keep one before and
    /// one after of the document instead of a thousand copies.
    void extend(const Changeset& later);
    bool isEmpty() const { return m_changes.isEmpty(); }
    /// Applies the changes in order (forward) or their inverses in reverse order.
    Status apply(Storage& storage, bool forward) const;
    /// What applying the changes (forward or backward) does to the number of codings per
    /// code, document and coder, so views can keep their counts without recounting a
    /// million rows per edit. nullopt when a coding moved to another code, document or
    /// coder: an update records only the columns it changed, so the rest is not known here.
    std::optional<QVector<CodingDelta>> codingDeltas(bool forward) const;
    /// True when every change is to a row of one of `tables`.
    bool onlyTouches(const QStringList& tables) const;
    /// True when a row of `table` is inserted or deleted (not only updated).
    bool addsOrRemoves(const QString& table) const;

private:
    QVector<RowChange> m_changes;
};

/// Performs row changes on the database and records them, so an edit written once as
/// plain inserts, updates and deletes is undoable. Deleting a row also deletes (and
/// records) every row that depends on it, so undo restores the whole of what was removed.
class Editor {
public:
    explicit Editor(Storage& storage)
        : m_storage(storage) {}
    const Storage& storage() const { return m_storage; }
    Result<qint64> insert(const QString& table, const QVariantMap& values);
    /// Inserts many rows of one table: `values` row after row, `columns.size()` each (an
    /// invalid QVariant is NULL, for a column whose default is NULL). On a file they are
    /// written by one prepared statement and recorded as one RowBlock; on a server, as
    /// insert() row by row, leaving out the invalid values.
    Status insertMany(const QString& table, const QStringList& columns, QVariantList values);
    /// Changes the given columns; columns whose value is unchanged are not recorded.
    Status update(const QString& table, qint64 id, const QVariantMap& values);
    Status remove(const QString& table, qint64 id);
    /// Sets the project_info row `key` to `value`, or removes it when `value` is nullopt.
    Status setProjectValue(const QString& key, const std::optional<QString>& value);
    Changeset takeChanges() { return std::move(m_changes); }

private:
    Status removeDependents(const QString& table, qint64 id);
    Storage& m_storage;
    Changeset m_changes;
};

/// An undo step that replays a recorded Changeset; each undo/redo is one transaction. With
/// a `mergeKey`, a step pushed right after another with the same key joins it (undo
/// compression), so a burst of typing undoes at once.
class Project;
UndoCommand* makeEditCommand(Project* project, const QString& text, Changeset changes,
                             const QString& mergeKey = {});

} // namespace situate
