#include "core/stats/distributions.h"

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>

#include <cmath>
#include <stdexcept>
#include <string>

namespace ee::stats {

namespace {

// Boost computes double-precision distributions in long double by default; the
// double-precision algorithms are accurate to a few ulps and several times faster,
// which matters because every leave-one-out refit evaluates a p-value.
using Policy = boost::math::policies::policy<boost::math::policies::promote_double<false>>;
using Normal = boost::math::normal_distribution<double, Policy>;
using StudentT = boost::math::students_t_distribution<double, Policy>;
using ChiSquared = boost::math::chi_squared_distribution<double, Policy>;

void requireLevel(const char *function, double level)
{
    if (!(level > 0.0 && level < 100.0))
        throw std::invalid_argument(
            std::string(function) + ": level must be in (0, 100) percent, got " + std::to_string(level));
}

void requireDf(const char *function, double df)
{
    if (!(df > 0.0) || !std::isfinite(df))
        throw std::invalid_argument(std::string(function) + ": df must be positive, got " + std::to_string(df));
}

} // namespace

double normalTwoSidedP(double z)
{
    if (std::isnan(z))
        throw std::invalid_argument("normalTwoSidedP: z is not a number");
    // erfc keeps full relative precision in the far tail, unlike 1 - Phi.
    return std::erfc(std::fabs(z) / std::sqrt(2.0));
}

double studentTwoSidedP(double t, double df)
{
    requireDf("studentTwoSidedP", df);
    if (std::isnan(t))
        throw std::invalid_argument("studentTwoSidedP: t is not a number");
    if (std::isinf(t))
        return 0.0;
    const StudentT dist(df);
    return 2.0 * boost::math::cdf(boost::math::complement(dist, std::fabs(t)));
}

double chiSquaredUpperP(double q, double df)
{
    requireDf("chiSquaredUpperP", df);
    if (!(q >= 0.0))
        throw std::invalid_argument("chiSquaredUpperP: q must be >= 0, got " + std::to_string(q));
    if (std::isinf(q))
        return 0.0;
    const ChiSquared dist(df);
    return boost::math::cdf(boost::math::complement(dist, q));
}

double normalCritical(double level)
{
    requireLevel("normalCritical", level);
    const double alpha = (100.0 - level) / 100.0;
    return boost::math::quantile(boost::math::complement(Normal(), alpha / 2.0));
}

double studentCritical(double level, double df)
{
    requireLevel("studentCritical", level);
    requireDf("studentCritical", df);
    const double alpha = (100.0 - level) / 100.0;
    return boost::math::quantile(boost::math::complement(StudentT(df), alpha / 2.0));
}

double chiSquaredQuantile(double p, double df)
{
    requireDf("chiSquaredQuantile", df);
    if (!(p > 0.0 && p < 1.0))
        throw std::invalid_argument("chiSquaredQuantile: p must be in (0, 1), got " + std::to_string(p));
    return boost::math::quantile(ChiSquared(df), p);
}

} // namespace ee::stats
