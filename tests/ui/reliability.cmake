# SPDX-License-Identifier: GPL-3.0-or-later
# File > Restore backup, backup and lock messages, and the GUI kill test (the test binary
# runs itself as the child that codes rapidly until it is killed).
situate_add_test(test_ui_reliability test_ui_reliability.cpp LIBS situate_test_ui_support)
add_dependencies(test_ui_reliability situate-cli)
