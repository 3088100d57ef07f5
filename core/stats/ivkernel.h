#pragma once

// Internal to the engine (used by inversevariance.cpp and influence.cpp): the
// inverse-variance fit over a sample with one study optionally left out, so
// leave-one-out analyses reuse the caller's arrays instead of copying them.

#include "core/stats/inversevariance.h"

#include <cmath>
#include <cstddef>
#include <limits>

namespace ee::stats::detail {

/// yi/vi arrays of n studies, study `skip` left out (skip >= n: none).
struct Sample {
    const double *y = nullptr;
    const double *v = nullptr;
    std::size_t n = 0;
    std::size_t skip = std::numeric_limits<std::size_t>::max();

    std::size_t k() const { return skip < n ? n - 1 : n; }

    /// Calls f(y, v) for every study but the skipped one, in order.
    template<typename F> void forEach(F &&f) const
    {
        const std::size_t stop = skip < n ? skip : n;
        for (std::size_t i = 0; i < stop; ++i)
            f(y[i], v[i]);
        for (std::size_t i = stop + 1; i < n; ++i)
            f(y[i], v[i]);
    }
};

/// Critical values for one confidence level, computed once and reused by every
/// fit of a leave-one-out or subgroup run (quantiles are the costly part of a fit).
class CriticalValues
{
public:
    explicit CriticalValues(double level);
    double level() const { return m_level; }
    double z();
    double t(double df);

private:
    double m_level;
    double m_z = std::numeric_limits<double>::quiet_NaN();
    double m_tDf = -1;
    double m_t = std::numeric_limits<double>::quiet_NaN();
};

/// tau² by `estimator` on the sample (k >= 2); throws ConvergenceError naming `function`.
double tau2(const Sample &s, Tau2Estimator estimator, const FisherScoringControl &control, int &iterations,
    const char *function);

/// The full inverse-variance fit on the sample (k >= 1), no input checks.
PoolFit fit(const Sample &s, const InverseVarianceOptions &options, CriticalValues &crit, const char *function);

/// Generalised Q at tau2.
double qAt(const Sample &s, double tau2);

/// Validates yi/vi spans for `function`; throws std::invalid_argument.
void checkEffects(const char *function, const double *yi, std::size_t nY, const double *vi, std::size_t nV);

/// Validates the level.
void checkLevel(const char *function, double level);

/// Two-sided p-value and finite z for estimate/se, also when se = 0.
void testEstimate(PoolFit &f);

} // namespace ee::stats::detail
