#pragma once

// The result of one pooled fit (inverse variance, Mantel-Haenszel or Peto).
// A plain value: no heap memory, cheap to copy, so leave-one-out and subgroup
// analyses hold one per fit.

#include "core/stats/types.h"

#include <cstddef>

namespace ee::stats {

struct PoolFit {
    PoolingMethod method = PoolingMethod::InverseVariance;
    bool randomEffects = false; ///< false: fixed (common) effect
    Tau2Estimator tau2Estimator = Tau2Estimator::DL; ///< meaningful only when randomEffects
    TestStatistic test = TestStatistic::Z;
    double level = 95; ///< confidence level in percent

    std::size_t k = 0; ///< studies pooled (for MH/Peto: tables, as metafor's k)

    double estimate = 0; ///< pooled effect (log scale for OR/RR)
    double se = 0; ///< its standard error (Knapp-Hartung adjusted under test knha)
    double zval = 0; ///< estimate / se (a t statistic under knha)
    double pval = 1; ///< two-sided p-value of the test of estimate = 0
    double ciLb = 0; ///< confidence interval, estimate -+ crit * se
    double ciUb = 0;
    double crit = 0; ///< critical value used for the interval (z or t)
    double df = 0; ///< degrees of freedom of the t distribution under knha, 0 under z

    double tau2 = 0; ///< between-study variance (0 for fixed-effect fits), truncated at 0

    double Q = 0; ///< Cochran's Q (fixed-effect weights; for MH the MH estimate, for Peto its own Q)
    double Qdf = 0; ///< its degrees of freedom (k - 1, or studies with an effect size - 1 for MH/Peto)
    double Qp = 1; ///< upper-tail chi-squared p-value of Q
    double I2 = 0; ///< Higgins & Thompson (2002): max(0, (Q - df) / Q) * 100
    double H2 = 1; ///< Higgins & Thompson (2002): Q / df

    int iterations = 0; ///< iterations of an iterative tau² estimator (0 for closed forms)
};

/// The bounds of an interval (prediction interval, or Q-profile interval for tau²).
struct Interval {
    double lower = 0;
    double upper = 0;
};

} // namespace ee::stats
