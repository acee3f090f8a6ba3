// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/colours.h"

#include "core/codetree.h"

#include <cmath>

namespace situate {

namespace {

double linear(double channel) {
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

double relativeLuminance(const QColor& colour) {
    const QColor c = colour.toRgb();
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableTextOn(const QColor& background) {
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrastRatio(background, black) >= contrastRatio(background, white) ? black : white;
}

const QVector<QColor>& codePalette() {
    // Okabe & Ito (2008), "Color Universal Design": orange, sky blue, bluish green, yellow,
    // blue, vermillion, reddish purple, black.
    static const QVector<QColor> palette = {QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9),
                                            QColor(0x00, 0x9e, 0x73), QColor(0xf0, 0xe4, 0x42),
                                            QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00),
                                            QColor(0xcc, 0x79, 0xa7), QColor(0x00, 0x00, 0x00)};
    return palette;
}

QString newCodeColour(const QStringList& used, qsizetype codeCount) {
    const QVector<QColor>& palette = codePalette();
    for (const QColor& c : palette) {
        if (!used.contains(c.name(), Qt::CaseInsensitive))
            return c.name();
    }
    return palette[codeCount % palette.size()].name();
}

QString newCodeColour(const CodeTree& tree) {
    QStringList used;
    for (const Code& c : tree.codes())
        used << c.colour;
    return newCodeColour(used, tree.codes().size());
}

} // namespace situate
