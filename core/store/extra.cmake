# The bundled evidence bases, built at build time from the CSV sources in
# resources/data by a small tool linked against the store itself, so the files
# always match the schema of this build. A normal build produces them
# (evidence_bases is part of ALL); nothing here needs R.
#
#   build/share/evidence-explorer/dfu-cell-therapy.evidence
#   build/share/evidence-explorer/examples/bcg.evidence
#   build/share/evidence-explorer/examples/gibson2002.evidence

set(EE_BASE_DIR ${CMAKE_BINARY_DIR}/share/evidence-explorer)
set(EE_DATA_SOURCE_DIR ${PROJECT_SOURCE_DIR}/resources/data)

# Lets a build-tree binary outside build/bin still find the bases.
target_compile_definitions(evidence_core PRIVATE EE_BUNDLED_DATA_DIR="${EE_BASE_DIR}")

add_executable(evidence-buildbase
  ${CMAKE_CURRENT_SOURCE_DIR}/store/tools/buildbase.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/store/tools/dfucellbase.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/store/tools/dfucellbase.h)
target_link_libraries(evidence-buildbase PRIVATE evidence_core evidence_settings)

file(GLOB_RECURSE EE_DATA_SOURCES CONFIGURE_DEPENDS
  ${EE_DATA_SOURCE_DIR}/*.csv ${EE_DATA_SOURCE_DIR}/*.md)

set(EE_BASE_FILES
  ${EE_BASE_DIR}/dfu-cell-therapy.evidence
  ${EE_BASE_DIR}/examples/bcg.evidence
  ${EE_BASE_DIR}/examples/gibson2002.evidence)

add_custom_command(
  OUTPUT ${EE_BASE_FILES}
  COMMAND evidence-buildbase --data ${EE_DATA_SOURCE_DIR} --out ${EE_BASE_DIR}
  DEPENDS evidence-buildbase ${EE_DATA_SOURCES}
  COMMENT "Building the bundled evidence bases"
  VERBATIM)
add_custom_target(evidence_bases ALL DEPENDS ${EE_BASE_FILES})

install(FILES ${EE_BASE_DIR}/dfu-cell-therapy.evidence DESTINATION share/evidence-explorer)
install(FILES ${EE_BASE_DIR}/examples/bcg.evidence ${EE_BASE_DIR}/examples/gibson2002.evidence
  DESTINATION share/evidence-explorer/examples)
