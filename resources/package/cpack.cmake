# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package, made by CPack from what `cmake --install` lays out (resources/
# CMakeLists.txt and the executables' install rules): situate_VERSION_amd64.deb. Included
# from the top CMakeLists.txt after every install rule; scripts/package runs it on a Release
# build, the package test on the normal build.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME situate)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Situate developers")
set(CPACK_PACKAGE_CONTACT "Situate maintainers <maintainers@situate.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "qualitative coding of interview transcripts")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# No group-writable folders, whatever the umask of the build.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # situate_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${SITUATE_HOMEPAGE})
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the extended description.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Situate is for evaluation teams who code interview transcripts against a
theory-of-change codebook. It imports Word, OpenDocument, PDF, text and
subtitle transcripts, codes them by mouse or keyboard, counts codings per
case and per research question, measures inter-coder agreement, builds an
evidence matrix and a report, and exchanges projects with NVivo, ATLAS.ti
and MAXQDA through REFI-QDA. Team projects live on a PostgreSQL server.
.
This package holds the desktop application (situate) and the command line
tool (situate-cli).")
# The libraries the executables link come from dpkg-shlibdeps; Qt's plugins are loaded at
# run time and invisible to it: the SQLite driver (every project), the PostgreSQL driver
# (team projects) and the platform plugins of a desktop session (the SVG icon engine comes
# with libqt6svg6, which the GUI links).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
