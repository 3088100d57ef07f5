#!/usr/bin/env Rscript
# Regenerates the reference fixtures of the pooling engine from R metafor.
#
#   Rscript tests/reference/generate.R            (from the repository root)
#
# Needs R with metafor (>= 3.8) and metadat (Debian: r-cran-metafor, r-cran-metadat).
# Writes tests/reference/cases/<case>/{input.csv, options.json, expected.json}:
#   input.csv     the studies in the format of `evidence-cli pool` (RFC 4180)
#   options.json  the analysis options (measure, method, model, tau2, hksj, ...)
#   expected.json what `evidence-cli pool --json` must print, computed by metafor
#
# Every number is computed by metafor from input.csv as read back by R, so the C++
# engine and metafor see the same doubles. Two deliberate choices, documented in
# docs/engine.md:
#  * I^2 and H^2 are the Higgins & Thompson values from Cochran's Q (what RevMan and
#    R meta report): I2 = max(0, (Q - df)/Q) * 100, H2 = Q/df. rma.uni's own I^2 for
#    random-effects models uses a "typical" sampling variance instead, so for those
#    models the fixture computes I2/H2 from metafor's Q here.
#  * uniroot() defaults to tol = eps^0.25 (about 1.2e-4 on tau^2). The engine solves
#    to full precision, so the Paule-Mandel fits and the Q-profile intervals are
#    generated with tol = 1e-12 (and a high enough tau2.max) to compare estimators,
#    not stopping rules. Fisher scoring (REML, ML, EB) keeps metafor's defaults
#    (threshold 1e-5, 100 iterations): the engine runs the same iteration.

suppressPackageStartupMessages({
  library(metafor)
  library(metadat)
  library(jsonlite)
})
stopifnot(packageVersion("metafor") >= "3.8")
options(na.action = "na.exclude", warn = 1)

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
root <- if (length(script)) dirname(normalizePath(script)) else "tests/reference"
out_dir <- file.path(root, "cases")
unlink(out_dir, recursive = TRUE)
dir.create(out_dir, recursive = TRUE)

# ---------------------------------------------------------------- JSON writing
# jsonlite prints at most 15 significant digits; numbers here are written with the
# shortest representation that reads back to the same double.
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
    scalars <- all(vapply(x, function(v) !is.list(v) && length(v) <= 1, TRUE))
    if (!is.null(names(x)) && scalars && indent != "") {
      # One line per study, leave-one-out fit or Baujat point keeps the files small.
      items <- mapply(function(k, v) paste0(toJSON(k, auto_unbox = TRUE), ": ", to_json(v)), names(x), x)
      return(paste0("{", paste(items, collapse = ", "), "}"))
    }
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

# ---------------------------------------------------------------- input.csv
# Numbers as the shortest round-trip text; strings quoted (RFC 4180, "" escapes).
cell <- function(x) {
  if (is.character(x)) return(x)
  vapply(x, function(v) if (is.na(v)) "" else num(v), "")
}

write_input <- function(d, path) {
  text <- as.data.frame(lapply(d, cell), stringsAsFactors = FALSE, check.names = FALSE)
  quoted <- which(vapply(d, is.character, TRUE))
  write.table(text, path, sep = ",", row.names = FALSE, col.names = TRUE, quote = quoted,
              qmethod = "double", fileEncoding = "UTF-8", eol = "\n", na = "")
}

read_input <- function(path) {
  read.csv(path, stringsAsFactors = FALSE, check.names = FALSE, strip.white = TRUE,
           na.strings = "", encoding = "UTF-8")
}

# ---------------------------------------------------------------- data helpers
# Rows with a missing count, mean, SD or effect are left out: the CLI rejects them.
complete <- function(d, cols) d[stats::complete.cases(d[, cols]), , drop = FALSE]

bin_df <- function(study, ai, n1, ci, n2, ...) {
  d <- data.frame(study = as.character(study), events_t = ai, n_t = n1, events_c = ci, n_c = n2, ...,
                  stringsAsFactors = FALSE, check.names = FALSE)
  complete(d, c("events_t", "n_t", "events_c", "n_c"))
}
cont_df <- function(study, m1, sd1, n1, m2, sd2, n2, ...) {
  d <- data.frame(study = as.character(study), mean_t = m1, sd_t = sd1, n_t = n1, mean_c = m2, sd_c = sd2,
                  n_c = n2, ..., stringsAsFactors = FALSE, check.names = FALSE)
  complete(d, c("mean_t", "sd_t", "n_t", "mean_c", "sd_c", "n_c"))
}
gen_df <- function(study, yi, vi = NULL, sei = NULL, ...) {
  if (!is.null(vi)) {
    d <- data.frame(study = as.character(study), yi = yi, vi = vi, ..., stringsAsFactors = FALSE,
                    check.names = FALSE)
  } else {
    d <- data.frame(study = as.character(study), yi = yi, sei = sei, ..., stringsAsFactors = FALSE,
                    check.names = FALSE)
  }
  complete(d, intersect(c("yi", "vi", "sei"), names(d)))
}

# ---------------------------------------------------------------- metafor runs
i2q <- function(Q, df) if (is.na(Q) || df <= 0 || Q <= df) 0 else 100 * (Q - df) / Q
h2q <- function(Q, df) if (df <= 0) 1 else Q / df
nz <- function(x) if (is.null(x) || length(x) == 0 || is.na(x)) 0 else x

is_iterative <- function(o) o$model != "fixed" && o$tau2 %in% c("REML", "ML", "EB", "PM")

rma_control <- function(o) if (o$tau2 == "PM") list(tol = 1e-12) else list()

kind_of <- function(d) {
  if ("events_t" %in% names(d)) return("binary")
  if ("mean_t" %in% names(d)) return("continuous")
  "generic"
}

# escalc() with the options of the case; keeps the 2x2 table for MH/Peto fits.
effects <- function(d, o) {
  drop00 <- if (is.null(o$drop00)) o$method != "IV" else o$drop00
  kind <- kind_of(d)
  if (kind == "binary") {
    tab <- data.frame(study = d$study, ai = d$events_t, bi = d$n_t - d$events_t, ci = d$events_c,
                      di = d$n_c - d$events_c, stringsAsFactors = FALSE)
    m <- if (o$method == "PETO") "PETO" else o$measure
    es <- escalc(m, ai = ai, bi = bi, ci = ci, di = di, data = tab, add = o$add, to = o$to, drop00 = drop00)
  } else if (kind == "continuous") {
    tab <- data.frame(study = d$study, stringsAsFactors = FALSE)
    es <- escalc(o$measure, m1i = mean_t, sd1i = sd_t, n1i = n_t, m2i = mean_c, sd2i = sd_c, n2i = n_c,
                 data = d)
    es <- data.frame(study = d$study, ai = NA, bi = NA, ci = NA, di = NA, yi = as.numeric(es$yi),
                     vi = as.numeric(es$vi), stringsAsFactors = FALSE)
  } else {
    vi <- if ("vi" %in% names(d)) d$vi else d$sei^2
    es <- data.frame(study = d$study, ai = NA, bi = NA, ci = NA, di = NA, yi = d$yi, vi = vi,
                     stringsAsFactors = FALSE)
  }
  es <- as.data.frame(es)
  es$yi <- as.numeric(es$yi)
  es$vi <- as.numeric(es$vi)
  list(es = es, drop00 = drop00)
}

fit_fixed <- function(e, o, rows) {
  es <- e$es
  es$sel <- rows
  if (o$method == "MH") {
    return(rma.mh(ai = ai, bi = bi, ci = ci, di = di, data = es, subset = sel, measure = o$measure,
                  add = o$add, to = o$to, drop00 = e$drop00, level = o$level, slab = study))
  }
  if (o$method == "PETO") {
    return(rma.peto(ai = ai, bi = bi, ci = ci, di = di, data = es, subset = sel, add = o$add, to = o$to,
                    drop00 = e$drop00, level = o$level, slab = study))
  }
  rma(yi, vi, data = es, subset = sel, method = "FE", level = o$level, slab = study)
}

fit_random <- function(e, o, rows) {
  es <- e$es
  es$sel <- rows
  rma(yi, vi, data = es, subset = sel, method = o$tau2, test = if (o$hksj) "knha" else "z", level = o$level,
      control = rma_control(o), slab = study)
}

# Q df of a fit: k - 1 for rma.uni; studies with an escalc() effect - 1 for MH/Peto.
q_df <- function(res) {
  if (inherits(res, "rma.mh") || inherits(res, "rma.peto")) return(max(0, res$k.yi - 1))
  max(0, res$k - 1)
}

heterogeneity <- function(res) {
  df <- q_df(res)
  Q <- res$QE
  if (inherits(res, "rma.uni") && res$method != "FE") {
    list(Q = Q, Q_df = df, Q_pval = res$QEp, I2 = i2q(Q, df), H2 = h2q(Q, df))
  } else {
    # Fixed-effect fits: metafor's I2/H2 are already Q-based (its NaN for Q = 0 is 0 here).
    list(Q = Q, Q_df = df, Q_pval = res$QEp, I2 = nz(res$I2), H2 = res$H2)
  }
}

is_random <- function(res) inherits(res, "rma.uni") && res$method != "FE"

run_case <- function(d, o) {
  e <- effects(d, o)
  all <- rep(TRUE, nrow(d))
  model <- o$model
  if (model == "auto") {
    f <- fit_fixed(e, o, all)
    model <- if (nz(f$I2) < 50 && f$QEp > 0.10) "fixed" else "random"
  }
  res <- if (model == "fixed") fit_fixed(e, o, all) else fit_random(e, o, all)
  random <- is_random(res)

  out <- list(k = res$k, measure = o$measure, model = model,
              method = if (random) "IV" else o$method,
              tau2_method = if (random) o$tau2 else NA,
              estimate = as.numeric(res$beta), se = res$se, ci_lb = res$ci.lb, ci_ub = res$ci.ub,
              pval = res$pval)
  out <- c(out, heterogeneity(res))
  out$tau2 <- if (random) res$tau2 else 0
  if (random && res$k >= 2) {
    ci <- confint(res, control = list(tol = 1e-12, tau2.max = max(100, 10 * res$tau2) * 1e3))$random
    out$tau2_ci_lb <- ci["tau^2", "ci.lb"]
    out$tau2_ci_ub <- ci["tau^2", "ci.ub"]
  } else {
    out$tau2_ci_lb <- NA
    out$tau2_ci_ub <- NA
  }
  if (random) {
    p <- predict(res)
    out$pi_lb <- p$pi.lb
    out$pi_ub <- p$pi.ub
  } else {
    out$pi_lb <- res$ci.lb
    out$pi_ub <- res$ci.ub
  }

  w <- weights(res)
  if (random || o$method == "IV") {
    yi <- e$es$yi
    vi <- e$es$vi
  } else {
    yi <- as.numeric(res$yi.f)
    vi <- as.numeric(res$vi.f)
  }
  out$studies <- lapply(seq_len(nrow(d)), function(i) {
    list(study = d$study[i], yi = yi[i], vi = vi[i], weight = unname(w[i]))
  })

  if (!is.null(o$subgroup)) out$subgroups <- subgroups(d, e, o, model, o$subgroup)

  if (o$leave_one_out || o$baujat) {
    l <- leave1out(res)
    keep <- if (inherits(res, "rma.uni")) !is.na(yi) else rep(TRUE, nrow(d))
    if (o$leave_one_out) {
      kloo <- res$k - 1
      out$leave_one_out <- lapply(which(keep), function(i) {
        Q <- l$Q[i]
        df <- if (inherits(res, "rma.uni")) kloo - 1 else NA
        I2 <- if (inherits(res, "rma.uni")) {
          if (res$method == "FE") nz(l$I2[i]) else i2q(Q, df)
        } else {
          if (is.na(l$estimate[i])) NA else nz(l$I2[i])
        }
        list(omitted = d$study[i], estimate = l$estimate[i], se = l$se[i], ci_lb = l$ci.lb[i],
             ci_ub = l$ci.ub[i], pval = l$pval[i],
             tau2 = if (random) l$tau2[i] else if (is.na(l$estimate[i])) NA else 0,
             I2 = I2, Q = Q)
      })
    }
    if (o$baujat) {
      # baujat() draws the plot; when every y is undefined (Knapp-Hartung se of 0)
      # plotting fails, and there is no point to report.
      pdf(NULL)
      b <- tryCatch(baujat(res), error = function(e) NULL)
      dev.off()
      ok <- if (is.null(b)) integer(0) else which(!is.na(b$x) & !is.na(b$y))
      out$baujat <- lapply(ok, function(j) list(study = as.character(b$slab[j]), x = b$x[j], y = b$y[j]))
    }
  }
  list(expected = out, model = model)
}

subgroups <- function(d, e, o, model, column) {
  lev <- as.character(d[[column]])
  lev[is.na(lev)] <- ""
  levels <- unique(lev[lev != ""])
  groups <- lapply(levels, function(g) {
    rows <- lev == g
    res <- if (model == "fixed") fit_fixed(e, o, rows) else fit_random(e, o, rows)
    h <- heterogeneity(res)
    list(level = g, k = res$k, estimate = as.numeric(res$beta), se = res$se, ci_lb = res$ci.lb,
         ci_ub = res$ci.ub, pval = res$pval, tau2 = if (is_random(res)) res$tau2 else 0, I2 = h$I2, Q = h$Q)
  })
  est <- vapply(groups, function(g) g$estimate, 0)
  se <- vapply(groups, function(g) g$se, 0)
  if (length(groups) >= 2) {
    qb <- rma(yi = est, sei = se, method = "FE")
    list(column = column, groups = groups, Q_between = qb$QE, Q_between_df = length(groups) - 1,
         Q_between_pval = qb$QEp)
  } else {
    list(column = column, groups = groups, Q_between = 0, Q_between_df = 0, Q_between_pval = NA)
  }
}

# ---------------------------------------------------------------- cases
n_cases <- 0
add_case <- function(name, data, measure, method = "IV", model = "random", tau2 = "REML", hksj = FALSE,
                     subgroup = NULL, add = 0.5, to = "only0", drop00 = NULL, loo = TRUE, baujat = TRUE,
                     level = 95) {
  cat(name, "\n")
  dir <- file.path(out_dir, name)
  dir.create(dir)
  write_input(data, file.path(dir, "input.csv"))
  d <- read_input(file.path(dir, "input.csv"))
  o <- list(measure = measure, method = method, model = model, tau2 = tau2, hksj = hksj, level = level,
            subgroup = subgroup, add = add, to = to, drop00 = drop00, leave_one_out = loo, baujat = baujat)
  r <- run_case(d, o)
  o$tolerance <- if (r$model == "random" && tau2 %in% c("REML", "ML", "EB", "PM")) 1e-5 else 1e-8
  oj <- o
  if (is.null(oj$subgroup)) oj$subgroup <- NA
  if (is.null(oj$drop00)) oj$drop00 <- NA
  write_json_file(oj, file.path(dir, "options.json"))
  write_json_file(r$expected, file.path(dir, "expected.json"))
  n_cases <<- n_cases + 1
}

estimators <- c("DL", "REML", "PM", "ML", "SJ", "HE", "EB")

# BCG vaccine trials (Colditz et al. 1994): every measure, method, estimator, with
# and without Knapp-Hartung; labels contain commas.
bcg <- bin_df(paste0(dat.bcg$author, ", ", dat.bcg$year), dat.bcg$tpos, dat.bcg$tpos + dat.bcg$tneg,
              dat.bcg$cpos, dat.bcg$cpos + dat.bcg$cneg, ablat = dat.bcg$ablat, alloc = dat.bcg$alloc)
for (m in c("OR", "RR", "RD")) {
  add_case(paste0("bcg_", m, "_iv_fixed"), bcg, m, model = "fixed")
  add_case(paste0("bcg_", m, "_mh_fixed"), bcg, m, method = "MH", model = "fixed")
  for (t in estimators) {
    add_case(paste0("bcg_", m, "_iv_", t), bcg, m, tau2 = t)
    add_case(paste0("bcg_", m, "_iv_", t, "_knha"), bcg, m, tau2 = t, hksj = TRUE)
  }
}
add_case("bcg_OR_peto_fixed", bcg, "OR", method = "PETO", model = "fixed")
add_case("bcg_OR_mh_auto", bcg, "OR", method = "MH", model = "auto", tau2 = "DL")
add_case("bcg_OR_mh_fixed_sub_alloc", bcg, "OR", method = "MH", model = "fixed", subgroup = "alloc")
add_case("bcg_OR_iv_REML_sub_alloc", bcg, "OR", subgroup = "alloc")
add_case("bcg_OR_iv_DL_knha_sub_alloc", bcg, "OR", tau2 = "DL", hksj = TRUE, subgroup = "alloc")
add_case("bcg_RR_iv_PM_sub_alloc", bcg, "RR", tau2 = "PM", subgroup = "alloc")
add_case("bcg_OR_peto_random_sub_alloc", bcg, "OR", method = "PETO", model = "random", tau2 = "REML",
         subgroup = "alloc", loo = FALSE, baujat = FALSE)
add_case("bcg_OR_iv_REML_level90", bcg, "OR", level = 90)

# Magnesium in myocardial infarction (Li et al. 2007): zero cells.
li <- bin_df(paste0(dat.li2007$study, " (", dat.li2007$year, ")"), dat.li2007$ai, dat.li2007$n1i,
             dat.li2007$ci, dat.li2007$n2i)
li$study <- make.unique(li$study)
add_case("li2007_OR_mh_fixed", li, "OR", method = "MH", model = "fixed")
add_case("li2007_OR_peto_fixed", li, "OR", method = "PETO", model = "fixed")
add_case("li2007_OR_iv_REML", li, "OR")
add_case("li2007_RR_mh_fixed", li, "RR", method = "MH", model = "fixed")
add_case("li2007_RD_mh_fixed", li, "RD", method = "MH", model = "fixed")
add_case("li2007_OR_mh_auto", li, "OR", method = "MH", model = "auto", tau2 = "REML")

# Hydroxychloroquine and COVID-19 mortality (Axfors et al. 2021): many double zeros.
ax <- bin_df(dat.axfors2021$acronym, dat.axfors2021$hcq_arm_event, dat.axfors2021$hcq_arm_total,
             dat.axfors2021$control_arm_event, dat.axfors2021$control_arm_total,
             published = dat.axfors2021$Published, setting = dat.axfors2021$patient_setting)
ax$study <- make.unique(ax$study)
add_case("axfors_OR_mh_fixed", ax, "OR", method = "MH", model = "fixed")
add_case("axfors_RD_mh_fixed", ax, "RD", method = "MH", model = "fixed")
add_case("axfors_RR_mh_fixed_keep00", ax, "RR", method = "MH", model = "fixed", drop00 = FALSE)
add_case("axfors_OR_peto_fixed", ax, "OR", method = "PETO", model = "fixed")
add_case("axfors_OR_iv_REML_keep00", ax, "OR")
add_case("axfors_OR_iv_DL_drop00", ax, "OR", tau2 = "DL", drop00 = TRUE)
add_case("axfors_OR_mh_fixed_sub_published", ax, "OR", method = "MH", model = "fixed", subgroup = "published")
add_case("axfors_OR_mh_fixed_if0all", ax, "OR", method = "MH", model = "fixed", to = "if0all")
add_case("axfors_RR_iv_fixed_all", ax, "RR", model = "fixed", to = "all")
add_case("axfors_OR_iv_fixed_none", ax, "OR", model = "fixed", to = "none")
add_case("axfors_RD_iv_SJ_sub_setting", ax, "RD", tau2 = "SJ", subgroup = "setting")

# Magnesium trials (Egger et al. 2001), nicotine... and others with events/N.
eg <- bin_df(paste0(dat.egger2001$study, " ", dat.egger2001$year), dat.egger2001$ai, dat.egger2001$n1i,
             dat.egger2001$ci, dat.egger2001$n2i)
add_case("egger2001_OR_mh_auto", eg, "OR", method = "MH", model = "auto", tau2 = "DL")
add_case("egger2001_OR_peto_fixed", eg, "OR", method = "PETO", model = "fixed")
add_case("egger2001_OR_iv_ML_knha", eg, "OR", tau2 = "ML", hksj = TRUE)

yu <- subset(dat.yusuf1985, table == "6")
yu <- bin_df(make.unique(as.character(yu$trial)), yu$ai, yu$n1i, yu$ci, yu$n2i)
add_case("yusuf1985_t6_OR_peto_fixed", yu, "OR", method = "PETO", model = "fixed")
add_case("yusuf1985_t6_OR_mh_fixed", yu, "OR", method = "MH", model = "fixed")

nw <- bin_df(paste0(dat.nielweise2007$author, " ", dat.nielweise2007$year), dat.nielweise2007$ai,
             dat.nielweise2007$n1i, dat.nielweise2007$ci, dat.nielweise2007$n2i)
nw$study <- make.unique(nw$study)
add_case("nielweise2007_OR_iv_REML_knha", nw, "OR", hksj = TRUE)
add_case("nielweise2007_RR_mh_fixed", nw, "RR", method = "MH", model = "fixed")

hi <- bin_df(dat.hine1989$source, dat.hine1989$ai, dat.hine1989$n1i, dat.hine1989$ci, dat.hine1989$n2i)
hi$study <- make.unique(hi$study)
add_case("hine1989_RD_mh_fixed", hi, "RD", method = "MH", model = "fixed")
add_case("hine1989_RD_iv_DL", hi, "RD", tau2 = "DL")

lp <- bin_df(paste0(dat.laopaiboon2015$author, " ", dat.laopaiboon2015$year), dat.laopaiboon2015$ai,
             dat.laopaiboon2015$n1i, dat.laopaiboon2015$ci, dat.laopaiboon2015$n2i,
             ctrl = dat.laopaiboon2015$ctrl)
lp$study <- make.unique(lp$study)
add_case("laopaiboon2015_RR_iv_REML_sub_ctrl", lp, "RR", subgroup = "ctrl")
add_case("laopaiboon2015_RR_mh_auto_sub_ctrl", lp, "RR", method = "MH", model = "auto", tau2 = "HE",
         subgroup = "ctrl")

ld <- bin_df(paste0(dat.linde2005$study, " ", dat.linde2005$year), dat.linde2005$ai, dat.linde2005$n1i,
             dat.linde2005$ci, dat.linde2005$n2i, group = as.character(dat.linde2005$group))
ld$study <- make.unique(ld$study)
add_case("linde2005_RR_iv_REML_knha_sub_group", ld, "RR", hksj = TRUE, subgroup = "group")

dn <- bin_df(paste0(dat.dorn2007$study, " ", dat.dorn2007$year), dat.dorn2007$x.a, dat.dorn2007$n.a,
             dat.dorn2007$x.p, dat.dorn2007$n.p)
dn$study <- make.unique(dn$study)
add_case("dorn2007_OR_mh_fixed", dn, "OR", method = "MH", model = "fixed")
add_case("dorn2007_OR_iv_EB", dn, "OR", tau2 = "EB")
add_case("dorn2007_RR_iv_PM_knha", dn, "RR", tau2 = "PM", hksj = TRUE)

# Continuous outcomes.
nm <- cont_df(dat.normand1999$source, dat.normand1999$m1i, dat.normand1999$sd1i, dat.normand1999$n1i,
              dat.normand1999$m2i, dat.normand1999$sd2i, dat.normand1999$n2i)
nm$study <- paste0(dat.normand1999$study, ": ", nm$study)
add_case("normand1999_MD_iv_fixed", nm, "MD", model = "fixed")
add_case("normand1999_SMD_iv_fixed", nm, "SMD", model = "fixed")
for (t in estimators) {
  add_case(paste0("normand1999_MD_iv_", t), nm, "MD", tau2 = t)
  add_case(paste0("normand1999_SMD_iv_", t), nm, "SMD", tau2 = t)
}
add_case("normand1999_MD_iv_REML_knha", nm, "MD", hksj = TRUE)
add_case("normand1999_SMD_iv_DL_knha", nm, "SMD", tau2 = "DL", hksj = TRUE)

cu <- dat.curtis1998
cu <- cont_df(paste0(cu$paper, "/", cu$id, " ", cu$genus, " ", cu$species), cu$m1i, cu$sd1i, cu$n1i, cu$m2i,
              cu$sd2i, cu$n2i, fungrp = as.character(cu$fungrp))
add_case("curtis1998_SMD_iv_REML_sub_fungrp", cu, "SMD", subgroup = "fungrp")
add_case("curtis1998_MD_iv_DL", cu, "MD", tau2 = "DL", baujat = FALSE)
add_case("curtis1998_SMD_iv_auto", cu, "SMD", model = "auto", tau2 = "PM", loo = FALSE)

gb <- subset(dat.gibson2002, !is.na(m1i))
gb <- cont_df(paste0(gb$author, " ", gb$year), gb$m1i, gb$sd1i, gb$n1i, gb$m2i, gb$sd2i, gb$n2i,
              type = as.character(gb$type))
gb$study <- make.unique(gb$study)
add_case("gibson2002_MD_iv_REML", gb, "MD")
add_case("gibson2002_SMD_iv_PM_knha", gb, "SMD", tau2 = "PM", hksj = TRUE)

# Generic effects.
rb <- gen_df(paste0(dat.raudenbush1985$author, " ", dat.raudenbush1985$year), dat.raudenbush1985$yi,
             vi = dat.raudenbush1985$vi, tester = dat.raudenbush1985$tester, weeks = dat.raudenbush1985$weeks)
rb$study <- make.unique(rb$study)
add_case("raudenbush1985_GEN_iv_fixed", rb, "GEN", model = "fixed")
for (t in estimators) add_case(paste0("raudenbush1985_GEN_iv_", t), rb, "GEN", tau2 = t)
add_case("raudenbush1985_GEN_iv_REML_knha_sub_tester", rb, "GEN", hksj = TRUE, subgroup = "tester")
add_case("raudenbush1985_GEN_iv_ML_sub_weeks", rb, "GEN", tau2 = "ML", subgroup = "weeks")

hk <- dat.hackshaw1998
hk <- gen_df(paste0(hk$author, " ", hk$year), hk$yi, sei = sqrt(hk$vi), design = hk$design)
hk$study <- make.unique(hk$study)
add_case("hackshaw1998_GEN_iv_REML_sei", hk, "GEN")
add_case("hackshaw1998_GEN_iv_DL_knha_sei", hk, "GEN", tau2 = "DL", hksj = TRUE)
add_case("hackshaw1998_GEN_iv_fixed_sub_design", hk, "GEN", model = "fixed", subgroup = "design")
add_case("hackshaw1998_GEN_iv_auto", hk, "GEN", model = "auto", tau2 = "REML")

# ---------------------------------------------------------------- edge cases
one <- bin_df("Only trial", 12, 50, 20, 48)
add_case("edge_k1_OR_iv_REML", one, "OR", loo = FALSE, baujat = FALSE)
add_case("edge_k1_OR_iv_REML_knha", one, "OR", hksj = TRUE, loo = FALSE, baujat = FALSE)
add_case("edge_k1_OR_mh_fixed", one, "OR", method = "MH", model = "fixed", loo = FALSE, baujat = FALSE)
add_case("edge_k1_GEN_iv_DL", gen_df("Single", 0.4, vi = 0.04), "GEN", tau2 = "DL", loo = FALSE, baujat = FALSE)

two <- bin_df(c("First, A", "Second \"B\""), c(10, 30), c(40, 60), c(20, 18), c(42, 58))
add_case("edge_k2_OR_iv_REML_knha", two, "OR", hksj = TRUE)
add_case("edge_k2_OR_mh_fixed", two, "OR", method = "MH", model = "fixed")
add_case("edge_k2_MD_iv_ML", cont_df(c("A", "B"), c(10, 14), c(3, 4), c(20, 25), c(9, 10), c(3.5, 4.2), c(22, 24)),
         "MD", tau2 = "ML")

three <- cont_df(c("Alpha", "Beta\nsecond line", "Gamma"), c(5.1, 6.3, 4.2), c(1.2, 1.9, 1.1), c(12, 30, 8),
                 c(4.0, 5.2, 4.4), c(1.3, 1.7, 1.4), c(11, 28, 9))
add_case("edge_k3_SMD_iv_PM_knha", three, "SMD", tau2 = "PM", hksj = TRUE)
add_case("edge_k3_SMD_iv_REML", three, "SMD")

homog <- gen_df(paste("Study", 1:6), c(0.20, 0.22, 0.18, 0.21, 0.19, 0.20), vi = c(0.04, 0.05, 0.03, 0.06, 0.02, 0.05))
for (t in c("DL", "REML", "PM", "ML", "SJ", "HE", "EB")) add_case(paste0("edge_tau2zero_GEN_", t), homog, "GEN", tau2 = t)
add_case("edge_tau2zero_GEN_auto", homog, "GEN", model = "auto")

same <- gen_df(paste("Trial", 1:4), rep(0.5, 4), vi = c(0.01, 0.02, 0.04, 0.03))
add_case("edge_identical_GEN_REML_knha", same, "GEN", hksj = TRUE)

huge <- gen_df(paste("Site", LETTERS[1:7]), c(-42, 3.5, 61, 18, -7, 95, 30), vi = c(0.5, 1.2, 0.8, 2.5, 0.3, 1.0, 0.6))
for (t in c("DL", "REML", "PM", "ML", "EB")) add_case(paste0("edge_huge_GEN_", t), huge, "GEN", tau2 = t)
add_case("edge_huge_GEN_REML_knha", huge, "GEN", hksj = TRUE)
add_case("edge_huge_GEN_auto", huge, "GEN", model = "auto", tau2 = "SJ")

zeros <- bin_df(c("Z1", "Z2", "Z3", "Z4", "Z5", "Z6"), c(0, 3, 5, 0, 12, 7), c(25, 30, 40, 18, 60, 35),
                c(4, 0, 9, 0, 15, 7), c(24, 31, 38, 20, 58, 7))
add_case("edge_zeros_OR_iv_DL_only0", zeros, "OR", tau2 = "DL")
add_case("edge_zeros_OR_iv_DL_drop00", zeros, "OR", tau2 = "DL", drop00 = TRUE)
add_case("edge_zeros_OR_iv_DL_all", zeros, "OR", tau2 = "DL", to = "all")
add_case("edge_zeros_OR_iv_DL_if0all", zeros, "OR", tau2 = "DL", to = "if0all")
add_case("edge_zeros_OR_iv_DL_none", zeros, "OR", tau2 = "DL", to = "none")
add_case("edge_zeros_OR_iv_DL_add025", zeros, "OR", tau2 = "DL", add = 0.25)
add_case("edge_zeros_RR_iv_REML", zeros, "RR")
add_case("edge_zeros_RD_iv_HE", zeros, "RD", tau2 = "HE")
add_case("edge_zeros_OR_mh_fixed", zeros, "OR", method = "MH", model = "fixed")
add_case("edge_zeros_RR_mh_fixed_if0all", zeros, "RR", method = "MH", model = "fixed", to = "if0all")
add_case("edge_zeros_RD_mh_fixed_keep00", zeros, "RD", method = "MH", model = "fixed", drop00 = FALSE)
add_case("edge_zeros_OR_peto_fixed", zeros, "OR", method = "PETO", model = "fixed")
add_case("edge_zeros_OR_peto_fixed_if0all", zeros, "OR", method = "PETO", model = "fixed", to = "if0all")

total <- sum(file.info(list.files(out_dir, recursive = TRUE, full.names = TRUE))$size)
cat(sprintf("wrote %d cases to %s (%.0f kB)\n", n_cases, out_dir, total / 1024))
