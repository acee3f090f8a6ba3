# SPDX-License-Identifier: GPL-3.0-or-later
# The agreement view on the demo project, driven by objectName, offscreen.
situate_add_test(test_agreementview test_agreementview.cpp LIBS situate_test_ui_support)
# The disagreement list on thousands of places, in the main window.
situate_add_test(test_agreementlist test_agreementlist.cpp LIBS situate_test_ui_support)
