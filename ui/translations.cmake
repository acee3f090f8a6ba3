# SPDX-License-Identifier: GPL-3.0-or-later
# The window's translations: resources/translations/situate_LANG.ts, compiled by lrelease and
# embedded in situate_ui as the resources :/i18n/situate_LANG.qm (so nothing is installed
# for them: there is no SITUATE_QM_FILES). `cmake --build build --target update_translations`
# runs lupdate over the sources below, adding new strings and dropping vanished ones.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

set(SITUATE_TS_FILES
    ${PROJECT_SOURCE_DIR}/resources/translations/situate_fr.ts
    ${PROJECT_SOURCE_DIR}/resources/translations/situate_de.ts)

# Every source of situate_ui, and the core files whose messages are translated where they are
# made (the CLI installs no translator, so they stay English there). Names core also writes
# into exports (a theory-of-change element's title, ...) stay English in core; the window
# translates those it shows through ui/common/translations.h.
get_target_property(situate_ui_sources situate_ui SOURCES)
set(SITUATE_TR_SOURCES)
foreach(source ${situate_ui_sources})
    cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
    list(APPEND SITUATE_TR_SOURCES ${source})
endforeach()
list(APPEND SITUATE_TR_SOURCES ${PROJECT_SOURCE_DIR}/core/import/importsupport.cpp)
# Core files whose failures and warnings the window shows, each with a Tr struct that gives
# its area's context (situate::storage, situate::import, ...); coefficients and spanagreement
# only mark their English reasons (situate::AgreementReason), which the window translates.
foreach(source
        core/agreement/agreementanalysis.cpp
        core/agreement/coefficients.cpp
        core/agreement/coefficients.h
        core/agreement/disagreementplaces.cpp
        core/agreement/reconciliation.cpp
        core/agreement/spanagreement.cpp
        core/agreement/spantable.cpp
        core/analysis/analysiscontext.cpp
        core/analysis/analysisfilter.cpp
        core/analysis/extractexport.cpp
        core/analysis/extractlisting.cpp
        core/analysis/frequency.cpp
        core/analysis/presence.cpp
        core/analysis/xlsxbook.cpp
        core/formats/formatsloader.cpp
        core/formats/xlsxworkbook.cpp
        core/commands/casecommands.cpp
        core/commands/codecommands.cpp
        core/commands/codingcommands.cpp
        core/commands/documentcommands.cpp
        core/commands/editor.cpp
        core/commands/evaluationcommands.cpp
        core/commands/findreplace.cpp
        core/commands/textedits.cpp
        core/demo/demobuilder.cpp
        core/evaluation/evidencematrix.cpp
        core/evaluation/maturity.cpp
        core/evaluation/report.cpp
        core/evaluation/reportwriter.cpp
        core/import/captionimporter.cpp
        core/import/docximporter.cpp
        core/import/importeddocument.cpp
        core/import/odtimporter.cpp
        core/import/officepackage.cpp
        core/import/pdfimporter.cpp
        core/import/rtfimporter.cpp
        core/io/csv.cpp
        core/io/documentimport.cpp
        core/io/projectcsv.cpp
        core/io/projectmerge.cpp
        core/io/pseudonymsheet.cpp
        core/io/sheetfile.cpp
        core/project.cpp
        core/projectconnection.cpp
        core/query/querycode.cpp
        core/query/queryparser.cpp
        core/query/savedqueries.cpp
        core/refi/refiexport.cpp
        core/refi/refiexportplan.cpp
        core/refi/refiimporter.cpp
        core/refi/refiimporterparts.cpp
        core/refi/refipackage.cpp
        core/refi/refireport.cpp
        core/refi/refixml.cpp
        core/refi/sourcetext.cpp
        core/reliability/backups.cpp
        core/storage/analysisqueries.cpp
        core/storage/backupqueries.cpp
        core/storage/connections.cpp
        core/storage/dialect.cpp
        core/storage/generatequeries.cpp
        core/storage/pgschema.cpp
        core/storage/pgsecurity.cpp
        core/storage/pgstorage.cpp
        core/storage/queryreads.cpp
        core/storage/rowsbulk.cpp
        core/storage/schema.cpp
        core/storage/search.cpp
        core/storage/sqlfailure.cpp
        core/storage/sqlitestorage.cpp
        core/storage/storage.cpp
        core/storage/storageconnection.cpp
        core/storage/teamqueries.cpp
        core/storage/teamroles.cpp
        core/storage/textqueries.cpp
        core/team/publish.cpp
        core/text/reanchor.cpp
        core/text/textmatch.cpp
        )
    list(APPEND SITUATE_TR_SOURCES ${PROJECT_SOURCE_DIR}/${source})
endforeach()

qt_add_translations(situate_ui
    TS_FILES ${SITUATE_TS_FILES}
    RESOURCE_PREFIX /i18n
    SOURCES ${SITUATE_TR_SOURCES}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}
    LUPDATE_OPTIONS -no-obsolete -locations none)

# The same sources for the test that runs lupdate into a copy of each .ts.
list(JOIN SITUATE_TR_SOURCES "\n" joined)
file(WRITE ${PROJECT_BINARY_DIR}/translations/lupdate-sources.lst
    "-I${PROJECT_SOURCE_DIR}\n${joined}\n")
