# SPDX-License-Identifier: GPL-3.0-or-later
# The synthetic-project generator (core/generate/) behind the study-scale benchmarks.
situate_add_test(test_generate test_generate.cpp)
