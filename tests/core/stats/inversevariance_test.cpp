// Inverse-variance pooling checked against the formulas written out, the
// estimating equations each iterative tau² estimator solves, and the input checks.
// (Agreement with metafor itself is in reference_test.cpp.)

#include "core/stats/errors.h"
#include "core/stats/inversevariance.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

namespace ee::stats {
namespace {

// Critical values from R: qnorm(0.975), qt(0.975, 3), qchisq(c(0.975, 0.025), 3).
constexpr double kZ975 = 1.9599639845400536;
constexpr double kT975df3 = 3.1824463052837078;
constexpr double kChi975df3 = 9.3484036044961449;
constexpr double kChi025df3 = 0.21579528262389788;

// Heterogeneous: four studies.
const std::vector<double> kY { 0.1, 0.5, -0.4, 0.9 };
const std::vector<double> kV { 0.04, 0.05, 0.02, 0.03 };

struct Sums {
    double sw = 0, sw2 = 0, mu = 0, q = 0;
};

Sums sums(const std::vector<double> &y, const std::vector<double> &v, double tau2)
{
    Sums s;
    double swy = 0;
    for (std::size_t i = 0; i < y.size(); ++i) {
        const double w = 1 / (v[i] + tau2);
        s.sw += w;
        s.sw2 += w * w;
        swy += w * y[i];
    }
    s.mu = swy / s.sw;
    for (std::size_t i = 0; i < y.size(); ++i)
        s.q += (y[i] - s.mu) * (y[i] - s.mu) / (v[i] + tau2);
    return s;
}

InverseVarianceOptions randomWith(Tau2Estimator e, bool knha = false)
{
    InverseVarianceOptions o;
    o.randomEffects = true;
    o.estimator = e;
    o.knha = knha;
    return o;
}

TEST(InverseVariance, FixedEffectByHand)
{
    const std::vector<double> y { 0.1, 0.3, -0.2 };
    const std::vector<double> v { 0.04, 0.09, 0.01 };
    InverseVarianceOptions o;
    o.randomEffects = false;
    const PoolFit f = fitInverseVariance(y, v, o);
    const double w0 = 25, w1 = 1 / 0.09, w2 = 100;
    const double sw = w0 + w1 + w2;
    const double mu = (w0 * 0.1 + w1 * 0.3 + w2 * -0.2) / sw;
    const double q = w0 * (0.1 - mu) * (0.1 - mu) + w1 * (0.3 - mu) * (0.3 - mu) + w2 * (-0.2 - mu) * (-0.2 - mu);
    EXPECT_NEAR(f.estimate, mu, 1e-15);
    EXPECT_NEAR(f.se, 1 / std::sqrt(sw), 1e-15);
    EXPECT_NEAR(f.zval, mu * std::sqrt(sw), 1e-13);
    EXPECT_NEAR(f.pval, std::erfc(std::fabs(f.zval) / std::sqrt(2.0)), 1e-15);
    EXPECT_NEAR(f.ciLb, mu - kZ975 / std::sqrt(sw), 1e-14);
    EXPECT_NEAR(f.ciUb, mu + kZ975 / std::sqrt(sw), 1e-14);
    EXPECT_NEAR(f.Q, q, 1e-13);
    EXPECT_EQ(f.Qdf, 2);
    EXPECT_NEAR(f.I2, q > 2 ? 100 * (q - 2) / q : 0, 1e-12);
    EXPECT_NEAR(f.H2, q / 2, 1e-13);
    EXPECT_EQ(f.tau2, 0);
    EXPECT_FALSE(f.randomEffects);
}

TEST(InverseVariance, DerSimonianLairdByHand)
{
    const Sums fe = sums(kY, kV, 0);
    const double tau2 = (fe.q - 3) / (fe.sw - fe.sw2 / fe.sw);
    ASSERT_GT(tau2, 0);
    const PoolFit f = fitInverseVariance(kY, kV, randomWith(Tau2Estimator::DL));
    EXPECT_NEAR(f.tau2, tau2, 1e-14);
    const Sums re = sums(kY, kV, tau2);
    EXPECT_NEAR(f.estimate, re.mu, 1e-14);
    EXPECT_NEAR(f.se, 1 / std::sqrt(re.sw), 1e-14);
    // Q and the Higgins-Thompson I², H² use fixed-effect weights for every model.
    EXPECT_NEAR(f.Q, fe.q, 1e-12);
    EXPECT_NEAR(f.I2, 100 * (fe.q - 3) / fe.q, 1e-12);
    EXPECT_NEAR(f.H2, fe.q / 3, 1e-12);
    const Interval pi = predictionInterval(f);
    EXPECT_NEAR(pi.lower, re.mu - kZ975 * std::sqrt(1 / re.sw + tau2), 1e-13);
    EXPECT_NEAR(pi.upper, re.mu + kZ975 * std::sqrt(1 / re.sw + tau2), 1e-13);
}

TEST(InverseVariance, HedgesAndSidikJonkmanByHand)
{
    const double ybar = std::accumulate(kY.begin(), kY.end(), 0.0) / 4;
    double ss = 0;
    for (double y : kY)
        ss += (y - ybar) * (y - ybar);
    const double sumV = std::accumulate(kV.begin(), kV.end(), 0.0);
    EXPECT_NEAR(estimateTau2(kY, kV, Tau2Estimator::HE), (ss - 0.75 * sumV) / 3, 1e-15);
    const double tau0 = ss / 4;
    EXPECT_NEAR(estimateTau2(kY, kV, Tau2Estimator::SJ), tau0 * sums(kY, kV, tau0).q / 3, 1e-14);
}

TEST(InverseVariance, IterativeEstimatorsSolveTheirEquations)
{
    // REML: tau² = sum(w²((y - mu)² - v)) / sum(w²) + 1 / sum(w)   (Viechtbauer 2005)
    // ML:   tau² = sum(w²((y - mu)² - v)) / sum(w²)
    // EB:   tau² = sum(w(k/(k-1)(y - mu)² - v)) / sum(w)
    // PM:   Q(tau²) = k - 1
    // Fisher scoring stops when a step is below 1e-5, so the equations hold to about that.
    auto residual = [&](Tau2Estimator e, double t) {
        const Sums s = sums(kY, kV, t);
        double a = 0, b = 0;
        for (std::size_t i = 0; i < kY.size(); ++i) {
            const double w = 1 / (kV[i] + t);
            const double r2 = (kY[i] - s.mu) * (kY[i] - s.mu);
            a += w * w * (r2 - kV[i]);
            b += w * (4.0 / 3.0 * r2 - kV[i]);
        }
        switch (e) {
        case Tau2Estimator::REML:
            return a / s.sw2 + 1 / s.sw - t;
        case Tau2Estimator::ML:
            return a / s.sw2 - t;
        default:
            return b / s.sw - t;
        }
    };
    for (Tau2Estimator e : { Tau2Estimator::REML, Tau2Estimator::ML, Tau2Estimator::EB }) {
        int iterations = 0;
        const double t = estimateTau2(kY, kV, e, {}, &iterations);
        EXPECT_GT(t, 0);
        EXPECT_GT(iterations, 0);
        EXPECT_NEAR(residual(e, t), 0, 1e-5) << toString(e);
    }
    const double pm = estimateTau2(kY, kV, Tau2Estimator::PM);
    EXPECT_NEAR(generalisedQ(kY, kV, pm), 3, 1e-10);
}

TEST(InverseVariance, KnappHartungByHand)
{
    const PoolFit f = fitInverseVariance(kY, kV, randomWith(Tau2Estimator::DL, true));
    const Sums re = sums(kY, kV, f.tau2);
    const double se = std::sqrt(re.q / 3 / re.sw); // weighted residual variance / sum of weights
    EXPECT_EQ(f.test, TestStatistic::KnappHartung);
    EXPECT_EQ(f.df, 3);
    EXPECT_NEAR(f.se, se, 1e-14);
    EXPECT_NEAR(f.crit, kT975df3, 1e-12);
    EXPECT_NEAR(f.ciLb, re.mu - kT975df3 * se, 1e-12);
    const Interval pi = predictionInterval(f);
    EXPECT_NEAR(pi.upper, re.mu + kT975df3 * std::sqrt(se * se + f.tau2), 1e-12);
}

TEST(InverseVariance, QProfileIntervalSolvesTheQEquation)
{
    const Interval ci = tau2ConfidenceInterval(kY, kV, 95);
    EXPECT_NEAR(generalisedQ(kY, kV, ci.lower), kChi975df3, 1e-9);
    EXPECT_NEAR(generalisedQ(kY, kV, ci.upper), kChi025df3, 1e-9);
    EXPECT_LT(ci.lower, estimateTau2(kY, kV, Tau2Estimator::REML));
    // Homogeneous effects: Q(0) is below both quantiles, the interval is [0, 0].
    const std::vector<double> y { 0.2, 0.21, 0.19, 0.2 };
    const Interval zero = tau2ConfidenceInterval(y, kV, 95);
    EXPECT_EQ(zero.lower, 0);
    EXPECT_EQ(zero.upper, 0);
}

TEST(InverseVariance, SingleStudy)
{
    const std::vector<double> y { 0.4 };
    const std::vector<double> v { 0.04 };
    const PoolFit f = fitInverseVariance(y, v, randomWith(Tau2Estimator::REML, true));
    EXPECT_EQ(f.k, 1u);
    EXPECT_EQ(f.estimate, 0.4);
    EXPECT_NEAR(f.se, 0.2, 1e-16);
    EXPECT_EQ(f.tau2, 0);
    EXPECT_EQ(f.test, TestStatistic::Z); // as metafor: knha needs k >= 2
    EXPECT_EQ(f.Q, 0);
    EXPECT_EQ(f.Qp, 1);
    EXPECT_EQ(f.I2, 0);
    EXPECT_EQ(f.H2, 1);
}

TEST(InverseVariance, Tau2IsTruncatedAtZero)
{
    const std::vector<double> y { 0.2, 0.21, 0.19, 0.2 };
    ASSERT_LT(sums(y, kV, 0).q, 3); // DL's raw value is negative
    for (Tau2Estimator e : { Tau2Estimator::DL, Tau2Estimator::HE, Tau2Estimator::REML, Tau2Estimator::ML,
             Tau2Estimator::PM, Tau2Estimator::EB })
        EXPECT_EQ(estimateTau2(y, kV, e), 0) << toString(e);
}

TEST(InverseVariance, IdenticalEffectsGiveNoNaN)
{
    // Knapp-Hartung with zero residual variance: se = 0, as in metafor, but finite numbers.
    const std::vector<double> y { 0.5, 0.5, 0.5 };
    const std::vector<double> v { 0.01, 0.02, 0.04 };
    const PoolFit f = fitInverseVariance(y, v, randomWith(Tau2Estimator::REML, true));
    EXPECT_EQ(f.se, 0);
    EXPECT_EQ(f.pval, 0);
    EXPECT_EQ(f.I2, 0);
    EXPECT_EQ(f.H2, 0);
    EXPECT_FALSE(std::isnan(f.zval));
    const std::vector<double> zero { 0, 0, 0 };
    const PoolFit g = fitInverseVariance(zero, v, randomWith(Tau2Estimator::REML, true));
    EXPECT_EQ(g.zval, 0);
    EXPECT_EQ(g.pval, 1);
}

TEST(InverseVariance, HigginsThompson)
{
    EXPECT_DOUBLE_EQ(higginsI2(20, 10), 50);
    EXPECT_EQ(higginsI2(5, 10), 0);
    EXPECT_EQ(higginsI2(0, 2), 0);
    EXPECT_EQ(higginsI2(3, 0), 0);
    EXPECT_DOUBLE_EQ(higginsH2(20, 10), 2);
    EXPECT_EQ(higginsH2(0, 0), 1);
}

// ------------------------------------------------------------------ errors

template<typename E = std::invalid_argument, typename F> std::string messageOf(F &&f)
{
    try {
        f();
    } catch (const E &e) {
        return e.what();
    }
    return "(no exception)";
}

TEST(InverseVarianceErrors, InputsAreChecked)
{
    const std::vector<double> y { 0.1, 0.2, 0.3, 0.4 };
    const std::vector<double> v { 0.1, 0.1, 0.1, -0.2 };
    EXPECT_EQ(messageOf([&] { fitInverseVariance(y, v); }), "fitInverseVariance: vi[3] must be positive, got -0.2");
    const std::vector<double> nanY { 0.1, std::nan("") };
    const std::vector<double> v2 { 0.1, 0.1 };
    EXPECT_EQ(
        messageOf([&] { fitInverseVariance(nanY, v2); }), "fitInverseVariance: yi[1] must be a finite number, got nan");
    EXPECT_EQ(
        messageOf([&] { fitInverseVariance(y, v2); }), "fitInverseVariance: yi and vi differ in length (4 and 2)");
    EXPECT_EQ(
        messageOf([&] { fitInverseVariance({}, {}); }), "fitInverseVariance: needs at least one study, got k = 0");
    InverseVarianceOptions o;
    o.level = 100;
    EXPECT_EQ(messageOf([&] { fitInverseVariance(v2, v2, o); }),
        "fitInverseVariance: level must be in (0, 100) percent, got 100");
    const std::vector<double> one { 0.1 };
    EXPECT_EQ(messageOf([&] { estimateTau2(one, one, Tau2Estimator::DL); }),
        "estimateTau2: tau^2 needs at least 2 studies, got k = 1");
    EXPECT_EQ(messageOf([&] { tau2ConfidenceInterval(one, one); }),
        "tau2ConfidenceInterval: needs at least 2 studies, got k = 1");
    EXPECT_EQ(messageOf([&] { generalisedQ(v2, v2, -1); }), "generalisedQ: tau2 must be >= 0, got -1");
}

TEST(InverseVarianceErrors, NonConvergenceNamesEstimatorAndIterations)
{
    InverseVarianceOptions o = randomWith(Tau2Estimator::REML);
    o.control.maxIterations = 1;
    try {
        fitInverseVariance(kY, kV, o);
        FAIL() << "no ConvergenceError";
    } catch (const ConvergenceError &e) {
        EXPECT_EQ(std::string(e.what()),
            "fitInverseVariance: REML estimator (Fisher scoring) did not converge after 1 iterations");
        EXPECT_EQ(e.iterations(), 1);
    }
    o.control.threshold = 0;
    EXPECT_EQ(messageOf([&] { fitInverseVariance(kY, kV, o); }),
        "fitInverseVariance: options.control needs threshold > 0 and maxIterations >= 1");
}

} // namespace
} // namespace ee::stats
