# SPDX-License-Identifier: GPL-3.0-or-later
# publish and clone, and the analysis commands on a postgresql:// URL (SITUATE_TEST_PG);
# clients racing each other, and what a failure says.
situate_add_test(test_cli_team test_cli_team.cpp test_cli_team_races.cpp LIBS Qt6::Sql)
add_dependencies(test_cli_team situate-cli)
