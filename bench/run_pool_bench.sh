#!/bin/sh
# Runs the pooling benchmark of the engine and the same work in R metafor on the
# same data, in the same run, and prints the ratio.
#
#   bench/run_pool_bench.sh [BUILD_DIR] [--full]
#
# BUILD_DIR defaults to ./build (pool_bench is BUILD_DIR/bin/bench/pool_bench).
# --full times metafor's k = 1000 case completely (about an hour) instead of
# estimating it from timed refits. Needs Rscript with metafor.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
full=${2:-}
bench="$build/bin/bench/pool_bench"
[ -x "$bench" ] || { echo "run_pool_bench.sh: $bench not found; build the pool_bench target first" >&2; exit 2; }
command -v Rscript >/dev/null || { echo "run_pool_bench.sh: Rscript not found (install r-cran-metafor)" >&2; exit 2; }

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT INT TERM

echo "== Evidence Explorer engine (C++) =="
"$bench" --write-data "$dir" | tee "$dir/ours.txt"
echo
echo "== R metafor $(Rscript -e 'cat(as.character(packageVersion("metafor")))') =="
Rscript "$here/metafor_pool.R" "$dir" $full | tee "$dir/metafor.txt"
echo
echo "== REML fit + leave-one-out + Baujat, median time =="
grep '^RESULT' "$dir/ours.txt" "$dir/metafor.txt" | awk '
  {
    split($0, a, ":RESULT "); line = a[2]; n = split(line, f, " ")
    who = f[1]; what = f[2]; k = f[3]; sub("k=", "", k); us = f[4]; sub("median_us=", "", us)
    if (what != "core") next
    if (who == "ours") ours[k] = us; else { theirs[k] = us; est[k] = (n >= 5 && f[5] == "estimated") }
  }
  END {
    printf "%6s  %14s  %16s  %12s\n", "k", "engine (us)", "metafor (us)", "ratio"
    for (k in ours) if (k in theirs)
      printf "%6s  %14.2f  %16.0f  %11.0fx%s\n", k, ours[k], theirs[k], theirs[k] / ours[k], est[k] ? "  (metafor estimated)" : ""
  }' | sort -n
