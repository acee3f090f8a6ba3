// SPDX-License-Identifier: GPL-3.0-or-later
// The words an enum is written as in sheets, the CLI and files: one table per enum, read both
// ways, so a name and its parse can never drift apart.
#pragma once

#include <QString>

#include <cstddef>

namespace situate {

template <typename E> struct EnumName {
    E value;
    const char* name;
};

/// The word for `value` in `table` (empty when the table lacks it).
template <typename E, std::size_t N> QString enumName(const EnumName<E> (&table)[N], E value) {
    for (const EnumName<E>& entry : table)
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    return {};
}

/// Sets *out to the value written exactly as `word`; false (and *out untouched) when no
/// entry has that word.
template <typename E, std::size_t N>
bool parseEnumName(const EnumName<E> (&table)[N], const QString& word, E* out) {
    for (const EnumName<E>& entry : table) {
        if (word == QLatin1String(entry.name)) {
            *out = entry.value;
            return true;
        }
    }
    return false;
}

} // namespace situate
