# SPDX-License-Identifier: GPL-3.0-or-later
# Editing transcripts after coding: edit, replace, pseudonymise, suggest, history.
situate_add_test(test_cli_text test_cli_text.cpp)
add_dependencies(test_cli_text situate-cli)
