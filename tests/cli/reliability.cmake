# SPDX-License-Identifier: GPL-3.0-or-later
# Backups and restore from the command line; read-only, full-disk and locked projects.
situate_add_test(test_cli_reliability test_cli_reliability.cpp)
add_dependencies(test_cli_reliability situate-cli)
# The kill harness: SIGKILL at seeded random points of four writing commands.
situate_add_test(test_cli_reliability_kill test_cli_reliability_kill.cpp LIBS Qt6::Sql)
add_dependencies(test_cli_reliability_kill situate-cli)
