#!/usr/bin/env Rscript
# metafor side of bench/diagnostics_bench.cpp: times gosh() for k = 16 (FE, DL;
# REML is estimated from 2,000 subsets) and permutest(iter = 1000) for k = 38 on
# the data the C++ benchmark wrote to DIR.   Rscript bench/metafor_diagnostics.R DIR
suppressPackageStartupMessages(library(metafor))
dir <- commandArgs(trailingOnly = TRUE)[1]
g <- read.csv(file.path(dir, "gosh16.csv"))
m <- read.csv(file.path(dir, "metareg38.csv"))
t <- function(expr) unname(system.time(expr)["elapsed"])
for (method in c("FE", "DL")) {
  res <- rma(yi, vi, data = g, method = method)
  s <- t(gosh(res, progbar = FALSE))
  cat(sprintf("RESULT gosh16_%s %.6f   (65535 fits)\n", method, s))
}
res <- rma(yi, vi, data = g, method = "REML")
s <- t(gosh(res, subsets = 2000, progbar = FALSE))
cat(sprintf("RESULT gosh16_REML %.6f   (estimated from 2000 random subsets x 65535/2000)\n", s * 65535 / 2000))
res <- rma(yi, vi, mods = ~ x, data = m, method = "REML")
set.seed(1)
s <- t(pt <- permutest(res, iter = 1000, progbar = FALSE))
cat(sprintf("RESULT permutest38_REML %.6f   (1000 permutations, p(slope) = %.4f, QMp = %.4f)\n", s, pt$pval[2], pt$QMp))
