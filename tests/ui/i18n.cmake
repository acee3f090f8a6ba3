# SPDX-License-Identifier: GPL-3.0-or-later
# Translations: the .ts files checked entry by entry and against lupdate's reading of the
# sources (ui/translations.cmake), the main window in French, and core's messages in it.
situate_add_test(test_translations test_translations.cpp LIBS situate_test_ui_support)
target_compile_definitions(test_translations PRIVATE
    SITUATE_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
    SITUATE_LUPDATE_SOURCES="${PROJECT_BINARY_DIR}/translations/lupdate-sources.lst")
# Core's failures shown by the main window in French and German.
situate_add_test(test_coremessages test_coremessages.cpp LIBS situate_test_ui_support)
