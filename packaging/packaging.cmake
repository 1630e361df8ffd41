# SPDX-FileCopyrightText: 2026 The Seance developers
# SPDX-License-Identifier: GPL-3.0-or-later
# What gets installed besides the executable, and the Debian package (cpack -G DEB, or
# scripts/seance-dev.sh package). packaging/README.md explains the choices and the lintian warnings left.
include(GNUInstallDirs)
set(SEANCE_APP_ID io.github.seance.Seance)
install(FILES packaging/${SEANCE_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES packaging/${SEANCE_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES packaging/seance.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${SEANCE_APP_ID}.svg)
install(FILES packaging/${SEANCE_APP_ID}.mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME ${SEANCE_APP_ID}.xml)

# The man page and the changelog go in compressed, reproducibly (gzip -n: no name or time stamp).
find_program(GZIP_PROGRAM gzip REQUIRED)
set(SEANCE_GZIPPED)
foreach(pair "seance.1|seance.1.gz" "changelog|changelog.gz")
    string(REPLACE "|" ";" pair "${pair}")
    list(GET pair 0 source)
    list(GET pair 1 target)
    add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/packaging/${target}
                       COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
                       COMMAND ${GZIP_PROGRAM} -9 -n -c ${PROJECT_SOURCE_DIR}/packaging/${source}
                               > ${CMAKE_BINARY_DIR}/packaging/${target}
                       DEPENDS ${PROJECT_SOURCE_DIR}/packaging/${source} VERBATIM)
    list(APPEND SEANCE_GZIPPED ${CMAKE_BINARY_DIR}/packaging/${target})
endforeach()
add_custom_target(seance_packaging_docs ALL DEPENDS ${SEANCE_GZIPPED})
install(FILES ${CMAKE_BINARY_DIR}/packaging/seance.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# CMAKE_INSTALL_DOCDIR would be doc/Seance, after the project; Debian wants the package's name.
install(FILES ${CMAKE_BINARY_DIR}/packaging/changelog.gz packaging/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/seance)

set(CPACK_PACKAGE_NAME seance)
set(CPACK_PACKAGE_VENDOR "The Seance developers")
set(CPACK_PACKAGE_CONTACT "The Seance developers <seance-app@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "explorer for meme-token narratives and sentiment")
# Lines under 80 columns (lintian: extended-description-line-too-long); no ASCII quotes, which CMake's lists mangle.
set(CPACK_PACKAGE_DESCRIPTION
    "Seance loads token metadata, narratives with their dated events, and social
posts into a local SQLite workspace, scores the posts' sentiment with its own
rule-based scorer and charts that sentiment over time against the narratives'
timelines, in linked panes: tokens, chart, timeline and posts.

It compares narratives aligned on an anchor event, measures the sentiment
before and after each event, and exports charts as PNG or SVG for slides. A
bundled sample workspace of generated posts follows the “summoning ghosts”
story.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # seance_VERSION_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/seance-app/seance")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # the linked libraries: Qt, SQLite, libzstd1, libzip4, …
# What shlibdeps cannot see: Qt loads the SQLite driver and the platform plugins at run time.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# Korean, Japanese and Chinese names and emoji in posts render with these; without them they show as boxes.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, fonts-noto-color-emoji")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
