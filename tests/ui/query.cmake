# SPDX-License-Identifier: GPL-3.0-or-later
# The coding query dock in the real main window on the demo project, offscreen.
situate_add_test(test_queryview test_queryview.cpp LIBS situate_test_ui_support)
