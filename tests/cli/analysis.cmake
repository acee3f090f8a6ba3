# SPDX-License-Identifier: GPL-3.0-or-later
# freq, cooccurrence and extracts run as a process on the demo project.
situate_add_test(test_cli_analysis test_cli_analysis.cpp)
add_dependencies(test_cli_analysis situate-cli)
# presence as SPSS and Stata files, read back with ReadStat's tools.
situate_add_test(test_cli_stats test_cli_stats.cpp)
add_dependencies(test_cli_stats situate-cli)
