// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Readable QString values in Catch2's failure messages: include after <catch2/catch.hpp>.

#include <QString>

#include <catch2/catch.hpp>

#include <string>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
