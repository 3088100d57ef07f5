#pragma once

// JSON form of an analysis result: the contract of `evidence-cli pool --json`
// (issue 3), reused by the explorer's export. Plain C++ (no Qt).
//
// Keys: k, measure, model, method, tau2_method, estimate, se, ci_lb, ci_ub, pval,
// Q, Q_df, Q_pval, I2, H2, tau2, tau2_ci_lb, tau2_ci_ub, pi_lb, pi_ub,
// studies [{study, yi, vi, weight}], and when computed
// subgroups {column, groups [{level, k, estimate, se, ci_lb, ci_ub, pval, tau2, I2, Q}],
//            Q_between, Q_between_df, Q_between_pval},
// leave_one_out [{omitted, estimate, se, ci_lb, ci_ub, pval, tau2, I2, Q}],
// baujat [{study, x, y}].
// Also: level, test ("z" | "knha"), zval, model_requested, method_requested,
// continuity {add, to, drop00}, auto {I2, Q_pval, random} for the automatic model.
// Ratio measures are on the log scale; numbers are written with the shortest text
// that reads back to the same double; a quantity that does not exist is null.

#include "core/stats/analysis.h"
#include "core/stats/diagnostics.h"

#include <iosfwd>
#include <string>

namespace ee::io {

struct JsonStyle {
    bool pretty = true; ///< newlines and two-space indentation
};

/// Writes `result` as one JSON object.
void writeAnalysisJson(std::ostream &out, const stats::AnalysisResult &result, const JsonStyle &style = {});

/// The same, as a string.
std::string analysisJson(const stats::AnalysisResult &result, const JsonStyle &style = {});

/// What of the issue 6 tools goes into the JSON.
struct DiagnosticsJsonOptions {
    bool goshFull = false; ///< per-subset arrays (estimate, I2, tau2, Q, size) besides the summary
};

/// `result` with the keys of issue 6 appended when computed:
/// bias {k, few_studies, egger_bias, egger_se, egger_t, egger_df, egger_pval, egger_limit_estimate,
///       begg_tau, begg_pval, begg_exact, trimfill_k0, trimfill_side, trimfill_estimate, trimfill_se,
///       trimfill_ci_lb, trimfill_ci_ub, trimfill_tau2, trimfill_filled [{yi, vi}]},
/// metareg {moderators, test, coefficients [{term, estimate, se, zval, pval, ci_lb, ci_ub}], QM, QM_df,
///          QM_df2 (knha only), QM_pval, QE, QE_df, QE_pval, tau2, R2, permutations {exact, count, seed?,
///          pval [...], QM_pval}},
/// influence [{index, study, rstudent, dffits, cook_d, cov_r, tau2_del, QE_del, hat, weight, dfbetas, influential}],
/// cumulative [{index, study, k, estimate, se, ci_lb, ci_ub, pval, tau2, Q, I2}],
/// gosh {k, subsets, exhaustive, model, estimate {min, max, mean}, I2 {...}, tau2 {...}, failed,
///       and with goshFull: size, estimate_values, I2_values, tau2_values, Q_values}.
/// `index` is the position among the pooled studies.
void writeAnalysisJson(std::ostream &out, const stats::AnalysisResult &result,
    const stats::DiagnosticsResult &diagnostics, const DiagnosticsJsonOptions &options, const JsonStyle &style = {});

std::string analysisJson(const stats::AnalysisResult &result, const stats::DiagnosticsResult &diagnostics,
    const DiagnosticsJsonOptions &options, const JsonStyle &style = {});

/// Shortest decimal text that parses back to exactly `x` (std::to_chars); "null"
/// for NaN and infinities.
std::string jsonNumber(double x);

/// `s` as a JSON string literal (quotes, backslashes and control characters escaped;
/// UTF-8 passed through).
std::string jsonString(const std::string &s);

} // namespace ee::io
