# CI checks for the desktop integration, label "packaging": ctest -L packaging.
set(checks ${CMAKE_CURRENT_SOURCE_DIR}/checks)
add_test(NAME packaging_desktop_entry
    COMMAND sh ${checks}/check_desktop_entry.sh
            ${CMAKE_CURRENT_SOURCE_DIR}/${FLANK_APP_ID}.desktop
            ${CMAKE_CURRENT_SOURCE_DIR}/${FLANK_APP_ID}.mime.xml)
add_test(NAME packaging_metainfo
    COMMAND sh ${checks}/check_metainfo.sh ${CMAKE_CURRENT_SOURCE_DIR}/${FLANK_APP_ID}.metainfo.xml
            ${CMAKE_CURRENT_SOURCE_DIR}/screenshots)
add_test(NAME packaging_man_page
    COMMAND sh ${checks}/check_man_page.sh ${CMAKE_CURRENT_SOURCE_DIR}/flankatlas.1
            $<TARGET_FILE:flankatlas>)
list(JOIN FLANK_LUPDATE_OPTIONS " " lupdate_options)
add_test(NAME packaging_translations
    COMMAND sh ${checks}/check_translations.sh $<TARGET_FILE:Qt6::lupdate>
            ${FLANK_TRANSLATED_SOURCES_LIST} "${lupdate_options}" ${FLANK_TS_FILES})
add_test(NAME packaging_translations_english_plurals
    COMMAND sh ${checks}/check_translations.sh $<TARGET_FILE:Qt6::lupdate>
            ${FLANK_TRANSLATED_SOURCES_LIST} "${lupdate_options} -pluralonly" ${FLANK_TS_ENGLISH})
add_test(NAME packaging_deb
    COMMAND sh ${checks}/check_deb.sh ${CMAKE_CPACK_COMMAND} ${PROJECT_BINARY_DIR}
            ${CMAKE_CURRENT_BINARY_DIR}/deb-check ${PROJECT_SOURCE_DIR})
set_tests_properties(packaging_desktop_entry packaging_metainfo packaging_man_page
    packaging_translations packaging_translations_english_plurals packaging_deb PROPERTIES
    LABELS packaging
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8"
    TIMEOUT 300)
