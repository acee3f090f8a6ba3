# SPDX-License-Identifier: GPL-3.0-or-later
# Editing transcripts after coding: find and replace (core/commands/findreplace.h) and
# pseudonymisation (core/commands/pseudonymise.h).
target_sources(situate_ui PRIVATE
    textedit/replacedialog.h textedit/replacedialog.cpp
    textedit/pseudonymdialog.h textedit/pseudonymdialog.cpp
    textedit/pseudonymsuggestions.h textedit/pseudonymsuggestions.cpp
    textedit/pseudonymtable.h textedit/pseudonymtable.cpp
)
