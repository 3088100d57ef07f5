#!/usr/bin/env Rscript
# The work of bench/pool_bench.cpp done by R metafor, timed inside R (R's start-up
# and package loading are not counted):
#   res <- rma(yi, vi, method = "REML"); leave1out(res); baujat(res)
# on the data pool_bench writes (DIR/bench_k38.csv, DIR/bench_k1000.csv).
#
#   Rscript bench/metafor_pool.R DIR [--full]
#
# k = 38 is timed in full (median of several runs). At k = 1000 one rma() fit takes
# about 1.5 s (metafor works with k x k matrices) and leave1out() plus baujat() refit
# the model 2k = 2000 times, i.e. close to an hour; by default that case is estimated
# as one timed full fit plus 2k times the median of 5 timed refits made exactly as
# leave1out() makes them. --full runs the whole thing once instead.
# baujat() draws its plot; it draws into a null device here (pdf(NULL)).
#
# Output lines "RESULT metafor core k=<k> median_us=<x> [estimated]" are read by
# bench/run_pool_bench.sh.

suppressPackageStartupMessages(library(metafor))
args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 1) stop("usage: Rscript bench/metafor_pool.R DIR [--full]")
dir <- args[1]
full <- "--full" %in% args

seconds <- function(expr_fun) {
  t0 <- Sys.time()
  expr_fun()
  as.numeric(difftime(Sys.time(), t0, units = "secs"))
}

work <- function(d) {
  res <- rma(yi, vi, data = d, method = "REML")
  l <- leave1out(res)
  pdf(NULL)
  b <- baujat(res)
  dev.off()
  invisible(list(res, l, b))
}

for (k in c(38, 1000)) {
  d <- read.csv(file.path(dir, sprintf("bench_k%d.csv", k)))
  stopifnot(nrow(d) == k)
  res <- rma(yi, vi, data = d, method = "REML")
  cat(sprintf("k = %d: tau2 = %.6f, estimate = %.6f\n", k, res$tau2, as.numeric(res$beta)))
  if (k <= 100 || full) {
    work(d) # warm-up
    reps <- if (k <= 100) 11 else 1
    times <- vapply(seq_len(reps), function(i) seconds(function() work(d)), 0)
    cat(sprintf("RESULT metafor core k=%d median_us=%.1f\n", k, median(times) * 1e6))
    cat(sprintf("  rma + leave1out + baujat: %12.1f ms (median of %d)\n", median(times) * 1e3, reps))
  } else {
    fit <- median(vapply(1:3, function(i) seconds(function() rma(yi, vi, data = d, method = "REML")), 0))
    refit <- median(vapply(1:5, function(i) seconds(function() {
      suppressWarnings(rma.uni(yi = res$yi.f, vi = res$vi.f, intercept = TRUE, method = res$method,
                               test = res$test, level = res$level, control = res$control, subset = -i,
                               skipr2 = TRUE))
    }), 0))
    total <- fit + 2 * k * refit
    cat(sprintf("RESULT metafor core k=%d median_us=%.1f estimated\n", k, total * 1e6))
    cat(sprintf("  rma: %.1f ms; one leave-one-out refit: %.1f ms (median of 5)\n", fit * 1e3, refit * 1e3))
    cat(sprintf("  rma + leave1out + baujat estimated as rma + 2k refits: %.1f s (run with --full to time it)\n",
                total))
  }
}
