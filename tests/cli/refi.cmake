# SPDX-License-Identifier: GPL-3.0-or-later
situate_add_test(test_cli_refi test_cli_refi.cpp)
add_dependencies(test_cli_refi situate-cli)
