# SPDX-License-Identifier: GPL-3.0-or-later
# Coding queries (core/query/): the language and its operators by hand, then on a project.
situate_add_test(test_query test_query.cpp)
situate_add_test(test_query_project test_query_project.cpp)
situate_add_test(test_query_rows test_query_rows.cpp)
situate_add_test(test_query_loaded test_query_loaded.cpp)
