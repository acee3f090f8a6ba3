# SPDX-License-Identifier: GPL-3.0-or-later
situate_add_test(test_cli_evaluation test_cli_evaluation.cpp)
add_dependencies(test_cli_evaluation situate-cli)
