# SPDX-License-Identifier: GPL-3.0-or-later
# Inter-coder agreement: coefficients against published worked examples, the interval sweeps,
# the project-level comparison, reconciliation and merge.
situate_add_test(test_agreement
    test_agreement_coefficients.cpp
    test_agreement_spans.cpp
    test_agreement_project.cpp
    test_agreement_merge.cpp)

# Not a test (no timed assertions in ctest): `bench_agreement` times the sweeps at scale.
add_executable(bench_agreement ${CMAKE_CURRENT_SOURCE_DIR}/../bench/bench_agreement.cpp)
target_link_libraries(bench_agreement PRIVATE situate_core)
