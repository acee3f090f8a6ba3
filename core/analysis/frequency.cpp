// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/frequency.h"

#include "core/analysis/analysiscontext.h"
#include "core/analysis/attributecolumns.h"
#include "core/enumnames.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <bit>
#include <map>
#include <thread>
#include <vector>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::analysis)
};
} // namespace

namespace situate {

namespace {
constexpr EnumName<CountType> kCountTypes[] = {{CountType::Codings, "codings"},
                                               {CountType::Documents, "documents"},
                                               {CountType::Cases, "cases"},
                                               {CountType::Characters, "characters"},
                                               {CountType::Coverage, "coverage"}};
constexpr EnumName<Dimension> kDimensions[] = {{Dimension::Case, "case"},
                                               {Dimension::ResearchQuestion, "rq"},
                                               {Dimension::Document, "document"},
                                               {Dimension::Coder, "coder"},
                                               {Dimension::Attribute, "attribute"}};
} // namespace

QString countTypeName(CountType t) {
    return enumName(kCountTypes, t);
}

bool parseCountType(const QString& name, CountType* out) {
    return parseEnumName(kCountTypes, name, out);
}

QString dimensionName(Dimension d) {
    return enumName(kDimensions, d);
}

double MatrixCell::value(CountType t) const {
    switch (t) {
    case CountType::Codings:
        return double(codings);
    case CountType::Documents:
        return double(documents);
    case CountType::Cases:
        return double(cases);
    case CountType::Characters:
        return double(characters);
    case CountType::Coverage:
        return coverage();
    }
    return 0;
}

namespace {

// Below this many codings a second thread costs more than it saves.
constexpr qsizetype kBothCoresFrom = 20000;

// A column a document belongs to, with the selected cases that put it there (for the
// "cases" count; for dimensions not made of cases, all of the document's selected cases).
using Membership = ColumnMembership;

// The union of one key's codings in one document, built as they arrive in start order:
// a coding that begins past the current stretch closes it. No sorting, one pass.
class RunSet {
public:
    explicit RunSet(qsizetype keys)
        : m_runs(std::size_t(keys))
        , m_stamp(std::size_t(keys), -1) {}
    /// `codings` codings from start to end (several only from a context of code counts,
    /// whose start and end are 0).
    void add(qsizetype key, int document, qint64 start, qint64 end, qint64 codings) {
        Run& r = m_runs[std::size_t(key)];
        if (m_stamp[std::size_t(key)] != document) {
            m_stamp[std::size_t(key)] = document;
            r = Run{start, end, 0, codings};
            m_touched.push_back(key);
            return;
        }
        r.codings += codings;
        if (start > r.end) {
            r.covered += r.end - r.start;
            r.start = start;
            r.end = end;
        } else {
            r.end = std::max(r.end, end);
        }
    }
    /// Calls visit(key, codings, union length) for each key the document touched.
    template <typename Visit> void flush(Visit visit) {
        for (qsizetype key : m_touched) {
            const Run& r = m_runs[std::size_t(key)];
            visit(key, r.codings, r.covered + (r.end - r.start));
        }
        m_touched.clear();
    }

private:
    struct Run {
        qint64 start, end, covered, codings;
    };
    std::vector<Run> m_runs;
    std::vector<int> m_stamp;
    std::vector<qsizetype> m_touched;
};

// Cell sums plus a bitset of the cases seen, so a case counts once per cell.
class Accumulator {
public:
    Accumulator(qsizetype cells, qsizetype caseCount)
        : m_cells(cells)
        , m_words(std::max<qsizetype>(1, (caseCount + 63) / 64))
        , m_bits(std::size_t(cells * m_words), 0) {}
    void add(qsizetype cell, qint64 codings, qint64 characters, const QVector<int>& cases) {
        MatrixCell& c = m_cells[cell];
        c.codings += codings;
        c.characters += characters;
        c.documents += 1;
        for (int k : cases)
            m_bits[std::size_t(cell * m_words + k / 64)] |= quint64(1) << (k % 64);
    }
    /// Adds what `other` (the same shape, other documents) counted.
    void merge(const Accumulator& other) {
        for (qsizetype i = 0; i < m_cells.size(); ++i) {
            m_cells[i].codings += other.m_cells[i].codings;
            m_cells[i].characters += other.m_cells[i].characters;
            m_cells[i].documents += other.m_cells[i].documents;
        }
        for (std::size_t i = 0; i < m_bits.size(); ++i)
            m_bits[i] |= other.m_bits[i];
    }
    MatrixCell finish(qsizetype cell, qint64 textLength) {
        MatrixCell c = m_cells[cell];
        c.textLength = textLength;
        for (qsizetype w = 0; w < m_words; ++w)
            c.cases += std::popcount(m_bits[std::size_t(cell * m_words + w)]);
        return c;
    }

private:
    QVector<MatrixCell> m_cells;
    qsizetype m_words;
    std::vector<quint64> m_bits;
};

} // namespace

Status frequencyColumns(const Storage& s, const AnalysisContext& ctx, const FrequencyRequest& req,
                        FrequencyMatrix& m, QVector<QVector<Membership>>& memberships) {
    const auto& docs = ctx.documents();
    memberships.resize(docs.size());
    switch (req.by) {
    case Dimension::Case:
        for (const Case& k : ctx.cases())
            m.columns << MatrixColumn{k.name, {}, k.id, 0};
        for (int d = 0; d < docs.size(); ++d) {
            for (int k : ctx.casesOf(d))
                memberships[d] << Membership{k, {k}};
        }
        break;
    case Dimension::Document:
        for (int d = 0; d < docs.size(); ++d) {
            m.columns << MatrixColumn{docs[d].name, {}, docs[d].id, 0};
            memberships[d] << Membership{d, ctx.casesOf(d)};
        }
        break;
    case Dimension::Coder:
        for (const Coder& k : ctx.coders())
            m.columns << MatrixColumn{k.name, {}, k.id, ctx.textLength()};
        break;
    case Dimension::ResearchQuestion:
        for (const ResearchQuestion& q : ctx.questions())
            m.columns << MatrixColumn{q.code, q.title, q.id, ctx.textLength()};
        break;
    case Dimension::Attribute: {
        Result<AttributeColumns> read = attributeColumns(
            s, ctx, req.attributeId, QStringLiteral("the attribute to count by does not exist"));
        if (!read)
            return Status::from(read);
        m.attributeName = read->attribute.name;
        for (const QString& v : read->values)
            m.columns << MatrixColumn{v, {}, 0, 0};
        memberships = std::move(read->memberships);
        break;
    }
    }
    for (int d = 0; d < docs.size(); ++d) {
        for (const Membership& mm : memberships[d])
            m.columns[mm.column].textLength += docs[d].length;
    }
    return {};
}

Result<FrequencyMatrix> frequencyMatrix(const Storage& s, const FrequencyRequest& request) {
    const bool counts = !request.characters && request.by != Dimension::Coder;
    auto ctx = AnalysisContext::load(s, request.filter, {},
                                     counts ? AnalysisContext::Read::CodeCounts
                                            : AnalysisContext::Read::Spans);
    if (!ctx)
        return Status::from(ctx);
    return frequencyMatrix(s, *ctx, request);
}

Result<FrequencyMatrix> frequencyMatrix(const Storage& s, const AnalysisContext& ctx,
                                        const FrequencyRequest& req) {
    if (ctx.hasCodeCounts() && req.by == Dimension::Coder)
        return Result<FrequencyMatrix>::failure(
            Tr::tr("codings read as counts per code cannot be counted by coder"));
    FrequencyMatrix m;
    m.by = req.by;
    QVector<QVector<Membership>> memberships;
    if (Status st = frequencyColumns(s, ctx, req, m, memberships); !st)
        return st;

    m.rows = matrixRows(ctx, req.codeIds);
    QVector<qint64> rowCodes;
    for (const MatrixRow& r : m.rows)
        rowCodes << r.codeId;
    for (qint64 id : req.codeIds) {
        if (ctx.codeIndex(id) < 0)
            return Result<FrequencyMatrix>::failure(Tr::tr("a code to count no longer exists"),
                                                    ErrorKind::NotFound);
    }

    const int rowCount = int(m.rows.size());
    const int all = rowCount; // the pseudo-row "any row code": column and grand totals
    const qsizetype columns = m.columns.size();
    QVector<QVector<int>> rowsOf = ctx.rowsOfCodes(rowCodes, req.descendants);
    for (QVector<int>& rows : rowsOf) {
        if (!rows.isEmpty())
            rows << all;
    }
    const bool byCoding = req.by == Dimension::Coder || req.by == Dimension::ResearchQuestion;
    QVector<QVector<int>> questionsOf;
    if (req.by == Dimension::ResearchQuestion) {
        for (int code = 0; code < ctx.codeOrder().size(); ++code)
            questionsOf << ctx.questionsOf(code, req.rollup);
    }

    // Cells for rows 0..all (row `all` holds the column totals), then the row totals.
    const qsizetype cellCount = (rowCount + 1) * columns;
    // Keys: (row, group); groups are coders or questions, or one group when the document
    // alone decides the columns (then the row totals come from the same runs).
    const qsizetype groups = req.by == Dimension::Coder              ? ctx.coders().size()
                             : req.by == Dimension::ResearchQuestion ? ctx.questions().size()
                                                                     : 1;
    // Documents are counted apart, so a large project is counted in two runs of documents
    // at once, one per core, whose sums are then added.
    const QVector<QVector<int>>& codeRows = rowsOf;
    const QVector<QVector<int>>& codeQuestions = questionsOf;
    const QVector<QVector<Membership>>& documentColumns = memberships;
    auto count = [&](int fromDocument, int toDocument, Accumulator& acc) {
        RunSet cellsRuns((rowCount + 1) * std::max<qsizetype>(groups, 1));
        RunSet totalRuns(byCoding ? rowCount + 1 : 0);
        // `n` codings of `code` in document d from start to end: one span, or one code's
        // count (start and end 0).
        auto add = [&](int d, int code, int coder, qint64 start, qint64 end, qint64 n) {
            for (int r : codeRows[code]) {
                if (!byCoding) {
                    cellsRuns.add(r, d, start, end, n);
                    continue;
                }
                totalRuns.add(r, d, start, end, n);
                if (req.by == Dimension::Coder) {
                    cellsRuns.add(r * groups + coder, d, start, end, n);
                } else {
                    for (int q : codeQuestions[code])
                        cellsRuns.add(r * groups + q, d, start, end, n);
                }
            }
        };
        for (int d = fromDocument; d < toDocument; ++d) {
            for (auto* span = ctx.spansBegin(d); span != ctx.spansEnd(d); ++span)
                add(d, span->code, span->coder, span->start, span->end, 1);
            for (auto* c = ctx.countsBegin(d); c != ctx.countsEnd(d); ++c)
                add(d, c->code, 0, 0, 0, c->codings);
            const QVector<int>& cases = ctx.casesOf(d);
            cellsRuns.flush([&](qsizetype key, qint64 n, qint64 length) {
                if (byCoding) {
                    acc.add((key / groups) * columns + key % groups, n, length, cases);
                    return;
                }
                for (const Membership& mm : documentColumns[d])
                    acc.add(key * columns + mm.column, n, length, mm.cases);
                acc.add(cellCount + key, n, length, cases);
            });
            totalRuns.flush([&](qsizetype row, qint64 n, qint64 length) {
                acc.add(cellCount + row, n, length, cases);
            });
        }
    };
    const int documents = int(ctx.documents().size());
    Accumulator acc(cellCount + rowCount + 1, ctx.cases().size());
    if (ctx.spanCount() < kBothCoresFrom) {
        count(0, documents, acc);
    } else {
        int split = 0; // the first document of the second half of the spans
        while (split < documents && ctx.spansBegin(split) - ctx.spansBegin(0) < ctx.spanCount() / 2)
            ++split;
        Accumulator upper(cellCount + rowCount + 1, ctx.cases().size());
        std::thread second([&] { count(split, documents, upper); });
        count(0, split, acc);
        second.join();
        acc.merge(upper);
    }

    m.cells.reserve(rowCount * columns);
    for (int r = 0; r < rowCount; ++r) {
        for (qsizetype c = 0; c < columns; ++c)
            m.cells << acc.finish(r * columns + c, m.columns[c].textLength);
        m.rowTotals << acc.finish(cellCount + r, ctx.textLength());
    }
    for (qsizetype c = 0; c < columns; ++c)
        m.columnTotals << acc.finish(all * columns + c, m.columns[c].textLength);
    m.grandTotal = acc.finish(cellCount + all, ctx.textLength());
    return m;
}

QStringList orderedAttributeValues(const Attribute& a, const QSet<QString>& used) {
    QStringList out;
    for (const QString& choice : a.choices) {
        if (!out.contains(choice))
            out << choice;
    }
    QStringList rest;
    for (const QString& v : used) {
        if (!out.contains(v))
            rest << v;
    }
    std::sort(rest.begin(), rest.end(), [&](const QString& x, const QString& y) {
        if (a.type == AttributeType::Number) {
            bool okX = false, okY = false;
            const double dx = x.toDouble(&okX), dy = y.toDouble(&okY);
            if (okX && okY && dx != dy)
                return dx < dy;
        }
        return x < y;
    });
    return out + rest;
}

QVector<MatrixRow> matrixRows(const AnalysisContext& context, const QVector<qint64>& codeIds) {
    QVector<MatrixRow> rows;
    for (int i = 0; i < context.codeOrder().size(); ++i) {
        const qint64 id = context.codeOrder()[i];
        if (!codeIds.isEmpty() && !codeIds.contains(id))
            continue;
        rows << MatrixRow{id, context.tree().path(id), context.codeDepth(i)};
    }
    return rows;
}

} // namespace situate
