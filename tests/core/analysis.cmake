# SPDX-License-Identifier: GPL-3.0-or-later
# Counting, co-occurrence, extracts and their exports (core/analysis/).
situate_add_test(test_analysis test_analysis.cpp test_analysis_export.cpp
    test_analysis_fixture.h test_analysis_fixture.cpp)

# Not a test (no timed assertions in ctest): run `bench_analysis [PROJECT]` by hand.
add_executable(bench_analysis ${CMAKE_CURRENT_SOURCE_DIR}/../bench/bench_analysis.cpp)
target_link_libraries(bench_analysis PRIVATE situate_core)
target_compile_definitions(bench_analysis PRIVATE
    SITUATE_BENCH_SQL="${CMAKE_CURRENT_SOURCE_DIR}/../bench/bench_analysis.sql")
