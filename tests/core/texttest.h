// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Readable anchors, replacements and matches in the failure messages of the core/text tests.

#include "core/text/reanchor.h"
#include "core/text/textmatch.h"
#include "tests/support/catchqt.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>

namespace Catch {
template <> struct StringMaker<situate::Anchor> {
    static std::string convert(const situate::Anchor& a) {
        return '[' + std::to_string(a.start) + ", " + std::to_string(a.end) + ')';
    }
};
template <> struct StringMaker<std::optional<situate::Anchor>> {
    static std::string convert(const std::optional<situate::Anchor>& a) {
        return a ? StringMaker<situate::Anchor>::convert(*a) : std::string("removed");
    }
};
template <> struct StringMaker<situate::Replacement> {
    static std::string convert(const situate::Replacement& r) {
        return '[' + std::to_string(r.start) + ", " + std::to_string(r.end) + ") -> \"" +
               r.text.toStdString() + '"';
    }
};
template <> struct StringMaker<situate::TextMatch> {
    static std::string convert(const situate::TextMatch& m) {
        return '[' + std::to_string(m.start) + ", " + std::to_string(m.end) + ") entry " +
               std::to_string(m.entry);
    }
};
} // namespace Catch
