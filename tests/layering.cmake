# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that the dependencies point one way (core/storage/README.md, "Engines and
# connections"): ui/ and app/ include nothing under core/storage/, and no file outside
# core/storage/ includes a QtSql header. The build already refuses <QSqlQuery> and the like in
# ui/ and app/ (situate_core links QtSql privately); this also catches <QtSql/...> there and
# QtSql anywhere else in core/.
# It also checks that the product stays portable (scripts/PLATFORMS.md): outside
# core/platform_posix.cpp and core/platform_windows.cpp no source includes an operating-system
# header (POSIX, Linux or Win32) or reads /proc.
# Run as: cmake -DSOURCE_DIR=<repository> -P tests/layering.cmake
cmake_minimum_required(VERSION 3.25) # if(IN_LIST)
file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR}
    ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/core/*.cpp
    ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp
    ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/app/*.cpp)
set(problems "")
set(platform_files core/platform_posix.cpp core/platform_windows.cpp)
set(system_header
    "<(unistd|fcntl|pwd|grp|signal|dlfcn|[Ww]indows|winbase|io|process)\\.h>|<csignal>|<sys/")
foreach(file ${sources})
    if(NOT file IN_LIST platform_files)
        file(READ ${SOURCE_DIR}/${file} text)
        if(text MATCHES "/proc/")
            list(APPEND problems "${file}: reads /proc/ (only core/platform_*.cpp may)")
        endif()
    endif()
    file(STRINGS ${SOURCE_DIR}/${file} includes REGEX "^[ \t]*#[ \t]*include")
    foreach(line ${includes})
        if(NOT file MATCHES "^core/storage/" AND line MATCHES "[<\"/](QSql|QtSql)")
            list(APPEND problems "${file}: ${line} (QtSql is private to core/storage/)")
        endif()
        if(NOT file IN_LIST platform_files AND line MATCHES "${system_header}")
            list(APPEND problems
                "${file}: ${line} (system calls live in core/platform_*.cpp, core/platform.h)")
        endif()
        if(file MATCHES "^(ui|app)/" AND line MATCHES "core/storage/")
            list(APPEND problems
                "${file}: ${line} (ui/ and app/ reach data through core's project API)")
        endif()
    endforeach()
endforeach()
list(LENGTH sources count)
if(count LESS 100)
    message(FATAL_ERROR "only ${count} sources found under ${SOURCE_DIR}: wrong SOURCE_DIR?")
endif()
if(problems)
    list(JOIN problems "\n" text)
    message(FATAL_ERROR "${text}")
endif()
message(STATUS "${count} sources: the layers depend one way, system calls stay in core/platform_*")
