# SPDX-License-Identifier: GPL-3.0-or-later
# Analysis docks recount only while shown: in the real main window on the demo project.
situate_add_test(test_viewrefresh test_viewrefresh.cpp LIBS situate_ui Qt6::Test)
