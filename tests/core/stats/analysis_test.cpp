// The orchestrated analysis: the automatic model rule, method/model
// combinations, weights, subgroups and the test for subgroup differences.

#include "core/stats/analysis.h"
#include "core/stats/mantelhaenszel.h"

#include <gtest/gtest.h>

#include <cmath>

namespace ee::stats {
namespace {

std::vector<Study> generic(const std::vector<double> &y, const std::vector<double> &v)
{
    std::vector<Study> studies;
    for (std::size_t i = 0; i < y.size(); ++i)
        studies.push_back({ "S" + std::to_string(i + 1), GenericEffect { y[i], v[i] } });
    return studies;
}

const std::vector<Study> kHeterogeneous = generic({ 0.1, 0.5, -0.4, 0.9, 0.3 }, { 0.04, 0.05, 0.02, 0.03, 0.06 });
const std::vector<Study> kHomogeneous = generic({ 0.2, 0.22, 0.18, 0.21 }, { 0.04, 0.05, 0.03, 0.06 });

AnalysisOptions genericOptions(ModelChoice model)
{
    AnalysisOptions o;
    o.measure = EffectMeasure::GEN;
    o.method = PoolingMethod::InverseVariance;
    o.model = model;
    return o;
}

TEST(Analysis, AutoRuleKeepsFixedWhenHomogeneous)
{
    const AnalysisResult r = analyse(kHomogeneous, genericOptions(ModelChoice::Auto));
    ASSERT_TRUE(r.autoDecision);
    EXPECT_LT(r.autoDecision->I2, 50);
    EXPECT_GT(r.autoDecision->Qp, 0.10);
    EXPECT_FALSE(r.autoDecision->random);
    EXPECT_FALSE(r.fit.randomEffects);
    EXPECT_FALSE(r.tau2Ci);
    // For a fixed-effect fit the prediction interval is the confidence interval (metafor's predict()).
    EXPECT_EQ(r.prediction.lower, r.fit.ciLb);
    EXPECT_EQ(r.prediction.upper, r.fit.ciUb);
}

TEST(Analysis, AutoRuleSwitchesToRandomWhenHeterogeneous)
{
    const AnalysisResult r = analyse(kHeterogeneous, genericOptions(ModelChoice::Auto));
    ASSERT_TRUE(r.autoDecision);
    const AnalysisResult fixed = analyse(kHeterogeneous, genericOptions(ModelChoice::Fixed));
    EXPECT_EQ(r.autoDecision->I2, fixed.fit.I2);
    EXPECT_EQ(r.autoDecision->Qp, fixed.fit.Qp);
    EXPECT_TRUE(r.autoDecision->I2 >= 50 || r.autoDecision->Qp <= 0.10);
    EXPECT_TRUE(r.fit.randomEffects);
    EXPECT_TRUE(r.tau2Ci);
}

TEST(Analysis, WeightsArePercentages)
{
    const AnalysisResult r = analyse(kHeterogeneous, genericOptions(ModelChoice::Random));
    double sum = 0;
    for (const StudyResult &s : r.studies) {
        ASSERT_TRUE(s.weight);
        EXPECT_NEAR(
            *s.weight,
            100 / (s.effect.vi + r.fit.tau2) /
                [&] {
                    double w = 0;
                    for (const StudyResult &t : r.studies)
                        w += 1 / (t.effect.vi + r.fit.tau2);
                    return w;
                }(),
            1e-12);
        sum += *s.weight;
    }
    EXPECT_NEAR(sum, 100, 1e-12);
}

TEST(Analysis, MantelHaenszelRandomPoolsByInverseVariance)
{
    const std::vector<Study> studies { { "A", BinaryArms { 10, 40, 20, 42 } }, { "B", BinaryArms { 30, 60, 18, 58 } },
        { "C", BinaryArms { 0, 25, 0, 24 } }, { "D", BinaryArms { 2, 50, 15, 49 } } };
    AnalysisOptions o;
    o.method = PoolingMethod::MantelHaenszel;
    o.model = ModelChoice::Random;
    const AnalysisResult r = analyse(studies, o);
    EXPECT_EQ(r.fit.method, PoolingMethod::InverseVariance);
    EXPECT_TRUE(r.fit.randomEffects);
    // drop00 follows metafor's rma.mh default (TRUE): the double-zero study has no effect size.
    EXPECT_EQ(r.options.drop00, true);
    EXPECT_EQ(r.studies[2].effect.status, EffectStatus::DroppedDoubleZero);
    EXPECT_FALSE(r.studies[2].weight);
    EXPECT_EQ(r.fit.k, 3u);

    o.method = PoolingMethod::InverseVariance;
    const AnalysisResult iv = analyse(studies, o);
    EXPECT_EQ(iv.options.drop00, false);
    EXPECT_TRUE(iv.studies[2].effect.estimable());
    EXPECT_EQ(iv.fit.k, 4u);

    o.method = PoolingMethod::MantelHaenszel;
    o.model = ModelChoice::Fixed;
    const AnalysisResult mh = analyse(studies, o);
    EXPECT_EQ(mh.fit.method, PoolingMethod::MantelHaenszel);
    const std::vector<BinaryArms> arms { { 10, 40, 20, 42 }, { 30, 60, 18, 58 }, { 0, 25, 0, 24 }, { 2, 50, 15, 49 } };
    const std::vector<double> w = mantelHaenszelWeights(EffectMeasure::OR, arms);
    for (std::size_t i = 0; i < w.size(); ++i)
        EXPECT_NEAR(*mh.studies[i].weight, w[i], 1e-12);
}

TEST(Analysis, SubgroupsAndTheirDifferenceTest)
{
    AnalysisOptions o = genericOptions(ModelChoice::Random);
    o.tau2 = Tau2Estimator::DL;
    const Subgrouping groups { "arm", { "x", "y", "x", "", "y" } };
    const AnalysisResult r = analyse(kHeterogeneous, o, &groups);
    ASSERT_TRUE(r.subgroups);
    const SubgroupAnalysis &sg = *r.subgroups;
    ASSERT_EQ(sg.groups.size(), 2u);
    EXPECT_EQ(sg.groups[0].level, "x");
    EXPECT_EQ(sg.groups[0].fit.k, 2u);
    EXPECT_EQ(sg.excluded, 1u);
    // Each level alone, with its own tau².
    const std::vector<Study> x { kHeterogeneous[0], kHeterogeneous[2] };
    EXPECT_NEAR(sg.groups[0].fit.estimate, analyse(x, o).fit.estimate, 1e-15);
    // Cochran's Q of the subgroup estimates with fixed-effect weights 1/se².
    double sw = 0, swy = 0;
    for (const SubgroupResult &g : sg.groups) {
        sw += 1 / (g.fit.se * g.fit.se);
        swy += g.fit.estimate / (g.fit.se * g.fit.se);
    }
    double q = 0;
    for (const SubgroupResult &g : sg.groups)
        q += (g.fit.estimate - swy / sw) * (g.fit.estimate - swy / sw) / (g.fit.se * g.fit.se);
    EXPECT_NEAR(sg.qBetween, q, 1e-12);
    EXPECT_EQ(sg.qBetweenDf, 1);
    ASSERT_TRUE(sg.qBetweenP);
    EXPECT_NEAR(*sg.qBetweenP, std::erfc(std::sqrt(q / 2)), 1e-12); // chi-squared(1) upper tail

    const Subgrouping one { "arm", { "x", "x", "x", "x", "x" } };
    const AnalysisResult single = analyse(kHeterogeneous, o, &one);
    EXPECT_FALSE(single.subgroups->qBetweenP);
}

TEST(Analysis, LeaveOneOutAndBaujatIndexTheStudies)
{
    AnalysisOptions o = genericOptions(ModelChoice::Random);
    o.leaveOneOut = true;
    o.baujat = true;
    const AnalysisResult r = analyse(kHeterogeneous, o);
    ASSERT_EQ(r.leaveOneOut.size(), 5u);
    ASSERT_EQ(r.baujat.size(), 5u);
    EXPECT_EQ(r.leaveOneOut[3].study, 3u);
    EXPECT_EQ(r.baujat[4].study, 4u);
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

TEST(AnalysisErrors, OptionsAndInputAreChecked)
{
    AnalysisOptions o = genericOptions(ModelChoice::Random);
    EXPECT_EQ(messageOf([&] { analyse({}, o); }), "analyse: needs at least one study, got none");
    o.method = PoolingMethod::MantelHaenszel;
    EXPECT_EQ(messageOf([&] { analyse(kHeterogeneous, o); }),
        "analyse: Mantel-Haenszel pooling needs measure OR, RR or RD, got GEN");
    o.method = PoolingMethod::Peto;
    o.measure = EffectMeasure::RR;
    EXPECT_EQ(messageOf([&] { analyse(kHeterogeneous, o); }), "analyse: Peto pooling needs measure OR, got RR");

    AnalysisOptions g = genericOptions(ModelChoice::Random);
    const Subgrouping wrong { "arm", { "x" } };
    EXPECT_EQ(messageOf([&] { analyse(kHeterogeneous, g, &wrong); }),
        "analyse: subgroups.levels has 1 entries for 5 studies");
    g.leaveOneOut = true;
    const std::vector<Study> one { kHeterogeneous[0] };
    EXPECT_EQ(messageOf([&] { analyse(one, g); }),
        "analyse: leave-one-out and Baujat need at least 2 studies with an effect size, got k = 1");
    g.leaveOneOut = false;
    g.measure = EffectMeasure::OR;
    EXPECT_EQ(messageOf([&] { analyse(kHeterogeneous, g); }),
        "computeEffectSizes: studies[0] (S1) must hold events/N for measure OR");
}

TEST(AnalysisErrors, SingleStudyWorks)
{
    const std::vector<Study> one { kHeterogeneous[0] };
    const AnalysisResult r = analyse(one, genericOptions(ModelChoice::Auto));
    EXPECT_EQ(r.fit.k, 1u);
    EXPECT_EQ(r.fit.estimate, 0.1);
    EXPECT_EQ(r.fit.I2, 0);
}

} // namespace
} // namespace ee::stats
