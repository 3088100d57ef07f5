// The methods paragraph of a report states the settings the analysis used.

#include "core/io/studycsv.h"
#include "core/stats/analysis.h"
#include "ui/export/methodstext.h"

#include <gtest/gtest.h>

#include <string>

namespace ee::ui {
namespace {

stats::AnalysisResult run(const char *name, stats::EffectMeasure measure, const stats::AnalysisOptions &options,
    const char *subgroup = nullptr)
{
    const io::StudyCsvResult read =
        io::readStudyCsv(std::string(EE_REFERENCE_DIR) + "/" + name + "/input.csv", measure);
    EXPECT_TRUE(read.ok());
    std::optional<stats::Subgrouping> groups;
    if (subgroup)
        groups = stats::Subgrouping { subgroup, *read.table->moderator(subgroup) };
    return stats::analyse(read.table->studies, options, groups ? &*groups : nullptr);
}

TEST(MethodsText, RandomEffectsWithHksjAndSubgroups)
{
    stats::AnalysisOptions o;
    o.measure = stats::EffectMeasure::RR;
    o.model = stats::ModelChoice::Random;
    o.tau2 = stats::Tau2Estimator::PM;
    o.hksj = true;
    const QString text = MethodsText::paragraph(run("bcg_RR_iv_PM_sub_alloc", o.measure, o, "alloc"));
    EXPECT_TRUE(text.contains(QStringLiteral("risk ratios"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Paule & Mandel 1982")));
    EXPECT_TRUE(text.contains(QStringLiteral("Hartung-Knapp")));
    EXPECT_TRUE(text.contains(QStringLiteral("prediction interval")));
    EXPECT_TRUE(text.contains(QStringLiteral("alloc")));
    EXPECT_TRUE(text.contains(QStringLiteral("continuity correction of 0.5")));
    EXPECT_TRUE(text.contains(QStringLiteral(EE_VERSION)));
}

TEST(MethodsText, FixedMantelHaenszelChosenByTheRule)
{
    stats::AnalysisOptions o;
    o.measure = stats::EffectMeasure::OR;
    o.method = stats::PoolingMethod::MantelHaenszel;
    o.model = stats::ModelChoice::Auto;
    const stats::AnalysisResult result = run("li2007_OR_mh_auto", o.measure, o);
    const QString text = MethodsText::paragraph(result);
    EXPECT_TRUE(text.contains(QStringLiteral("pre-specified rule"))) << text.toStdString();
    if (!result.fit.randomEffects) {
        EXPECT_TRUE(text.contains(QStringLiteral("Mantel-Haenszel")));
        EXPECT_FALSE(text.contains(QStringLiteral("prediction interval")));
    }
    EXPECT_TRUE(text.contains(QStringLiteral("without events in either arm were excluded")));
}

} // namespace
} // namespace ee::ui
