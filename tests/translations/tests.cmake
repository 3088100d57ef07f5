# Translation catalogs (issue 9): every message of every translations/*.ts is
# translated, and every translation keeps its source's placeholders. The script
# globs the catalogs when it runs, so a new language is checked without a
# CMake change.
add_test(NAME translations.catalogs_complete
  COMMAND ${CMAKE_COMMAND} -DTS_DIR=${PROJECT_SOURCE_DIR}/translations
          -P ${CMAKE_CURRENT_LIST_DIR}/check_catalogs.cmake)

# The checker itself, on a small catalog with known faults: it must fail and
# name each of them.
add_test(NAME translations.checker_finds_faults
  COMMAND ${CMAKE_COMMAND} -DTS_DIR=${CMAKE_CURRENT_LIST_DIR}/faulty
          -P ${CMAKE_CURRENT_LIST_DIR}/check_catalogs.cmake)
set_tests_properties(translations.checker_finds_faults PROPERTIES
  PASS_REGULAR_EXPRESSION "faulty_xx.ts: unfinished: Open a project.*faulty_xx.ts: placeholders %1 %2 in the source, %1 in the translation: Copy %1 to %2.*faulty_xx.ts: placeholders %n in the source, \\(none\\) in the translation: %n studies.*3 problem")
