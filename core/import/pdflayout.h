// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Turns the words a PDF engine finds on each page into paragraphs of text, from geometry
// alone: no PDF library here, so every rule can be tested with hand-made pages.
// Coordinates are points with y growing downwards, as Poppler gives them.

#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

namespace situate::pdflayout {

/// One word as the engine found it: its exact text, its box, and whether a space follows it.
struct Word {
    QString text;
    QRectF box;
    bool spaceAfter = false;
};

/// Words the engine chained into one line, left to right as drawn (visual order).
struct Line {
    QVector<Word> words;
};

/// One page: its lines in the engine's reading order (pdftotext's), and the page height.
struct Page {
    QVector<Line> lines;
    double height = 0;
};

/// The text of a document: the body, paragraphs separated by a blank line (a line ended on
/// purpose inside a paragraph by a single newline), and the footnotes found on its pages.
struct Text {
    QString body;
    QStringList notes;
};

/// Lays out every page: symbols the engine placed on lines of their own (emoji drawn from
/// bitmap fonts) go back into the line they sit on; right-to-left runs are put in logical
/// order; running headers, footers and page numbers (lines repeated at the same height on
/// most pages) are dropped; footnotes move to `notes` and their reference marks leave the
/// body; bullets are dropped, each item starting a paragraph; lines wrapped inside a
/// paragraph are joined with a space (none after a hyphen before a lower-case letter, none
/// between two CJK characters), also across a page break.
Text layOut(const QVector<Page>& pages);

/// The page with each line that holds nothing but one pictograph word (an emoji a bitmap font
/// drew in a box taller than the text) merged into the line it sits on, between the words it
/// lies between, spaced by the gaps around it.
Page withSymbolsAttached(Page page);

/// True when the text holds more right-to-left letters (Arabic, Hebrew, ...) than
/// left-to-right ones: on such a page, lines run from right to left.
bool isRightToLeft(const QString& text);

/// True when a line runs from right to left: it holds right-to-left letters, and its page
/// does or the line has no left-to-right letters.
bool isRightToLeftLine(const QString& text, bool rightToLeftPage);

/// Reorders one line of visually ordered text (left to right as drawn) into logical order:
/// a right-to-left line is read from the right, its left-to-right words and numbers kept in
/// their order; in a left-to-right line each right-to-left run is (numbers inside it kept).
/// Grapheme clusters stay whole.
QString visualToLogical(const QString& visual, bool rightToLeftPage = false);

/// A line's text in logical order: words joined as the engine spaced them, then
/// visualToLogical.
QString lineText(const Line& line, bool rightToLeftPage = false);

} // namespace situate::pdflayout
