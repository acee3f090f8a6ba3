# SPDX-License-Identifier: GPL-3.0-or-later
# What several views share: the base of the views of project data with their worker reads,
# picture export, the prompter the main window asks through, and the small widget and
# layout helpers the panels and dialogs are built with.
find_package(Qt6 REQUIRED COMPONENTS Svg)
target_sources(situate_ui PRIVATE
    common/prompter.h common/prompter.cpp
    common/projectview.h common/projectview.cpp
    common/readonlyjob.h common/viewjob.h
    common/progresstask.h common/progresstask.cpp
    common/imageexport.h common/imageexport.cpp
    common/widgets.h common/widgets.cpp
    common/translations.h common/translations.cpp
    common/theme.h common/theme.cpp
)
target_link_libraries(situate_ui PUBLIC Qt6::Svg)
