// SPDX-License-Identifier: GPL-3.0-or-later
// The document view's coding highlights, read back from the pixels painted: every line in
// view of a coding is tinted, also in a paragraph much taller than the window scrolled to its
// middle (the view paints only the lines in view, and measures each line end once), and
// nothing is tinted where no coding is.
#include "ui/documentview/documentview.h"

#include <QColor>
#include <QImage>
#include <QTest>

#include <catch2/catch.hpp>

using namespace situate;

namespace {

/// Rows of the view's text area with at least a few pixels of the red code's tint.
int tintedRows(DocumentView& view) {
    const QImage shot = view.viewport()->grab().toImage();
    int rows = 0;
    for (int y = 0; y < shot.height(); ++y) {
        int tinted = 0;
        for (int x = 0; x < shot.width(); ++x) {
            const QColor c = shot.pixelColor(x, y);
            if (c.red() > c.green() + 30 && c.red() > c.blue() + 30)
                ++tinted;
        }
        if (tinted >= 5)
            ++rows;
    }
    return rows;
}

Coding coding(qint64 id, qint64 start, qint64 end) {
    Coding c;
    c.id = id;
    c.documentId = 1;
    c.codeId = 7;
    c.coderId = 1;
    c.start = start;
    c.end = end;
    return c;
}

} // namespace

TEST_CASE("document view: a coding is tinted on every line in view, in a paragraph taller than "
          "the window scrolled to its middle, and nowhere else") {
    DocumentView view;
    view.resize(700, 400);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    Document d;
    d.id = 1;
    d.text = QStringLiteral("word ").repeated(6000); // one paragraph of 30,000 characters
    d.length = d.text.size();
    view.showDocument(d);
    view.setCodeLook({{7, QStringLiteral("Red")}}, {{7, QColor(230, 0, 0)}});
    view.scrollToPosition(15000);
    const int height = view.viewport()->height();
    REQUIRE(view.firstVisiblePosition() == 0); // the one paragraph starts above the window

    view.setCodings({});
    CHECK(tintedRows(view) == 0);

    // Around everything in view: the whole height is tinted, but for gaps between lines.
    view.setCodings({coding(1, 5000, 25000)});
    CHECK(tintedRows(view) >= height * 8 / 10);

    // Two codings over the same lines (their line ends measured once) tint as one does.
    view.setCodings({coding(1, 5000, 25000), coding(2, 6000, 24000)});
    CHECK(tintedRows(view) >= height * 8 / 10);

    // A few words where the reader is: one or two lines, not the window.
    const int lineHeight = view.fontMetrics().lineSpacing();
    view.setCodings({coding(3, 15010, 15030)});
    const int few = tintedRows(view);
    CHECK(few >= lineHeight / 2);
    CHECK(few <= 2 * lineHeight + 2);

    // Codings only above or below the window tint nothing.
    view.setCodings({coding(4, 100, 200), coding(5, 29800, 29900)});
    CHECK(tintedRows(view) == 0);
}
