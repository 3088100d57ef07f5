#!/bin/sh
# Runs the issue 6 benchmarks (GOSH, permutation test) of the engine and the same
# work in R metafor on the same data, in the same run, and prints the ratios.
#
#   bench/run_diagnostics_bench.sh [BUILD_DIR]      (needs Rscript with metafor)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
bench="$build/bin/bench/diagnostics_bench"
[ -x "$bench" ] || { echo "run_diagnostics_bench.sh: $bench not found; build the diagnostics_bench target first" >&2; exit 2; }
command -v Rscript >/dev/null || { echo "run_diagnostics_bench.sh: Rscript not found" >&2; exit 2; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT INT TERM
echo "== Evidence Explorer engine (C++) =="
"$bench" --write-data "$dir" | tee "$dir/ours.txt"
echo
echo "== R metafor $(Rscript -e 'cat(as.character(packageVersion("metafor")))') =="
Rscript "$here/metafor_diagnostics.R" "$dir" | tee "$dir/metafor.txt"
echo
echo "== ratios (metafor / ours) =="
awk '$1 == "RESULT" { if (FILENAME ~ /ours/) ours[$2] = $3; else r[$2] = $3 }
     END { for (k in r) if (k in ours) printf "%-18s ours %10.4f s   metafor %10.3f s   %10.0fx\n", k, ours[k], r[k], r[k] / ours[k] }' \
    "$dir/ours.txt" "$dir/metafor.txt"
