// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The lines of every page as rows that know their place, and the steps that take rows out of
// the running text: running headers and footers, footnotes, bullets. Internal to pdflayout.

#include "core/import/pdflayout.h"

namespace situate::pdflayout {

enum class Role { Body, Dropped, Note };

struct Row {
    Line line;
    int page = 0;
    Role role = Role::Body;
    bool item = false;    // a bullet or a label ("1.", "a)") starts it
    QString text;         // logical order
    QRectF box;           // all its words
    double height = 0;    // the median height of its words
    double base = 0;      // the median bottom of its words: where its baseline is
    bool rtl = false;     // the line runs from right to left
    bool pageRtl = false; // its page does
};

/// A word of pictographs (emoji with their modifiers, joiners and variation selectors) and no
/// letter or digit.
bool isPictographWord(const QString& text);

/// Recomputes text, box, height, base and direction from the row's words.
void refresh(Row& row);

/// Every page's lines as rows, pictographs attached (withSymbolsAttached), in reading order.
QVector<Row> pageRows(const QVector<Page>& pages);

/// Heights within a fifth of each other.
bool sameHeight(const Row& a, const Row& b);
bool overlapsHorizontally(const Row& a, const Row& b);
/// Ends with a hyphen or soft hyphen.
bool endsWithHyphen(const QString& text);
/// True when a line wrap between the two is joined without a space: a hyphen before a
/// lower-case letter, or two CJK characters.
bool gluedAcrossWrap(const QString& before, const QString& after);

/// Drops lines repeated at the same height, digits aside ("Page 2 of 9"), among the three
/// top and three bottom lines (within the top or bottom sixth of the page) of more than half
/// of the pages (two at least).
void dropRunningLines(QVector<Row>& rows, const QVector<Page>& pages);

/// Finds superscript reference marks whose label starts a line lower on the same page: that
/// line and the lines that continue it become a note (returned in order), the mark leaves
/// the body.
QStringList takeNotes(QVector<Row>& rows);

/// A bullet or label ("1.", "a)") before a line, on its baseline, marks it as a list item:
/// bullets are dropped, labels kept in front of the text.
void markItems(QVector<Row>& rows);

} // namespace situate::pdflayout
