# Extras for the store tests (issue 4). Included at the end of tests/CMakeLists.txt.

# The store tests read the bundled bases built by core/store/extra.cmake.
if(TARGET test_core AND TARGET evidence_bases)
  add_dependencies(test_core evidence_bases)
endif()
if(TARGET test_app AND TARGET evidence_bases)
  add_dependencies(test_app evidence_bases)
endif()

# The writer process the kill test starts and kills (killedwriter_test.cpp).
add_executable(store_writer_child ${CMAKE_CURRENT_SOURCE_DIR}/core/store/child/storewriterchild.cpp)
target_link_libraries(store_writer_child PRIVATE evidence_core evidence_settings)
if(TARGET test_core)
  add_dependencies(test_core store_writer_child)
  target_compile_definitions(test_core PRIVATE
    EE_STORE_WRITER_CHILD="$<TARGET_FILE:store_writer_child>"
    EE_FUZZ_CORPUS_DIR="${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus")
endif()

# libFuzzer target for the evidence CSV importer. Needs clang; build it in its
# own build directory (tests/fuzz/run_fuzz.sh does this):
#   CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DEE_FUZZ=ON && cmake --build build-fuzz --target fuzz_evidencecsv
# Without clang the replay test in test_core (importfuzzreplay_test.cpp) still
# runs the seed corpus and thousands of deterministic mutations on every test run.
option(EE_FUZZ "Build the libFuzzer targets in tests/fuzz (clang only)" OFF)
if(EE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "EE_FUZZ needs clang (CXX=clang++); the compiler is ${CMAKE_CXX_COMPILER_ID}")
  endif()
  # Instrument the code under test too, so libFuzzer sees its coverage.
  target_compile_options(evidence_core PRIVATE -fsanitize=fuzzer-no-link,address,undefined)
  target_link_options(evidence_core INTERFACE -fsanitize=address,undefined)
  add_executable(fuzz_evidencecsv ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz_evidencecsv.cpp)
  target_link_libraries(fuzz_evidencecsv PRIVATE evidence_core evidence_settings)
  target_compile_options(fuzz_evidencecsv PRIVATE -fsanitize=fuzzer,address,undefined)
  target_link_options(fuzz_evidencecsv PRIVATE -fsanitize=fuzzer,address,undefined)
  target_include_directories(fuzz_evidencecsv PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
  # A short run as a test, so CI exercises the fuzzer when it builds with EE_FUZZ.
  add_test(NAME fuzz.evidencecsv.short
    COMMAND fuzz_evidencecsv -max_total_time=30 -timeout=10
      -dict=${CMAKE_CURRENT_SOURCE_DIR}/fuzz/evidencecsv.dict ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus)
  set_tests_properties(fuzz.evidencecsv.short PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endif()

# The form writer the extraction-form kill test starts and kills (tests/ui/forms/killedformwriter_test.cpp).
add_executable(form_writer_child ${CMAKE_CURRENT_SOURCE_DIR}/ui/forms/child/formwriterchild.cpp)
target_link_libraries(form_writer_child PRIVATE evidence_ui Qt6::Test evidence_settings)
if(TARGET test_ui)
  add_dependencies(test_ui form_writer_child)
  target_compile_definitions(test_ui PRIVATE EE_FORM_WRITER_CHILD="$<TARGET_FILE:form_writer_child>")
endif()
