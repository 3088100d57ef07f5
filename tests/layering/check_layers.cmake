# Fails when a layer includes what it must not:
#  - core/stats/ includes any Qt header (the engine is plain C++20 + Eigen + Boost);
#  - core/ includes a widget or plotting header;
#  - ui/ includes anything from app/.
# Run as: cmake -DROOT=<source dir> -P check_layers.cmake
if(NOT ROOT)
  message(FATAL_ERROR "check_layers.cmake: pass -DROOT=<source dir>")
endif()

set(violations "")

function(scan folder regex what)
  file(GLOB_RECURSE files ${ROOT}/${folder}/*.h ${ROOT}/${folder}/*.hpp ${ROOT}/${folder}/*.cpp)
  foreach(f IN LISTS files)
    file(STRINGS ${f} lines REGEX "${regex}")
    foreach(line IN LISTS lines)
      file(RELATIVE_PATH rel ${ROOT} ${f})
      list(APPEND violations "${rel}: ${what}: ${line}")
    endforeach()
  endforeach()
  set(violations "${violations}" PARENT_SCOPE)
endfunction()

scan(core/stats "^[ \t]*#[ \t]*include[ \t]*[<\"](Q[A-Za-z]|qt|qcustomplot)" "the statistics engine includes a Qt header")
scan(core "^[ \t]*#[ \t]*include[ \t]*[<\"](QtWidgets|QWidget|QApplication|QMainWindow|QDialog|QPainter|qcustomplot)" "core includes a widget header")
scan(ui "^[ \t]*#[ \t]*include[ \t]*[<\"]app/" "ui includes app")

if(violations)
  list(JOIN violations "\n  " text)
  message(FATAL_ERROR "Layering violations:\n  ${text}")
endif()
message(STATUS "Layering OK: core/stats has no Qt, core has no widgets, ui does not include app")
