#pragma once

// GOSH (graphical display of study heterogeneity; Olkin, Dahabreh & Trikalinos 2012):
// the model fitted to every subset of the studies, as metafor's gosh.rma for rma.uni
// models without moderators. Multi-threaded and cancellable.

#include "core/stats/inversevariance.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace ee::stats {

struct GoshOptions {
    /// The model fitted to each subset (fixed effect or random effects with any estimator;
    /// FE and DL are closed forms, the others run the full estimator per subset).
    InverseVarianceOptions model;
    /// All 2^k - 1 subsets when k <= exhaustiveUpTo or 2^k - 1 <= subsets; otherwise a
    /// random sample of `subsets` non-empty subsets (each study in with probability 1/2,
    /// empty sets redrawn: the distribution of metafor's sampling for p = 1).
    std::size_t subsets = 1000000;
    std::size_t exhaustiveUpTo = 20;
    std::uint64_t seed = 1; ///< random subsets: the same seed gives the same subsets for any thread count
    unsigned threads = 2; ///< worker threads (the calling thread is one of them)
    const std::atomic<bool> *cancel = nullptr; ///< set to stop early; the result says `cancelled`
    /// Called with (subsets done, total) from the worker threads, one call at a time.
    std::function<void(std::size_t, std::size_t)> progress;
};

struct GoshResult {
    std::size_t k = 0; ///< studies
    bool exhaustive = false;
    bool cancelled = false; ///< stopped early: entries not computed have ok = 0
    std::size_t words = 1; ///< 64-bit words per subset in `membership`
    /// Subset s holds study j when bit j % 64 of membership[s * words + j / 64] is set.
    /// Exhaustive: subset s is the bit pattern s + 1.
    std::vector<std::uint64_t> membership;
    std::vector<std::uint32_t> size; ///< studies in the subset
    std::vector<double> estimate;
    std::vector<double> Q; ///< Cochran's Q
    std::vector<double> I2; ///< Higgins & Thompson (from Q), percent
    std::vector<double> tau2;
    std::vector<std::uint8_t> ok; ///< 0 when the fit failed (non-convergence) or was not computed
    std::size_t failed = 0;

    std::size_t count() const { return estimate.size(); }
    bool contains(std::size_t subset, std::size_t study) const
    {
        return (membership[subset * words + study / 64] >> (study % 64)) & 1U;
    }
};

/// Fits `options.model` to the subsets of the k studies. Throws std::invalid_argument for
/// bad input (k < 1, k > 30 with exhaustive enumeration requested by `subsets`, threads = 0).
GoshResult gosh(std::span<const double> yi, std::span<const double> vi, const GoshOptions &options);

} // namespace ee::stats
