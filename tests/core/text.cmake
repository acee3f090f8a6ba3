# SPDX-License-Identifier: GPL-3.0-or-later
# Re-anchoring, find and replace, pseudonymisation matching and the candidate finder
# (core/text/).
situate_add_test(test_reanchor test_reanchor.cpp test_reanchor_property.cpp texttest.h)
situate_add_test(test_textmatch test_textmatch.cpp test_candidates.cpp texttest.h)
# Editing, replacing and pseudonymising a coded document in a real project
# (core/commands/textedits.h, findreplace.h, pseudonymise.h).
situate_add_test(test_textedits test_textedits.cpp texttest.h)
# Edited documents through a .qdpx export and import, and through merging by content.
situate_add_test(test_edited_exchange test_edited_exchange.cpp texttest.h)
