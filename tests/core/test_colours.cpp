// SPDX-License-Identifier: GPL-3.0-or-later
// Colours for code names and new codes: black or white text by WCAG contrast on any colour,
// and a default palette that stays apart for the three common colour-vision deficiencies.
#include "core/colours.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cmath>

using namespace situate;

namespace {

using Matrix = std::array<std::array<double, 3>, 3>;
using Triple = std::array<double, 3>;

double linear(double c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// Machado, Oliveira and Fernandes (2009), severity 1.0, applied to linear RGB.
const Matrix protanopia = {{{0.152286, 1.052583, -0.204868},
                            {0.114503, 0.786281, 0.099216},
                            {-0.003882, -0.048116, 1.051998}}};
const Matrix deuteranopia = {{{0.367322, 0.860646, -0.227968},
                              {0.280085, 0.672501, 0.047413},
                              {-0.011820, 0.042940, 0.968881}}};
const Matrix tritanopia = {{{1.255528, -0.076749, -0.178779},
                            {-0.078411, 0.930809, 0.147602},
                            {0.004733, 0.691367, 0.303900}}};
const Matrix normal = {{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};

/// CIELAB (D65) of a colour as seen through `m`.
Triple seenLab(const QColor& colour, const Matrix& m) {
    const Triple in{linear(colour.redF()), linear(colour.greenF()), linear(colour.blueF())};
    Triple rgb{};
    for (int i = 0; i < 3; ++i)
        rgb[i] = std::clamp(m[i][0] * in[0] + m[i][1] * in[1] + m[i][2] * in[2], 0.0, 1.0);
    const double x = (0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2]) / 0.95047;
    const double y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
    const double z = (0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2]) / 1.08883;
    auto f = [](double t) {
        return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0;
    };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double deltaE76(const Triple& a, const Triple& b) {
    return std::sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) +
                     (a[2] - b[2]) * (a[2] - b[2]));
}

} // namespace

TEST_CASE("colours: the text picked for a code's colour has WCAG AA contrast on every colour") {
    REQUIRE(contrastRatio(Qt::black, Qt::white) == Approx(21.0));
    REQUIRE(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) == Approx(4.48).margin(0.01));
    int blacks = 0;
    int whites = 0;
    double worst = 21;
    for (int r = 0; r <= 255; r += 15) {
        for (int g = 0; g <= 255; g += 15) {
            for (int b = 0; b <= 255; b += 15) {
                const QColor background(r, g, b);
                const QColor text = readableTextOn(background);
                REQUIRE((text == QColor(Qt::black) || text == QColor(Qt::white)));
                (text == QColor(Qt::black) ? blacks : whites) += 1;
                const double ratio = contrastRatio(background, text);
                worst = std::min(worst, ratio);
                // The better of the two: never the one with less contrast.
                CHECK(ratio >= contrastRatio(background, text == QColor(Qt::black)
                                                             ? QColor(Qt::white)
                                                             : QColor(Qt::black)));
            }
        }
    }
    CHECK(worst >= 4.5);
    CHECK(blacks > 0);
    CHECK(whites > 0);
    CHECK(readableTextOn(QColor(0x00, 0x72, 0xb2)) == QColor(Qt::white));
    CHECK(readableTextOn(QColor(0xf0, 0xe4, 0x42)) == QColor(Qt::black));
}

TEST_CASE("colours: the palette for new codes stays apart under the common colour deficiencies") {
    const QVector<QColor>& palette = codePalette();
    REQUIRE(palette.size() == 8);
    const std::array<std::pair<const char*, const Matrix*>, 4> visions = {
        {{"normal", &normal},
         {"protanopia", &protanopia},
         {"deuteranopia", &deuteranopia},
         {"tritanopia", &tritanopia}}};
    for (const auto& [name, matrix] : visions) {
        double closest = 1000;
        for (qsizetype i = 0; i < palette.size(); ++i)
            for (qsizetype j = i + 1; j < palette.size(); ++j)
                closest = std::min(
                    closest, deltaE76(seenLab(palette[i], *matrix), seenLab(palette[j], *matrix)));
        INFO(name << ": closest pair " << closest);
        CHECK(closest >= 15.0);
    }
    // Red and an olive green, far apart in normal vision, fail the same measure for a
    // protanope: the simulation does what it should.
    const QColor red(0xff, 0x00, 0x00);
    const QColor olive(0x55, 0x66, 0x00);
    CHECK(deltaE76(seenLab(red, normal), seenLab(olive, normal)) > 60.0);
    CHECK(deltaE76(seenLab(red, protanopia), seenLab(olive, protanopia)) < 15.0);
}

TEST_CASE("colours: new codes take the first palette colour not used yet, then go round") {
    CHECK(newCodeColour({}, 0) == QStringLiteral("#e69f00"));
    CHECK(newCodeColour({QStringLiteral("#E69F00"), QStringLiteral("#123456")}, 2) ==
          QStringLiteral("#56b4e9"));
    QStringList all;
    for (const QColor& c : codePalette())
        all << c.name();
    CHECK(newCodeColour(all, 9) == QStringLiteral("#56b4e9"));
}
