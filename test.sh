#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite headless.
#   ./test.sh              build into build/ and run every test
#   ./test.sh --sanitize   the same with AddressSanitizer + UBSan, in build-asan/
#   ./test.sh -R REGEX     only the tests whose name matches (passed to ctest)
set -euo pipefail
cd "$(dirname "$0")"
source .ci/bootstrap.sh

sanitize=0
ctest_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --sanitize) sanitize=1; shift ;;
    -h|--help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) ctest_args+=("$1"); shift ;;
  esac
done

if [ "$sanitize" -eq 1 ]; then
  EE_BUILD_DIR=${EE_BUILD_DIR:-$EE_SOURCE_DIR/build-asan}
  EE_CMAKE_ARGS=(-DCMAKE_BUILD_TYPE=Debug -DEE_SANITIZE=ON -DEE_BUILD_BENCH=OFF)
  export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1}
  export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$EE_SOURCE_DIR/.ci/lsan.supp:print_suppressions=0}
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
else
  EE_BUILD_DIR=${EE_BUILD_DIR:-$EE_SOURCE_DIR/build}
  EE_CMAKE_ARGS=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
fi

ee_install_packages
ee_build

export QT_QPA_PLATFORM=offscreen
# Tests must not read or write the developer's own settings.
export XDG_CONFIG_HOME="$EE_BUILD_DIR/test-home/config"
export XDG_DATA_HOME="$EE_BUILD_DIR/test-home/data"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"

echo "==> Running the test suite"
cd "$EE_BUILD_DIR"
ctest --output-on-failure --parallel "$EE_BUILD_JOBS" "${ctest_args[@]}"
