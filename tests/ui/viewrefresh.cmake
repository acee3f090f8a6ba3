# SPDX-License-Identifier: GPL-3.0-or-later
# Analysis docks recount only while shown: in the real main window on the demo project.
situate_add_test(test_viewrefresh test_viewrefresh.cpp LIBS situate_test_ui_support)
# The counts beside codes and documents: incremental after edits, off-thread when large.
situate_add_test(test_counts test_counts.cpp LIBS situate_test_ui_support)
# The workbench on a PostgreSQL server project (skips without SITUATE_TEST_PG).
situate_add_test(test_serverproject test_serverproject.cpp LIBS situate_test_ui_support)
add_dependencies(test_serverproject situate-cli) # team members are granted with the CLI
# File > Publish to server and Clone server project, with progress and Cancel.
situate_add_test(test_teamcopy test_teamcopy.cpp LIBS situate_test_ui_support)
