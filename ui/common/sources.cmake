# SPDX-License-Identifier: GPL-3.0-or-later
# What several views share: the prompter the main window asks through.
target_sources(situate_ui PRIVATE
    common/prompter.h common/prompter.cpp
)
