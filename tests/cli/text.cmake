# SPDX-License-Identifier: GPL-3.0-or-later
# Editing transcripts after coding: edit, replace, pseudonymise, suggest, history.
situate_add_test(test_cli_text test_cli_text.cpp)
add_dependencies(test_cli_text situate-cli)

# The CLI under German and French locales writes what it writes under C.
situate_add_test(test_cli_locale test_cli_locale.cpp)
add_dependencies(test_cli_locale situate-cli)
