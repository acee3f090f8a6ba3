# SPDX-License-Identifier: GPL-3.0-or-later
# Help: the user manual's window and the start page of an empty window. The manual's pages
# and pictures (resources/manual/) are compiled in as a Qt resource under qrc:/manual/; a
# new page or picture is added to this list (resources/manual/README.md says how).
target_sources(situate_ui PRIVATE
    help/manualwindow.h help/manualwindow.cpp
    help/startpage.h help/startpage.cpp
)
set(SITUATE_MANUAL_FILES
    index.md
    first-project.md
    importing.md
    codebook.md
    coding.md
    agreement.md
    reconciling.md
    frequencies.md
    evaluation.md
    report.md
    exchange.md
    team.md
    backups.md
    counting-rules.md
    images/start.png
    images/workbench.png
    images/toc.png
    images/agreement.png
    images/reconciling.png
    images/matrix.png
    images/chart.png
    images/extracts.png
    images/evidence.png
    images/maturity.png
)
list(TRANSFORM SITUATE_MANUAL_FILES PREPEND ${PROJECT_SOURCE_DIR}/resources/manual/
     OUTPUT_VARIABLE situate_manual_paths)
qt_add_resources(situate_ui "manual"
    PREFIX "/manual"
    BASE ${PROJECT_SOURCE_DIR}/resources/manual
    FILES ${situate_manual_paths}
)
