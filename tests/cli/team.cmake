# SPDX-License-Identifier: GPL-3.0-or-later
# publish and clone, and the analysis commands on a postgresql:// URL (SITUATE_TEST_PG).
situate_add_test(test_cli_team test_cli_team.cpp)
add_dependencies(test_cli_team situate-cli)
