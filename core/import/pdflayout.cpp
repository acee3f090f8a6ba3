// SPDX-License-Identifier: GPL-3.0-or-later
// The pages of a PDF as paragraphs: running lines, bullets and footnotes taken out, wrapped
// lines joined (pdflayout.h has the rules).
#include "core/import/pdflayout.h"

#include "core/import/pdfrows.h"
#include "core/import/speakerturns.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

namespace situate::pdflayout {

namespace {

/// Line pitches (baseline to baseline) of consecutive lines, by line height: the smallest pitch
/// seen at least twice is the pitch inside a paragraph; more than that is a paragraph gap.
class Pitches {
public:
    explicit Pitches(const QVector<Row>& rows) {
        const Row* previous = nullptr;
        for (const Row& row : rows) {
            if (row.role != Role::Body)
                continue;
            if (previous && previous->page == row.page && sameHeight(*previous, row) &&
                row.base > previous->base + 0.5 * row.height &&
                overlapsHorizontally(*previous, row))
                m_seen[heightClass(row)].push_back(row.base - previous->base);
            previous = &row;
        }
        for (auto& [height, pitches] : m_seen)
            std::sort(pitches.begin(), pitches.end());
    }

    /// The pitch of lines inside one paragraph at this row's height.
    double inParagraph(const Row& row) const {
        const auto it = m_seen.find(heightClass(row));
        if (it == m_seen.end())
            return 1.4 * row.height;
        const std::vector<double>& p = it->second;
        for (size_t i = 0; i + 1 < p.size(); ++i) {
            if (p[i + 1] - p[i] <= 0.75)
                return p[i + 1];
        }
        return p.front();
    }

private:
    static int heightClass(const Row& row) { return int(std::lround(row.height * 2)); }
    std::map<int, std::vector<double>> m_seen;
};

enum class Join { Paragraph, LineBreak, Space, Glued };

class Joiner {
public:
    explicit Joiner(const QVector<Row>& rows)
        : m_rows(rows)
        , m_pitches(rows) {
        // Each row's column edges: the widest extent of the rows of its height that overlap
        // it on its page (rows come page by page).
        m_edges.resize(rows.size());
        qsizetype pageStart = 0;
        qsizetype pageEnd = 0;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (i == pageEnd) {
                pageStart = i;
                while (pageEnd < rows.size() && rows[pageEnd].page == rows[i].page)
                    ++pageEnd;
            }
            QPair<double, double> edges(rows[i].box.left(), rows[i].box.right());
            for (qsizetype j = pageStart; j < pageEnd; ++j) {
                const Row& r = rows[j];
                if (r.role == Role::Body && sameHeight(r, rows[i]) &&
                    overlapsHorizontally(r, rows[i])) {
                    edges.first = std::min(edges.first, r.box.left());
                    edges.second = std::max(edges.second, r.box.right());
                }
            }
            m_edges[i] = edges;
        }
    }

    Join between(const Row& a, const Row& b) const {
        if (b.item || !leadingSpeakerName(b.text).isEmpty() || !sameHeight(a, b))
            return Join::Paragraph;
        if (a.page == b.page) {
            // Beside or above the line before: another block (a table cell, a column).
            if (b.base < a.base + 0.5 * b.height || !overlapsHorizontally(a, b))
                return Join::Paragraph;
            if (b.base - a.base > m_pitches.inParagraph(b) * 1.2 + 0.5)
                return Join::Paragraph;
            if (!wrapped(a, b))
                return Join::LineBreak;
        } else if (!wrapped(a, b)) {
            return Join::Paragraph;
        }
        return gluedAcrossWrap(a.text, b.text) ? Join::Glued : Join::Space;
    }

private:
    // True when the first word of b would not have fit at the end of a: the line was full, so
    // the writer wrapped it; otherwise a ended where its author ended it.
    bool wrapped(const Row& a, const Row& b) const {
        const auto [leftEdge, rightEdge] = m_edges[&a - m_rows.data()];
        const double space = endsWithHyphen(a.text) ? 0 : 0.25 * a.height;
        const double room = a.rtl ? a.box.left() - leftEdge : rightEdge - a.box.right();
        const Word& next = b.rtl ? b.line.words.back() : b.line.words.front();
        return next.box.width() + space > room - 1.0;
    }

    const QVector<Row>& m_rows;
    Pitches m_pitches;
    QVector<QPair<double, double>> m_edges;
};

void append(QString& out, const QString& text, Join join) {
    switch (join) {
    case Join::Paragraph:
        out += QLatin1String("\n\n");
        break;
    case Join::LineBreak:
        out += QLatin1Char('\n');
        break;
    case Join::Space:
        out += QLatin1Char(' ');
        break;
    case Join::Glued:
        // A soft hyphen marks where the writer broke a word; the word is whole again.
        if (out.endsWith(QChar(0xAD)))
            out.chop(1);
        break;
    }
    out += text;
}

} // namespace

Text layOut(const QVector<Page>& pages) {
    QVector<Row> rows = pageRows(pages);
    dropRunningLines(rows, pages);
    Text text;
    text.notes = takeNotes(rows);
    markItems(rows);

    const Joiner joiner(rows);
    const Row* previous = nullptr;
    for (const Row& row : rows) {
        if (row.role != Role::Body || row.text.isEmpty())
            continue;
        append(text.body, row.text, previous ? joiner.between(*previous, row) : Join::Glued);
        previous = &row;
    }
    return text;
}

} // namespace situate::pdflayout
