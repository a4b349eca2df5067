# The Debian package. Library dependencies (Qt, GDAL, PROJ, FFmpeg, and ICU's libicu72 for the
# country names) are computed by dpkg-shlibdeps; what the binary
# loads at run time without linking (Qt's platform and SVG plugins, PROJ's and GDAL's data)
# is listed by hand, since offscreen export must work right after `apt install`.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME flankatlas)
set(CPACK_PACKAGE_VENDOR "The Flank Atlas developers")
set(CPACK_PACKAGE_CONTACT "The Flank Atlas developers <flankatlas@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "map of NATO's eastern flank under arms-control treaties")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Flank Atlas maps the states of NATO's eastern flank, colored by their status under the "
    "Ottawa Convention (anti-personnel mines) and the Convention on Cluster Munitions on a "
    "chosen date, with sourced quotes, pledges and troop notes. It exports annotated maps "
    "as PNG, SVG, PDF or GeoTIFF from the window or the command line.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, proj-data, gdal-data")
# Qt's own strings in the interface languages (standard buttons and dialogs).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
