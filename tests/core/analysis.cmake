# SPDX-License-Identifier: GPL-3.0-or-later
# Counting, co-occurrence, extracts and their exports (core/analysis/).
situate_add_test(test_analysis test_analysis.cpp test_analysis_export.cpp
    test_analysis_fixture.h test_analysis_fixture.cpp)
# The extracts list read a page at a time, against the whole list.
situate_add_test(test_extractpages test_extractpages.cpp)
# A million codings' span columns read on both cores, against one plain read.
situate_add_test(test_spanreader test_spanreader.cpp generatedproject.h LIBS Qt6::Sql)
# A large project's spans and matrices on both cores, against the one-thread ways.
situate_add_test(test_analysis_cores test_analysis_cores.cpp generatedproject.h LIBS Qt6::Sql)
situate_add_test(test_presence test_presence.cpp)
situate_add_test(test_statsfile test_statsfile.cpp statsreadback.h)
# Codings counted without their positions, against the counts from every coding's span.
situate_add_test(test_codecounts test_codecounts.cpp generatedproject.h
    LIBS Qt6::Sql PkgConfig::SQLITE3)
