// SPDX-License-Identifier: GPL-3.0-or-later
// A code's colour is read by core's own colourName(), so situate-cli needs no Qt Gui; it must
// read every colour exactly as QColor, which the GUI draws with, does.
#include "core/colournames.h"

#include <QColor>
#include <QRandomGenerator>

#include <catch2/catch.hpp>

using namespace situate;

namespace {

/// What QColor makes of `text`: its #rrggbb, or empty when it is not a colour.
QString qtName(const QString& text) {
    return QColor::isValidColorName(text) ? QColor(text).name() : QString();
}

} // namespace

TEST_CASE("colourName reads every colour name Qt knows, as QColor does") {
    const QStringList names = QColor::colorNames();
    REQUIRE(names.size() >= 148);
    for (const QString& name : names) {
        INFO(name.toStdString());
        CHECK(!colourName(name).isEmpty());
        CHECK(colourName(name) == qtName(name));
        CHECK(colourName(name.toUpper()) == qtName(name.toUpper()));
    }
    CHECK(colourName(QStringLiteral("Light Blue")) == qtName(QStringLiteral("Light Blue")));
    CHECK(colourName(QStringLiteral("Light Blue")) == QStringLiteral("#add8e6"));
}

TEST_CASE("colourName reads hex colours of every length QColor takes, and refuses the rest") {
    QRandomGenerator random(7);
    const QString digits = QStringLiteral("0123456789abcdefABCDEF");
    for (int length : {3, 6, 8, 9, 12}) {
        for (int i = 0; i < 500; ++i) {
            QString text = QStringLiteral("#");
            for (int d = 0; d < length; ++d)
                text += digits[random.bounded(int(digits.size()))];
            INFO(text.toStdString());
            CHECK(colourName(text) == qtName(text));
        }
    }
    for (const char* bad :
         {"", "#", "#12", "#1234", "#12345", "#1234567", "#12345g", "red1", "#ff00ff00ff", "rouge",
          "#-12345", "#+12345", "blue\xc3\xa9", " #ffffff", "#ffffff "}) {
        const QString text = QString::fromUtf8(bad);
        INFO(bad);
        CHECK(colourName(text).isEmpty());
        CHECK(colourName(text) == qtName(text));
    }
}
