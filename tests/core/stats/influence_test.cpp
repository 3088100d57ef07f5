// Leave-one-out and Baujat coordinates: each refit equals a direct fit of the
// remaining studies, and Baujat's x and y follow their definitions.

#include "core/stats/errors.h"
#include "core/stats/influence.h"
#include "core/stats/mantelhaenszel.h"

#include <gtest/gtest.h>

#include <cmath>

namespace ee::stats {
namespace {

const std::vector<double> kY { 0.1, 0.5, -0.4, 0.9, 0.3 };
const std::vector<double> kV { 0.04, 0.05, 0.02, 0.03, 0.06 };

std::pair<std::vector<double>, std::vector<double>> without(std::size_t i)
{
    std::vector<double> y = kY, v = kV;
    y.erase(y.begin() + static_cast<std::ptrdiff_t>(i));
    v.erase(v.begin() + static_cast<std::ptrdiff_t>(i));
    return { y, v };
}

TEST(LeaveOneOut, EachRefitIsTheFitWithoutThatStudy)
{
    for (bool knha : { false, true }) {
        for (Tau2Estimator e : { Tau2Estimator::DL, Tau2Estimator::REML, Tau2Estimator::PM }) {
            InverseVarianceOptions o;
            o.estimator = e;
            o.knha = knha;
            const std::vector<LeaveOneOut> loo = leaveOneOut(kY, kV, o);
            ASSERT_EQ(loo.size(), kY.size());
            for (std::size_t i = 0; i < kY.size(); ++i) {
                const auto [y, v] = without(i);
                const PoolFit direct = fitInverseVariance(y, v, o);
                EXPECT_EQ(loo[i].omitted, i);
                ASSERT_TRUE(loo[i].estimable);
                EXPECT_NEAR(loo[i].fit.estimate, direct.estimate, 1e-15);
                EXPECT_NEAR(loo[i].fit.se, direct.se, 1e-15);
                EXPECT_NEAR(loo[i].fit.tau2, direct.tau2, 1e-15);
                EXPECT_NEAR(loo[i].fit.Q, direct.Q, 1e-13);
                EXPECT_NEAR(loo[i].fit.ciUb, direct.ciUb, 1e-14);
            }
        }
    }
}

TEST(Baujat, FixedEffectContributionsAddUpToQ)
{
    InverseVarianceOptions o;
    o.randomEffects = false;
    const PoolFit full = fitInverseVariance(kY, kV, o);
    const std::vector<LeaveOneOut> loo = leaveOneOut(kY, kV, o);
    const std::vector<BaujatPoint> points = baujat(kY, kV, full, loo);
    ASSERT_EQ(points.size(), kY.size());
    double sum = 0;
    for (const BaujatPoint &p : points) {
        const std::size_t i = p.study;
        EXPECT_NEAR(p.x, (kY[i] - full.estimate) * (kY[i] - full.estimate) / kV[i], 1e-14);
        const double d = loo[i].fit.estimate - full.estimate;
        EXPECT_NEAR(p.y, d * d / (loo[i].fit.se * loo[i].fit.se), 1e-13);
        sum += p.x;
    }
    EXPECT_NEAR(sum, full.Q, 1e-12); // Baujat et al. (2002): the x's split Cochran's Q
}

TEST(Baujat, RandomEffectsUsesTheFullTau2)
{
    InverseVarianceOptions o;
    o.estimator = Tau2Estimator::REML;
    const PoolFit full = fitInverseVariance(kY, kV, o);
    const std::vector<BaujatPoint> points = baujat(kY, kV, full, leaveOneOut(kY, kV, o));
    for (const BaujatPoint &p : points) {
        const double r = kY[p.study] - full.estimate;
        EXPECT_NEAR(p.x, r * r / (kV[p.study] + full.tau2), 1e-14);
    }
}

TEST(LeaveOneOut, FailedRefitIsReportedNotThrown)
{
    InverseVarianceOptions o;
    o.estimator = Tau2Estimator::REML;
    o.control.maxIterations = 1;
    const std::vector<LeaveOneOut> loo = leaveOneOut(kY, kV, o);
    bool anyFailed = false;
    for (const LeaveOneOut &l : loo) {
        if (!l.estimable) {
            anyFailed = true;
            EXPECT_NE(l.failure.find("REML"), std::string::npos) << l.failure;
        }
    }
    EXPECT_TRUE(anyFailed);
    // Baujat leaves the failed refits out.
    const PoolFit full = fitInverseVariance(kY, kV, InverseVarianceOptions {});
    std::size_t estimable = 0;
    for (const LeaveOneOut &l : loo)
        estimable += l.estimable ? 1 : 0;
    EXPECT_EQ(baujat(kY, kV, full, loo).size(), estimable);
}

TEST(LeaveOneOut, MantelHaenszelRefits)
{
    const std::vector<BinaryArms> arms { { 10, 40, 20, 42 }, { 30, 60, 18, 58 }, { 12, 50, 15, 49 } };
    const ContinuityCorrection cc { 0.5, CorrectionTarget::OnlyZero, true };
    const std::vector<LeaveOneOut> loo = leaveOneOutMantelHaenszel(EffectMeasure::OR, arms, cc);
    for (std::size_t i = 0; i < arms.size(); ++i) {
        std::vector<BinaryArms> rest = arms;
        rest.erase(rest.begin() + static_cast<std::ptrdiff_t>(i));
        const PoolFit direct = fitMantelHaenszel(EffectMeasure::OR, rest, cc);
        EXPECT_NEAR(loo[i].fit.estimate, direct.estimate, 1e-15);
        EXPECT_NEAR(loo[i].fit.Q, direct.Q, 1e-13);
    }
    const std::vector<LeaveOneOut> peto = leaveOneOutPeto(arms, cc);
    EXPECT_NEAR(peto[2].fit.estimate, fitPeto(std::vector<BinaryArms> { arms[0], arms[1] }, cc).estimate, 1e-15);
}

TEST(InfluenceErrors, NeedTwoStudies)
{
    const std::vector<double> one { 0.1 };
    try {
        leaveOneOut(one, one, InverseVarianceOptions {});
        FAIL() << "no exception";
    } catch (const std::invalid_argument &e) {
        EXPECT_EQ(std::string(e.what()), "leaveOneOut: needs at least 2 studies, got k = 1");
    }
    const PoolFit full = fitInverseVariance(kY, kV);
    std::vector<LeaveOneOut> loo(1);
    loo[0].omitted = 9;
    loo[0].estimable = true;
    EXPECT_THROW(baujat(kY, kV, full, loo), std::invalid_argument);
    EXPECT_THROW(leaveOneOutPeto(std::vector<BinaryArms> { { 1, 10, 2, 10 } }, {}), std::invalid_argument);
}

} // namespace
} // namespace ee::stats
