# SPDX-License-Identifier: GPL-3.0-or-later
# Re-anchoring, find and replace, pseudonymisation matching and the candidate finder
# (core/text/).
situate_add_test(test_reanchor test_reanchor.cpp test_reanchor_property.cpp test_localedit.cpp texttest.h)
situate_add_test(test_textmatch test_textmatch.cpp test_candidates.cpp texttest.h)
# Editing, replacing and pseudonymising a coded document in a real project
# (core/commands/textedits.h, findreplace.h, pseudonymise.h).
situate_add_test(test_textedits test_textedits.cpp texttest.h)
# The list, key and candidate sheets of pseudonymisation, and reading a list from XLSX
# (core/io/pseudonymsheet.h, sheetfile.h).
situate_add_test(test_pseudonymsheet test_pseudonymsheet.cpp)
# Edited documents through a .qdpx export and import, and through merging by content.
situate_add_test(test_edited_exchange test_edited_exchange.cpp texttest.h)
