// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/pdfrows.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <vector>

namespace situate::pdflayout {

namespace {

double median(std::vector<double> values) {
    if (values.empty())
        return 0;
    const auto middle = values.begin() + qsizetype(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

bool isCjk(char32_t c) {
    const QChar::Script script = QChar::script(c);
    return script == QChar::Script_Han || script == QChar::Script_Hiragana ||
           script == QChar::Script_Katakana || (c >= 0x3000 && c <= 0x303F) ||
           (c >= 0xFF00 && c <= 0xFFEF);
}

qsizetype codePoints(const QString& text) {
    return text.toUcs4().size();
}

bool isBullet(const QString& text) {
    static const QList<uint> bullets = QStringLiteral("•◦▪▫‣⁃●○■□◆◇➢➤►▶✓✔–—-·*").toUcs4();
    const QList<uint> cps = text.toUcs4();
    return cps.size() == 1 && bullets.contains(cps.front());
}

// A list label drawn apart from its item: a bullet, "1.", "a)", "iv.".
bool isLabel(const QString& text) {
    static const QRegularExpression label(
        QStringLiteral("^(\\d{1,3}|[A-Za-z]|[ivxlcIVXLC]{1,5})[.)]$"));
    return isBullet(text) || label.match(text).hasMatch();
}

// The nearest body row that starts right of `label` on its baseline, or -1.
qsizetype rowRightOf(const QVector<Row>& rows, qsizetype label) {
    const Row& l = rows[label];
    qsizetype best = -1;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row& r = rows[i];
        // On its baseline, or raised within its line as a note's label often is.
        const bool level = std::abs(r.base - l.base) <= 0.35 * r.height ||
                           (l.base <= r.base && l.box.top() >= r.base - r.height - 1.0);
        if (i == label || r.role != Role::Body || r.page != l.page || !level ||
            r.box.left() < l.box.right() - 0.5 || r.box.left() - l.box.right() > 3 * r.height)
            continue;
        if (best < 0 || r.box.left() < rows[best].box.left())
            best = i;
    }
    return best;
}

QString runningKey(const QString& text) {
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    return QString(text).replace(digits, QStringLiteral("#")).simplified();
}

struct Mark {
    qsizetype row;
    qsizetype word;
};

// Small raised text glued to the word before it: a footnote reference mark.
QVector<Mark> superscripts(const QVector<Row>& rows) {
    QVector<Mark> marks;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (rows[r].role != Role::Body)
            continue;
        const QVector<Word>& words = rows[r].line.words;
        for (qsizetype i = 1; i < words.size(); ++i) {
            const Word& before = words[i - 1];
            const Word& w = words[i];
            const double h = before.box.height();
            if (!before.spaceAfter && codePoints(w.text) <= 3 && w.box.height() < 0.8 * h &&
                w.box.bottom() < before.box.bottom() - 0.15 * h)
                marks.append({r, i});
        }
    }
    return marks;
}

// The row a note labelled `label` starts on, below row `from` on its page, or -1. A label
// drawn apart from the note is dropped; one at the start of the note's line is removed.
qsizetype noteStart(QVector<Row>& rows, qsizetype from, const QString& label) {
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Row& r = rows[i];
        if (i == from || r.role != Role::Body || r.page != rows[from].page ||
            r.base <= rows[from].base || r.line.words.front().text != label)
            continue;
        if (r.line.words.size() > 1) {
            r.line.words.removeFirst();
            refresh(r);
            return i;
        }
        const qsizetype note = rowRightOf(rows, i);
        if (note >= 0) {
            r.role = Role::Dropped;
            return note;
        }
    }
    return -1;
}

} // namespace

void refresh(Row& row) {
    std::vector<double> heights;
    std::vector<double> bottoms;
    row.box = QRectF();
    // Pictographs drawn from bitmap fonts have boxes far taller than the text beside them:
    // the height and baseline come from the other words, if any.
    const bool anyText = std::any_of(row.line.words.begin(), row.line.words.end(),
                                     [](const Word& w) { return !isPictographWord(w.text); });
    for (const Word& w : row.line.words) {
        row.box = row.box.isNull() ? w.box : row.box.united(w.box);
        if (!anyText || !isPictographWord(w.text)) {
            heights.push_back(w.box.height());
            bottoms.push_back(w.box.bottom());
        }
    }
    row.height = median(heights);
    row.base = median(bottoms);
    row.text = lineText(row.line, row.pageRtl);
    row.rtl = isRightToLeftLine(row.text, row.pageRtl);
}

QVector<Row> pageRows(const QVector<Page>& pages) {
    QVector<Row> rows;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        Page page = withSymbolsAttached(pages[p]);
        QString all;
        for (const Line& line : page.lines) {
            for (const Word& w : line.words)
                all += w.text;
        }
        const bool rightToLeft = isRightToLeft(all);
        for (Line& line : page.lines) {
            if (line.words.isEmpty())
                continue;
            Row row;
            row.line = std::move(line);
            row.page = int(p);
            row.pageRtl = rightToLeft;
            refresh(row);
            rows.append(std::move(row));
        }
    }
    return rows;
}

bool sameHeight(const Row& a, const Row& b) {
    return std::abs(a.height - b.height) <= 0.2 * std::max(a.height, b.height);
}

bool overlapsHorizontally(const Row& a, const Row& b) {
    return std::min(a.box.right(), b.box.right()) > std::max(a.box.left(), b.box.left());
}

bool endsWithHyphen(const QString& text) {
    return text.endsWith(QLatin1Char('-')) || text.endsWith(QChar(0x2010)) ||
           text.endsWith(QChar(0xAD));
}

bool gluedAcrossWrap(const QString& before, const QString& after) {
    const QList<uint> a = before.right(2).toUcs4();
    const QList<uint> b = after.left(2).toUcs4();
    if (a.isEmpty() || b.isEmpty())
        return false;
    return (endsWithHyphen(before) && QChar::isLower(b.front())) ||
           (isCjk(a.back()) && isCjk(b.front()));
}

void dropRunningLines(QVector<Row>& rows, const QVector<Page>& pages) {
    const int pageCount = int(pages.size());
    if (pageCount < 2)
        return;
    // The three top and three bottom rows of each page, within its top or bottom sixth.
    QVector<QVector<qsizetype>> edges(pageCount);
    for (int p = 0; p < pageCount; ++p) {
        const double band = pages[p].height / 6;
        QVector<qsizetype> onPage;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows[i].page == p)
                onPage.append(i);
        }
        std::sort(onPage.begin(), onPage.end(),
                  [&](qsizetype a, qsizetype b) { return rows[a].box.top() < rows[b].box.top(); });
        for (qsizetype k = 0; k < onPage.size(); ++k) {
            const QRectF& box = rows[onPage[k]].box;
            const bool inBand =
                pages[p].height <= 0 || box.bottom() <= band || box.top() >= pages[p].height - band;
            if ((k < 3 || k >= onPage.size() - 3) && inBand)
                edges[p].append(onPage[k]);
        }
    }
    QHash<qsizetype, QString> keys;
    for (const QVector<qsizetype>& page : edges) {
        for (const qsizetype i : page)
            keys.insert(i, runningKey(rows[i].text));
    }
    QVector<qsizetype> running;
    for (const QVector<qsizetype>& page : edges) {
        for (const qsizetype i : page) {
            const double tolerance = std::max(2.0, 0.3 * rows[i].height);
            const auto repeats = std::count_if(edges.begin(), edges.end(), [&](const auto& other) {
                return std::any_of(other.begin(), other.end(), [&](qsizetype j) {
                    return std::abs(rows[j].box.top() - rows[i].box.top()) <= tolerance &&
                           keys.value(j) == keys.value(i);
                });
            });
            if (repeats >= 2 && 2 * repeats > pageCount)
                running.append(i);
        }
    }
    for (const qsizetype i : running)
        rows[i].role = Role::Dropped;
}

QStringList takeNotes(QVector<Row>& rows) {
    QStringList notes;
    const QVector<Mark> marks = superscripts(rows);
    // Later marks in a row first, so the word indexes of earlier ones stay valid.
    for (auto m = marks.rbegin(); m != marks.rend(); ++m) {
        const QString label = rows[m->row].line.words[m->word].text;
        const qsizetype start = noteStart(rows, m->row, label);
        if (start < 0)
            continue;
        QVector<Word>& words = rows[m->row].line.words;
        words[m->word - 1].spaceAfter = words[m->word].spaceAfter;
        words.removeAt(m->word);
        refresh(rows[m->row]);

        Row& first = rows[start];
        first.role = Role::Note;
        QString note = first.text;
        for (qsizetype k = start + 1; k < rows.size(); ++k) {
            Row& r = rows[k];
            if (r.role == Role::Dropped)
                continue;
            if (r.role != Role::Body || r.page != first.page || !sameHeight(r, first) ||
                r.base <= first.base || !overlapsHorizontally(r, first) ||
                (r.line.words.size() == 1 && rowRightOf(rows, k) >= 0))
                break;
            r.role = Role::Note;
            note += gluedAcrossWrap(note, r.text) ? r.text : QLatin1Char(' ') + r.text;
        }
        notes.prepend(note);
    }
    return notes;
}

void markItems(QVector<Row>& rows) {
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Row& r = rows[i];
        if (r.role != Role::Body)
            continue;
        if (r.line.words.size() > 1 && isBullet(r.line.words.front().text)) {
            r.line.words.removeFirst();
            refresh(r);
            r.item = true;
            continue;
        }
        if (r.line.words.size() != 1 || !isLabel(r.text))
            continue;
        const qsizetype item = rowRightOf(rows, i);
        if (item < 0)
            continue;
        Row& t = rows[item];
        t.item = true;
        if (!isBullet(r.text))
            t.text = r.text + QLatin1Char(' ') + t.text;
        r.role = Role::Dropped;
    }
}

} // namespace situate::pdflayout
