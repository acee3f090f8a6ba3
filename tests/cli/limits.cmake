# SPDX-License-Identifier: GPL-3.0-or-later
# Resource limits: situate-cli run under an address-space limit (util-linux prlimit). The
# hostile zips are written by the test, deflated with zlib.
find_package(ZLIB REQUIRED)
situate_add_test(test_cli_limits test_cli_limits.cpp LIBS ZLIB::ZLIB)
add_dependencies(test_cli_limits situate-cli)
