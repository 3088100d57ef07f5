// Mantel-Haenszel and Peto pooling checked against the formulas written out for
// two tables, zero-cell behaviour, and the input checks.

#include "core/stats/mantelhaenszel.h"

#include <gtest/gtest.h>

#include <cmath>

namespace ee::stats {
namespace {

constexpr double kZ975 = 1.9599639845400536; // qnorm(0.975)

// Table 1: a 10, b 30, c 20, d 22 (N 82); table 2: a 30, b 30, c 18, d 40 (N 118).
const std::vector<BinaryArms> kArms { { 10, 40, 20, 42 }, { 30, 60, 18, 58 } };

TEST(MantelHaenszel, OddsRatioByHand)
{
    const double r1 = 10.0 * 22 / 82, r2 = 30.0 * 40 / 118;
    const double s1 = 30.0 * 20 / 82, s2 = 30.0 * 18 / 118;
    const double p1 = 32.0 / 82, p2 = 70.0 / 118; // (a + d) / N
    const double q1 = 50.0 / 82, q2 = 48.0 / 118; // (b + c) / N
    const double R = r1 + r2, S = s1 + s2;
    // Robins, Breslow & Greenland (1986)
    const double var = 0.5
        * ((p1 * r1 + p2 * r2) / (R * R) + (p1 * s1 + q1 * r1 + p2 * s2 + q2 * r2) / (R * S)
            + (q1 * s1 + q2 * s2) / (S * S));
    const PoolFit f = fitMantelHaenszel(EffectMeasure::OR, kArms);
    EXPECT_EQ(f.method, PoolingMethod::MantelHaenszel);
    EXPECT_NEAR(f.estimate, std::log(R / S), 1e-14);
    EXPECT_NEAR(f.se, std::sqrt(var), 1e-14);
    EXPECT_NEAR(f.ciUb, std::log(R / S) + kZ975 * std::sqrt(var), 1e-13);
    // Q around the MH estimate with the escalc() log odds ratios.
    const double y1 = std::log(10.0 * 22 / (30 * 20)), y2 = std::log(30.0 * 40 / (30 * 18));
    const double v1 = 1.0 / 10 + 1.0 / 30 + 1.0 / 20 + 1.0 / 22, v2 = 1.0 / 30 + 1.0 / 30 + 1.0 / 18 + 1.0 / 40;
    const double q = (y1 - f.estimate) * (y1 - f.estimate) / v1 + (y2 - f.estimate) * (y2 - f.estimate) / v2;
    EXPECT_NEAR(f.Q, q, 1e-12);
    EXPECT_EQ(f.Qdf, 1);
    EXPECT_NEAR(f.I2, q > 1 ? 100 * (q - 1) / q : 0, 1e-10);
}

TEST(MantelHaenszel, RiskRatioAndRiskDifferenceByHand)
{
    const double R = 10.0 * 42 / 82 + 30.0 * 58 / 118; // a n2 / N
    const double S = 20.0 * 40 / 82 + 18.0 * 60 / 118; // c n1 / N
    // Greenland & Robins (1985)
    const double num =
        (40.0 / 82) * (42.0 / 82) * 30 - (10.0 / 82) * 20 + (60.0 / 118) * (58.0 / 118) * 48 - (30.0 / 118) * 18;
    const PoolFit rr = fitMantelHaenszel(EffectMeasure::RR, kArms);
    EXPECT_NEAR(rr.estimate, std::log(R / S), 1e-14);
    EXPECT_NEAR(rr.se, std::sqrt(num / (R * S)), 1e-14);

    // Sato, Greenland & Robins (1989)
    const double den = 40.0 * 42 / 82 + 60.0 * 58 / 118;
    const double rd = (10.0 * 42 / 82 - 20.0 * 40 / 82 + 30.0 * 58 / 118 - 18.0 * 60 / 118) / den;
    const double a = 20 * (40.0 / 82) * (40.0 / 82) - 10 * (42.0 / 82) * (42.0 / 82) + (40.0 / 82) * (42.0 / 82) * 1
        + 18 * (60.0 / 118) * (60.0 / 118) - 30 * (58.0 / 118) * (58.0 / 118) + (60.0 / 118) * (58.0 / 118) * -1;
    const double b = 10.0 * (42 - 20) / 82 + 20.0 * (40 - 10) / 82 + 30.0 * (58 - 18) / 118 + 18.0 * (60 - 30) / 118;
    const PoolFit d = fitMantelHaenszel(EffectMeasure::RD, kArms);
    EXPECT_NEAR(d.estimate, rd, 1e-15);
    EXPECT_NEAR(d.se, std::sqrt((rd * a + b / 2) / (den * den)), 1e-15);
}

TEST(MantelHaenszel, DoubleZeroTables)
{
    // A table without events adds nothing to the MH odds ratio, is left out of Q
    // (escalc with drop00, metafor's default for rma.mh), but counts in the risk difference.
    std::vector<BinaryArms> arms = kArms;
    arms.push_back({ 0, 25, 0, 25 });
    const PoolFit with = fitMantelHaenszel(EffectMeasure::OR, arms);
    const PoolFit without = fitMantelHaenszel(EffectMeasure::OR, kArms);
    EXPECT_NEAR(with.estimate, without.estimate, 1e-15);
    EXPECT_EQ(with.k, 3u);
    EXPECT_EQ(with.Qdf, 1);
    EXPECT_NE(
        fitMantelHaenszel(EffectMeasure::RD, arms).estimate, fitMantelHaenszel(EffectMeasure::RD, kArms).estimate);
}

TEST(MantelHaenszel, Weights)
{
    const std::vector<double> w = mantelHaenszelWeights(EffectMeasure::OR, kArms);
    const double s1 = 30.0 * 20 / 82, s2 = 30.0 * 18 / 118;
    EXPECT_NEAR(w[0], 100 * s1 / (s1 + s2), 1e-13);
    EXPECT_NEAR(w[0] + w[1], 100, 1e-12);
}

TEST(Peto, OneStepOddsRatioByHand)
{
    const double e1 = 30.0 * 40 / 82, e2 = 48.0 * 60 / 118;
    const double v1 = 30.0 * 52 * (40.0 / 82) * (42.0 / 82) / 81;
    const double v2 = 48.0 * 70 * (60.0 / 118) * (58.0 / 118) / 117;
    const double oe = (10 - e1) + (30 - e2);
    const PoolFit f = fitPeto(kArms);
    EXPECT_EQ(f.method, PoolingMethod::Peto);
    EXPECT_NEAR(f.estimate, oe / (v1 + v2), 1e-15);
    EXPECT_NEAR(f.se, 1 / std::sqrt(v1 + v2), 1e-15);
    const double q = (10 - e1) * (10 - e1) / v1 + (30 - e2) * (30 - e2) / v2 - oe * oe / (v1 + v2);
    EXPECT_NEAR(f.Q, q, 1e-12);
    const std::vector<double> w = petoWeights(kArms);
    EXPECT_NEAR(w[1], 100 * v2 / (v1 + v2), 1e-13);
}

// ------------------------------------------------------------------ errors

TEST(MantelHaenszelErrors, NotEstimableIsADomainError)
{
    const std::vector<BinaryArms> noTreatmentEvents { { 0, 40, 5, 42 }, { 0, 60, 8, 58 } };
    try {
        fitMantelHaenszel(EffectMeasure::OR, noTreatmentEvents);
        FAIL() << "no exception";
    } catch (const std::domain_error &e) {
        EXPECT_NE(std::string(e.what()).find("fitMantelHaenszel: the Mantel-Haenszel odds ratio is not estimable"),
            std::string::npos)
            << e.what();
    }
    EXPECT_THROW(fitMantelHaenszel(EffectMeasure::RR, noTreatmentEvents), std::domain_error);
    const std::vector<BinaryArms> noEvents { { 0, 40, 0, 42 }, { 0, 60, 0, 58 } };
    EXPECT_THROW(fitPeto(noEvents), std::domain_error);
}

TEST(MantelHaenszelErrors, InputsAreChecked)
{
    EXPECT_THROW(fitMantelHaenszel(EffectMeasure::MD, kArms), std::invalid_argument);
    EXPECT_THROW(fitMantelHaenszel(EffectMeasure::OR, {}), std::invalid_argument);
    EXPECT_THROW(fitMantelHaenszel(EffectMeasure::OR, kArms, {}, 0), std::invalid_argument);
    const std::vector<BinaryArms> bad { { 50, 40, 20, 42 } };
    try {
        fitPeto(bad);
        FAIL() << "no exception";
    } catch (const std::invalid_argument &e) {
        EXPECT_EQ(std::string(e.what()), "petoEffectSizes: arms[0].eventsT (50) exceeds nT (40)");
    }
}

} // namespace
} // namespace ee::stats
