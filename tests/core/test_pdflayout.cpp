// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF layout rules on hand-made pages: words placed as a PDF engine reports them
// (points, y downwards), no PDF file involved.
#include "core/import/pdflayout.h"
#include "tests/support/catchqt.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

using namespace situate;
using namespace situate::pdflayout;
using test::s;

namespace {

constexpr double lineHeight = 14;
constexpr double charWidth = 6;
constexpr double left = 72;

// A line of words starting at x = `x`, its top at `top`, each character 6 pt wide and words
// a space (4 pt) apart.
Line line(const QString& text, double top, double x = left, double height = lineHeight) {
    Line l;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const double width = charWidth * double(words[i].toUcs4().size());
        l.words.append({words[i], QRectF(x, top, width, height), i + 1 < words.size()});
        x += width + 4;
    }
    return l;
}

// One page of lines, the first at y = 100, each `pitch` below the one before.
Page page(const QStringList& lines, double pitch = 16, double firstTop = 100) {
    Page p;
    p.height = 800;
    double top = firstTop;
    for (const QString& text : lines) {
        if (!text.isEmpty())
            p.lines.append(line(text, top));
        top += pitch;
    }
    return p;
}

// 40 characters fill the column (72 to about 310 pt): a line of about 40 is full.
const QString full1 = QStringLiteral("Interviewer: this line is long enough to");
const QString full2 = QStringLiteral("reach the right edge of the column here,");

} // namespace

TEST_CASE("pdf layout: wrapped lines join with a space, short lines end a paragraph") {
    const Text t = layOut(
        {page({full1, full2, QStringLiteral("and ends here."), QStringLiteral("Participant: Yes."),
               full1, full2, QStringLiteral("short."), QStringLiteral("Then a line break.")})});
    CHECK(t.body == s("Interviewer: this line is long enough to reach the right edge of the "
                      "column here, and ends here.\n\n"
                      "Participant: Yes.\n\n"
                      "Interviewer: this line is long enough to reach the right edge of the "
                      "column here, short.\n"
                      "Then a line break."));
    CHECK(t.notes.isEmpty());
}

TEST_CASE("pdf layout: a wider gap between lines starts a paragraph") {
    // Two paragraphs without speakers, the second after a gap of one and a half lines.
    const Text t = layOut({page({full2, full2, QStringLiteral("end."), QString(),
                                 QStringLiteral("Second paragraph."), full2, full2})});
    CHECK(t.body == s("reach the right edge of the column here, reach the right edge of the "
                      "column here, end.\n\nSecond paragraph.\n"
                      "reach the right edge of the column here, reach the right edge of the "
                      "column here,"));
}

TEST_CASE("pdf layout: hyphens and CJK across a wrap") {
    SECTION("a hyphen before a lower-case word is kept, with no space") {
        const Text t = layOut({page({QStringLiteral("The garden is now a very famous and well-"),
                                     QStringLiteral("known example.")})});
        CHECK(t.body == QLatin1String("The garden is now a very famous and well-known example."));
    }
    SECTION("a soft hyphen marks a broken word, which is made whole") {
        const Text t = layOut({page({s("The treasurer writes each payment in impor\u00AD"),
                                     QStringLiteral("tant books.")})});
        CHECK(t.body == QLatin1String("The treasurer writes each payment in important books."));
    }
    SECTION("a hyphen before a capital keeps the space") {
        const Text t = layOut({page({QStringLiteral("The committee then met its partners at the -"),
                                     QStringLiteral("Water Office.")})});
        CHECK(t.body ==
              QLatin1String("The committee then met its partners at the - Water Office."));
    }
    SECTION("two CJK characters join without a space") {
        const Text t =
            layOut({page({s("A visitor from Kunming wrote it: 合作社改变了"), s("我们的生活。")})});
        CHECK(t.body == s("A visitor from Kunming wrote it: 合作社改变了我们的生活。"));
    }
}

TEST_CASE("pdf layout: running headers, footers and page numbers are dropped") {
    QVector<Page> pages;
    const QStringList first = {QStringLiteral("Interviewer: How did it start?"),
                               QStringLiteral("Participant: With a meeting."),
                               QStringLiteral("Interviewer: Who came?")};
    for (int n = 1; n <= 3; ++n) {
        Page p = page({first[n - 1], full2, QStringLiteral("end of page.")});
        p.lines.prepend(line(QStringLiteral("Evaluation report - confidential"), 40));
        p.lines.append(line(QStringLiteral("Page %1 of 3").arg(n), 760));
        p.lines.append(line(QString::number(n), 780, 300));
        pages.append(p);
    }
    // A line at the top of one page only is text.
    pages[1].lines.prepend(line(QStringLiteral("Annex"), 60));
    const Text t = layOut(pages);
    CHECK_FALSE(t.body.contains(QLatin1String("confidential")));
    CHECK_FALSE(t.body.contains(QLatin1String("Page")));
    CHECK(t.body.contains(QLatin1String("Annex")));
    CHECK(t.body.count(QLatin1String("end of page.")) == 3);
    CHECK_FALSE(t.body.contains(QLatin1Char('2')));

    // A single page has nothing to compare with: its lines stay.
    CHECK(layOut({pages[0]}).body.startsWith(QLatin1String("Evaluation report")));
}

TEST_CASE("pdf layout: a paragraph wrapped across a page break is joined") {
    Page one = page({QStringLiteral("Participant: The committee met on Monday"),
                     QStringLiteral("and again on a Thursday afternoon when all")});
    Page two = page({QStringLiteral("the members were back from the market."),
                     QStringLiteral("Interviewer: Thank you.")});
    CHECK(layOut({one, two}).body ==
          QLatin1String("Participant: The committee met on Monday and again on a Thursday "
                        "afternoon when all the members were back from the market.\n\n"
                        "Interviewer: Thank you."));
    // A page that ends short ends its paragraph.
    Page shortEnd = page(
        {QStringLiteral("Participant: The committee met on Monday"), QStringLiteral("and again.")});
    CHECK(layOut({shortEnd, two}).body.contains(QLatin1String("again.\n\nthe members")));
}

TEST_CASE("pdf layout: bullets drawn apart start items and are dropped, labels stay") {
    Page p = page({QStringLiteral("The committee agreed on three rules:")});
    const QStringList items = {QStringLiteral("Fetch water before sunrise"),
                               QStringLiteral("Repair the pump within a week")};
    for (int i = 0; i < 2; ++i) {
        p.lines.append(line(s("•"), 116 + 16 * i, 80));
        p.lines.append(line(items[i], 116 + 16 * i, 100));
    }
    p.lines.append(line(QStringLiteral("1."), 148, 80));
    p.lines.append(line(QStringLiteral("Numbered item"), 148, 100));
    CHECK(layOut({p}).body == QLatin1String("The committee agreed on three rules:\n\n"
                                            "Fetch water before sunrise\n\n"
                                            "Repair the pump within a week\n\n"
                                            "1. Numbered item"));
}

TEST_CASE("pdf layout: a footnote moves to the notes and its mark leaves the body") {
    Page p = page({QStringLiteral("Interviewer: You mentioned the clinic last time.")});
    // The mark: small, raised, glued to "clinic".
    Line& first = p.lines.first();
    first.words[4].spaceAfter = false;
    first.words.insert(5,
                       {QStringLiteral("1"), QRectF(first.words[4].box.right(), 100, 4, 8), true});
    p.lines.append(line(QStringLiteral("The clinic opened in 2021."), 700, 80, 10));
    p.lines.append(line(QStringLiteral("It is run by the district."), 711, 72, 10));
    p.lines.append(line(QStringLiteral("1"), 700, 72, 8));
    const Text t = layOut({p});
    CHECK(t.body == QLatin1String("Interviewer: You mentioned the clinic last time."));
    CHECK(t.notes == QStringList{QStringLiteral("The clinic opened in 2021. It is run by the "
                                                "district.")});
}

TEST_CASE("pdf layout: an emoji drawn on a line of its own goes back between its words") {
    // Poppler ends the line at the emoji's gap and reports the emoji, in a box three lines
    // tall, after everything else.
    Page p;
    p.height = 800;
    Line before = line(QStringLiteral("My eldest wants to become a nurse"), 100);
    before.words.last().spaceAfter = false;
    const double gapStart = before.words.last().box.right() + 4;
    p.lines.append(before);
    p.lines.append(line(QStringLiteral("like the woman here."), 100, gapStart + 15 + 4));
    p.lines.append(line(QStringLiteral("Next line."), 116));
    p.lines.append({{{s("👩‍⚕️"), QRectF(gapStart, 85, 15, 38), false}}});
    // The joined line is the widest, so it reads as full and the next line continues it.
    CHECK(layOut({p}).body ==
          s("My eldest wants to become a nurse 👩‍⚕️ like the woman here. Next line."));
}

TEST_CASE("pdf layout: right-to-left runs are read in logical order") {
    // Drawn left to right: the Arabic letters of each word reversed, the words too.
    CHECK(visualToLogical(s("Arabic, ةيرقلا يف مكب ابحرم, and")) ==
          s("Arabic, مرحبا بكم في القرية, and"));
    // Numbers inside a right-to-left run keep their order.
    CHECK(visualToLogical(s("see ليخنلا 42 يف here")) == s("see في 42 النخيل here"));
    // A line of Arabic only, and a right-to-left page with a Latin name inside a line.
    CHECK(visualToLogical(s(".ابحرم")) == s("مرحبا."));
    CHECK(visualToLogical(s("Wadi ليخنلا"), false) == s("Wadi النخيل"));
    CHECK(visualToLogical(s("ليخنلا Wadi يف"), true) == s("في Wadi النخيل"));
    // Left-to-right text and emoji clusters are left alone.
    CHECK(visualToLogical(s("It began in 2019 👍🏽 👩‍⚕️")) ==
          s("It began in 2019 👍🏽 👩‍⚕️"));
}
