# SPDX-License-Identifier: GPL-3.0-or-later
# Inter-coder agreement: coefficients against published worked examples, the interval sweeps,
# the project-level comparison, reconciliation and merge.
situate_add_test(test_agreement
    test_agreement_coefficients.cpp
    test_agreement_spans.cpp
    test_agreement_project.cpp
    test_agreement_merge.cpp
    test_agreement_places.cpp
    test_agreement_csv.cpp
    test_agreement_writers.cpp
    test_agreement_decimal.cpp
    test_agreement_inorder.cpp
    test_agreement_largearray.cpp)
# The table read straight from the file against the one computed beside the places, on a
# generated project shaped with SQL.
situate_add_test(test_agreement_table test_agreement_table.cpp generatedproject.h LIBS Qt6::Sql)
