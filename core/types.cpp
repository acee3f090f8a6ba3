// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/types.h"

#include <array>

namespace situate {

namespace {
const std::array<const char*, 10> tocNames = {"",           "context",        "input",   "activity",
                                              "mechanism",  "output",         "outcome", "impact",
                                              "assumption", "enabler_barrier"};
const std::array<const char*, 4> typeNames = {"text", "number", "date", "choice"};
} // namespace

QString tocElementName(TocElement e) {
    return QString::fromLatin1(tocNames[static_cast<size_t>(e)]);
}

bool parseTocElement(const QString& name, TocElement* out) {
    const QString n = name.trimmed().toLower();
    if (n.isEmpty() || n == QLatin1String("none")) {
        *out = TocElement::None;
        return true;
    }
    // The element's title and its plural spellings, as a codebook author writes them.
    if (n == QLatin1String("enablers_barriers") || n == QLatin1String("enablers and barriers") ||
        n == QLatin1String("enablers/barriers") || n == QLatin1String("enabler/barrier")) {
        *out = TocElement::EnablerBarrier;
        return true;
    }
    for (size_t i = 1; i < tocNames.size(); ++i) {
        const QString candidate = QString::fromLatin1(tocNames[i]);
        // Accept the plural a codebook author naturally writes ("inputs", "outcomes").
        if (n == candidate || n == candidate + QLatin1Char('s')) {
            *out = static_cast<TocElement>(i);
            return true;
        }
    }
    return false;
}

QString attributeTypeName(AttributeType t) {
    return QString::fromLatin1(typeNames[static_cast<size_t>(t)]);
}

bool parseAttributeType(const QString& name, AttributeType* out) {
    const QString n = name.trimmed().toLower();
    for (size_t i = 0; i < typeNames.size(); ++i) {
        if (n == QLatin1String(typeNames[i])) {
            *out = static_cast<AttributeType>(i);
            return true;
        }
    }
    return false;
}

} // namespace situate
