#include "ui/plots/axisticks.h"
#include "ui/plots/effectformat.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using namespace ee::ui;

QStringList labels(const QVector<AxisTick> &ticks)
{
    QStringList result;
    for (const AxisTick &tick : ticks)
        result << tick.label;
    return result;
}

TEST(PlotAxisTicksTest, RatioRangeSnapsToOneTwoFiveRatios)
{
    const auto [lo, hi] = axisticks::niceRange(std::log(0.3), std::log(7.0), true, 0.0, 5);
    EXPECT_NEAR(std::exp(lo), 0.2, 1e-9);
    EXPECT_NEAR(std::exp(hi), 10.0, 1e-9);
}

TEST(PlotAxisTicksTest, SymmetricRatioRangeWhenNotLopsided)
{
    const auto [lo, hi] = axisticks::niceRange(std::log(0.3), std::log(7.0), true, 0.0, 5, true);
    EXPECT_NEAR(std::exp(lo), 0.1, 1e-9);
    EXPECT_NEAR(std::exp(hi), 10.0, 1e-9);
}

TEST(PlotAxisTicksTest, RatioCandidatesPutEndsNullAndDecadesFirst)
{
    const auto ticks = axisticks::candidates(std::log(0.01), std::log(100.0), true, 0.0, 7);
    ASSERT_GE(ticks.size(), 7);
    QStringList first = labels(ticks.mid(0, 3));
    first.sort();
    EXPECT_EQ(first, (QStringList { QStringLiteral("0.01"), QStringLiteral("1"), QStringLiteral("100") }));
    EXPECT_EQ(labels(ticks.mid(3, 2)), (QStringList { QStringLiteral("0.1"), QStringLiteral("10") }));
    EXPECT_EQ(labels(ticks.mid(5, 2)), (QStringList { QStringLiteral("0.5"), QStringLiteral("2") }));
}

TEST(PlotAxisTicksTest, PlacementDropsLabelsThatWouldCollide)
{
    const auto candidates = axisticks::candidates(std::log(0.01), std::log(100.0), true, 0.0, 7);
    // 50 px per unit of log ratio, labels 20 px wide, 8 px apart at least.
    const auto kept = axisticks::place(
        candidates, [](double v) { return v * 50; }, [](const QString &) { return 20.0; }, 8, 7);
    EXPECT_EQ(labels(kept),
        (QStringList { QStringLiteral("0.01"), QStringLiteral("0.1"), QStringLiteral("0.5"), QStringLiteral("1"),
            QStringLiteral("2"), QStringLiteral("10"), QStringLiteral("100") }));
    const auto tight = axisticks::place(
        candidates, [](double v) { return v * 10; }, [](const QString &) { return 20.0; }, 8);
    EXPECT_EQ(labels(tight), (QStringList { QStringLiteral("0.01"), QStringLiteral("1"), QStringLiteral("100") }));
}

TEST(PlotAxisTicksTest, MirroredPlacementKeepsASymmetricAxisSymmetric)
{
    const auto candidates = axisticks::candidates(std::log(0.05), std::log(20.0), true, 0.0, 5);
    // Wide labels on the left only: without mirroring, 5 would be kept and 0.2 not.
    auto width = [](const QString &label) { return label.startsWith(QLatin1Char('0')) ? 30.0 : 8.0; };
    const auto kept = axisticks::place(
        candidates, [](double v) { return v * 22; }, width, 6, 9, 0.0);
    for (const AxisTick &tick : kept) {
        bool mirrored = false;
        for (const AxisTick &other : kept)
            mirrored = mirrored || std::abs(other.value + tick.value) < 1e-9;
        EXPECT_TRUE(mirrored) << tick.label.toStdString();
    }
    EXPECT_TRUE(labels(kept).contains(QStringLiteral("1")));
}

TEST(PlotAxisTicksTest, DifferenceRangeUsesNiceSteps)
{
    const auto [lo, hi] = axisticks::niceRange(-0.37, 1.42, false, 0.0, 5);
    EXPECT_DOUBLE_EQ(lo, -0.5);
    EXPECT_DOUBLE_EQ(hi, 1.5);
    const auto ticks = axisticks::candidates(lo, hi, false, 0.0, 5);
    EXPECT_TRUE(labels(ticks).contains(QStringLiteral("0")));
    EXPECT_TRUE(labels(ticks).contains(QStringLiteral("\u22120.5")));
}

TEST(PlotAxisTicksTest, DegenerateInputStillGivesARange)
{
    const auto [lo, hi] = axisticks::niceRange(NAN, INFINITY, false, 0.0, 5);
    EXPECT_LT(lo, hi);
    EXPECT_TRUE(axisticks::candidates(1.0, 1.0, false, 0.0, 5).isEmpty());
    EXPECT_DOUBLE_EQ(axisticks::niceStep(0.0), 1.0);
}

TEST(PlotEffectFormatTest, FormatsOnTheDisplayScale)
{
    EXPECT_EQ(effectformat::estimateWithInterval(std::log(4.64), std::log(3.11), std::log(6.90), true),
        QStringLiteral("4.64 [3.11, 6.90]"));
    EXPECT_EQ(effectformat::estimateWithInterval(-0.35, -0.6, -0.1, false),
        QStringLiteral("\u22120.35 [\u22120.60, \u22120.10]"));
    EXPECT_EQ(effectformat::effect(std::log(0.0042), true), QStringLiteral("0.0042"));
    EXPECT_EQ(effectformat::percent(12.345), QStringLiteral("12.3%"));
}

TEST(PlotEffectFormatTest, NeverPrintsNanOrMinusZero)
{
    EXPECT_EQ(effectformat::effect(NAN, true), QStringLiteral("\u2014"));
    EXPECT_EQ(effectformat::effect(INFINITY, false), QStringLiteral("\u2014"));
    EXPECT_EQ(effectformat::number(-0.001), QStringLiteral("0.00"));
    EXPECT_EQ(effectformat::percent(NAN), QStringLiteral("\u2014"));
}

} // namespace
