# SPDX-License-Identifier: GPL-3.0-or-later
situate_add_test(test_cli_agreement test_cli_agreement.cpp)
add_dependencies(test_cli_agreement situate-cli)
