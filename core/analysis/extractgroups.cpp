// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/extractgroups.h"

#include "core/storage/storage.h"

namespace situate {

Result<ExtractGroups> groupExtracts(const Storage& s, const ExtractQuery& query) {
    ExtractGroups out;
    auto all = extracts(s, query);
    if (!all)
        return Status::from(all);
    out.extracts = std::move(*all);

    // Code order: depth first, as the codebook shows it.
    Result<CodeTree> read = CodeTree::read(s);
    if (!read)
        return Status::from(read);
    out.tree = std::move(*read);
    const CodeTree& tree = out.tree;
    QHash<qint64, int> codeRank;
    for (qint64 top : tree.children(0)) {
        codeRank.insert(top, int(codeRank.size()));
        for (qint64 sub : tree.descendants(top))
            codeRank.insert(sub, int(codeRank.size()));
    }
    for (auto it = codeRank.cbegin(); it != codeRank.cend(); ++it)
        out.codeAt.insert(it.value(), it.key());

    QVector<ExtractGroups::Group>& groups = out.groups;
    const Result<QVector<ResearchQuestion>> questions = s.researchQuestions();
    if (!questions)
        return Status::from(questions);
    QHash<QString, int> groupOfQuestion;
    for (const ResearchQuestion& q : *questions) {
        if (query.questionId != 0 && q.id != query.questionId)
            continue;
        groupOfQuestion.insert(q.code, int(groups.size()));
        const QString heading =
            q.title.isEmpty() ? q.code : q.code + QStringLiteral(": ") + q.title;
        groups << ExtractGroups::Group{
            heading, q.text, QStringLiteral("q%1").arg(groups.size()), {}};
    }
    const int unlinked = int(groups.size());
    groups << ExtractGroups::Group{QStringLiteral("Not linked to a research question"),
                                   {},
                                   QStringLiteral("q%1").arg(groups.size()),
                                   {}};
    const Result<QVector<Case>> cases = s.cases();
    if (!cases)
        return Status::from(cases);
    for (const Case& k : *cases)
        out.caseOrder << k.name;
    out.noCase = int(out.caseOrder.size());

    const QVector<Extract>& xs = out.extracts;
    for (int i = 0; i < xs.size(); ++i) {
        QVector<int> gs;
        for (const QString& q : xs[i].researchQuestions) {
            if (groupOfQuestion.contains(q))
                gs << groupOfQuestion.value(q);
        }
        if (xs[i].researchQuestions.isEmpty())
            gs << unlinked;
        QVector<int> cs;
        for (const QString& k : xs[i].cases)
            cs << int(out.caseOrder.indexOf(k));
        if (cs.isEmpty())
            cs << out.noCase;
        for (int g : gs) {
            for (int c : cs)
                groups[g].byCode[codeRank.value(xs[i].codeId)][c] << i;
        }
    }
    return out;
}

} // namespace situate
