// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codetree.h"
#include "core/colournames.h"
#include "core/commands/commands.h"
#include "core/commands/common.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::commands)
};
} // namespace

namespace situate {

using detail::newUuid;

namespace {

Status checkName(const QString& name) {
    if (name.trimmed().isEmpty())
        return Status::failure(Tr::tr("a code needs a name"), ErrorKind::Invalid);
    if (name.contains(QLatin1Char('/')))
        return Status::failure(
            Tr::tr("a code name cannot contain \"/\" (it separates levels of a path): %1")
                .arg(name),
            ErrorKind::Invalid);
    return {};
}

bool siblingExists(const CodeTree& tree, qint64 parentId, const QString& name, qint64 except) {
    for (qint64 id : tree.children(parentId)) {
        if (id != except && tree.find(id)->name == name)
            return true;
    }
    return false;
}

Status checkColour(const QString& colour) {
    if (!colour.isEmpty() && colourName(colour).isEmpty())
        return Status::failure(Tr::tr("\"%1\" is not a colour (use #rrggbb)").arg(colour),
                               ErrorKind::Invalid);
    return {};
}

QVariantMap codeValues(const Code& c) {
    return {{QStringLiteral("name"), c.name.trimmed()},
            {QStringLiteral("colour"), c.colour.isEmpty() ? QString() : colourName(c.colour)},
            {QStringLiteral("definition"), c.definition},
            {QStringLiteral("inclusion"), c.inclusion},
            {QStringLiteral("exclusion"), c.exclusion},
            {QStringLiteral("example"), c.example},
            {QStringLiteral("toc_element"), tocElementName(c.toc)}};
}

QVariant parentValue(qint64 parentId) {
    return parentId == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(parentId);
}

// The code tree, once the code's name and colour are known to be valid.
Result<CodeTree> checkedTree(Editor& e, const Code& code) {
    if (Status s = checkName(code.name); !s)
        return s;
    if (Status s = checkColour(code.colour); !s)
        return s;
    return CodeTree::read(e.storage());
}

// The code tree as the editor reads it, failing NotFound when it no longer holds codeId.
Result<CodeTree> treeHolding(Editor& e, qint64 codeId) {
    Result<CodeTree> read = CodeTree::read(e.storage());
    if (read && !read->find(codeId))
        return Status::failure(Tr::tr("that code no longer exists"), ErrorKind::NotFound);
    return read;
}

} // namespace

Result<qint64> createCode(Editor& e, Code code) {
    using R = Result<qint64>;
    code.name = code.name.trimmed();
    const Result<CodeTree> read = checkedTree(e, code);
    if (!read)
        return Status::from(read);
    const CodeTree& tree = *read;
    if (code.parentId != 0 && !tree.find(code.parentId))
        return R::failure(Tr::tr("the parent code no longer exists"), ErrorKind::NotFound);
    if (siblingExists(tree, code.parentId, code.name, 0))
        return R::failure(Tr::tr("a code named \"%1\" already exists there").arg(code.name));
    QVariantMap values = codeValues(code);
    values.insert(QStringLiteral("uuid"), code.uuid.isEmpty() ? newUuid() : code.uuid);
    values.insert(QStringLiteral("parent_id"), parentValue(code.parentId));
    values.insert(QStringLiteral("sort_order"), tree.children(code.parentId).size());
    return e.insert(QStringLiteral("codes"), values);
}

Result<qint64> ensureCodePath(Editor& e, const QString& path, int* created) {
    using R = Result<qint64>;
    if (created)
        *created = 0;
    const QStringList parts = CodeTree::splitPath(path);
    if (parts.isEmpty())
        return R::failure(Tr::tr("empty code path"), ErrorKind::Invalid);
    qint64 parent = 0;
    for (const QString& part : parts) {
        const Result<CodeTree> read = CodeTree::read(e.storage());
        if (!read)
            return Status::from(read);
        const CodeTree& tree = *read;
        qint64 found = 0;
        for (qint64 id : tree.children(parent)) {
            if (tree.find(id)->name == part)
                found = id;
        }
        if (found == 0) {
            Code c;
            c.name = part;
            c.parentId = parent;
            R id = createCode(e, c);
            if (!id)
                return id;
            found = *id;
            if (created)
                ++*created;
        }
        parent = found;
    }
    return parent;
}

Status updateCode(Editor& e, const Code& code) {
    const Result<CodeTree> read = checkedTree(e, code);
    if (!read)
        return Status::from(read);
    const CodeTree& tree = *read;
    const Code* current = tree.find(code.id);
    if (!current)
        return Status::failure(Tr::tr("that code no longer exists"), ErrorKind::NotFound);
    // On a shared server: the code as it was read must still be the code as it is.
    if (code.version != 0 && current->version != code.version)
        return Status::failure(Tr::tr("another client changed the code \"%1\" after it "
                                      "was read here; nothing was saved, so their change "
                                      "stays. Look at the code again and redo the edit")
                                   .arg(current->name));
    if (siblingExists(tree, current->parentId, code.name.trimmed(), code.id))
        return Status::failure(
            Tr::tr("a code named \"%1\" already exists there").arg(code.name.trimmed()));
    return e.update(QStringLiteral("codes"), code.id, codeValues(code));
}

Status moveCode(Editor& e, qint64 codeId, qint64 newParentId) {
    const Result<CodeTree> read = treeHolding(e, codeId);
    if (!read)
        return Status::from(read);
    const CodeTree& tree = *read;
    const Code* c = tree.find(codeId);
    if (newParentId == codeId || (newParentId != 0 && tree.isAncestor(codeId, newParentId)))
        return Status::failure(
            Tr::tr("\"%1\" cannot move under itself or one of its sub-codes").arg(c->name),
            ErrorKind::Invalid);
    if (newParentId != 0 && !tree.find(newParentId))
        return Status::failure(Tr::tr("the target code no longer exists"), ErrorKind::NotFound);
    if (c->parentId == newParentId)
        return {};
    if (siblingExists(tree, newParentId, c->name, codeId))
        return Status::failure(Tr::tr("a code named \"%1\" already exists there").arg(c->name));
    return e.update(QStringLiteral("codes"), codeId,
                    {{QStringLiteral("parent_id"), parentValue(newParentId)},
                     {QStringLiteral("sort_order"), tree.children(newParentId).size()}});
}

Status mergeCode(Editor& e, qint64 sourceId, qint64 targetId) {
    const Result<CodeTree> read = CodeTree::read(e.storage());
    if (!read)
        return Status::from(read);
    const CodeTree& tree = *read;
    if (!tree.find(sourceId) || !tree.find(targetId))
        return Status::failure(Tr::tr("that code no longer exists"), ErrorKind::NotFound);
    if (sourceId == targetId || tree.isAncestor(sourceId, targetId))
        return Status::failure(
            Tr::tr("a code cannot be merged into itself or one of its sub-codes"),
            ErrorKind::Invalid);
    // Codings move to the target; a coding the target already has (same document, coder
    // and range) is dropped rather than doubled.
    const Result<QVector<Coding>> codings = e.storage().allCodings();
    if (!codings)
        return Status::from(codings);
    const QVector<Coding>& all = *codings;
    QSet<QString> targetKeys;
    auto key = [](const Coding& c) {
        return QStringLiteral("%1:%2:%3:%4")
            .arg(c.documentId)
            .arg(c.coderId)
            .arg(c.start)
            .arg(c.end);
    };
    for (const Coding& c : all) {
        if (c.codeId == targetId)
            targetKeys.insert(key(c));
    }
    for (const Coding& c : all) {
        if (c.codeId != sourceId)
            continue;
        Status s = targetKeys.contains(key(c)) ? e.remove(QStringLiteral("codings"), c.id)
                                               : e.update(QStringLiteral("codings"), c.id,
                                                          {{QStringLiteral("code_id"), targetId}});
        if (!s)
            return s;
        targetKeys.insert(key(c));
    }
    for (qint64 child : tree.children(sourceId)) {
        if (Status s = moveCode(e, child, targetId); !s)
            return s;
    }
    const Result<QHash<qint64, QVector<qint64>>> links = e.storage().codeQuestionLinks();
    if (!links)
        return Status::from(links);
    for (qint64 q : links->value(sourceId)) {
        if (Status s = linkCodeToQuestion(e, targetId, q); !s)
            return s;
    }
    return e.remove(QStringLiteral("codes"), sourceId);
}

Status deleteCode(Editor& e, qint64 codeId, bool force) {
    const Result<CodeTree> read = treeHolding(e, codeId);
    if (!read)
        return Status::from(read);
    const CodeTree& tree = *read;
    qint64 n = e.storage().codingCount(QStringLiteral("code_id"), codeId);
    for (qint64 d : tree.descendants(codeId))
        n += e.storage().codingCount(QStringLiteral("code_id"), d);
    if (n > 0 && !force)
        return Status::failure(Tr::tr("\"%1\" and its sub-codes have %2 coding(s); "
                                      "deleting it removes them too (confirm, or use "
                                      "--force)")
                                   .arg(tree.path(codeId))
                                   .arg(n));
    return e.remove(QStringLiteral("codes"), codeId);
}

Result<qint64> ensureQuestion(Editor& e, const QString& code, const QString& title,
                              const QString& text) {
    const QString c = code.trimmed();
    if (c.isEmpty())
        return Result<qint64>::failure(Tr::tr("a research question needs a code"),
                                       ErrorKind::Invalid);
    if (auto id = e.storage().questionIdByCode(c)) {
        if (!title.isEmpty() || !text.isEmpty()) {
            ResearchQuestion q{*id, {}, c, title, text};
            if (Status s = updateQuestion(e, q); !s)
                return s;
        }
        return *id;
    }
    const Result<QVector<ResearchQuestion>> questions = e.storage().researchQuestions();
    if (!questions)
        return Status::from(questions);
    return e.insert(QStringLiteral("research_questions"),
                    {{QStringLiteral("uuid"), newUuid()},
                     {QStringLiteral("code"), c},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("text"), text},
                     {QStringLiteral("sort_order"), questions->size()}});
}

Status updateQuestion(Editor& e, const ResearchQuestion& q) {
    QVariantMap values{{QStringLiteral("title"), q.title}, {QStringLiteral("text"), q.text}};
    if (!q.code.trimmed().isEmpty())
        values.insert(QStringLiteral("code"), q.code.trimmed());
    return e.update(QStringLiteral("research_questions"), q.id, values);
}

Status linkCodeToQuestion(Editor& e, qint64 codeId, qint64 questionId) {
    if (e.storage().codeQuestionLinkId(codeId, questionId))
        return {};
    return Status::from(
        e.insert(QStringLiteral("code_questions"), {{QStringLiteral("code_id"), codeId},
                                                    {QStringLiteral("question_id"), questionId}}));
}

Status unlinkCodeFromQuestion(Editor& e, qint64 codeId, qint64 questionId) {
    if (auto id = e.storage().codeQuestionLinkId(codeId, questionId))
        return e.remove(QStringLiteral("code_questions"), *id);
    return {};
}

} // namespace situate
