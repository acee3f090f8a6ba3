// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluation/evidencematrix.h"

#include "core/analysis/analysiscontext.h"
#include "core/analysis/attributecolumns.h"
#include "core/analysis/frequency.h"
#include "core/enumnames.h"
#include "core/storage/evaluationqueries.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <map>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::evaluation)
};
} // namespace

namespace situate {

namespace {

Status cancelledStatus() {
    return Status::failure(QStringLiteral("cancelled"));
}

using Membership = ColumnMembership;

// Counts one cell: each coding once, distinct documents and cases.
struct Tally {
    QVector<qint64> codingIds;
    QSet<int> documents;
    QSet<int> cases;
};

EvidenceCell finish(const Tally& t) {
    EvidenceCell c;
    c.codings = t.codingIds.size();
    c.documents = t.documents.size();
    c.cases = t.cases.size();
    c.codingIds = t.codingIds;
    return c;
}

} // namespace

QString evidenceRowKindName(EvidenceRowKind k) {
    static constexpr EnumName<EvidenceRowKind> kKinds[] = {
        {EvidenceRowKind::ResearchQuestion, "rq"},
        {EvidenceRowKind::Code, "code"},
        {EvidenceRowKind::TocElement, "toc"},
        {EvidenceRowKind::Query, "queries"}};
    return enumName(kKinds, k);
}

bool parseEvidenceRowKind(const QString& name, EvidenceRowKind* out) {
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("rq") || n == QLatin1String("question")) {
        *out = EvidenceRowKind::ResearchQuestion;
    } else if (n == QLatin1String("code")) {
        *out = EvidenceRowKind::Code;
    } else if (n == QLatin1String("toc")) {
        *out = EvidenceRowKind::TocElement;
    } else if (n == QLatin1String("queries") || n == QLatin1String("query")) {
        *out = EvidenceRowKind::Query;
    } else {
        return false;
    }
    return true;
}

QString evidenceColumnKindName(EvidenceColumnKind k) {
    return k == EvidenceColumnKind::Case ? QStringLiteral("case") : QStringLiteral("attribute");
}

QVector<TocElement> tocChain() {
    return {TocElement::Context,   TocElement::Input,      TocElement::Activity,
            TocElement::Mechanism, TocElement::Output,     TocElement::Outcome,
            TocElement::Impact,    TocElement::Assumption, TocElement::EnablerBarrier};
}

QString tocElementTitle(TocElement e) {
    static constexpr EnumName<TocElement> kTitles[] = {
        {TocElement::None, "None"},
        {TocElement::Context, "Context"},
        {TocElement::Input, "Inputs"},
        {TocElement::Activity, "Activities"},
        {TocElement::Mechanism, "Mechanisms"},
        {TocElement::Output, "Outputs"},
        {TocElement::Outcome, "Outcomes"},
        {TocElement::Impact, "Impact"},
        {TocElement::Assumption, "Assumptions"},
        {TocElement::EnablerBarrier, "Enablers and barriers"}};
    return enumName(kTitles, e);
}

qsizetype EvidenceMatrix::rowIndex(const EvidenceRowRef& ref) const {
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows[i].ref == ref)
            return i;
    }
    return -1;
}

qsizetype EvidenceMatrix::columnIndex(const EvidenceColumnRef& ref) const {
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns[i].ref == ref)
            return i;
    }
    return -1;
}

Result<EvidenceMatrix> evidenceMatrix(const Storage& s, const EvidenceRequest& req,
                                      const std::function<bool()>& cancelled) {
    auto loaded = AnalysisContext::load(s, req.filter);
    if (!loaded)
        return Status::from(loaded);
    const AnalysisContext& ctx = *loaded;
    const auto& docs = ctx.documents();
    const int codeCount = int(ctx.codeOrder().size());

    EvidenceMatrix m;
    m.rowKind = req.rows;
    m.columnKind = req.columns;

    // Rows, and for every code index the rows its codings count in.
    QVector<QVector<int>> rowsOfCode(codeCount);
    switch (req.rows) {
    case EvidenceRowKind::ResearchQuestion:
        for (const ResearchQuestion& q : ctx.questions()) {
            EvidenceRow row;
            row.ref = {EvidenceRowKind::ResearchQuestion, q.uuid};
            row.id = q.id;
            row.label = q.code;
            row.title = q.title;
            row.text = q.text;
            m.rows << row;
        }
        for (int c = 0; c < codeCount; ++c) {
            rowsOfCode[c] = ctx.questionsOf(c, req.rollup);
            for (int r : rowsOfCode[c])
                m.rows[r].codeIds << ctx.codeOrder()[c];
        }
        break;
    case EvidenceRowKind::Code:
        for (int c = 0; c < codeCount; ++c) {
            const qint64 id = ctx.codeOrder()[c];
            const Code* code = ctx.tree().find(id);
            EvidenceRow row;
            row.ref = {EvidenceRowKind::Code, code->uuid};
            row.id = id;
            row.label = ctx.tree().path(id);
            row.title = code->definition;
            row.toc = code->toc;
            row.depth = ctx.codeDepth(c);
            row.codeIds << id;
            if (req.descendants)
                row.codeIds << ctx.tree().descendants(id);
            m.rows << row;
        }
        rowsOfCode = ctx.rowsOfCodes(ctx.codeOrder(), req.descendants);
        break;
    case EvidenceRowKind::TocElement: {
        const QVector<TocElement> chain = tocChain();
        for (TocElement e : chain) {
            EvidenceRow row;
            row.ref = {EvidenceRowKind::TocElement, tocElementName(e)};
            row.label = tocElementTitle(e);
            row.toc = e;
            m.rows << row;
        }
        for (int c = 0; c < codeCount; ++c) {
            const Code* code = ctx.tree().find(ctx.codeOrder()[c]);
            const int r = int(chain.indexOf(code->toc));
            if (r >= 0) {
                rowsOfCode[c] << r;
                m.rows[r].codeIds << code->id;
            }
        }
        break;
    }
    case EvidenceRowKind::Query:
        m.queries = req.queries;
        for (const TextRuns& q : req.queries) {
            EvidenceRow row;
            row.ref = {EvidenceRowKind::Query, q.name};
            row.label = q.name;
            m.rows << row;
        }
        break;
    }

    // Columns, and each document's memberships.
    QVector<QVector<Membership>> memberships(docs.size());
    if (req.columns == EvidenceColumnKind::Case) {
        for (const Case& k : ctx.cases())
            m.columns << EvidenceColumn{{EvidenceColumnKind::Case, k.uuid, {}}, k.id, k.name};
        for (int d = 0; d < docs.size(); ++d) {
            for (int k : ctx.casesOf(d))
                memberships[d] << Membership{k, {k}};
        }
    } else {
        Result<AttributeColumns> read =
            attributeColumns(s, ctx, req.attributeId,
                             QStringLiteral("the attribute for the columns does not exist"));
        if (!read)
            return Status::from(read);
        m.attributeName = read->attribute.name;
        for (const QString& v : read->values)
            m.columns << EvidenceColumn{
                {EvidenceColumnKind::Attribute, read->attribute.uuid, v}, 0, v};
        memberships = std::move(read->memberships);
    }

    const qsizetype columns = m.columns.size();
    QVector<Tally> cells(m.rows.size() * columns);
    QVector<Tally> totals(m.rows.size());
    // Query rows: by row, the result's runs in the document being counted.
    QVector<const std::vector<Interval>*> queryRuns(req.queries.size());
    QVector<int> queryRows;
    for (int d = 0; d < docs.size(); ++d) {
        if (cancelled && cancelled())
            return cancelledStatus();
        for (qsizetype r = 0; r < req.queries.size(); ++r) {
            auto it = req.queries[r].runs.constFind(docs[d].id);
            queryRuns[r] = it == req.queries[r].runs.cend() ? nullptr : &*it;
        }
        for (auto* span = ctx.spansBegin(d); span != ctx.spansEnd(d); ++span) {
            if (req.rows == EvidenceRowKind::Query) {
                queryRows.clear();
                for (int r = 0; r < queryRuns.size(); ++r) {
                    if (queryRuns[r] && sharesCharacter(*queryRuns[r], span->start, span->end))
                        queryRows << r;
                }
            }
            for (int r : req.rows == EvidenceRowKind::Query ? queryRows : rowsOfCode[span->code]) {
                Tally& total = totals[r];
                total.codingIds << span->id;
                total.documents.insert(d);
                for (int k : ctx.casesOf(d))
                    total.cases.insert(k);
                for (const Membership& mm : memberships[d]) {
                    Tally& t = cells[r * columns + mm.column];
                    t.codingIds << span->id;
                    t.documents.insert(d);
                    for (int k : mm.cases)
                        t.cases.insert(k);
                }
            }
        }
    }
    for (const Tally& t : cells)
        m.cells << finish(t);
    for (const Tally& t : totals)
        m.rowTotals << finish(t);

    Result<QVector<StoredSummary>> summaries = loadEvidenceSummaries(s);
    if (!summaries)
        return Status::from(summaries);
    for (const StoredSummary& st : *summaries) {
        EvidenceRowKind rk;
        if (!parseEvidenceRowKind(st.rowKind, &rk) || rk != req.rows)
            continue;
        const EvidenceColumnKind ck = st.columnKind == QLatin1String("case")
                                          ? EvidenceColumnKind::Case
                                          : EvidenceColumnKind::Attribute;
        const qsizetype r = m.rowIndex({rk, st.rowKey});
        const qsizetype c = m.columnIndex({ck, st.columnKey, st.columnValue});
        if (r < 0 || c < 0)
            continue;
        m.cells[r * columns + c].summary = st.text;
        m.cells[r * columns + c].summaryModified = st.modified;
    }
    return m;
}

Result<QVector<EvidenceSummary>> evidenceSummaries(const Storage& s) {
    QVector<StoredSummary> stored;
    QVector<ResearchQuestion> questions;
    CodeTree tree;
    QVector<Case> cases;
    QVector<Attribute> attributes;
    if (Status failed; !takeValue(loadEvidenceSummaries(s), stored, &failed) ||
                       !takeValue(s.researchQuestions(), questions, &failed) ||
                       !takeValue(CodeTree::read(s), tree, &failed) ||
                       !takeValue(s.cases(), cases, &failed) ||
                       !takeValue(s.attributes(), attributes, &failed))
        return failed;
    QHash<QString, QString> rowLabels;
    for (const ResearchQuestion& q : questions)
        rowLabels.insert(QStringLiteral("rq:") + q.uuid, q.code);
    for (const Code& c : tree.codes())
        rowLabels.insert(QStringLiteral("code:") + c.uuid, tree.path(c.id));
    for (TocElement e : tocChain())
        rowLabels.insert(QStringLiteral("toc:") + tocElementName(e), tocElementTitle(e));
    QHash<QString, QString> caseNames, attributeNames;
    for (const Case& k : cases)
        caseNames.insert(k.uuid, k.name);
    for (const Attribute& a : attributes)
        attributeNames.insert(a.uuid, a.name);

    QVector<EvidenceSummary> out;
    for (const StoredSummary& st : stored) {
        EvidenceSummary e;
        e.id = st.id;
        e.uuid = st.uuid;
        parseEvidenceRowKind(st.rowKind, &e.row.kind);
        e.row.key = st.rowKey;
        e.column.kind = st.columnKind == QLatin1String("case") ? EvidenceColumnKind::Case
                                                               : EvidenceColumnKind::Attribute;
        e.column.key = st.columnKey;
        e.column.value = st.columnValue;
        e.rowLabel = rowLabels.value(st.rowKind + QLatin1Char(':') + st.rowKey, st.rowKey);
        if (e.column.kind == EvidenceColumnKind::Case)
            e.columnLabel = caseNames.value(st.columnKey, st.columnKey);
        else
            e.columnLabel = attributeNames.value(st.columnKey, st.columnKey) + QLatin1Char('=') +
                            st.columnValue;
        e.text = st.text;
        e.modified = st.modified;
        out << e;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const EvidenceSummary& a, const EvidenceSummary& b) {
                         if (a.row.kind != b.row.kind)
                             return int(a.row.kind) < int(b.row.kind);
                         if (a.rowLabel != b.rowLabel)
                             return a.rowLabel < b.rowLabel;
                         return a.columnLabel < b.columnLabel;
                     });
    return out;
}

Result<EvidenceRowRef> resolveEvidenceRow(const Storage& s, EvidenceRowKind kind,
                                          const QString& name) {
    using R = Result<EvidenceRowRef>;
    const QString n = name.trimmed();
    switch (kind) {
    case EvidenceRowKind::ResearchQuestion: {
        const Result<QVector<ResearchQuestion>> questions = s.researchQuestions();
        if (!questions)
            return Status::from(questions);
        for (const ResearchQuestion& q : *questions) {
            if (q.code == n)
                return EvidenceRowRef{kind, q.uuid};
        }
        return R::failure(Tr::tr("no research question %1").arg(n), ErrorKind::NotFound);
    }
    case EvidenceRowKind::Code: {
        const Result<CodeTree> read = CodeTree::read(s);
        if (!read)
            return Status::from(read);
        const CodeTree& tree = *read;
        if (auto id = tree.idByPath(n))
            return EvidenceRowRef{kind, tree.find(*id)->uuid};
        return R::failure(Tr::tr("no code %1").arg(n), ErrorKind::NotFound);
    }
    case EvidenceRowKind::TocElement: {
        TocElement e = TocElement::None;
        if (!parseTocElement(n, &e)) {
            for (TocElement t : tocChain()) {
                if (tocElementTitle(t).compare(n, Qt::CaseInsensitive) == 0)
                    e = t;
            }
        }
        if (e == TocElement::None)
            return R::failure(Tr::tr("no theory-of-change element %1").arg(n), ErrorKind::Invalid);
        return EvidenceRowRef{kind, tocElementName(e)};
    }
    case EvidenceRowKind::Query:
        return R::failure(Tr::tr("summaries are written on research question, code and "
                                 "theory-of-change rows, not on saved queries"),
                          ErrorKind::Invalid);
    }
    return R::failure(Tr::tr("unknown row kind"), ErrorKind::Invalid);
}

Result<EvidenceColumnRef> resolveEvidenceColumn(const Storage& s, const QString& name) {
    using R = Result<EvidenceColumnRef>;
    const QString prefix = QStringLiteral("attribute:");
    if (name.startsWith(prefix)) {
        const QString rest = name.mid(prefix.size());
        const qsizetype eq = rest.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return R::failure(Tr::tr("write an attribute column as attribute:NAME=VALUE"),
                              ErrorKind::Invalid);
        Result<Attribute> a = resolveAttribute(s, rest.left(eq));
        if (!a)
            return Status::from(a);
        return EvidenceColumnRef{EvidenceColumnKind::Attribute, a->uuid, rest.mid(eq + 1)};
    }
    const Result<QVector<Case>> cases = s.cases();
    if (!cases)
        return Status::from(cases);
    for (const Case& k : *cases) {
        if (k.name == name)
            return EvidenceColumnRef{EvidenceColumnKind::Case, k.uuid, {}};
    }
    return R::failure(Tr::tr("no case %1").arg(name), ErrorKind::NotFound);
}

} // namespace situate
