// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/tocsnapshot.h"

#include "core/analysis/frequency.h"
#include "core/codetree.h"
#include "core/evaluation/evidencematrix.h"
#include "core/project.h"
#include "ui/common/translations.h"

#include <QHash>

#include <functional>

namespace situate {

bool isTocBandElement(TocElement e) {
    return e == TocElement::Assumption || e == TocElement::EnablerBarrier;
}

const TocSnapshot::Code* TocSnapshot::find(qint64 codeId) const {
    for (const QVector<Element>* list : {&chain, &band})
        for (const Element& e : *list)
            for (const Code& c : e.codes)
                if (c.id == codeId)
                    return &c;
    return nullptr;
}

Result<TocSnapshot> readTocSnapshot(const Storage& s) {
    FrequencyRequest request;
    request.by = Dimension::Case;
    auto matrix = frequencyMatrix(s, request);
    if (!matrix)
        return Status::from(matrix);

    Result<QVector<ResearchQuestion>> questions = s.researchQuestions();
    if (!questions)
        return Status::from(questions);
    const Result<QHash<qint64, QVector<qint64>>> readLinks = s.codeQuestionLinks();
    if (!readLinks)
        return Status::from(readLinks);
    const QHash<qint64, QVector<qint64>>& links = *readLinks;
    const Result<CodeTree> readTree = CodeTree::read(s);
    if (!readTree)
        return Status::from(readTree);
    const CodeTree& tree = *readTree;

    TocSnapshot out;
    for (const MatrixColumn& c : matrix->columns)
        out.cases << TocSnapshot::CaseRef{c.id, c.key};
    out.questions = questions.take();
    out.codings = matrix->grandTotal.codings;
    QHash<qint64, QString> questionCodes;
    for (const ResearchQuestion& q : out.questions)
        questionCodes.insert(q.id, q.code);

    QHash<qint64, qsizetype> rowOf;
    for (qsizetype r = 0; r < matrix->rows.size(); ++r)
        rowOf.insert(matrix->rows[r].codeId, r);
    const qsizetype columns = matrix->columns.size();

    QHash<int, QVector<TocSnapshot::Code>> byElement;
    // Tree order (depth first), so sub-codes follow their parent inside a box.
    std::function<void(qint64)> visit = [&](qint64 parent) {
        for (qint64 id : tree.children(parent)) {
            const situate::Code* code = tree.find(id);
            const qsizetype r = rowOf.value(id, -1);
            if (code->toc == TocElement::None) {
                ++out.unplaced;
            } else {
                TocSnapshot::Code c;
                c.id = id;
                c.name = code->name;
                c.path = tree.path(id);
                c.colour = code->colour;
                c.definition = code->definition;
                for (const ResearchQuestion& q : out.questions) {
                    if (links.value(id).contains(q.id)) {
                        c.questionIds << q.id;
                        c.questions << q.code;
                    }
                }
                if (r >= 0) {
                    c.total = matrix->rowTotals[r].codings;
                    c.documents = matrix->rowTotals[r].documents;
                    for (qsizetype col = 0; col < columns; ++col) {
                        c.perCase << matrix->cell(r, col).codings;
                        c.documentsPerCase << matrix->cell(r, col).documents;
                    }
                }
                bool heading = c.total == 0;
                if (heading) {
                    heading = false;
                    for (qint64 child : tree.children(id))
                        heading = heading || tree.find(child)->toc == code->toc;
                }
                if (!heading)
                    byElement[int(code->toc)] << c;
            }
            visit(id);
        }
    };
    visit(0);

    for (TocElement e : tocChain()) {
        TocSnapshot::Element element;
        element.element = e;
        element.title = tocElementText(e);
        element.codes = byElement.value(int(e));
        (isTocBandElement(e) ? out.band : out.chain) << element;
    }
    return out;
}

} // namespace situate
