# SPDX-License-Identifier: GPL-3.0-or-later
situate_add_test(test_cli_evaluation test_cli_evaluation.cpp)
add_dependencies(test_cli_evaluation situate-cli)

# The report and extracts as Word documents, read back by python3-docx, pandoc and LibreOffice
# (one LibreOffice start, which takes tens of seconds).
situate_add_test(test_cli_word test_cli_word.cpp PROPERTIES TIMEOUT 300)
add_dependencies(test_cli_word situate-cli)
