# SPDX-License-Identifier: GPL-3.0-or-later
# Coding queries, turns and search (app/cli/querycommands.cpp, lookupcommands.cpp).
situate_add_test(test_cli_query test_cli_query.cpp)
add_dependencies(test_cli_query situate-cli)
