# SPDX-License-Identifier: GPL-3.0-or-later
# `situate-cli generate`, the synthetic study behind tests/bench/run, run as a process.
situate_add_test(test_cli_generate test_cli_generate.cpp)
add_dependencies(test_cli_generate situate-cli)
