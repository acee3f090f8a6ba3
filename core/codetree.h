// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace situate {

class Storage;

/// The code hierarchy as read once from storage: paths ("Parent/Child"), children and
/// descendants, for lookups that would otherwise be recursive queries.
class CodeTree {
public:
    CodeTree() = default;
    explicit CodeTree(QVector<Code> codes);
    /// The project's codes as a tree, or why they could not be read.
    static Result<CodeTree> read(const Storage& storage);

    const QVector<Code>& codes() const { return m_codes; }
    const Code* find(qint64 id) const;
    QString path(qint64 id) const;
    std::optional<qint64> idByPath(const QString& path) const;
    QVector<qint64> children(qint64 parentId) const; // 0 for the top level, in order
    QVector<qint64> descendants(qint64 id) const;    // not including id, depth first
    bool isAncestor(qint64 ancestor, qint64 id) const;
    QVector<qint64> ancestors(qint64 id) const; // nearest first

    /// Splits a path on '/', trimming each level; empty levels are dropped.
    static QStringList splitPath(const QString& path);

private:
    QVector<Code> m_codes;
    QHash<qint64, qsizetype> m_index;
    QHash<qint64, QVector<qint64>> m_children;
    QHash<QString, qint64> m_byPath;
};

} // namespace situate
