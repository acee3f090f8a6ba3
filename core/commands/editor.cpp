// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/editor.h"

#include "core/project.h"
#include "core/storage/foreignkeys.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::commands)
};
} // namespace

namespace situate {

namespace {

// A value as the database gives it back: NOT NULL text columns store a null string as
// empty, and times as ISO text.
QString stored(const QVariant& v) {
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    return v.toString();
}

// Sets or removes a project_info row as `row` ("key", and "value" when it exists) says.
Status applyValue(Storage& storage, const QVariantMap& row) {
    const QString key = row.value(QStringLiteral("key")).toString();
    const auto value = row.constFind(QStringLiteral("value"));
    return value == row.cend() ? storage.removeProjectValue(key)
                               : storage.setProjectValue(key, value->toString());
}

Status unchangedSince(Storage& storage, const RowChange& c, bool forward) {
    if (!storage.hasOtherClients() || c.kind == RowChange::Kind::InsertMany)
        return {}; // a block is recorded on a file only
    if (c.kind == RowChange::Kind::Value) {
        // What the step left (undo) or its undo left (redo); a missing row reads as empty.
        const QVariantMap& expected = forward ? c.before : c.after;
        const QString key = expected.value(QStringLiteral("key")).toString();
        if (storage.projectValue(key) == expected.value(QStringLiteral("value")).toString())
            return {};
        return Status::failure(
            Tr::tr("another client changed the project setting %1 "
                   "in the meantime; nothing was %2")
                .arg(key, forward ? QStringLiteral("redone") : QStringLiteral("undone")));
    }
    // What this step left in the row (undo) or what its undo left there (redo).
    const bool present =
        c.kind == RowChange::Kind::Update || (c.kind == RowChange::Kind::Insert) == !forward;
    if (!present)
        return {};
    const QVariantMap& expected = c.kind == RowChange::Kind::Update
                                      ? (forward ? c.before : c.after)
                                      : (c.kind == RowChange::Kind::Insert ? c.after : c.before);
    const QString what = forward ? QStringLiteral("redone") : QStringLiteral("undone");
    // Locked until the replay commits: no other client can change the row between this
    // comparison and the replay that relies on it.
    Result<Row> now = storage.readRowLocked(c.table, c.id);
    if (!now && now.kind() != ErrorKind::NotFound)
        return Status::from(now); // refused, lost, a deadlock, a failed read
    if (!now)
        return Status::failure(Tr::tr("another client removed %1 %2 in the meantime; "
                                      "nothing was %3")
                                   .arg(c.table)
                                   .arg(c.id)
                                   .arg(what),
                               ErrorKind::NotFound);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (stored(now->values.value(it.key())) != stored(it.value()))
            return Status::failure(Tr::tr("another client changed %1 %2 in the meantime; "
                                          "nothing was %3, so their change stays")
                                       .arg(c.table)
                                       .arg(c.id)
                                       .arg(what));
    }
    return {};
}

} // namespace

Status Changeset::apply(Storage& storage, bool forward) const {
    const qsizetype n = m_changes.size();
    for (qsizetype k = 0; k < n; ++k) {
        const RowChange& c = m_changes[forward ? k : n - 1 - k];
        // On a shared server another client may have changed a row since this step was
        // made; replaying over it would silently overwrite their work.
        if (Status st = unchangedSince(storage, c, forward); !st)
            return st;
        Status s;
        switch (c.kind) {
        case RowChange::Kind::Insert:
            if (forward) {
                Result<qint64> r = storage.insertRow(c.table, c.after);
                s = Status::from(r);
            } else {
                s = storage.deleteRow(c.table, c.id);
            }
            break;
        case RowChange::Kind::Delete:
            if (forward) {
                s = storage.deleteRow(c.table, c.id);
            } else {
                Result<qint64> r = storage.insertRow(c.table, c.before);
                s = Status::from(r);
            }
            break;
        case RowChange::Kind::Update:
            s = storage.updateRow(c.table, c.id, forward ? c.after : c.before);
            break;
        case RowChange::Kind::Value:
            s = applyValue(storage, forward ? c.after : c.before);
            break;
        case RowChange::Kind::InsertMany:
            if (forward) {
                QVector<qint64> ids = c.block->ids; // given: the rows get their ids again
                s = ids.isEmpty()
                        ? Status()
                        : storage.insertRows(c.table, c.block->columns, c.block->values, ids);
            } else {
                s = storage.deleteRows(c.table, c.block->ids);
            }
            break;
        }
        if (!s)
            return s;
    }
    return {};
}

Result<qint64> Editor::insert(const QString& table, const QVariantMap& values) {
    Result<qint64> id = m_storage.insertRow(table, values);
    if (!id)
        return id;
    RowChange c;
    c.kind = RowChange::Kind::Insert;
    c.table = table;
    c.id = *id;
    c.after = values;
    c.after.insert(QStringLiteral("id"), *id); // redo must recreate the same id
    m_changes.append(std::move(c));
    return id;
}

Status Editor::insertMany(const QString& table, const QStringList& columns, QVariantList values) {
    const qsizetype width = columns.size();
    if (m_storage.hasOtherClients()) {
        for (qsizetype at = 0; width > 0 && at + width <= values.size(); at += width) {
            QVariantMap row;
            for (qsizetype c = 0; c < width; ++c) {
                if (values.at(at + c).isValid())
                    row.insert(columns.at(c), values.at(at + c));
            }
            if (Result<qint64> id = insert(table, row); !id)
                return Status::from(id);
        }
        return {};
    }
    auto block = std::make_shared<RowBlock>();
    block->columns = columns;
    block->values = std::move(values);
    if (Status s = m_storage.insertRows(table, block->columns, block->values, block->ids); !s)
        return s;
    if (block->ids.isEmpty())
        return {};
    RowChange c;
    c.kind = RowChange::Kind::InsertMany;
    c.table = table;
    c.id = block->ids.first();
    c.block = std::move(block);
    m_changes.append(std::move(c));
    return {};
}

Status Editor::update(const QString& table, qint64 id, const QVariantMap& values) {
    Result<Row> row = m_storage.readRow(table, id);
    if (!row)
        return Status::from(row);
    QVariantMap before, after;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QVariant old = row->values.value(it.key());
        if (old == it.value() && old.isNull() == it.value().isNull())
            continue;
        before.insert(it.key(), old);
        after.insert(it.key(), it.value());
    }
    if (after.isEmpty())
        return {};
    if (Status s = m_storage.updateRow(table, id, after); !s)
        return s;
    m_changes.append(RowChange{RowChange::Kind::Update, table, id, before, after, {}});
    return {};
}

Status Editor::removeDependents(const QString& table, qint64 id) {
    // Rows that reference this one are deleted first, recorded, instead of being left to
    // ON DELETE CASCADE (or refused by a key without it), which undo could not restore.
    for (const schema::ForeignKey& k : schema::keysReferencing(table)) {
        Result<QVector<Row>> rows = m_storage.readRowsWhere(QString::fromLatin1(k.table),
                                                            QString::fromLatin1(k.column), id);
        if (!rows)
            return Status::from(rows);
        for (const Row& r : *rows) {
            if (Status s = remove(r.table, r.id()); !s)
                return s;
        }
    }
    // Attribute values point at cases or documents by scope, not by a foreign key.
    const bool isCase = table == QLatin1String("cases");
    if (isCase || table == QLatin1String("documents")) {
        const AttributeScope scope = isCase ? AttributeScope::Case : AttributeScope::Document;
        const Result<QVector<Attribute>> attributes = m_storage.attributes();
        if (!attributes)
            return Status::from(attributes);
        for (const Attribute& a : *attributes) {
            if (a.scope != scope)
                continue;
            if (auto valueId = m_storage.attributeValueId(a.id, id)) {
                if (Status s = remove(QStringLiteral("attribute_values"), *valueId); !s)
                    return s;
            }
        }
    }
    return {};
}

Status Editor::remove(const QString& table, qint64 id) {
    if (Status s = removeDependents(table, id); !s)
        return s;
    Result<Row> row = m_storage.readRow(table, id);
    if (!row)
        return Status::from(row);
    if (Status s = m_storage.deleteRow(table, id); !s)
        return s;
    RowChange c;
    c.kind = RowChange::Kind::Delete;
    c.table = table;
    c.id = id;
    c.before = row->values;
    m_changes.append(std::move(c));
    return {};
}

Status Editor::setProjectValue(const QString& key, const std::optional<QString>& value) {
    RowChange c;
    c.kind = RowChange::Kind::Value;
    c.table = QStringLiteral("project_info");
    c.before.insert(QStringLiteral("key"), key);
    c.after.insert(QStringLiteral("key"), key);
    // Read the same way a replay on a server compares it: a missing row is no value.
    Result<QVector<std::pair<QString, QString>>> now = m_storage.projectValues(key);
    if (!now)
        return Status::from(now);
    for (const auto& [k, v] : *now)
        if (k == key)
            c.before.insert(QStringLiteral("value"), v);
    if (value)
        c.after.insert(QStringLiteral("value"), *value);
    if (c.before == c.after)
        return {};
    if (Status s = applyValue(m_storage, c.after); !s)
        return s;
    m_changes.append(std::move(c));
    return {};
}

void Changeset::extend(const Changeset& later) {
    // Where each row's last change sits, for folding updates into it.
    QHash<std::pair<QString, qint64>, qsizetype> last;
    for (qsizetype k = 0; k < m_changes.size(); ++k)
        last.insert({m_changes[k].table, m_changes[k].id}, k);
    for (const RowChange& c : later.m_changes) {
        const auto at = last.constFind({c.table, c.id});
        // Never into a block: its rows are kept as inserted.
        if (c.kind == RowChange::Kind::Update && at != last.cend() &&
            (m_changes[*at].kind == RowChange::Kind::Insert ||
             m_changes[*at].kind == RowChange::Kind::Update)) {
            RowChange& earlier = m_changes[*at];
            if (earlier.kind == RowChange::Kind::Update) {
                // What the row held before either: the earlier change's before, and for
                // columns only the later one touched, the later's before.
                for (auto it = c.before.cbegin(); it != c.before.cend(); ++it) {
                    if (!earlier.before.contains(it.key()))
                        earlier.before.insert(it.key(), it.value());
                }
            }
            for (auto it = c.after.cbegin(); it != c.after.cend(); ++it)
                earlier.after.insert(it.key(), it.value());
            continue;
        }
        last.insert({c.table, c.id}, m_changes.size());
        m_changes.append(c);
    }
}

bool Changeset::onlyTouches(const QStringList& tables) const {
    return std::all_of(m_changes.cbegin(), m_changes.cend(),
                       [&](const RowChange& c) { return tables.contains(c.table); });
}

bool Changeset::addsOrRemoves(const QString& table) const {
    return std::any_of(m_changes.cbegin(), m_changes.cend(), [&](const RowChange& c) {
        return c.table == table && c.kind != RowChange::Kind::Update;
    });
}

std::optional<QVector<CodingDelta>> Changeset::codingDeltas(bool forward) const {
    const QString codings = QStringLiteral("codings");
    const QString code = QStringLiteral("code_id"), document = QStringLiteral("document_id"),
                  coder = QStringLiteral("coder_id");
    QVector<CodingDelta> out;
    for (const RowChange& c : m_changes) {
        if (c.table != codings)
            continue;
        if (c.kind == RowChange::Kind::Update) {
            if (c.before.contains(code) || c.before.contains(document) || c.before.contains(coder))
                return std::nullopt;
            continue;
        }
        if (c.kind == RowChange::Kind::InsertMany) {
            const RowBlock& b = *c.block;
            const qsizetype width = b.columns.size();
            const qsizetype at[] = {b.columns.indexOf(code), b.columns.indexOf(document),
                                    b.columns.indexOf(coder)};
            const auto value = [&](qsizetype row, qsizetype column) {
                return column < 0 ? 0 : b.values.at(row * width + column).toLongLong();
            };
            for (qsizetype r = 0; r < b.ids.size(); ++r)
                out.append({value(r, at[0]), value(r, at[1]), value(r, at[2]), forward ? 1 : -1});
            continue;
        }
        const bool added = (c.kind == RowChange::Kind::Insert) == forward;
        const QVariantMap& row = c.kind == RowChange::Kind::Insert ? c.after : c.before;
        out.append({row.value(code).toLongLong(), row.value(document).toLongLong(),
                    row.value(coder).toLongLong(), added ? 1 : -1});
    }
    return out;
}

namespace {

/// Replays a Changeset; the first redo is skipped because Project::edit already applied it.
class EditCommand : public UndoCommand {
public:
    EditCommand(Project* project, const QString& text, Changeset changes, QString mergeKey)
        : UndoCommand(text)
        , m_project(project)
        , m_changes(std::move(changes))
        , m_mergeKey(std::move(mergeKey)) {}
    int id() const override { return m_mergeKey.isEmpty() ? -1 : kMergeable; }
    bool mergeWith(const UndoCommand* other) override {
        const auto* later = static_cast<const EditCommand*>(other); // same id(): same class
        if (later->m_mergeKey != m_mergeKey)
            return false;
        m_changes.extend(later->m_changes);
        return true;
    }
    void redo() override {
        if (m_applied) {
            m_applied = false;
            return;
        }
        replay(true);
    }
    void undo() override { replay(false); }

private:
    void replay(bool forward) {
        Storage& storage = m_project->mutableStorage();
        QString unreachable;
        Status s =
            m_project->ensureConnected(&unreachable)
                ? Status()
                : Status::failure(Tr::tr("not connected to the server (%1)").arg(unreachable));
        if (s)
            s = storage.begin();
        if (s)
            s = m_changes.apply(storage, forward);
        if (s)
            s = storage.commit();
        else
            storage.rollback();
        if (!s) {
            // A lost connection leaves the data as it was, like any failure here.
            m_project->checkConnectionAfterFailure(s.error());
            setObsolete(true);
            emit m_project->failed((forward ? Tr::tr("Could not redo \"%1\": %2")
                                            : Tr::tr("Could not undo \"%1\": %2"))
                                       .arg(text(), s.error()));
        } else {
            emit m_project->applied(m_changes, forward);
        }
        emit m_project->changed();
    }

    static constexpr int kMergeable = 0x53495455;
    Project* m_project;
    Changeset m_changes;
    QString m_mergeKey;
    bool m_applied = true;
};

} // namespace

UndoCommand* makeEditCommand(Project* project, const QString& text, Changeset changes,
                             const QString& mergeKey) {
    return new EditCommand(project, text, std::move(changes), mergeKey);
}

} // namespace situate
