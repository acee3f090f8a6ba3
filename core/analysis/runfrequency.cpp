// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/runfrequency.h"

#include "core/analysis/analysiscontext.h"

#include <QSet>

namespace situate {

RunOverlap runOverlap(const std::vector<Interval>& runs, const std::vector<Interval>& with) {
    RunOverlap out;
    std::size_t j = 0;
    for (const Interval& run : runs) {
        while (j < with.size() && with[j].end <= run.start)
            ++j;
        qint64 shared = 0;
        for (std::size_t k = j; k < with.size() && with[k].start < run.end; ++k)
            shared += std::min(run.end, with[k].end) - std::max(run.start, with[k].start);
        if (shared > 0) {
            ++out.runs;
            out.characters += shared;
        }
    }
    return out;
}

namespace {

// One cell's sums, each case once.
struct Tally {
    MatrixCell cell;
    QSet<int> cases;
    void add(RunOverlap o, const QVector<int>& ofCases) {
        if (o.runs == 0)
            return;
        cell.codings += o.runs;
        cell.characters += o.characters;
        cell.documents += 1;
        for (int k : ofCases)
            cases.insert(k);
    }
    MatrixCell finish(qint64 textLength) const {
        MatrixCell c = cell;
        c.cases = cases.size();
        c.textLength = textLength;
        return c;
    }
};

RunOverlap whole(const std::vector<Interval>& runs) {
    RunOverlap o{qint64(runs.size()), 0};
    for (const Interval& r : runs)
        o.characters += r.end - r.start;
    return o;
}

// By coder or question: each group's codings in document `d`, as merged intervals.
std::vector<std::vector<Interval>> groupUnions(const AnalysisContext& ctx, int d,
                                               const FrequencyRequest& req, qsizetype groups,
                                               const QVector<QVector<int>>& questionsOfCode) {
    std::vector<std::vector<Interval>> out(static_cast<std::size_t>(groups));
    for (auto* span = ctx.spansBegin(d); span != ctx.spansEnd(d); ++span) {
        if (req.by == Dimension::Coder) {
            out[std::size_t(span->coder)].push_back({span->start, span->end});
            continue;
        }
        for (int q : questionsOfCode[span->code])
            out[std::size_t(q)].push_back({span->start, span->end});
    }
    for (auto& v : out)
        mergeIntervals(v);
    return out;
}

} // namespace

Result<FrequencyMatrix> runsFrequencyMatrix(const Storage& s, const FrequencyRequest& req,
                                            const QVector<TextRuns>& rows) {
    auto loaded = AnalysisContext::load(s, req.filter);
    if (!loaded)
        return Status::from(loaded);
    const AnalysisContext& ctx = *loaded;
    FrequencyMatrix m;
    m.by = req.by;
    m.rowKind = QStringLiteral("query");
    QVector<QVector<ColumnMembership>> memberships;
    if (Status st = frequencyColumns(s, ctx, req, m, memberships); !st)
        return st;
    for (const TextRuns& r : rows)
        m.rows << MatrixRow{0, r.name, 0};

    const bool byCoding = req.by == Dimension::Coder || req.by == Dimension::ResearchQuestion;
    const qsizetype groups = req.by == Dimension::Coder              ? ctx.coders().size()
                             : req.by == Dimension::ResearchQuestion ? ctx.questions().size()
                                                                     : 0;
    QVector<QVector<int>> questionsOfCode;
    if (req.by == Dimension::ResearchQuestion) {
        for (int code = 0; code < ctx.codeOrder().size(); ++code)
            questionsOfCode << ctx.questionsOf(code, req.rollup);
    }
    // Rows 0..n-1 are the queries; row n, "any query", holds the column and grand totals.
    const qsizetype n = rows.size(), columns = m.columns.size();
    QVector<Tally> cells((n + 1) * columns), totals(n + 1);
    const auto& docs = ctx.documents();
    for (int d = 0; d < docs.size(); ++d) {
        std::vector<std::vector<Interval>> runs(std::size_t(n + 1));
        std::vector<Interval>& any = runs[std::size_t(n)];
        for (qsizetype r = 0; r < n; ++r) {
            runs[std::size_t(r)] = rows[r].runs.value(docs[d].id);
            any.insert(any.end(), runs[std::size_t(r)].begin(), runs[std::size_t(r)].end());
        }
        if (any.empty())
            continue;
        mergeIntervals(any);
        std::vector<std::vector<Interval>> unions;
        if (byCoding)
            unions = groupUnions(ctx, d, req, groups, questionsOfCode);
        for (qsizetype r = 0; r <= n; ++r) {
            const std::vector<Interval>& own = runs[std::size_t(r)];
            if (own.empty())
                continue;
            totals[r].add(whole(own), ctx.casesOf(d));
            if (byCoding) {
                for (qsizetype g = 0; g < groups; ++g)
                    cells[r * columns + g].add(runOverlap(own, unions[std::size_t(g)]),
                                               ctx.casesOf(d));
                continue;
            }
            for (const ColumnMembership& mm : memberships[d])
                cells[r * columns + mm.column].add(whole(own), mm.cases);
        }
    }
    for (qsizetype r = 0; r < n; ++r) {
        for (qsizetype c = 0; c < columns; ++c)
            m.cells << cells[r * columns + c].finish(m.columns[c].textLength);
        m.rowTotals << totals[r].finish(ctx.textLength());
    }
    for (qsizetype c = 0; c < columns; ++c)
        m.columnTotals << cells[n * columns + c].finish(m.columns[c].textLength);
    m.grandTotal = totals[n].finish(ctx.textLength());
    return m;
}

} // namespace situate
