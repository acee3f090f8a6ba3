# SPDX-License-Identifier: GPL-3.0-or-later
# Automatic backups, restore, and projects that are renamed or cannot be backed up.
situate_add_test(test_reliability test_reliability.cpp test_reliability_failures.cpp
    test_reliability_rotation.cpp reliabilityhelpers.h newerproject.h LIBS Qt6::Sql)
