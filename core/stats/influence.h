#pragma once

// Leave-one-out analysis and Baujat coordinates, as metafor's leave1out() and
// baujat() for rma.uni, rma.mh and rma.peto fits without moderators.

#include "core/stats/effectsize.h"
#include "core/stats/inversevariance.h"
#include "core/stats/poolfit.h"
#include "core/stats/study.h"

#include <span>
#include <string>
#include <vector>

namespace ee::stats {

/// The model refitted without one study.
struct LeaveOneOut {
    std::size_t omitted = 0; ///< index of the left-out study in the caller's arrays
    bool estimable = false; ///< false when the refit failed; `failure` says why and `fit` holds no numbers
    PoolFit fit;
    std::string failure;
};

/// One point of a Baujat plot (Baujat et al. 2002).
struct BaujatPoint {
    std::size_t study = 0; ///< index in the caller's arrays
    double x = 0; ///< contribution to heterogeneity: (yi - estimate)² / (vi + tau²)
    double y = 0; ///< influence: (estimate without i - estimate)² / (se without i)²
};

/// Refits the inverse-variance model `options` k times, each time without one study
/// (metafor's leave1out.rma.uni: same estimator, same test, each tau² estimated
/// afresh). A refit that does not converge is reported with estimable = false.
/// Needs k >= 2; throws std::invalid_argument otherwise or for bad input.
std::vector<LeaveOneOut> leaveOneOut(
    std::span<const double> yi, std::span<const double> vi, const InverseVarianceOptions &options);

/// As above, writing into `out` (resized to k); reusing `out` across calls avoids
/// allocating in a loop.
void leaveOneOut(std::span<const double> yi, std::span<const double> vi, const InverseVarianceOptions &options,
    std::vector<LeaveOneOut> &out);

/// Leave-one-out Mantel-Haenszel fits (metafor's leave1out.rma.mh): each refit
/// recomputes the escalc() effects of the remaining tables with `cc`.
std::vector<LeaveOneOut> leaveOneOutMantelHaenszel(
    EffectMeasure measure, std::span<const BinaryArms> arms, const ContinuityCorrection &cc, double level = 95);

/// Leave-one-out Peto fits (metafor's leave1out.rma.peto).
std::vector<LeaveOneOut> leaveOneOutPeto(
    std::span<const BinaryArms> arms, const ContinuityCorrection &cc, double level = 95);

/// Baujat et al. (2002) coordinates as metafor's baujat.rma computes them:
/// x_i = (yi - estimate)² / (vi + tau²) with the full fit's estimate and tau² (the
/// squared Pearson residual; each study's contribution to Q for a fixed-effect fit),
/// y_i = (estimate_{-i} - estimate)² / se_{-i}² from the leave-one-out fits.
/// `loo` must come from the same model and data; studies whose refit failed are
/// left out of the result.
std::vector<BaujatPoint> baujat(
    std::span<const double> yi, std::span<const double> vi, const PoolFit &full, std::span<const LeaveOneOut> loo);

/// As above, writing into `out`.
void baujat(std::span<const double> yi, std::span<const double> vi, const PoolFit &full,
    std::span<const LeaveOneOut> loo, std::vector<BaujatPoint> &out);

/// Baujat coordinates for Mantel-Haenszel or Peto fits: `effects` are the escalc()
/// effects per table (tables without an effect size get no point); `loo` indexes tables.
std::vector<BaujatPoint> baujat(
    std::span<const EffectSize> effects, const PoolFit &full, std::span<const LeaveOneOut> loo);

} // namespace ee::stats
