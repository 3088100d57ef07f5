#pragma once

// Inverse-variance pooling without moderators: metafor's rma.uni() for the
// fixed-effect model and for random-effects models with seven tau² estimators,
// the Knapp-Hartung adjustment, predict() and confint() for tau².
//
// Everything here is sums over the k studies (no k x k matrices), so a fit costs
// O(k) per iteration and allocates nothing.

#include "core/stats/poolfit.h"
#include "core/stats/types.h"

#include <span>

namespace ee::stats {

/// Control of the iterative estimators, with metafor's defaults.
struct FisherScoringControl {
    /// Convergence when |tau²_new - tau²_old| <= threshold (ML, REML, EB).
    double threshold = 1e-5;
    /// Give up after this many iterations (ML, REML, EB).
    int maxIterations = 100;
};

struct InverseVarianceOptions {
    bool randomEffects = true;
    Tau2Estimator estimator = Tau2Estimator::REML;
    /// Hartung & Knapp (2001) / Sidik & Jonkman (2002) adjustment: se scaled by
    /// the weighted residual variance, t distribution with k - 1 df (metafor's test = "knha").
    bool knha = false;
    double level = 95; ///< confidence level in percent, 0 < level < 100
    FisherScoringControl control;
};

/// Estimates tau² from effects `yi` and sampling variances `vi` (k >= 2), truncated at 0:
/// - DL: DerSimonian & Laird (1986), method of moments with weights 1/vi;
/// - HE: Hedges (1983), unweighted method of moments;
/// - SJ: Sidik & Jonkman (2005), starting value sum((yi - mean)²)/k;
/// - PM: Paule & Mandel (1982), root of Q(tau²) = k - 1 (Boost TOMS 748 to full precision);
/// - ML, REML: Viechtbauer (2005), Fisher scoring with step halving and metafor's check
///   that the likelihood at tau² = 0 is not higher;
/// - EB: Morris (1983) empirical Bayes, metafor's iteration.
/// ML, REML and EB start from max(0, HE) and iterate as metafor does (threshold and
/// maximum iterations from `control`). Throws std::invalid_argument for bad input and
/// ConvergenceError when an iterative estimator does not converge.
/// `iterations`, when given, receives the number of iterations (0 for closed forms).
double estimateTau2(std::span<const double> yi, std::span<const double> vi, Tau2Estimator estimator,
    const FisherScoringControl &control = {}, int *iterations = nullptr);

/// Fits the fixed-effect (inverse variance, weights 1/vi) or random-effects model
/// (weights 1/(vi + tau²)) to `yi` and `vi`, as metafor's rma.uni(yi, vi, method = ...,
/// test = "z" | "knha"). Cochran's Q uses fixed-effect weights; I² and H² are the
/// Higgins & Thompson (2002) statistics computed from Q for every model. With k = 1
/// the random-effects model has tau² = 0 and the test is z, as in metafor.
/// Throws std::invalid_argument when sizes differ, k = 0, a yi is not finite or a vi
/// is not positive ("fitInverseVariance: vi[3] must be positive, got -0.2").
PoolFit fitInverseVariance(
    std::span<const double> yi, std::span<const double> vi, const InverseVarianceOptions &options = {});

/// Prediction interval for the effect in a new study (metafor's predict()):
/// estimate -+ crit * sqrt(se² + tau²) with the fit's critical value (z, or t with
/// k - 1 df under knha). Riley, Higgins & Deeks (2011) discuss the t variant.
Interval predictionInterval(const PoolFit &fit);

/// The generalised Q statistic sum(w_i (y_i - mu_w)²) with w_i = 1/(vi + tau2)
/// (DerSimonian & Kacker 2007); equals Cochran's Q at tau2 = 0.
double generalisedQ(std::span<const double> yi, std::span<const double> vi, double tau2);

/// Q-profile confidence interval for tau² (Viechtbauer 2007; metafor's confint()):
/// the tau² values where the generalised Q equals the chi-squared (k - 1) quantiles.
/// Bounds are 0 when Q(0) is below the quantile. Unlike metafor, the upper search
/// limit grows until the root is bracketed instead of stopping at max(100, 10 tau²).
/// Throws std::invalid_argument for k < 2 or bad input.
Interval tau2ConfidenceInterval(std::span<const double> yi, std::span<const double> vi, double level = 95);

/// Higgins & Thompson (2002) I² in percent from Cochran's Q and its df:
/// max(0, (Q - df) / Q) * 100; 0 when Q <= df or df = 0.
double higginsI2(double Q, double df);

/// Higgins & Thompson (2002) H² = Q / df; 1 when df = 0.
double higginsH2(double Q, double df);

} // namespace ee::stats
