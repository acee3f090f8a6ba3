// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the agreement tests share: the value of a coefficient that must be defined.

#include "core/agreement/coefficients.h"

#include <catch2/catch.hpp>

namespace situate::test {

/// The coefficient's value; fails the test, with the reason, when it is undefined.
inline double value(const Coefficient& c) {
    INFO(c.undefinedReason.toStdString());
    REQUIRE(c.defined());
    return *c.value;
}

} // namespace situate::test
