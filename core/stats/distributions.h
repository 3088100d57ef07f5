#pragma once

// Thin wrappers over Boost.Math distributions used by the pooling engine, with
// argument checks that name the function, as every engine entry point does.

namespace ee::stats {

/// Two-sided p-value of a standard normal statistic: 2 * (1 - Phi(|z|)).
/// Returns 1 for z = 0; z may be +-infinity (p = 0).
double normalTwoSidedP(double z);

/// Two-sided p-value of a Student t statistic with `df` > 0 degrees of freedom.
double studentTwoSidedP(double t, double df);

/// Upper-tail p-value P(X > q) of a chi-squared variable with `df` > 0 degrees of freedom; q >= 0.
double chiSquaredUpperP(double q, double df);

/// Critical value z_{1 - alpha/2} of the standard normal for a two-sided interval
/// at `level` percent (0 < level < 100).
double normalCritical(double level);

/// Critical value t_{df, 1 - alpha/2} of Student's t for a two-sided interval at
/// `level` percent (0 < level < 100), df > 0.
double studentCritical(double level, double df);

/// Quantile of the chi-squared distribution with `df` > 0 degrees of freedom at
/// probability p (0 < p < 1).
double chiSquaredQuantile(double p, double df);

} // namespace ee::stats
