// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/localedit.h"

#include "core/text.h"

namespace situate {

std::optional<Replacement> localEdit(const QString& before, const QString& after,
                                     qsizetype cursor) {
    if (before == after)
        return std::nullopt;
    const qsizetype nb = before.size(), na = after.size();
    const qsizetype shorter = qMin(nb, na);
    // Prefix and suffix in whole characters: neither may end inside a surrogate pair.
    qsizetype prefix = 0;
    while (prefix < shorter && before[prefix] == after[prefix])
        ++prefix;
    if (prefix > 0 && before[prefix - 1].isHighSurrogate())
        --prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && before[nb - 1 - suffix] == after[na - 1 - suffix])
        ++suffix;
    if (suffix > 0 && before[nb - suffix].isLowSurrogate())
        --suffix;
    qsizetype start = prefix;
    const qsizetype oldLength = nb - suffix - prefix, newLength = na - suffix - prefix;
    // The region may slide left while the text it passes is repeated after it; put its new
    // text's end at the cursor when the text allows it there.
    const qsizetype wanted = cursor - newLength;
    const auto splitsPair = [&](qsizetype at) {
        return at > 0 && at < nb && before[at].isLowSurrogate();
    };
    if (wanted >= 0 && wanted < prefix && !splitsPair(wanted) && !splitsPair(wanted + oldLength) &&
        QStringView(before).mid(wanted + oldLength) == QStringView(after).mid(wanted + newLength))
        start = wanted;
    const qsizetype oldEnd = start + oldLength, newEnd = start + newLength;
    const OffsetMap map(before);
    return Replacement{map.toCodePoint(start), map.toCodePoint(oldEnd),
                       after.mid(start, newEnd - start)};
}

} // namespace situate
