# SPDX-License-Identifier: GPL-3.0-or-later
# Editing transcripts after coding: find and replace (core/commands/findreplace.h).
target_sources(situate_ui PRIVATE
    textedit/replacedialog.h textedit/replacedialog.cpp
)
