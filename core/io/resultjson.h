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

/// Shortest decimal text that parses back to exactly `x` (std::to_chars); "null"
/// for NaN and infinities.
std::string jsonNumber(double x);

/// `s` as a JSON string literal (quotes, backslashes and control characters escaped;
/// UTF-8 passed through).
std::string jsonString(const std::string &s);

} // namespace ee::io
