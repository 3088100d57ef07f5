#pragma once

// Case-deletion diagnostics of a (mixed-effects) meta-analysis model, as metafor's
// influence.rma.uni (Viechtbauer & Cheung 2010): studentized deleted residuals, DFFITS,
// Cook's distances, covariance ratios, leave-one-out tau² and QE, hat values, weights,
// DFBETAS and metafor's flag for influential studies.

#include "core/stats/metaregression.h"

#include <Eigen/Dense>

#include <span>
#include <string>
#include <vector>

namespace ee::stats {

struct StudyInfluence {
    std::size_t study = 0; ///< index in the caller's arrays
    bool estimable = false; ///< false when the refit without the study failed (metafor: NA)
    double rstudent = 0; ///< (yi - xi b(-i)) / sqrt(s2w(-i)(vi + tau2(-i)) + xi Vb(-i) xi')
    double dffits = 0;
    double cookD = 0; ///< Cook's distance over all coefficients
    double covR = 0; ///< det(Vb(-i)) / det(Vb)
    double tau2Del = 0; ///< tau² without the study
    double QEDel = 0; ///< QE without the study
    double hat = 0; ///< leverage: diagonal of X (X'WX)^-1 X'W
    double weight = 0; ///< percent of the total weight
    std::vector<double> dfbetas; ///< per coefficient
    bool influential = false; ///< metafor's "*": |DFFITS| > 3 sqrt(p/(k-p)), P(chi²_p <= Cook) > 0.5, hat > 3p/k or any |DFBETAS| > 1
};

/// Refits `X` (k x p, full column rank) k times without one study each time, with the
/// model `options` and the full fit `fit` (from fitMetaRegression on the same data; use a
/// one-column X of ones for a model without moderators). Needs k >= p + 2.
/// Throws std::invalid_argument for bad input.
std::vector<StudyInfluence> influenceDiagnostics(std::span<const double> yi, std::span<const double> vi,
    const Eigen::MatrixXd &X, const MetaRegressionFit &fit, const MetaRegressionOptions &options);

} // namespace ee::stats
