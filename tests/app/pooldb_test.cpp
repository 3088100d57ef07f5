// `evidence-cli pool --db`: the same analysis as the engine on the store's rows.
#include "app/cli/cli.h"
#include "clirun.h"
#include "core/stats/analysis.h"
#include "core/store/bundledbases.h"
#include "core/store/poolinput.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <sstream>

namespace {

using ee::clitest::runTool;
using ToolRun = ee::clitest::CliRun;

std::string basePath()
{
    return ee::store::BundledBases::defaultBasePath().toStdString();
}

TEST(PoolDb, FilteredPoolEqualsTheEngineOnTheStoreRows)
{
    const std::vector<std::string> where { "route=SC,topical" };
    const ToolRun r = runTool({ "pool", "--db", basePath(), "--outcome", "healing", "--where", where.front(),
        "--method", "IV", "--model", "random", "--tau2", "DL", "--json" });
    ASSERT_EQ(r.code, 0) << r.err;
    const QJsonObject json = QJsonDocument::fromJson(QByteArray::fromStdString(r.out)).object();

    const auto input = ee::store::poolInputFromFile(QString::fromStdString(basePath()), "healing", where);
    ASSERT_TRUE(input.ok());
    std::vector<ee::stats::Study> studies;
    for (const auto &row : input.value().rows)
        studies.push_back(row.study);
    ASSERT_GE(studies.size(), 2u);
    ee::stats::AnalysisOptions options;
    options.measure = ee::stats::EffectMeasure::OR;
    options.method = ee::stats::PoolingMethod::InverseVariance;
    options.model = ee::stats::ModelChoice::Random;
    options.tau2 = ee::stats::Tau2Estimator::DL;
    const ee::stats::AnalysisResult expected = ee::stats::analyse(studies, options);

    EXPECT_EQ(json.value(QStringLiteral("k")).toInt(), static_cast<int>(expected.fit.k));
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("estimate")).toDouble(), expected.fit.estimate);
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("tau2")).toDouble(), expected.fit.tau2);
}

TEST(PoolDb, SubgroupByAFacet)
{
    const ToolRun r =
        runTool({ "pool", "--db", basePath(), "--outcome", "healing", "--subgroup", "cell_type", "--json" });
    ASSERT_EQ(r.code, 0) << r.err;
    const QJsonObject json = QJsonDocument::fromJson(QByteArray::fromStdString(r.out)).object();
    EXPECT_EQ(json.value(QStringLiteral("subgroups")).toObject().value(QStringLiteral("column")).toString(),
        QStringLiteral("cell_type"));
}

TEST(PoolDb, UnknownLevelNamesTheFacetAndExits2)
{
    const ToolRun r = runTool({ "pool", "--db", basePath(), "--outcome", "healing", "--where", "cell_type=XYZ" });
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.out.empty());
    EXPECT_NE(r.err.find("cell_type"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("XYZ"), std::string::npos) << r.err;
}

TEST(PoolDb, UnknownOutcomeIsAUsageError)
{
    const ToolRun r = runTool({ "pool", "--db", basePath(), "--outcome", "no_such_outcome" });
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("no_such_outcome"), std::string::npos) << r.err;
}

TEST(PoolDb, DbNeedsAnOutcome)
{
    const ToolRun r = runTool({ "pool", "--db", basePath() });
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("--outcome"), std::string::npos) << r.err;
}

TEST(PoolDb, AMissingProjectFileIsNamed)
{
    const ToolRun r = runTool({ "pool", "--db", "/nonexistent/project.evidence", "--outcome", "healing" });
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("/nonexistent/project.evidence"), std::string::npos) << r.err;
}

TEST(PoolDb, FiltersWithNoDataSayNotExtracted)
{
    const ToolRun r = runTool({ "pool", "--db", basePath(), "--outcome", "healing", "--where", "cell_type=BMMSC" });
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.out.empty());
    EXPECT_NE(r.err.find("no study has data"), std::string::npos) << r.err;
}

} // namespace
