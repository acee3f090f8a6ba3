# SPDX-License-Identifier: GPL-3.0-or-later
# Inputs shaped to make readers do too much work (tests/cli/limits.cmake adds memory limits).
situate_add_test(test_limits test_limits.cpp)
