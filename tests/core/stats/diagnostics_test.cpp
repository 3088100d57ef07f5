// Error tests and engine-vs-engine checks of the issue 6 tools (values against
// metafor are in diagnostics_reference_test.cpp).

#include "core/stats/cumulative.h"
#include "core/stats/gosh.h"
#include "core/stats/influencediagnostics.h"
#include "core/stats/metaregression.h"
#include "core/stats/smallstudy.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace ee::stats {
namespace {

struct Data {
    std::vector<double> yi, vi;
};

Data synthetic(std::size_t k, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    std::uniform_real_distribution<double> uniform(0.01, 0.5);
    Data d;
    for (std::size_t i = 0; i < k; ++i) {
        d.vi.push_back(uniform(rng));
        d.yi.push_back(-0.3 + 0.4 * normal(rng) + std::sqrt(d.vi.back()) * normal(rng));
    }
    return d;
}

TEST(Gosh, EverySubsetEqualsADirectFit)
{
    const Data d = synthetic(10, 7);
    for (const bool random : { false, true }) {
        for (const Tau2Estimator est : { Tau2Estimator::DL, Tau2Estimator::REML }) {
            GoshOptions o;
            o.model.randomEffects = random;
            o.model.estimator = est;
            const GoshResult r = gosh(d.yi, d.vi, o);
            ASSERT_TRUE(r.exhaustive);
            ASSERT_EQ(r.count(), 1023u);
            for (const std::size_t s : { 0u, 2u, 100u, 511u, 700u, 1022u }) {
                std::vector<double> y, v;
                for (std::size_t i = 0; i < d.yi.size(); ++i) {
                    if (r.contains(s, i)) {
                        y.push_back(d.yi[i]);
                        v.push_back(d.vi[i]);
                    }
                }
                const PoolFit f = fitInverseVariance(y, v, o.model);
                EXPECT_EQ(r.size[s], y.size());
                EXPECT_NEAR(r.estimate[s], f.estimate, 1e-12 * (1 + std::fabs(f.estimate)));
                EXPECT_NEAR(r.Q[s], f.Q, 1e-10 * (1 + f.Q));
                EXPECT_NEAR(r.tau2[s], f.tau2, 1e-10 * (1 + f.tau2));
                EXPECT_NEAR(r.I2[s], f.I2, 1e-8);
            }
        }
    }
}

TEST(Gosh, RandomSubsetsDoNotDependOnThreads)
{
    const Data d = synthetic(40, 3);
    GoshOptions o;
    o.subsets = 10000;
    o.seed = 42;
    o.threads = 1;
    const GoshResult one = gosh(d.yi, d.vi, o);
    o.threads = 2;
    const GoshResult two = gosh(d.yi, d.vi, o);
    EXPECT_FALSE(one.exhaustive);
    EXPECT_EQ(one.membership, two.membership);
    EXPECT_EQ(one.estimate, two.estimate);
    for (std::size_t s = 0; s < one.count(); ++s)
        EXPECT_GE(one.size[s], 1u);
}

TEST(Gosh, CancelStopsEarlyAndProgressIsReported)
{
    const Data d = synthetic(20, 5);
    std::atomic<bool> cancel { false };
    std::size_t calls = 0;
    GoshOptions o;
    o.model.estimator = Tau2Estimator::REML;
    o.cancel = &cancel;
    o.progress = [&](std::size_t done, std::size_t total) {
        ++calls;
        EXPECT_LE(done, total);
        if (done >= 8192)
            cancel = true;
    };
    const GoshResult r = gosh(d.yi, d.vi, o);
    EXPECT_TRUE(r.cancelled);
    EXPECT_GE(calls, 2u);
    std::size_t computed = 0;
    for (auto ok : r.ok)
        computed += ok;
    EXPECT_LT(computed, r.count() / 2);
}

TEST(Gosh, RejectsBadInput)
{
    const std::vector<double> y { 0.1, 0.2 }, v { 0.1, -0.1 };
    EXPECT_THROW(gosh(y, v, GoshOptions {}), std::invalid_argument);
    EXPECT_THROW(gosh(std::vector<double> {}, std::vector<double> {}, GoshOptions {}), std::invalid_argument);
}

TEST(MetaRegression, InterceptOnlyEqualsThePoolingEngine)
{
    const Data d = synthetic(15, 11);
    const Eigen::MatrixXd ones = Eigen::MatrixXd::Ones(15, 1);
    for (const Tau2Estimator est : { Tau2Estimator::DL, Tau2Estimator::REML, Tau2Estimator::PM, Tau2Estimator::HE,
             Tau2Estimator::SJ, Tau2Estimator::ML, Tau2Estimator::EB }) {
        MetaRegressionOptions mr;
        mr.estimator = est;
        InverseVarianceOptions iv;
        iv.estimator = est;
        const MetaRegressionFit f = fitMetaRegression(d.yi, d.vi, ones, mr);
        const PoolFit p = fitInverseVariance(d.yi, d.vi, iv);
        EXPECT_NEAR(f.tau2, p.tau2, 1e-9 * (1 + p.tau2)) << toString(est);
        EXPECT_NEAR(f.beta[0], p.estimate, 1e-9) << toString(est);
        EXPECT_NEAR(f.se[0], p.se, 1e-9) << toString(est);
        EXPECT_NEAR(f.QE, p.Q, 1e-9 * p.Q) << toString(est);
    }
}

TEST(MetaRegression, BadModeratorsNameTheColumn)
{
    const std::vector<ModeratorColumn> text { { "dose", { "1", "2", "abc" }, ModeratorKind::Numeric } };
    try {
        buildDesignMatrix(text, 3);
        FAIL();
    } catch (const std::invalid_argument &e) {
        EXPECT_NE(std::string(e.what()).find("dose"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("abc"), std::string::npos);
    }
    const std::vector<ModeratorColumn> constant { { "year", { "1990", "1990", "1990" } } };
    EXPECT_THROW(buildDesignMatrix(constant, 3), std::invalid_argument);
    const std::vector<ModeratorColumn> empty { { "region", { "EU", "", "US" } } };
    EXPECT_THROW(buildDesignMatrix(empty, 3), std::invalid_argument);
    // Levels sorted as R's factor(): "a" is the reference, then "b", "c".
    const std::vector<ModeratorColumn> cat { { "g", { "c", "a", "b", "a" } } };
    const DesignMatrix m = buildDesignMatrix(cat, 4);
    EXPECT_EQ(m.terms, (std::vector<std::string> { "intrcpt", "gb", "gc" }));
    EXPECT_EQ(m.X(0, 2), 1.0);
    EXPECT_EQ(m.X(1, 1) + m.X(1, 2), 0.0);
}

TEST(MetaRegression, TooFewStudiesOrCollinear)
{
    const std::vector<double> y { 0.1, 0.3 }, v { 0.1, 0.2 };
    Eigen::MatrixXd X(2, 2);
    X << 1, 1, 1, 2;
    EXPECT_THROW(fitMetaRegression(y, v, X), std::invalid_argument);
    const std::vector<double> y3 { 0.1, 0.3, 0.2 }, v3 { 0.1, 0.2, 0.3 };
    Eigen::MatrixXd C(3, 3);
    C << 1, 1, 2, 1, 2, 4, 1, 3, 6;
    EXPECT_THROW(fitMetaRegression(y3, v3, C), std::invalid_argument);
}

TEST(PermutationTest, RandomPValuesAreSeededAndValid)
{
    const Data d = synthetic(12, 9);
    Eigen::MatrixXd X(12, 2);
    for (int i = 0; i < 12; ++i)
        X(i, 0) = 1, X(i, 1) = i;
    MetaRegressionOptions o;
    const MetaRegressionFit f = fitMetaRegression(d.yi, d.vi, X, o);
    const PermutationTest a = permutationTest(d.yi, d.vi, f, X, o, 200, 5);
    const PermutationTest b = permutationTest(d.yi, d.vi, f, X, o, 200, 5);
    EXPECT_FALSE(a.exact);
    EXPECT_EQ(a.permutations, 200u);
    EXPECT_EQ(a.pval, b.pval);
    // the observed arrangement is counted, so p >= 1/N
    EXPECT_GE(a.QMp, 1.0 / 200);
    EXPECT_LE(a.QMp, 1.0);
    // with one moderator, the z test of the slope and QM are the same statistic
    EXPECT_DOUBLE_EQ(a.pval[1], a.QMp);
}

TEST(SmallStudy, EggerByHandOnThreeStudies)
{
    // sei = 1, 2, 4 with y = 1 + 0.5 sei exactly: the slope is 0.5 with zero residuals.
    const std::vector<double> vi { 1, 4, 16 }, yi { 1.5, 2, 3 };
    const EggerTest t = eggerTest(yi, vi);
    EXPECT_NEAR(t.bias, 0.5, 1e-12);
    EXPECT_NEAR(t.limitEstimate, 1.0, 1e-12);
    EXPECT_TRUE(t.fewStudies);
    EXPECT_EQ(t.df, 1.0);
}

TEST(SmallStudy, BeggExactPValueOfAPerfectRanking)
{
    // Equal-weight-free check: standardised effects increasing with vi gives tau = 1 and
    // exact two-sided p = 2 / n! for n = 4 (one permutation in 24 at each extreme).
    const std::vector<double> vi { 0.1, 0.2, 0.3, 0.4 };
    const std::vector<double> yi { -1.0, 0.0, 1.0, 2.5 };
    const BeggTest b = beggTest(yi, vi);
    EXPECT_TRUE(b.exact);
    EXPECT_NEAR(b.tau, 1.0, 1e-15);
    EXPECT_NEAR(b.pval, 2.0 / 24.0, 1e-14);
}

TEST(SmallStudy, RejectsTooFewStudies)
{
    const std::vector<double> y { 0.1, 0.2 }, v { 0.1, 0.2 };
    EXPECT_THROW(eggerTest(y, v), std::invalid_argument);
    EXPECT_THROW(beggTest(y, v), std::invalid_argument);
    EXPECT_THROW(trimAndFill(y, v, InverseVarianceOptions {}), std::invalid_argument);
    const std::vector<double> y3 { 0.1, 0.2, 0.3 }, same { 0.1, 0.1, 0.1 };
    EXPECT_THROW(eggerTest(y3, same), std::invalid_argument);
}

TEST(Influence, NeedsTwoMoreStudiesThanCoefficients)
{
    const std::vector<double> y { 0.1, 0.3, 0.2 }, v { 0.1, 0.2, 0.3 };
    Eigen::MatrixXd X(3, 2);
    X << 1, 1, 1, 2, 1, 3;
    MetaRegressionOptions o;
    o.randomEffects = false;
    const MetaRegressionFit f = fitMetaRegression(y, v, X, o);
    EXPECT_THROW(influenceDiagnostics(y, v, X, f, o), std::invalid_argument);
}

TEST(Cumulative, RejectsAnOrderThatIsNotAPermutation)
{
    const std::vector<double> y { 0.1, 0.3, 0.2 }, v { 0.1, 0.2, 0.3 };
    const std::vector<std::size_t> bad { 0, 0, 1 };
    EXPECT_THROW(cumulativeMetaAnalysis(y, v, InverseVarianceOptions {}, bad), std::invalid_argument);
    const auto steps = cumulativeMetaAnalysis(y, v, InverseVarianceOptions {});
    ASSERT_EQ(steps.size(), 3u);
    EXPECT_EQ(steps[0].fit.estimate, 0.1); // one study: its own effect
}

} // namespace
} // namespace ee::stats
