// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codetree.h"

#include "core/storage/storage.h"

namespace situate {

CodeTree::CodeTree(QVector<Code> codes)
    : m_codes(std::move(codes)) {
    for (qsizetype i = 0; i < m_codes.size(); ++i) {
        m_index.insert(m_codes[i].id, i);
        m_children[m_codes[i].parentId].append(m_codes[i].id);
    }
    for (const Code& c : m_codes)
        m_byPath.insert(path(c.id), c.id);
}

Result<CodeTree> CodeTree::read(const Storage& storage) {
    Result<QVector<Code>> codes = storage.codes();
    if (!codes)
        return Status::from(codes);
    return CodeTree(codes.take());
}

const Code* CodeTree::find(qint64 id) const {
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_codes[*it];
}

QString CodeTree::path(qint64 id) const {
    QStringList parts;
    int guard = 0;
    for (const Code* c = find(id); c && guard < 10000; c = find(c->parentId), ++guard)
        parts.prepend(c->name);
    return parts.join(QLatin1Char('/'));
}

std::optional<qint64> CodeTree::idByPath(const QString& path) const {
    const auto it = m_byPath.constFind(splitPath(path).join(QLatin1Char('/')));
    if (it == m_byPath.cend())
        return std::nullopt;
    return *it;
}

QVector<qint64> CodeTree::children(qint64 parentId) const {
    return m_children.value(parentId);
}

QVector<qint64> CodeTree::descendants(qint64 id) const {
    QVector<qint64> out;
    QVector<qint64> stack = children(id);
    std::reverse(stack.begin(), stack.end());
    while (!stack.isEmpty() && out.size() < m_codes.size()) {
        const qint64 next = stack.takeLast();
        out << next;
        QVector<qint64> kids = children(next);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack << *it;
    }
    return out;
}

bool CodeTree::isAncestor(qint64 ancestor, qint64 id) const {
    return ancestors(id).contains(ancestor);
}

QVector<qint64> CodeTree::ancestors(qint64 id) const {
    QVector<qint64> out;
    const Code* c = find(id);
    while (c && c->parentId != 0 && out.size() < m_codes.size()) {
        out << c->parentId;
        c = find(c->parentId);
    }
    return out;
}

QStringList CodeTree::splitPath(const QString& path) {
    QStringList out;
    for (const QString& part : path.split(QLatin1Char('/'))) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

} // namespace situate
