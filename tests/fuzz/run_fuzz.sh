#!/bin/sh
# Builds the libFuzzer target with clang in build-fuzz/ and runs it briefly.
#   tests/fuzz/run_fuzz.sh [SECONDS]      (default 60; CI uses a short run)
# The committed seed corpus (tests/fuzz/corpus) is copied, so new inputs the
# fuzzer finds stay in build-fuzz/corpus. A crash leaves crash-* in build-fuzz/.
set -eu
seconds=${1:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build-fuzz"
CXX=${CXX:-clang++} cmake -S "$root" -B "$build" -G Ninja -DEE_FUZZ=ON -DEE_BUILD_BENCH=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target fuzz_evidencecsv
mkdir -p "$build/corpus"
cp "$root"/tests/fuzz/corpus/* "$build/corpus/"
cd "$build"
exec ./bin/fuzz_evidencecsv -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -dict="$root/tests/fuzz/evidencecsv.dict" corpus
