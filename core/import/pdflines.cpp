// SPDX-License-Identifier: GPL-3.0-or-later
// One line of a PDF page: symbols drawn on lines of their own put back, the words joined,
// right-to-left runs put in logical order.
#include "core/import/pdflayout.h"
#include "core/import/pdfrows.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace situate::pdflayout {

namespace {

// An emoji or similar pictograph: what bitmap (Type 3) fonts draw in boxes far taller than
// the text around them, so the engine leaves them on a line of their own.
bool isPictograph(char32_t c) {
    return (c >= 0x1F000 && c <= 0x1FAFF) ||
           (c >= 0x2190 && QChar::category(c) == QChar::Symbol_Other);
}

bool isLoneSymbol(const Line& line) {
    return line.words.size() == 1 && isPictographWord(line.words.front().text);
}

double overlap(double a0, double a1, double b0, double b1) {
    return std::min(a1, b1) - std::max(a0, b0);
}

// The engine ends a line at a gap as wide as a pictograph it drew apart; once the pictograph is
// back, the rest of the line (on the same baseline, a space or so to the right) joins it.
void joinLineAfter(Page& page, qsizetype index) {
    Line& line = page.lines[index];
    const QRectF& last = line.words.back().box;
    const double h = line.words.front().box.height();
    for (qsizetype j = 0; j < page.lines.size(); ++j) {
        const Line& other = page.lines[j];
        if (j == index || other.words.isEmpty())
            continue;
        const QRectF& first = other.words.front().box;
        const double gap = first.left() - last.right();
        if (std::abs(first.bottom() - line.words.front().box.bottom()) <= 1.0 && gap >= -1.0 &&
            gap <= 0.6 * h) {
            line.words.back().spaceAfter = gap > 0.2 * h;
            line.words += other.words;
            page.lines.removeAt(j);
            return;
        }
    }
}

enum class Dir { Neutral, Left, Right, Number };

Dir direction(char32_t c) {
    switch (QChar::direction(c)) {
    case QChar::DirL:
        return Dir::Left;
    case QChar::DirR:
    case QChar::DirAL:
        return Dir::Right;
    case QChar::DirEN:
    case QChar::DirAN:
        return Dir::Number;
    default:
        return Dir::Neutral;
    }
}

struct Cluster {
    QString text;
    Dir dir;
};

QVector<Cluster> clusters(const QString& text) {
    QVector<Cluster> out;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype end = finder.position();
        const QString piece = text.mid(start, end - start);
        out.append({piece, direction(piece.toUcs4().value(0))});
        start = end;
    }
    return out;
}

// Calls f(first, last) for each maximal run of clusters in [from, to) that starts and ends
// with one for which `inRun` holds and holds none for which `stops` holds.
template <typename In, typename Stop, typename F>
void forEachRun(const QVector<Cluster>& cs, qsizetype from, qsizetype to, In inRun, Stop stops,
                F f) {
    qsizetype i = from;
    while (i < to) {
        if (!inRun(cs[i].dir)) {
            ++i;
            continue;
        }
        qsizetype last = i;
        for (qsizetype j = i + 1; j < to && !stops(cs[j].dir); ++j) {
            if (inRun(cs[j].dir))
                last = j;
        }
        f(i, last);
        i = last + 1;
    }
}

} // namespace

bool isPictographWord(const QString& text) {
    bool pictograph = false;
    for (const char32_t c : text.toUcs4()) {
        if (QChar::isLetterOrNumber(c))
            return false;
        pictograph = pictograph || isPictograph(c);
    }
    return pictograph;
}

bool isRightToLeft(const QString& text) {
    qsizetype balance = 0;
    for (const char32_t c : text.toUcs4()) {
        const Dir d = direction(c);
        balance += d == Dir::Right ? 1 : d == Dir::Left ? -1 : 0;
    }
    return balance > 0;
}

bool isRightToLeftLine(const QString& text, bool rightToLeftPage) {
    bool left = false;
    bool right = false;
    for (const char32_t c : text.toUcs4()) {
        left = left || direction(c) == Dir::Left;
        right = right || direction(c) == Dir::Right;
    }
    return right && (rightToLeftPage || !left);
}

QString visualToLogical(const QString& visual, bool rightToLeftPage) {
    const bool rightToLeft = isRightToLeftLine(visual, rightToLeftPage);
    if (!rightToLeft && std::none_of(visual.begin(), visual.end(), [](QChar c) {
            return c.direction() == QChar::DirR || c.direction() == QChar::DirAL;
        }))
        return visual;
    QVector<Cluster> cs = clusters(visual);
    const auto isRight = [](Dir d) {
        return d == Dir::Right;
    };
    const auto isLeft = [](Dir d) {
        return d == Dir::Left;
    };
    const auto reverse = [&](qsizetype first, qsizetype last) {
        std::reverse(cs.begin() + first, cs.begin() + last + 1);
    };
    if (rightToLeft) {
        // A right-to-left line: read it from the right, then put the left-to-right words and
        // numbers inside it back in their own order.
        std::reverse(cs.begin(), cs.end());
        forEachRun(
            cs, 0, cs.size(), [](Dir d) { return d == Dir::Left || d == Dir::Number; }, isRight,
            reverse);
    } else {
        // A left-to-right line: each right-to-left run reads from its right end; the numbers
        // inside such a run keep their order.
        forEachRun(cs, 0, cs.size(), isRight, isLeft, [&](qsizetype first, qsizetype last) {
            reverse(first, last);
            forEachRun(
                cs, first, last + 1, [](Dir d) { return d == Dir::Number; },
                [](Dir d) { return d != Dir::Number && d != Dir::Neutral; }, reverse);
        });
    }
    QString out;
    out.reserve(visual.size());
    for (const Cluster& c : cs)
        out += c.text;
    return out;
}

QString lineText(const Line& line, bool rightToLeftPage) {
    QString visual;
    for (qsizetype i = 0; i < line.words.size(); ++i) {
        visual += line.words[i].text;
        if (line.words[i].spaceAfter && i + 1 < line.words.size())
            visual += QLatin1Char(' ');
    }
    return visualToLogical(visual, rightToLeftPage);
}

Page withSymbolsAttached(Page page) {
    for (qsizetype i = 0; i < page.lines.size();) {
        if (!isLoneSymbol(page.lines[i])) {
            ++i;
            continue;
        }
        const Word symbol = page.lines[i].words.front();
        const QRectF s = symbol.box;
        // The line it sits on: the one it overlaps most in height, among those with room for
        // it between or beside their words.
        qsizetype best = -1;
        double bestShare = 0.5;
        for (qsizetype j = 0; j < page.lines.size(); ++j) {
            const Line& line = page.lines[j];
            if (j == i || line.words.isEmpty() || isLoneSymbol(line))
                continue;
            const bool room =
                std::none_of(line.words.begin(), line.words.end(), [&](const Word& w) {
                    return overlap(w.box.left(), w.box.right(), s.left(), s.right()) > 1.0;
                });
            const QRectF& first = line.words.front().box;
            const double share = overlap(first.top(), first.bottom(), s.top(), s.bottom()) /
                                 std::max(first.height(), 1.0);
            if (room && share > bestShare) {
                best = j;
                bestShare = share;
            }
        }
        if (best < 0) {
            ++i;
            continue;
        }
        Line& target = page.lines[best];
        const double gap = 0.2 * target.words.front().box.height();
        const auto at = std::find_if(target.words.begin(), target.words.end(),
                                     [&](const Word& w) { return w.box.left() >= s.center().x(); });
        Word placed = symbol;
        placed.spaceAfter = at != target.words.end() && at->box.left() - s.right() > gap;
        if (at != target.words.begin()) {
            Word& before = *(at - 1);
            before.spaceAfter = s.left() - before.box.right() > gap;
        }
        const bool atEnd = at == target.words.end();
        target.words.insert(at, placed);
        page.lines.removeAt(i);
        if (atEnd)
            joinLineAfter(page, best < i ? best : best - 1);
        i = 0; // lines moved; look again from the top
    }
    return page;
}

} // namespace situate::pdflayout
