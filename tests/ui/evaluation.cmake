# SPDX-License-Identifier: GPL-3.0-or-later
# The theory-of-change, evidence matrix and maturity views and the report export, in the real
# main window on the demo project, driven by objectName, offscreen.
situate_add_test(test_evaluationviews test_evaluationviews.cpp test_evaluationreport.cpp
    LIBS situate_test_ui_support)
situate_add_test(test_keyquotes_ui test_keyquotes.cpp LIBS situate_test_ui_support)
