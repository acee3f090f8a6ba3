# SPDX-License-Identifier: GPL-3.0-or-later
# REFI-QDA exchange. The archive tests write their own hostile zips, deflated with zlib.
find_package(ZLIB REQUIRED)
situate_add_test(test_refi test_refi_positions.cpp test_refi_roundtrip.cpp test_refi_samples.cpp
    test_refi_archives.cpp test_refi_liberal.cpp LIBS ZLIB::ZLIB)
