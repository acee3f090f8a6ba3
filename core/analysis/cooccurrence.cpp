// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/cooccurrence.h"

#include "core/analysis/analysiscontext.h"
#include "core/analysis/intervals.h"
#include "core/enumnames.h"
#include "core/storage/analysisqueries.h"

#include <algorithm>
#include <vector>

namespace situate {

namespace {
constexpr EnumName<CooccurrenceMode> kModes[] = {{CooccurrenceMode::Overlap, "overlap"},
                                                 {CooccurrenceMode::Paragraph, "paragraph"},
                                                 {CooccurrenceMode::Turn, "turn"}};
} // namespace

QString cooccurrenceModeName(CooccurrenceMode m) {
    return enumName(kModes, m);
}

bool parseCooccurrenceMode(const QString& name, CooccurrenceMode* out) {
    return parseEnumName(kModes, name, out);
}

namespace {

// Lines of the text that hold something besides white space, as code-point ranges.
std::vector<Interval> paragraphsOf(const QString& text) {
    std::vector<Interval> out;
    qint64 cp = 0, lineStart = 0;
    bool blank = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.isLowSurrogate())
            continue;
        if (ch == QLatin1Char('\n')) {
            if (!blank)
                out.push_back(Interval{lineStart, cp});
            lineStart = cp + 1;
            blank = true;
        } else if (!ch.isSpace()) {
            blank = false;
        }
        ++cp;
    }
    if (!blank)
        out.push_back(Interval{lineStart, cp});
    return out;
}

// Units (sorted by start, possibly overlapping) with a running maximum of their ends, so
// "units meeting [a, b)" is a binary search plus a short scan.
class UnitIndex {
public:
    explicit UnitIndex(std::vector<Interval> units)
        : m_units(std::move(units)) {
        std::sort(m_units.begin(), m_units.end(),
                  [](const Interval& a, const Interval& b) { return a.start < b.start; });
        qint64 maxEnd = 0;
        for (const Interval& u : m_units) {
            maxEnd = std::max(maxEnd, u.end);
            m_maxEnd.push_back(maxEnd);
        }
    }
    template <typename Visit> void meeting(qint64 start, qint64 end, Visit visit) const {
        auto first = std::upper_bound(m_maxEnd.begin(), m_maxEnd.end(), start);
        for (auto i = std::size_t(first - m_maxEnd.begin()); i < m_units.size(); ++i) {
            const Interval& u = m_units[i];
            if (u.start >= end)
                break;
            if (u.end > start && u.end > u.start)
                visit(int(i));
        }
    }

private:
    std::vector<Interval> m_units;
    std::vector<qint64> m_maxEnd;
};

void addPair(CooccurrenceMatrix& m, int a, int b) {
    const qsizetype n = m.codes.size();
    if (a == b) {
        ++m.counts[a * n + a];
        return;
    }
    ++m.counts[a * n + b];
    ++m.counts[b * n + a];
}

// Overlap mode: each row's codings merged into disjoint stretches; every pair of stretches
// of two rows that overlap is one stretch of text coded with both.
void countOverlaps(CooccurrenceMatrix& m, const std::vector<std::vector<Interval>>& perRow,
                   const std::vector<int>& touched) {
    struct Stretch {
        qint64 start, end;
        int row;
    };
    std::vector<Stretch> all;
    for (int r : touched) {
        for (const Interval& i : perRow[r])
            all.push_back(Stretch{i.start, i.end, r});
        m.counts[r * m.codes.size() + r] += qint64(perRow[r].size());
    }
    std::sort(all.begin(), all.end(),
              [](const Stretch& a, const Stretch& b) { return a.start < b.start; });
    std::vector<Stretch> active;
    for (const Stretch& s : all) {
        std::erase_if(active, [&](const Stretch& a) { return a.end <= s.start; });
        for (const Stretch& a : active)
            addPair(m, a.row, s.row);
        active.push_back(s);
    }
}

} // namespace

Result<CooccurrenceMatrix> cooccurrenceMatrix(const Storage& s, const CooccurrenceRequest& req) {
    auto loaded = AnalysisContext::load(s, req.filter);
    if (!loaded)
        return Status::from(loaded);
    const AnalysisContext& ctx = *loaded;
    CooccurrenceMatrix m;
    m.mode = req.mode;
    m.codes = matrixRows(ctx, req.codeIds);
    QVector<qint64> rowCodes;
    for (const MatrixRow& r : m.codes)
        rowCodes << r.codeId;
    const int n = int(m.codes.size());
    m.counts.fill(0, qsizetype(n) * n);
    const QVector<QVector<int>> rowsOf = ctx.rowsOfCodes(rowCodes, req.descendants);

    QHash<qint64, std::vector<Interval>> turns;
    if (req.mode == CooccurrenceMode::Turn) {
        auto all = loadTurnSpans(s);
        if (!all)
            return Status::from(all);
        for (const TurnSpan& t : *all)
            turns[t.documentId].push_back(Interval{t.start, t.end});
    }

    std::vector<std::vector<Interval>> perRow(static_cast<std::size_t>(n));
    std::vector<int> touched;
    std::vector<std::pair<int, int>> unitRows; // (unit, row)
    for (int d = 0; d < ctx.documents().size(); ++d) {
        if (ctx.spansBegin(d) == ctx.spansEnd(d))
            continue;
        if (req.mode == CooccurrenceMode::Overlap) {
            touched.clear();
            for (auto* span = ctx.spansBegin(d); span != ctx.spansEnd(d); ++span) {
                for (int r : rowsOf[span->code]) {
                    if (perRow[std::size_t(r)].empty())
                        touched.push_back(r);
                    perRow[std::size_t(r)].push_back(Interval{span->start, span->end});
                }
            }
            for (int r : touched)
                mergeIntervals(perRow[std::size_t(r)]);
            countOverlaps(m, perRow, touched);
            for (int r : touched)
                perRow[std::size_t(r)].clear();
            continue;
        }
        const qint64 docId = ctx.documents()[d].id;
        const UnitIndex units(req.mode == CooccurrenceMode::Paragraph
                                  ? paragraphsOf(s.documentText(docId))
                                  : turns.value(docId));
        unitRows.clear();
        for (auto* span = ctx.spansBegin(d); span != ctx.spansEnd(d); ++span) {
            if (rowsOf[span->code].isEmpty())
                continue;
            units.meeting(span->start, span->end, [&](int u) {
                for (int r : rowsOf[span->code])
                    unitRows.emplace_back(u, r);
            });
        }
        std::sort(unitRows.begin(), unitRows.end());
        unitRows.erase(std::unique(unitRows.begin(), unitRows.end()), unitRows.end());
        for (std::size_t i = 0; i < unitRows.size();) {
            std::size_t j = i;
            while (j < unitRows.size() && unitRows[j].first == unitRows[i].first)
                ++j;
            for (std::size_t a = i; a < j; ++a) {
                for (std::size_t b = a; b < j; ++b)
                    addPair(m, unitRows[a].second, unitRows[b].second);
            }
            i = j;
        }
    }
    return m;
}

} // namespace situate
