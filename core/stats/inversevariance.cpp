#include "core/stats/inversevariance.h"

#include "core/stats/distributions.h"
#include "core/stats/errors.h"
#include "core/stats/ivkernel.h"

#include <boost/math/tools/roots.hpp>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <sstream>
#include <stdexcept>
#include <string>

namespace ee::stats {

namespace detail {

namespace {

std::string number(double x)
{
    std::ostringstream text;
    text.precision(15);
    text << x;
    return text.str();
}

// Unweighted mean and sum of variances of the sample.
struct Plain {
    double mean = 0;
    double sumV = 0;
};

Plain plain(const Sample &s)
{
    Plain p;
    double sum = 0;
    s.forEach([&](double y, double v) {
        sum += y;
        p.sumV += v;
    });
    p.mean = sum / static_cast<double>(s.k());
    return p;
}

// One pass of weighted moments with w = 1/(v + tau2) and d = y - shift. The shift
// (a current guess of the mean) keeps the one-pass sums free of cancellation, so a
// Fisher-scoring step costs one pass and one division per study.
struct Moments {
    double shift = 0;
    double sw = 0, sw2 = 0, sw3 = 0; // sum w, w², w³
    double swd = 0, swd2 = 0; // sum w d, w d²
    double sw2d = 0, sw2d2 = 0; // sum w² d, w² d²

    double offset() const { return swd / sw; }
    double mean() const { return shift + offset(); }
    double q() const { return std::max(0.0, swd2 - offset() * swd); } // sum w (y - mu)²
    double w2r2() const { return std::max(0.0, sw2d2 - offset() * (2 * sw2d - offset() * sw2)); } // sum w² (y - mu)²
};

Moments moments(const Sample &s, double tau2, double shift)
{
    Moments m;
    m.shift = shift;
    s.forEach([&](double y, double v) {
        const double w = 1 / (v + tau2);
        const double d = y - shift;
        const double w2 = w * w;
        m.sw += w;
        m.sw2 += w2;
        m.sw3 += w2 * w;
        m.swd += w * d;
        m.swd2 += w * d * d;
        m.sw2d += w2 * d;
        m.sw2d2 += w2 * d * d;
    });
    return m;
}

// The last pass of a fit: weighted sums at tau2 and at 0 (for Cochran's Q and
// metafor's likelihood check), and sum(log(1 + tau2/v)) when asked for.
struct Final {
    double sw = 0, swd = 0, swd2 = 0; // at tau2
    double sw0 = 0, swd0 = 0, swd20 = 0; // at 0
    double logRatio = 0; // sum log((v + tau2) / v)
    double shift = 0;

    double mean() const { return shift + swd / sw; }
    double rss() const { return std::max(0.0, swd2 - swd / sw * swd); }
    double q0() const { return std::max(0.0, swd20 - swd0 / sw0 * swd0); }
};

Final finalPass(const Sample &s, double tau2, double shift, bool withLog)
{
    Final f;
    f.shift = shift;
    double product = 1;
    s.forEach([&](double y, double v) {
        const double w0 = 1 / v;
        const double w = tau2 == 0 ? w0 : 1 / (v + tau2);
        const double d = y - shift;
        f.sw += w;
        f.swd += w * d;
        f.swd2 += w * d * d;
        f.sw0 += w0;
        f.swd0 += w0 * d;
        f.swd20 += w0 * d * d;
        if (withLog) {
            // sum(log((v + tau2) / v)) as a running product, folded into the sum before it overflows.
            const double ratio = 1 + tau2 * w0;
            if (ratio > 1e100) {
                f.logRatio += std::log(ratio);
            } else {
                product *= ratio;
                if (product > 1e200) {
                    f.logRatio += std::log(product);
                    product = 1;
                }
            }
        }
    });
    if (withLog)
        f.logRatio += std::log(product);
    return f;
}

// metafor's check after ML/REML Fisher scoring: ll(0) - ll(tau2) > eps^(1/4) means the
// iteration stopped at a local maximum below the value at 0, and tau² is set to 0.
bool likelihoodPrefersZero(const Final &f, Tau2Estimator estimator)
{
    double drop = 0.5 * f.logRatio + 0.5 * (f.rss() - f.q0());
    if (estimator == Tau2Estimator::REML)
        drop += 0.5 * std::log(f.sw / f.sw0);
    return drop > std::pow(DBL_EPSILON, 0.25);
}

// metafor: HE estimate (RSS - tr(PV)) / (k - p) with P the centring matrix.
double heTau2(const Sample &s, const Plain &p)
{
    const double k = static_cast<double>(s.k());
    double rss = 0;
    s.forEach([&](double y, double) { rss += (y - p.mean) * (y - p.mean); });
    return (rss - (p.sumV - p.sumV / k)) / (k - 1);
}

double dlTau2(const Sample &s, const Plain &p)
{
    const double k = static_cast<double>(s.k());
    const Moments m = moments(s, 0, p.mean);
    return (m.q() - (k - 1)) / (m.sw - m.sw2 / m.sw);
}

double sjTau2(const Sample &s, const Plain &p)
{
    const double k = static_cast<double>(s.k());
    double rss = 0;
    s.forEach([&](double y, double) { rss += (y - p.mean) * (y - p.mean); });
    const double tau0 = rss / k;
    return tau0 * moments(s, tau0, p.mean).q() / (k - 1);
}

// Root of f(tau²) = Q(tau²) - target on [0, inf), Q decreasing in tau²; 0 when Q(0) < target.
double qRoot(const Sample &s, double target, int &iterations, const char *function, const char *what)
{
    auto f = [&](double t) { return qAt(s, t) - target; };
    const double f0 = f(0);
    iterations = 0;
    if (f0 < 0)
        return 0;
    if (f0 == 0)
        return 0;
    double hi = 100;
    double fhi = f(hi);
    while (fhi > 0) {
        hi *= 10;
        if (hi > 1e300)
            throw ConvergenceError(std::string(function) + ": " + what + ": no upper bound found for tau^2", 0);
        fhi = f(hi);
    }
    std::uintmax_t maxIter = 500;
    const auto bracket =
        boost::math::tools::toms748_solve(f, 0.0, hi, f0, fhi, boost::math::tools::eps_tolerance<double>(), maxIter);
    iterations = static_cast<int>(maxIter);
    if (maxIter >= 500)
        throw ConvergenceError(std::string(function) + ": " + what + ": root search did not converge after "
                + std::to_string(maxIter) + " iterations",
            static_cast<int>(maxIter));
    return bracket.first + (bracket.second - bracket.first) / 2;
}

// Fisher scoring as metafor's rma.uni: start at max(0, HE), step halving to stay >= 0.
// `shift` returns the last weighted mean, a good shift for the final pass.
double fisherScoring(const Sample &s, const Plain &p, Tau2Estimator estimator, const FisherScoringControl &control,
    int &iterations, double &shift, const char *function)
{
    const double k = static_cast<double>(s.k());
    double tau2 = std::max(0.0, heTau2(s, p));
    double change = control.threshold + 1;
    int iter = 0;
    shift = p.mean;
    while (change > control.threshold) {
        ++iter;
        const double old = tau2;
        const Moments m = moments(s, tau2, shift);
        double adj = 0;
        switch (estimator) {
        case Tau2Estimator::ML:
            adj = (m.w2r2() - m.sw) / m.sw2;
            break;
        case Tau2Estimator::REML: {
            const double trP = m.sw - m.sw2 / m.sw;
            const double trPP = m.sw2 - 2 * m.sw3 / m.sw + m.sw2 * m.sw2 / (m.sw * m.sw);
            adj = (m.w2r2() - trP) / trPP;
            break;
        }
        default: // EB
            adj = (m.q() * k / (k - 1) - k) / m.sw;
            break;
        }
        shift = m.mean();
        if (std::isnan(adj))
            adj = 0;
        if (tau2 == 0 && adj < 0)
            adj = 0; // metafor halves adj until it underflows; the result is the same
        while (tau2 + adj < 0)
            adj /= 2;
        tau2 += adj;
        change = std::fabs(old - tau2);
        if (iter > control.maxIterations) {
            iterations = iter;
            throw ConvergenceError(std::string(function) + ": " + std::string(toString(estimator))
                    + " estimator (Fisher scoring) did not converge after " + std::to_string(control.maxIterations)
                    + " iterations",
                control.maxIterations);
        }
    }
    iterations = iter;
    return tau2;
}

// tau² before metafor's likelihood check; `shift` returns a good shift for the final pass.
double rawTau2(const Sample &s, const Plain &p, Tau2Estimator estimator, const FisherScoringControl &control,
    int &iterations, double &shift, const char *function)
{
    iterations = 0;
    shift = p.mean;
    double t = 0;
    switch (estimator) {
    case Tau2Estimator::DL:
        t = dlTau2(s, p);
        break;
    case Tau2Estimator::HE:
        t = heTau2(s, p);
        break;
    case Tau2Estimator::SJ:
        t = sjTau2(s, p);
        break;
    case Tau2Estimator::PM:
        t = qRoot(s, static_cast<double>(s.k()) - 1, iterations, function, "PM estimator");
        break;
    case Tau2Estimator::ML:
    case Tau2Estimator::REML:
    case Tau2Estimator::EB:
        t = fisherScoring(s, p, estimator, control, iterations, shift, function);
        break;
    }
    if (!std::isfinite(t))
        throw ConvergenceError(
            std::string(function) + ": " + std::string(toString(estimator)) + " estimator gave no finite tau^2",
            iterations);
    return std::max(0.0, t);
}

bool needsLikelihoodCheck(Tau2Estimator estimator, double tau2, const FisherScoringControl &control)
{
    return (estimator == Tau2Estimator::ML || estimator == Tau2Estimator::REML) && tau2 > control.threshold;
}

} // namespace

CriticalValues::CriticalValues(double level)
    : m_level(level)
{ }

double CriticalValues::z()
{
    if (std::isnan(m_z))
        m_z = normalCritical(m_level);
    return m_z;
}

double CriticalValues::t(double df)
{
    if (df != m_tDf) {
        m_t = studentCritical(m_level, df);
        m_tDf = df;
    }
    return m_t;
}

double qAt(const Sample &s, double tau2)
{
    double sw = 0, swy = 0;
    s.forEach([&](double y, double v) {
        const double w = 1 / (v + tau2);
        sw += w;
        swy += w * y;
    });
    const double mu = swy / sw;
    double q = 0;
    s.forEach([&](double y, double v) { q += (y - mu) * (y - mu) / (v + tau2); });
    return q;
}

double tau2(const Sample &s, Tau2Estimator estimator, const FisherScoringControl &control, int &iterations,
    const char *function)
{
    const Plain p = plain(s);
    double shift = p.mean;
    double t = rawTau2(s, p, estimator, control, iterations, shift, function);
    if (needsLikelihoodCheck(estimator, t, control) && likelihoodPrefersZero(finalPass(s, t, shift, true), estimator))
        t = 0;
    return t;
}

void testEstimate(PoolFit &f)
{
    if (f.se > 0) {
        f.zval = f.estimate / f.se;
        f.pval = f.test == TestStatistic::KnappHartung ? studentTwoSidedP(f.zval, f.df) : normalTwoSidedP(f.zval);
    } else {
        // Knapp-Hartung with identical effects: se = 0, as in metafor; keep the test finite.
        f.zval = f.estimate == 0 ? 0 : std::copysign(HUGE_VAL, f.estimate);
        f.pval = f.estimate == 0 ? 1 : 0;
    }
    f.ciLb = f.estimate - f.crit * f.se;
    f.ciUb = f.estimate + f.crit * f.se;
}

PoolFit fit(const Sample &s, const InverseVarianceOptions &options, CriticalValues &crit, const char *function)
{
    PoolFit f;
    f.method = PoolingMethod::InverseVariance;
    f.randomEffects = options.randomEffects;
    f.tau2Estimator = options.estimator;
    f.level = crit.level();
    const std::size_t k = s.k();
    f.k = k;
    const Plain p = plain(s);
    double shift = p.mean;
    bool check = false;
    if (options.randomEffects && k >= 2) {
        f.tau2 = rawTau2(s, p, options.estimator, options.control, f.iterations, shift, function);
        check = needsLikelihoodCheck(options.estimator, f.tau2, options.control);
    }
    Final sums = finalPass(s, f.tau2, shift, check);
    if (check && likelihoodPrefersZero(sums, options.estimator)) {
        f.tau2 = 0;
        sums.sw = sums.sw0;
        sums.swd = sums.swd0;
        sums.swd2 = sums.swd20;
    }

    f.estimate = sums.mean();
    double vb = 1 / sums.sw;
    const bool knha = options.knha && k >= 2; // metafor switches to z for k = 1
    if (knha) {
        const double rss = sums.rss();
        vb *= rss <= DBL_EPSILON ? 0 : rss / static_cast<double>(k - 1);
        f.test = TestStatistic::KnappHartung;
        f.df = static_cast<double>(k - 1);
        f.crit = crit.t(f.df);
    } else {
        f.test = TestStatistic::Z;
        f.crit = crit.z();
    }
    f.se = std::sqrt(vb);
    testEstimate(f);

    if (k >= 2) {
        f.Q = sums.q0();
        f.Qdf = static_cast<double>(k - 1);
        f.Qp = chiSquaredUpperP(f.Q, f.Qdf);
        f.I2 = higginsI2(f.Q, f.Qdf);
        f.H2 = higginsH2(f.Q, f.Qdf);
    } else {
        f.Q = 0;
        f.Qdf = 0;
        f.Qp = 1;
        f.I2 = 0;
        f.H2 = 1;
    }
    return f;
}

void checkEffects(const char *function, const double *yi, std::size_t nY, const double *vi, std::size_t nV)
{
    if (nY != nV)
        throw std::invalid_argument(std::string(function) + ": yi and vi differ in length (" + std::to_string(nY)
            + " and " + std::to_string(nV) + ")");
    if (nY == 0)
        throw std::invalid_argument(std::string(function) + ": needs at least one study, got k = 0");
    for (std::size_t i = 0; i < nY; ++i) {
        if (!std::isfinite(yi[i]))
            throw std::invalid_argument(std::string(function) + ": yi[" + std::to_string(i)
                + "] must be a finite number, got " + number(yi[i]));
        if (!(vi[i] > 0) || !std::isfinite(vi[i]))
            throw std::invalid_argument(
                std::string(function) + ": vi[" + std::to_string(i) + "] must be positive, got " + number(vi[i]));
    }
}

void checkLevel(const char *function, double level)
{
    if (!(level > 0 && level < 100))
        throw std::invalid_argument(
            std::string(function) + ": level must be in (0, 100) percent, got " + number(level));
}

} // namespace detail

double higginsI2(double Q, double df)
{
    if (!(df > 0) || !(Q > df))
        return 0;
    return 100 * (Q - df) / Q;
}

double higginsH2(double Q, double df)
{
    if (!(df > 0))
        return 1;
    return Q / df;
}

double estimateTau2(std::span<const double> yi, std::span<const double> vi, Tau2Estimator estimator,
    const FisherScoringControl &control, int *iterations)
{
    constexpr const char *function = "estimateTau2";
    detail::checkEffects(function, yi.data(), yi.size(), vi.data(), vi.size());
    if (yi.size() < 2)
        throw std::invalid_argument(std::string(function) + ": tau^2 needs at least 2 studies, got k = 1");
    if (!(control.threshold > 0) || control.maxIterations < 1)
        throw std::invalid_argument(std::string(function) + ": control needs threshold > 0 and maxIterations >= 1");
    const detail::Sample s { yi.data(), vi.data(), yi.size() };
    int iter = 0;
    const double t = detail::tau2(s, estimator, control, iter, function);
    if (iterations)
        *iterations = iter;
    return t;
}

PoolFit fitInverseVariance(
    std::span<const double> yi, std::span<const double> vi, const InverseVarianceOptions &options)
{
    constexpr const char *function = "fitInverseVariance";
    detail::checkEffects(function, yi.data(), yi.size(), vi.data(), vi.size());
    detail::checkLevel(function, options.level);
    if (!(options.control.threshold > 0) || options.control.maxIterations < 1)
        throw std::invalid_argument(
            std::string(function) + ": options.control needs threshold > 0 and maxIterations >= 1");
    detail::CriticalValues crit(options.level);
    return detail::fit(detail::Sample { yi.data(), vi.data(), yi.size() }, options, crit, function);
}

Interval predictionInterval(const PoolFit &fit)
{
    const double half = fit.crit * std::sqrt(fit.se * fit.se + fit.tau2);
    return Interval { fit.estimate - half, fit.estimate + half };
}

double generalisedQ(std::span<const double> yi, std::span<const double> vi, double tau2)
{
    constexpr const char *function = "generalisedQ";
    detail::checkEffects(function, yi.data(), yi.size(), vi.data(), vi.size());
    if (!(tau2 >= 0) || !std::isfinite(tau2))
        throw std::invalid_argument(std::string(function) + ": tau2 must be >= 0, got " + detail::number(tau2));
    return detail::qAt(detail::Sample { yi.data(), vi.data(), yi.size() }, tau2);
}

Interval tau2ConfidenceInterval(std::span<const double> yi, std::span<const double> vi, double level)
{
    constexpr const char *function = "tau2ConfidenceInterval";
    detail::checkEffects(function, yi.data(), yi.size(), vi.data(), vi.size());
    detail::checkLevel(function, level);
    if (yi.size() < 2)
        throw std::invalid_argument(std::string(function) + ": needs at least 2 studies, got k = 1");
    const detail::Sample s { yi.data(), vi.data(), yi.size() };
    const double df = static_cast<double>(yi.size() - 1);
    const double alpha = (100 - level) / 100;
    const double critUpper = chiSquaredQuantile(1 - alpha / 2, df); // Q at the lower bound
    const double critLower = chiSquaredQuantile(alpha / 2, df); // Q at the upper bound
    int iterations = 0;
    Interval ci;
    ci.upper = detail::qRoot(s, critLower, iterations, function, "upper bound");
    ci.lower = detail::qRoot(s, critUpper, iterations, function, "lower bound");
    return ci;
}

} // namespace ee::stats
