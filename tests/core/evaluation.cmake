# SPDX-License-Identifier: GPL-3.0-or-later
# Evidence matrix, maturity ratings, weighted kappa and the evaluation report (core/evaluation/).
situate_add_test(test_evaluation test_evaluation.cpp test_evaluation_kappa.cpp
    test_evaluation_demo.cpp test_analysis_fixture.h test_analysis_fixture.cpp)
# Key quotes: flagging, the extracts' key_quote column, the report's order, REFI-QDA.
situate_add_test(test_keyquotes test_keyquotes.cpp test_keyquotes_refi.cpp)
