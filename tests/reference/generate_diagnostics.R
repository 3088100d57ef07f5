#!/usr/bin/env Rscript
# Regenerates the reference fixtures of the heterogeneity and bias tools (issue 6)
# from R metafor:
#
#   Rscript tests/reference/generate_diagnostics.R      (from the repository root)
#
# Writes tests/reference/diagnostics/<case>/{input.csv, options.json, expected.json}
# (a folder of its own: generate.R owns tests/reference/cases). input.csv holds
# study, yi, vi and the moderators; options.json the model and the `evidence-cli pool`
# arguments of the case; expected.json the JSON keys of issue 6 as metafor computes them:
#   bias        regtest(model = "lm", predictor = "sei"), ranktest(), trimfill()
#   metareg     rma(yi, vi, mods = ~ ..., method, test)
#   permutest   permutest(exact = TRUE) (exact, so deterministic)
#   influence   influence(res) on the model without moderators
#   influence_metareg  influence() of the meta-regression (engine test only)
#   cumulative  cumul(res, order = ...); I2 from QE (Higgins & Thompson, as the engine)
#   gosh_subsets a few subsets of gosh(res) (members 0-based)
# PM fits use tol = 1e-12 as generate.R does.

suppressPackageStartupMessages({
  library(metafor)
  library(metadat)
  library(jsonlite)
})
stopifnot(packageVersion("metafor") >= "3.8")
options(warn = 1)

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
root <- if (length(script)) dirname(normalizePath(script)) else "tests/reference"
out_dir <- file.path(root, "diagnostics")
unlink(out_dir, recursive = TRUE)
dir.create(out_dir, recursive = TRUE)

num <- function(x) {
  if (!is.finite(x)) stop("non-finite number in fixture")
  for (d in 15:17) {
    s <- sprintf(paste0("%.", d, "g"), x)
    if (as.numeric(s) == x) return(s)
  }
  s
}
to_json <- function(x, indent = "") {
  inner <- paste0(indent, "  ")
  if (is.null(x)) return("null")
  if (is.list(x)) {
    if (length(x) == 0) return(if (is.null(names(x))) "[]" else "{}")
    if (!is.null(names(x))) {
      items <- mapply(function(k, v) paste0(inner, toJSON(k, auto_unbox = TRUE), ": ", to_json(v, inner)),
                      names(x), x)
      return(paste0("{\n", paste(items, collapse = ",\n"), "\n", indent, "}"))
    }
    items <- vapply(x, function(v) paste0(inner, to_json(v, inner)), "")
    return(paste0("[\n", paste(items, collapse = ",\n"), "\n", indent, "]"))
  }
  if (length(x) != 1) stop("vectors must be wrapped in lists")
  if (is.na(x)) return("null")
  if (is.logical(x)) return(if (x) "true" else "false")
  if (is.character(x)) return(as.character(toJSON(x, auto_unbox = TRUE)))
  num(as.numeric(x))
}
write_json_file <- function(x, path) writeLines(to_json(x), path, useBytes = TRUE)
nums <- function(v) lapply(as.numeric(v), function(x) x)

# Writes input.csv and reads it back, so R and the engine see the same doubles.
write_input <- function(dir, dat, mods) {
  df <- data.frame(study = dat$study, yi = sprintf("%.17g", dat$yi), vi = sprintf("%.17g", dat$vi),
                   stringsAsFactors = FALSE)
  for (m in mods) df[[m]] <- as.character(dat[[m]])
  write.csv(df, file.path(dir, "input.csv"), row.names = FALSE, quote = TRUE)
  back <- read.csv(file.path(dir, "input.csv"), stringsAsFactors = FALSE)
  back
}

fit_model <- function(d, method, knha, mods = NULL) {
  test <- if (knha) "knha" else "z"
  ctrl <- if (method == "PM") list(tol = 1e-12, tau2.max = 1e6) else list()
  if (is.null(mods)) rma(yi, vi, data = d, method = method, test = test, control = ctrl)
  else rma(yi, vi, mods = mods, data = d, method = method, test = test, control = ctrl)
}

bias_json <- function(res, d, method) {
  eg <- regtest(res, model = "lm", predictor = "sei")
  rk <- suppressWarnings(ranktest(res))
  tf <- trimfill(res)
  fit <- eg$fit
  cf <- coef(summary(fit))
  out <- list(egger_bias = cf[2, 1], egger_se = cf[2, 2], egger_t = eg$zval, egger_df = eg$dfs,
              egger_pval = eg$pval, egger_limit_estimate = eg$est,
              begg_tau = unname(rk$tau), begg_pval = rk$pval,
              trimfill_k0 = tf$k0, trimfill_side = tf$side,
              trimfill_estimate = c(tf$beta), trimfill_se = tf$se,
              trimfill_ci_lb = tf$ci.lb, trimfill_ci_ub = tf$ci.ub, trimfill_tau2 = tf$tau2)
  if (tf$k0 > 0) {
    fill <- which(tf$fill)
    out$trimfill_filled <- lapply(fill, function(i) list(yi = tf$yi[i], vi = tf$vi[i]))
  } else {
    out$trimfill_filled <- list()
  }
  out
}

metareg_json <- function(m) {
  terms <- rownames(m$beta)
  coefs <- lapply(seq_along(terms), function(j)
    list(term = terms[j], estimate = m$beta[j, 1], se = m$se[j], zval = m$zval[j], pval = m$pval[j],
         ci_lb = m$ci.lb[j], ci_ub = m$ci.ub[j]))
  list(coefficients = coefs, QM = m$QM, QM_df = m$QMdf[1], QM_pval = m$QMp, QE = m$QE, QE_df = m$k - m$p,
       QE_pval = m$QEp, tau2 = m$tau2, R2 = if (is.null(m$R2)) NULL else m$R2)
}

influence_json <- function(res, d) {
  inf <- influence(res)
  lapply(seq_len(res$k), function(i)
    list(index = i - 1, study = d$study[i], rstudent = inf$inf$rstudent[i], dffits = inf$inf$dffits[i], cook_d = inf$inf$cook.d[i],
         cov_r = inf$inf$cov.r[i], tau2_del = inf$inf$tau2.del[i], QE_del = inf$inf$QE.del[i],
         hat = inf$inf$hat[i], weight = inf$inf$weight[i],
         dfbetas = nums(unlist(lapply(unclass(inf$dfbs)[seq_len(res$p)], function(col) col[i]))),
         influential = isTRUE(inf$is.infl[i])))
}

cumul_json <- function(res, d, order_col) {
  ord <- if (is.null(order_col)) seq_len(res$k) else d[[order_col]]
  cm <- cumul(res, order = ord)
  idx <- order(ord)
  lapply(seq_len(res$k), function(i) {
    q <- cm$Q[i]
    if (i == 1) q <- 0 # metafor reports NA for one study; the engine 0 (docs/engine.md)
    list(index = idx[i] - 1, study = d$study[idx[i]], estimate = cm$estimate[i], se = cm$se[i], ci_lb = cm$ci.lb[i], ci_ub = cm$ci.ub[i],
         pval = cm$pvals[i], tau2 = if (is.null(cm$tau2) || is.na(cm$tau2[i])) 0 else cm$tau2[i], Q = q, I2 = if (i > 1 && q > 0) max(0, (q - (i - 1)) / q) * 100 else 0)
  })
}

gosh_json <- function(res, pick) {
  g <- gosh(res, progbar = FALSE)
  rows <- unique(round(seq(1, nrow(g$res), length.out = pick)))
  rows <- rows[g$res$k[rows] >= 2]
  lapply(rows, function(r) list(members = nums(which(g$incl[r, ]) - 1), estimate = g$res$estimate[r],
                                Q = g$res$QE[r], I2 = g$res$I2[r], tau2 = g$res$tau2[r]))
}

make_case <- function(name, dat, method, knha = FALSE, mods = character(0), metareg = NULL, bias = TRUE,
                      influence = TRUE, cumulative = NULL, cumul_order = NULL, gosh_pick = 0, permutest = FALSE) {
  dir <- file.path(out_dir, name)
  dir.create(dir)
  d <- write_input(dir, dat, mods)
  res <- fit_model(d, method, knha)
  exp <- list(k = res$k)
  model <- if (method == "FE") "fixed" else "random"
  cli <- c("--measure", "GEN", "--model", model)
  if (method != "FE") cli <- c(cli, "--tau2", method)
  if (knha) cli <- c(cli, "--hksj")
  if (bias) { exp$bias <- bias_json(res, d, method); cli <- c(cli, "--bias") }
  if (!is.null(metareg)) {
    f <- as.formula(paste("~", paste(metareg, collapse = " + ")))
    m <- fit_model(d, method, knha, f)
    exp$metareg <- metareg_json(m)
    cli <- c(cli, "--metareg", paste(metareg, collapse = ","))
    if (permutest) {
      pt <- permutest(m, exact = TRUE, progbar = FALSE)
      exp$metareg$permutations <- list(exact = TRUE, pval = nums(pt$pval), QM_pval = pt$QMp)
      cli <- c(cli, "--permutations", "100000")
    }
    if (influence) exp$influence_metareg <- influence_json(m, d)
  }
  if (influence) { exp$influence <- influence_json(res, d); cli <- c(cli, "--influence") }
  if (!is.null(cumulative)) {
    exp$cumulative <- cumul_json(res, d, cumul_order)
    cli <- c(cli, "--cumulative")
    if (!is.null(cumul_order)) cli <- c(cli, "--order", cumul_order)
  }
  if (gosh_pick > 0) exp$gosh_subsets <- gosh_json(res, gosh_pick)
  opts <- list(model = model, tau2 = if (method == "FE") "REML" else method, hksj = knha,
               metareg = if (is.null(metareg)) list() else as.list(metareg),
               order = cumul_order, args = as.list(cli))
  write_json_file(opts, file.path(dir, "options.json"))
  write_json_file(exp, file.path(dir, "expected.json"))
  cat(name, "\n")
}

# ---------------------------------------------------------------- data
bcg <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
bcg$study <- paste(bcg$author, bcg$year)
bcg$yi <- c(bcg$yi); bcg$vi <- c(bcg$vi)
hack <- dat.hackshaw1998
hack$study <- paste(hack$author, hack$year)
hack$yi <- c(hack$yi); hack$vi <- c(hack$vi)
egg <- escalc(measure = "OR", ai = ai, n1i = n1i, ci = ci, n2i = n2i, data = dat.egger2001)
egg$study <- egg$study
egg$yi <- c(egg$yi); egg$vi <- c(egg$vi)
egg <- egg[is.finite(egg$yi), ]

bmods <- c("ablat", "year", "alloc")
make_case("bcg_REML", bcg, "REML", mods = bmods, metareg = c("ablat", "year", "alloc"), cumulative = TRUE,
          cumul_order = "year")
make_case("bcg_REML_ablat", bcg, "REML", mods = bmods, metareg = c("ablat"), bias = FALSE)
make_case("bcg_REML_alloc", bcg, "REML", mods = bmods, metareg = c("alloc"), bias = FALSE, influence = FALSE)
make_case("bcg_DL_knha", bcg, "DL", knha = TRUE, mods = bmods, metareg = c("ablat", "alloc"), cumulative = TRUE,
          cumul_order = "ablat", gosh_pick = 12)
make_case("bcg_FE", bcg, "FE", mods = bmods, metareg = c("ablat", "alloc"), cumulative = TRUE, gosh_pick = 12)
for (m in c("ML", "PM", "HE", "SJ", "EB"))
  make_case(paste0("bcg_", m), bcg, m, mods = bmods, metareg = c("ablat", "alloc"), cumulative = TRUE)
make_case("bcg_REML_knha", bcg, "REML", knha = TRUE, mods = bmods, metareg = c("ablat", "year"))
make_case("hackshaw_REML", hack, "REML", mods = c("year"), cumulative = TRUE, cumul_order = "year",
          metareg = c("year"))
make_case("hackshaw_FE", hack, "FE", mods = c("year"), influence = FALSE)
make_case("egger2001_DL", egg, "DL", mods = character(0), influence = TRUE)
make_case("egger2001_REML", egg, "REML", mods = character(0), cumulative = TRUE)
# Exact permutation test (6! = 720 permutations) on the first six BCG trials.
make_case("bcg6_permutest", bcg[1:6, ], "REML", mods = bmods, metareg = c("ablat"), permutest = TRUE,
          bias = FALSE, influence = FALSE)
make_case("bcg7_permutest_alloc", bcg[1:7, ], "DL", mods = bmods, metareg = c("alloc"), permutest = TRUE,
          bias = FALSE, influence = FALSE)
