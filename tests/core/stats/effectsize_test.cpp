// escalc() equivalents: each measure checked against the formula written out
// for one table, the continuity-correction rules, and the input checks.

#include "core/stats/effectsize.h"

#include <gtest/gtest.h>

#include <cmath>

namespace ee::stats {
namespace {

constexpr double kTol = 1e-14;

std::vector<EffectSize> binary(EffectMeasure m, std::vector<BinaryArms> arms, ContinuityCorrection cc = {})
{
    return binaryEffectSizes(m, arms, cc);
}

TEST(EffectSize, OddsRatioRiskRatioRiskDifference)
{
    // a = 10 of 40, c = 20 of 42: b = 30, d = 22. No zero cell, no correction.
    const std::vector<BinaryArms> arms { { 10, 40, 20, 42 } };
    const EffectSize orr = binary(EffectMeasure::OR, arms)[0];
    EXPECT_NEAR(orr.yi, std::log((10.0 / 30.0) / (20.0 / 22.0)), kTol);
    EXPECT_NEAR(orr.vi, 1.0 / 10 + 1.0 / 30 + 1.0 / 20 + 1.0 / 22, kTol);
    EXPECT_FALSE(orr.corrected);

    const EffectSize rr = binary(EffectMeasure::RR, arms)[0];
    EXPECT_NEAR(rr.yi, std::log(10.0 / 40) - std::log(20.0 / 42), kTol);
    EXPECT_NEAR(rr.vi, 1.0 / 10 - 1.0 / 40 + 1.0 / 20 - 1.0 / 42, kTol);

    const EffectSize rd = binary(EffectMeasure::RD, arms)[0];
    EXPECT_NEAR(rd.yi, 10.0 / 40 - 20.0 / 42, kTol);
    EXPECT_NEAR(rd.vi, 0.25 * 0.75 / 40 + (20.0 / 42) * (22.0 / 42) / 42, kTol);
}

TEST(EffectSize, ZeroCellGetsHalfAddedToEveryCell)
{
    // a = 0 of 10, c = 5 of 10 -> 0.5, 10.5, 5.5, 5.5
    const EffectSize e = binary(EffectMeasure::OR, { { 0, 10, 5, 10 }, { 3, 10, 4, 10 } })[0];
    EXPECT_TRUE(e.corrected);
    EXPECT_NEAR(e.yi, std::log(0.5 / 10.5) - std::log(5.5 / 5.5), kTol);
    EXPECT_NEAR(e.vi, 1 / 0.5 + 1 / 10.5 + 1 / 5.5 + 1 / 5.5, kTol);
    EXPECT_FALSE(binary(EffectMeasure::OR, { { 0, 10, 5, 10 }, { 3, 10, 4, 10 } })[1].corrected);
}

TEST(EffectSize, CorrectionTargetsAndValue)
{
    const std::vector<BinaryArms> arms { { 0, 10, 5, 10 }, { 3, 10, 4, 10 } };
    // "all": the table without zeros is corrected too.
    const auto all = binary(EffectMeasure::OR, arms, { 0.5, CorrectionTarget::All, false });
    EXPECT_NEAR(all[1].yi, std::log(3.5 / 7.5) - std::log(4.5 / 6.5), kTol);
    // "if0all": every table, because one has a zero cell ...
    const auto ifAny = binary(EffectMeasure::OR, arms, { 0.5, CorrectionTarget::IfAnyZero, false });
    EXPECT_TRUE(ifAny[1].corrected);
    // ... and none when no table has one.
    const auto noZero = binary(EffectMeasure::OR, { { 3, 10, 4, 10 } }, { 0.5, CorrectionTarget::IfAnyZero, false });
    EXPECT_FALSE(noZero[0].corrected);
    // "none": a zero cell makes the log odds ratio infinite, so not estimable (metafor: NA).
    const auto none = binary(EffectMeasure::OR, arms, { 0.5, CorrectionTarget::None, false });
    EXPECT_EQ(none[0].status, EffectStatus::NotEstimable);
    EXPECT_TRUE(none[1].estimable());
    // The risk difference stays defined without correction.
    EXPECT_TRUE(binary(EffectMeasure::RD, arms, { 0.5, CorrectionTarget::None, false })[0].estimable());
    // Another value.
    const auto quarter = binary(EffectMeasure::OR, arms, { 0.25, CorrectionTarget::OnlyZero, false });
    EXPECT_NEAR(quarter[0].vi, 1 / 0.25 + 1 / 10.25 + 1 / 5.25 + 1 / 5.25, kTol);
}

TEST(EffectSize, DoubleZeroKeptOrDropped)
{
    const std::vector<BinaryArms> arms { { 0, 10, 0, 12 }, { 10, 10, 12, 12 }, { 2, 10, 3, 12 } };
    const auto kept = binary(EffectMeasure::OR, arms, { 0.5, CorrectionTarget::OnlyZero, false });
    EXPECT_TRUE(kept[0].estimable());
    EXPECT_NEAR(kept[0].yi, std::log(0.5 / 10.5) - std::log(0.5 / 12.5), kTol);
    const auto dropped = binary(EffectMeasure::OR, arms, { 0.5, CorrectionTarget::OnlyZero, true });
    EXPECT_EQ(dropped[0].status, EffectStatus::DroppedDoubleZero);
    EXPECT_EQ(dropped[1].status, EffectStatus::DroppedDoubleZero); // only events in both arms
    EXPECT_TRUE(dropped[2].estimable());
    // A dropped table does not trigger "if0all" for the others.
    const auto ifAny =
        binary(EffectMeasure::OR, { { 0, 10, 0, 12 }, { 2, 10, 3, 12 } }, { 0.5, CorrectionTarget::IfAnyZero, true });
    EXPECT_FALSE(ifAny[1].corrected);
}

TEST(EffectSize, PetoLogOddsRatio)
{
    // a = 10 of 40, c = 20 of 42: N = 82, events 30, non-events 52.
    const EffectSize e = petoEffectSizes(std::vector<BinaryArms> { { 10, 40, 20, 42 } }, {})[0];
    const double expected = 30.0 * 40 / 82;
    const double variance = 30.0 * 52 * (40.0 / 82) * (42.0 / 82) / 81;
    EXPECT_NEAR(e.yi, (10 - expected) / variance, kTol);
    EXPECT_NEAR(e.vi, 1 / variance, kTol);
}

TEST(EffectSize, HedgesCorrectionIsTheGammaRatio)
{
    for (double m : { 2.0, 5.0, 18.0, 120.0 }) {
        const double exact = std::tgamma(m / 2) / (std::sqrt(m / 2) * std::tgamma((m - 1) / 2));
        EXPECT_NEAR(hedgesCorrection(m), exact, 1e-13) << m;
        // Hedges' approximation 1 - 3/(4m - 1) is close for moderate m.
        if (m >= 18) {
            EXPECT_NEAR(hedgesCorrection(m), 1 - 3 / (4 * m - 1), 2e-4) << m;
        }
    }
}

TEST(EffectSize, MeanDifferenceAndHedgesG)
{
    const std::vector<ContinuousArms> arms { { 5.5, 1.2, 20, 4.1, 1.5, 22 } };
    const EffectSize md = continuousEffectSizes(EffectMeasure::MD, arms)[0];
    EXPECT_NEAR(md.yi, 5.5 - 4.1, kTol);
    EXPECT_NEAR(md.vi, 1.2 * 1.2 / 20 + 1.5 * 1.5 / 22, kTol);

    const EffectSize g = continuousEffectSizes(EffectMeasure::SMD, arms)[0];
    const double m = 40;
    const double sp = std::sqrt((19 * 1.2 * 1.2 + 21 * 1.5 * 1.5) / m);
    const double j = std::tgamma(m / 2) / (std::sqrt(m / 2) * std::tgamma((m - 1) / 2));
    const double expected = j * (5.5 - 4.1) / sp;
    EXPECT_NEAR(g.yi, expected, 1e-13);
    EXPECT_NEAR(g.vi, 1.0 / 20 + 1.0 / 22 + expected * expected / (2 * 42), 1e-13);
}

TEST(EffectSize, GenericEffectsAndDispatch)
{
    const std::vector<Study> studies { { "A", GenericEffect { 0.3, 0.04 } }, { "B", GenericEffect { -0.1, 0.09 } } };
    const auto e = computeEffectSizes(EffectMeasure::GEN, studies, {});
    EXPECT_EQ(e[1].yi, -0.1);
    EXPECT_EQ(e[1].vi, 0.09);
}

// ------------------------------------------------------------------ errors

template<typename F> std::string messageOf(F &&f)
{
    try {
        f();
    } catch (const std::invalid_argument &e) {
        return e.what();
    }
    return "(no exception)";
}

TEST(EffectSizeErrors, CountsAreChecked)
{
    EXPECT_EQ(messageOf([] {
        binary(EffectMeasure::OR, { { 1, 10, 2, 10 }, { 12, 10, 3, 30 } });
    }),
        "binaryEffectSizes: arms[1].eventsT (12) exceeds nT (10)");
    EXPECT_EQ(messageOf([] {
        binary(EffectMeasure::RR, { { 1, 10, 31, 30 } });
    }),
        "binaryEffectSizes: arms[0].eventsC (31) exceeds nC (30)");
    EXPECT_EQ(messageOf([] {
        binary(EffectMeasure::RD, { { 1, 0, 2, 10 } });
    }),
        "binaryEffectSizes: arms[0].nT must be >= 1, got 0");
    EXPECT_EQ(messageOf([] {
        binary(EffectMeasure::OR, { { -1, 10, 2, 10 } });
    }),
        "binaryEffectSizes: arms[0].eventsT must be >= 0, got -1");
    EXPECT_EQ(messageOf([] {
        binary(EffectMeasure::OR, { { std::nan(""), 10, 2, 10 } });
    }),
        "binaryEffectSizes: arms[0].counts must be finite numbers");
    EXPECT_EQ(messageOf([] {
        binary(EffectMeasure::MD, { { 1, 10, 2, 10 } });
    }),
        "binaryEffectSizes: measure must be OR, RR or RD, got MD");
    EXPECT_EQ(messageOf([] {
        binary(EffectMeasure::OR, { { 1, 10, 2, 10 } }, { -0.5, CorrectionTarget::OnlyZero, false });
    }),
        "binaryEffectSizes: cc.add must be a finite value >= 0, got -0.5");
}

TEST(EffectSizeErrors, ContinuousDataAreChecked)
{
    EXPECT_EQ(messageOf([] {
        continuousEffectSizes(EffectMeasure::MD, std::vector<ContinuousArms> { { 1, 0, 10, 2, 1, 10 } });
    }),
        "continuousEffectSizes: arms[0].sdT must be positive, got 0");
    EXPECT_EQ(messageOf([] {
        continuousEffectSizes(EffectMeasure::MD, std::vector<ContinuousArms> { { 1, 1, 10, 2, -1, 10 } });
    }),
        "continuousEffectSizes: arms[0].sdC must be positive, got -1");
    EXPECT_EQ(messageOf([] {
        continuousEffectSizes(EffectMeasure::SMD, std::vector<ContinuousArms> { { 1, 1, 2, 2, 1, 1 } });
    }),
        "continuousEffectSizes: arms[0].SMD needs nT + nC > 3 for Hedges' correction, got 3");
    EXPECT_EQ(messageOf([] { hedgesCorrection(1); }), "hedgesCorrection: m (= n1 + n2 - 2) must be > 1, got 1");
}

TEST(EffectSizeErrors, GenericAndKindAreChecked)
{
    EXPECT_EQ(messageOf([] {
        genericEffectSizes(std::vector<GenericEffect> { { 0.1, 0.2 }, { 0.3, -0.2 } });
    }),
        "genericEffectSizes: vi[1] must be positive, got -0.2");
    EXPECT_EQ(messageOf([] {
        genericEffectSizes(std::vector<GenericEffect> { { HUGE_VAL, 0.2 } });
    }),
        "genericEffectSizes: yi[0] must be a finite number");
    const std::vector<Study> mixed { { "A", GenericEffect { 0.1, 0.2 } }, { "B", BinaryArms { 1, 10, 2, 10 } } };
    EXPECT_EQ(messageOf([&] { computeEffectSizes(EffectMeasure::GEN, mixed, {}); }),
        "computeEffectSizes: studies[1] (B) must hold a generic effect (yi, vi) for measure GEN");
}

} // namespace
} // namespace ee::stats
