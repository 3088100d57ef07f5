#pragma once

// Small-study effects (funnel plot asymmetry): Egger's regression test, Begg's rank
// correlation test and Duval & Tweedie's trim-and-fill, as metafor's regtest(model = "lm",
// predictor = "sei"), ranktest() and trimfill() for models without moderators.

#include "core/stats/inversevariance.h"
#include "core/stats/poolfit.h"

#include <span>
#include <string>
#include <vector>

namespace ee::stats {

/// Below this many studies the tests have little power (Sterne et al. 2011): results
/// carry `fewStudies = true` so callers can warn.
inline constexpr std::size_t kSmallStudyMinimum = 10;

/// Egger et al. (1997) regression test: weighted least squares of yi on sqrt(vi) with
/// weights 1/vi (metafor's regtest(model = "lm", predictor = "sei")). The slope is the
/// "bias" (it equals the intercept of Egger's original regression of yi/sei on 1/sei);
/// the intercept is the limit estimate for sei -> 0.
struct EggerTest {
    double bias = 0; ///< slope on sei
    double biasSe = 0;
    double tval = 0; ///< bias / biasSe, t with k - 2 df (metafor's zval)
    double df = 0;
    double pval = 1;
    double limitEstimate = 0; ///< intercept (metafor's est)
    double limitCiLb = 0, limitCiUb = 0; ///< its t(k - 2) interval at `level`
    bool fewStudies = false;
};

/// Needs k >= 3 and not all vi equal; throws std::invalid_argument otherwise.
EggerTest eggerTest(std::span<const double> yi, std::span<const double> vi, double level = 95);

/// Begg & Mazumdar (1994) rank correlation test as metafor's ranktest(): Kendall's tau
/// between the standardised effects (yi - theta_FE)/sqrt(vi - 1/sum(1/vi)) and vi, with the
/// exact null distribution when there are no ties (cor.test(exact = TRUE)), otherwise the
/// normal approximation with the tie-corrected variance and no continuity correction.
struct BeggTest {
    double tau = 0; ///< Kendall's tau (tau-b with ties)
    double pval = 1;
    bool exact = false;
    bool fewStudies = false;
};

/// Needs k >= 3; throws std::invalid_argument otherwise.
BeggTest beggTest(std::span<const double> yi, std::span<const double> vi);

/// Side of the funnel plot on which trim-and-fill imputes studies.
enum class FunnelSide : int {
    Left = 0,
    Right = 1,
};

/// Duval & Tweedie (2000) trim-and-fill with the L0 estimator, as metafor's trimfill():
/// the side is "left" unless the slope of the mixed-effects regression of yi on sqrt(vi)
/// (same tau² method) is negative; studies are trimmed iteratively, then k0 studies are
/// mirrored about the trimmed estimate and the model is refitted to the filled data with a
/// z test (metafor's trimfill passes no test argument).
struct TrimAndFill {
    FunnelSide side = FunnelSide::Left;
    std::size_t k0 = 0; ///< number of imputed studies
    double k0Se = 0; ///< standard error of k0 (L0)
    int iterations = 0;
    std::vector<double> filledYi; ///< the imputed effects
    std::vector<double> filledVi; ///< their variances (those of the mirrored studies)
    PoolFit fit; ///< the model fitted to the original plus imputed studies (the input fit when k0 = 0)
    bool fewStudies = false;
};

/// `options` is the model of the analysis (randomEffects false = FE, estimator, level);
/// needs k >= 3 (the side regression needs k > 2). Throws std::invalid_argument for bad
/// input, ConvergenceError when a refit fails, std::domain_error when trimming does not
/// converge in 100 iterations.
TrimAndFill trimAndFill(std::span<const double> yi, std::span<const double> vi, const InverseVarianceOptions &options);

} // namespace ee::stats
