// The JSON form of an analysis: the keys of the CLI contract, numbers that read
// back to the same double, nulls for quantities that do not exist.

#include "core/io/resultjson.h"
#include "core/stats/analysis.h"
#include "core/stats/referencecases.h"

#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <limits>

namespace ee::io {
namespace {

using test::Json;

double parsed(const std::string &text)
{
    double x = 0;
    std::from_chars(text.data(), text.data() + text.size(), x);
    return x;
}

TEST(ResultJson, NumbersRoundTrip)
{
    for (double x : { 0.1, 1.0 / 3.0, -2.5e-300, 1e300, 123456789.0, -0.7451777718370632,
             std::numeric_limits<double>::min(), std::numeric_limits<double>::denorm_min() }) {
        const std::string text = jsonNumber(x);
        EXPECT_EQ(parsed(text), x) << text;
    }
    EXPECT_EQ(jsonNumber(0.1), "0.1");
    EXPECT_EQ(jsonNumber(-0.0), "0");
    EXPECT_EQ(jsonNumber(std::nan("")), "null");
    EXPECT_EQ(jsonNumber(HUGE_VAL), "null");
}

TEST(ResultJson, StringsAreEscaped)
{
    EXPECT_EQ(jsonString("Smith \"A\", 2001"), "\"Smith \\\"A\\\", 2001\"");
    EXPECT_EQ(jsonString("a\\b\nc\td"), "\"a\\\\b\\nc\\td\"");
    EXPECT_EQ(jsonString(std::string("x\x01y")), "\"x\\u0001y\"");
    EXPECT_EQ(jsonString("Dubsk\xC3\xBD"), "\"Dubsk\xC3\xBD\""); // UTF-8 passes through
}

std::vector<stats::Study> threeStudies()
{
    return { { "A \"quoted\"", stats::BinaryArms { 10, 40, 20, 42 } }, { "B", stats::BinaryArms { 30, 60, 18, 58 } },
        { "C", stats::BinaryArms { 12, 50, 15, 49 } } };
}

TEST(ResultJson, HasTheKeysOfTheCliContract)
{
    stats::AnalysisOptions options;
    options.measure = stats::EffectMeasure::OR;
    options.method = stats::PoolingMethod::InverseVariance;
    options.model = stats::ModelChoice::Random;
    options.tau2 = stats::Tau2Estimator::REML;
    options.leaveOneOut = true;
    options.baujat = true;
    const auto studies = threeStudies();
    const stats::Subgrouping groups { "dose", { "low", "high", "low" } };
    const stats::AnalysisResult r = stats::analyse(studies, options, &groups);
    const Json j = test::parseJson(analysisJson(r));

    for (const char *key : { "k", "measure", "model", "method", "tau2_method", "estimate", "se", "ci_lb", "ci_ub",
             "pval", "Q", "Q_df", "Q_pval", "I2", "H2", "tau2", "tau2_ci_lb", "tau2_ci_ub", "pi_lb", "pi_ub", "studies",
             "subgroups", "leave_one_out", "baujat" })
        EXPECT_NE(j.find(key), nullptr) << key;
    EXPECT_EQ(j.at("model").string, "random");
    EXPECT_EQ(j.at("tau2_method").string, "REML");
    // Full precision: the text reads back to the engine's double exactly.
    EXPECT_EQ(j.at("estimate").number, r.fit.estimate);
    EXPECT_EQ(j.at("tau2").number, r.fit.tau2);
    EXPECT_EQ(j.at("studies").array[0].at("study").string, "A \"quoted\"");
    for (const char *key : { "study", "yi", "vi", "weight" })
        EXPECT_NE(j.at("studies").array[0].find(key), nullptr) << key;
    const Json &sg = j.at("subgroups");
    for (const char *key : { "column", "groups", "Q_between", "Q_between_df", "Q_between_pval" })
        EXPECT_NE(sg.find(key), nullptr) << key;
    for (const char *key : { "level", "k", "estimate", "se", "ci_lb", "ci_ub", "pval", "tau2", "I2", "Q" })
        EXPECT_NE(sg.at("groups").array[0].find(key), nullptr) << key;
    for (const char *key : { "omitted", "estimate", "se", "ci_lb", "ci_ub", "tau2", "I2", "Q" })
        EXPECT_NE(j.at("leave_one_out").array[0].find(key), nullptr) << key;
    for (const char *key : { "study", "x", "y" })
        EXPECT_NE(j.at("baujat").array[0].find(key), nullptr) << key;
}

TEST(ResultJson, MissingQuantitiesAreNull)
{
    stats::AnalysisOptions options;
    options.method = stats::PoolingMethod::MantelHaenszel;
    options.model = stats::ModelChoice::Fixed;
    const auto studies = threeStudies();
    const Json j = test::parseJson(analysisJson(stats::analyse(studies, options)));
    EXPECT_EQ(j.at("model").string, "fixed");
    EXPECT_EQ(j.at("method").string, "MH");
    EXPECT_TRUE(j.at("tau2_method").isNull());
    EXPECT_TRUE(j.at("tau2_ci_lb").isNull());
    EXPECT_TRUE(j.at("tau2_ci_ub").isNull());
    EXPECT_EQ(j.find("subgroups"), nullptr);
    EXPECT_EQ(j.find("leave_one_out"), nullptr);
}

TEST(ResultJson, CompactStyleIsOneLine)
{
    stats::AnalysisOptions options;
    options.model = stats::ModelChoice::Fixed;
    const auto studies = threeStudies();
    const std::string text = analysisJson(stats::analyse(studies, options), JsonStyle { false });
    EXPECT_EQ(text.find('\n'), text.size() - 1);
    EXPECT_NO_THROW(test::parseJson(text));
}

} // namespace
} // namespace ee::io
