#pragma once

// Cumulative meta-analysis (Lau et al. 1992), as metafor's cumul.rma.uni: the model is
// refitted to the first 1, 2, ..., k studies in a given order.

#include "core/stats/inversevariance.h"
#include "core/stats/poolfit.h"

#include <span>
#include <vector>

namespace ee::stats {

struct CumulativeStep {
    std::size_t added = 0; ///< index (in the caller's arrays) of the study added at this step
    PoolFit fit; ///< the model on the studies added so far (I² from Q, as the engine reports it)
};

/// The order of studies by `key` ascending (or descending), ties in input order, as R's
/// order(): what cumul(res, order = key) uses.
std::vector<std::size_t> orderBy(std::span<const double> key, bool decreasing = false);

/// Fits `options` to the first 1..k studies of `order` (a permutation of 0..k-1; empty:
/// input order). A one-study step has tau² = 0 and a z test, as metafor.
/// Throws std::invalid_argument for bad input or an order that is not a permutation.
std::vector<CumulativeStep> cumulativeMetaAnalysis(std::span<const double> yi, std::span<const double> vi,
    const InverseVarianceOptions &options, std::span<const std::size_t> order = {});

} // namespace ee::stats
