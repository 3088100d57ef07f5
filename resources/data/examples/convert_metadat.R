#!/usr/bin/env Rscript
# Converts two public datasets of R's metadat package into Evidence Explorer
# example projects: the flat evidence CSV (docs/store.md, "Evidence CSV"), a
# facet definition CSV ("Facet CSV") and a project.csv (key,value).
#
#   dat.bcg         13 BCG vaccine trials: TB cases / participants per arm,
#                   moderators absolute latitude (numeric) and allocation (categorical)
#   dat.gibson2002  15 asthma self-management trials: days off work/school as
#                   mean / SD / N per arm, and participants with any day off as
#                   events / N per arm; moderators intervention type and year
#
# Every number is copied from the metadat data frame. The only arithmetic is the
# arm total of a 2x2 table (n = events + non-events), which is what metafor's
# escalc() uses; each row's quote records the metadat row it came from.
#
# Run from the repository root (needs r-cran-metadat):
#   Rscript resources/data/examples/convert_metadat.R
# The output is committed, so building the project never needs R.

suppressPackageStartupMessages(library(metadat))

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
out_root <- if (length(script) == 1) dirname(normalizePath(script)) else "resources/data/examples"

metadat_version <- packageDescription("metadat")$Version

write_csv <- function(df, path) {
  # RFC 4180: every field quoted only when needed, NA written as an empty field,
  # UTF-8, LF line ends, numbers as R prints them at full precision.
  esc <- function(x) {
    x <- ifelse(is.na(x), "", as.character(x))
    needs <- grepl("[\",\n\r]", x)
    x[needs] <- paste0("\"", gsub("\"", "\"\"", x[needs]), "\"")
    x
  }
  lines <- c(paste(esc(names(df)), collapse = ","),
             apply(as.data.frame(lapply(df, esc), stringsAsFactors = FALSE), 1, paste, collapse = ","))
  con <- file(path, open = "wb")
  writeLines(enc2utf8(lines), con, sep = "\n", useBytes = TRUE)
  close(con)
}

num <- function(x) ifelse(is.na(x), NA, format(x, scientific = FALSE, trim = TRUE, digits = 15))

row_quote <- function(dataset, df, i) {
  values <- vapply(names(df), function(n) {
    v <- df[[n]][i]
    paste0(n, "=", if (is.na(v)) "NA" else as.character(v))
  }, character(1))
  paste0(dataset, " row ", i, ": ", paste(values, collapse = "; "))
}

empty_columns <- function(n, names) {
  as.data.frame(setNames(replicate(length(names), rep(NA_character_, n), simplify = FALSE), names),
                stringsAsFactors = FALSE)
}

evidence_columns <- c(
  "study", "first_author", "year", "country", "region", "design", "registry_id", "citation", "doi", "study_notes",
  "comparison", "reported_n_t", "reported_n_c", "comparison_notes",
  "arm_t", "cell_type_t", "origin_t", "dose_text_t", "route_t", "route_text_t", "n_randomized_t", "n_analysed_t",
  "arm_c", "cell_type_c", "origin_c", "dose_text_c", "route_c", "route_text_c", "n_randomized_c", "n_analysed_c",
  "outcome", "outcome_label", "outcome_kind", "outcome_unit", "better", "timepoint",
  "events_t", "n_t", "events_c", "n_c", "mean_t", "sd_t", "mean_c", "sd_c",
  "source", "quote", "locator", "counted", "confidence", "entered_by", "entered_at", "data_notes")

facet_columns <- c("facet", "facet_label", "kind", "attribute", "group", "derivation",
                   "level", "level_label", "lower", "lower_inclusive", "upper", "upper_inclusive", "match")

facet_rows <- function(facet, label, kind, attribute, group, derivation, levels) {
  n <- nrow(levels)
  data.frame(facet = rep(facet, n), facet_label = rep(label, n), kind = rep(kind, n),
             attribute = rep(attribute, n), group = rep(group, n), derivation = rep(derivation, n),
             level = levels$level, level_label = levels$level_label,
             lower = if (is.null(levels$lower)) NA else levels$lower,
             lower_inclusive = if (is.null(levels$lower_inclusive)) NA else levels$lower_inclusive,
             upper = if (is.null(levels$upper)) NA else levels$upper,
             upper_inclusive = if (is.null(levels$upper_inclusive)) NA else levels$upper_inclusive,
             match = if (is.null(levels$match)) NA else levels$match,
             stringsAsFactors = FALSE)
}

write_project <- function(dir, name, title, description, citation) {
  write_csv(data.frame(key = c("name", "title", "description", "citation", "converted_from"),
                       value = c(name, title, description, citation,
                                 paste0("R package metadat ", metadat_version, ", converted by resources/data/examples/convert_metadat.R")),
                       stringsAsFactors = FALSE),
            file.path(dir, "project.csv"))
}

## dat.bcg -------------------------------------------------------------------
bcg <- dat.bcg
bcg_dir <- file.path(out_root, "bcg")
dir.create(bcg_dir, showWarnings = FALSE, recursive = TRUE)
bcg_citation <- paste0("Colditz GA, Brewer TF, Berkey CS, Wilson ME, Burdick E, Fineberg HV, Mosteller F. ",
                       "Efficacy of BCG vaccine in the prevention of tuberculosis: meta-analysis of the published literature. ",
                       "JAMA 1994;271(9):698-702")
n <- nrow(bcg)
e <- empty_columns(n, evidence_columns)
labels <- paste(bcg$author, bcg$year)
stopifnot(!anyDuplicated(labels))
e$study <- labels
e$first_author <- bcg$author
e$year <- bcg$year
# The allocation moderator says how treatment was assigned: only "random" is a
# randomised trial; alternate and systematic assignment are controlled trials.
e$design <- ifelse(bcg$alloc == "random", "RCT", "CCT")
e$citation <- bcg_citation
e$doi <- "10.1001/jama.1994.03510330076038"
e$comparison <- labels
e$arm_t <- "BCG vaccine"
e$arm_c <- "Control"
e$n_analysed_t <- bcg$tpos + bcg$tneg
e$n_analysed_c <- bcg$cpos + bcg$cneg
e$outcome <- "tb"
e$outcome_label <- "Tuberculosis (TB positive cases)"
e$outcome_kind <- "binary"
e$outcome_unit <- "participants"
e$better <- "lower"
e$events_t <- bcg$tpos
e$n_t <- bcg$tpos + bcg$tneg
e$events_c <- bcg$cpos
e$n_c <- bcg$cpos + bcg$cneg
e$source <- paste0("R package metadat ", metadat_version, ", dataset dat.bcg (from ", bcg_citation, ")")
e$quote <- vapply(seq_len(n), function(i) row_quote("dat.bcg", bcg, i), character(1))
e$locator <- paste0("dat.bcg row ", seq_len(n))
e$counted <- "participants"
e$confidence <- "exact"
e$entered_by <- "convert_metadat.R"
e$data_notes <- "n = tpos + tneg (treated) and cpos + cneg (control)"
e[["mod:ablat"]] <- bcg$ablat
e[["mod:alloc"]] <- bcg$alloc
write_csv(e, file.path(bcg_dir, "evidence.csv"))

f <- rbind(
  facet_rows("alloc", "Allocation", "categorical", "moderator.alloc", "main",
             "dat.bcg column alloc: method of treatment allocation",
             data.frame(level = c("random", "alternate", "systematic"),
                        level_label = c("Random", "Alternate", "Systematic"), stringsAsFactors = FALSE)),
  facet_rows("ablat", "Absolute latitude", "numeric", "moderator.ablat", "main",
             "dat.bcg column ablat (degrees); bands chosen for this example, not taken from a review",
             data.frame(level = c("<20", "20-<40", ">=40"),
                        level_label = c("below 20\u00b0", "20\u00b0 to below 40\u00b0", "40\u00b0 and above"),
                        lower = c(NA, 20, 40), lower_inclusive = c(NA, 1, 1),
                        upper = c(20, 40, NA), upper_inclusive = c(0, 0, NA), stringsAsFactors = FALSE)),
  facet_rows("year", "Publication year", "numeric", "study.year", "more",
             "dat.bcg column year; periods chosen for this example",
             data.frame(level = c("<1950", "1950-1969", ">=1970"),
                        level_label = c("before 1950", "1950 to 1969", "1970 and later"),
                        lower = c(NA, 1950, 1970), lower_inclusive = c(NA, 1, 1),
                        upper = c(1950, 1970, NA), upper_inclusive = c(0, 0, NA), stringsAsFactors = FALSE)),
  facet_rows("design", "Design", "categorical", "study.design", "more",
             "RCT where dat.bcg alloc is random, CCT (controlled, not randomised) where alternate or systematic",
             data.frame(level = c("RCT", "CCT"), level_label = c("Randomised", "Controlled, not randomised"),
                        stringsAsFactors = FALSE)))
write_csv(f, file.path(bcg_dir, "facets.csv"))
write_project(bcg_dir, "bcg", "BCG vaccine against tuberculosis (13 trials)",
              paste0("The 13 trials of the BCG vaccine of Colditz et al. (1994), as distributed in R's metadat package ",
                     "(dat.bcg): TB cases per arm, absolute latitude and method of allocation."),
              bcg_citation)

## dat.gibson2002 ------------------------------------------------------------
gib <- dat.gibson2002
gib_dir <- file.path(out_root, "gibson2002")
dir.create(gib_dir, showWarnings = FALSE, recursive = TRUE)
gib_citation <- paste0("Gibson PG, Powell H, Wilson A, Abramson MJ, Haywood P, Bauman A, Hensley MJ, Walters EH, Roberts JJL. ",
                       "Self-management education and regular practitioner review for adults with asthma. ",
                       "Cochrane Database of Systematic Reviews 2002;(3):CD001117")
gib_source <- paste0("R package metadat ", metadat_version, ", dataset dat.gibson2002 (from ", gib_citation, ")")
labels <- paste(gib$author, gib$year)
stopifnot(!anyDuplicated(labels))
rows <- list()
for (i in seq_len(nrow(gib))) {
  has_cont <- !is.na(gib$m1i[i]) && !is.na(gib$m2i[i])
  has_bin <- !is.na(gib$ai[i]) && !is.na(gib$ci[i])
  base <- empty_columns(1, evidence_columns)
  base$study <- labels[i]
  base$first_author <- gib$author[i]
  base$year <- gib$year[i]
  base$design <- "RCT"
  base$citation <- gib_citation
  base$doi <- "10.1002/14651858.CD001117"
  base$comparison <- labels[i]
  base$arm_t <- "Self-management intervention"
  base$arm_c <- "Control"
  base$n_analysed_t <- gib$n1i[i]
  base$n_analysed_c <- gib$n2i[i]
  base[["mod:type"]] <- gib$type[i]
  quote <- row_quote("dat.gibson2002", gib, i)
  fill_provenance <- function(r, note) {
    r$source <- gib_source
    r$quote <- quote
    r$locator <- paste0("dat.gibson2002 row ", i)
    r$counted <- "participants"
    r$confidence <- "exact"
    r$entered_by <- "convert_metadat.R"
    r$data_notes <- note
    r
  }
  if (has_cont) {
    r <- base
    r$outcome <- "days_off"
    r$outcome_label <- "Days off work/school"
    r$outcome_kind <- "continuous"
    r$outcome_unit <- "days"
    r$better <- "lower"
    r$mean_t <- num(gib$m1i[i]); r$sd_t <- num(gib$sd1i[i]); r$n_t <- gib$n1i[i]
    r$mean_c <- num(gib$m2i[i]); r$sd_c <- num(gib$sd2i[i]); r$n_c <- gib$n2i[i]
    rows[[length(rows) + 1]] <- fill_provenance(r, NA)
  }
  if (has_bin) {
    r <- base
    r$outcome <- "any_days_off"
    r$outcome_label <- "Participants with one or more days off work/school"
    r$outcome_kind <- "binary"
    r$outcome_unit <- "participants"
    r$better <- "lower"
    r$events_t <- gib$ai[i]; r$n_t <- gib$ai[i] + gib$bi[i]
    r$events_c <- gib$ci[i]; r$n_c <- gib$ci[i] + gib$di[i]
    rows[[length(rows) + 1]] <- fill_provenance(r, "n = ai + bi (intervention) and ci + di (control), the 2x2 table totals")
  }
  if (!has_cont && !has_bin)
    rows[[length(rows) + 1]] <- base
}
g <- do.call(rbind, rows)
write_csv(g, file.path(gib_dir, "evidence.csv"))

f <- rbind(
  facet_rows("type", "Intervention type", "categorical", "moderator.type", "main",
             "dat.gibson2002 column type: additional intervention components (all studies gave some education)",
             data.frame(level = as.character(1:5),
                        level_label = c("Optimal self-management (written action plan, self-monitoring, regular medical review)",
                                        "Self-monitoring and regular medical review",
                                        "Self-monitoring only",
                                        "Regular medical review only",
                                        "Written action plan only"), stringsAsFactors = FALSE)),
  facet_rows("year", "Publication year", "numeric", "study.year", "main",
             "dat.gibson2002 column year; periods chosen for this example",
             data.frame(level = c("<1995", "1995-1997", ">=1998"),
                        level_label = c("before 1995", "1995 to 1997", "1998 and later"),
                        lower = c(NA, 1995, 1998), lower_inclusive = c(NA, 1, 1),
                        upper = c(1995, 1998, NA), upper_inclusive = c(0, 0, NA), stringsAsFactors = FALSE)))
write_csv(f, file.path(gib_dir, "facets.csv"))
write_project(gib_dir, "gibson2002", "Asthma self-management education (15 trials)",
              paste0("Trials of self-management education and regular medical review for adults with asthma from ",
                     "Gibson et al. (2002), as distributed in R's metadat package (dat.gibson2002): days off ",
                     "work/school as mean/SD/N per arm, participants with any day off as events/N, intervention type."),
              gib_citation)

cat("wrote", bcg_dir, "and", gib_dir, "\n")
