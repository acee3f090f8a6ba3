# SPDX-License-Identifier: GPL-3.0-or-later
# The matrix, chart and extracts views on the demo project, driven by objectName, offscreen.
situate_add_test(test_analysisviews test_analysisviews.cpp LIBS situate_test_ui_support)
# The extracts browser on a generated project of 12,000 codings, in the real main window.
situate_add_test(test_extractsbrowser test_extractsbrowser.cpp LIBS situate_test_ui_support)
# The matrix and chart exports on a worker with Cancel, in the real main window.
situate_add_test(test_analysisexports test_analysisexports.cpp LIBS situate_test_ui_support)
