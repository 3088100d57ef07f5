// `evidence-cli pool --bias --metareg --influence --cumulative --gosh` driven
// in-process over the issue 6 metafor fixtures (tests/reference/diagnostics),
// plus bad input: every mistake exits 2, prints nothing and names the column.

#include "app/cli/cli.h"
#include "app/cli/command.h"
#include "clirun.h"
#include "core/stats/referencecases.h"

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace ee::cli {
namespace {

using test::Json;

using ee::clitest::CliRun;

CliRun pool(std::vector<std::string> args)
{
    return ee::clitest::runCommand("pool", std::move(args));
}

std::filesystem::path diagnosticsDir()
{
    return test::referenceDir().parent_path() / "diagnostics";
}

std::vector<std::string> cases()
{
    std::vector<std::string> names;
    if (!std::filesystem::exists(diagnosticsDir()))
        return names;
    for (const auto &entry : std::filesystem::directory_iterator(diagnosticsDir()))
        if (entry.is_directory())
            names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

class PoolDiagnosticsReference : public ::testing::TestWithParam<std::string>
{
};

TEST_P(PoolDiagnosticsReference, JsonAgreesWithMetafor)
{
    const auto dir = diagnosticsDir() / GetParam();
    const Json options = test::parseJson(test::readFile(dir / "options.json"));
    Json expected = test::parseJson(test::readFile(dir / "expected.json"));
    // Engine-only keys (see diagnostics_reference_test.cpp).
    std::erase_if(
        expected.object, [](const auto &kv) { return kv.first == "influence_metareg" || kv.first == "gosh_subsets"; });
    std::vector<std::string> args { (dir / "input.csv").string() };
    for (const Json &a : options.at("args").array)
        args.push_back(a.string);
    args.push_back("--json");
    const CliRun r = pool(args);
    ASSERT_EQ(r.code, 0) << r.err;
    const Json actual = test::parseJson(r.out);
    const std::string tau2 = options.at("tau2").string;
    const bool iterative =
        options.at("model").string == "random" && (tau2 == "REML" || tau2 == "ML" || tau2 == "EB" || tau2 == "PM");
    const double tol = iterative ? 1e-5 : 1e-8;
    std::vector<std::string> failures;
    test::Agreement agreement;
    test::compareJson(expected, actual, tol, test::absoluteFloor(tol), "", failures, agreement);
    for (const std::string &f : failures)
        ADD_FAILURE() << f;
}

INSTANTIATE_TEST_SUITE_P(Metafor, PoolDiagnosticsReference, ::testing::ValuesIn(cases()),
    [](const ::testing::TestParamInfo<std::string> &param) { return param.param; });

class TempCsv
{
public:
    explicit TempCsv(const std::string &content)
    {
        static std::atomic<int> counter { 0 };
        m_dir = std::filesystem::temp_directory_path()
            / ("ee_pooldiag_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
        std::filesystem::create_directories(m_dir);
        m_path = m_dir / "trials.csv";
        std::ofstream(m_path, std::ios::binary) << content;
    }
    ~TempCsv() { std::filesystem::remove_all(m_dir); }
    std::string path() const { return m_path.string(); }

private:
    std::filesystem::path m_dir, m_path;
};

const std::string kData = "study,yi,vi,year,region,dose\n"
                          "A,0.10,0.04,1990,EU,1\nB,0.30,0.02,1994,US,2\nC,-0.20,0.05,1999,EU,x\n"
                          "D,0.50,0.09,2003,Asia,4\nE,0.05,0.01,2008,US,5\n";

TEST(PoolDiagnostics, GoshSummaryAndReadableSections)
{
    const TempCsv csv(kData);
    CliRun r = pool({ csv.path(), "--model", "random", "--tau2", "DL", "--gosh", "--json" });
    ASSERT_EQ(r.code, 0) << r.err;
    const Json j = test::parseJson(r.out);
    EXPECT_EQ(j.at("gosh").at("subsets").number, 31.0);
    EXPECT_TRUE(j.at("gosh").at("exhaustive").boolean);
    EXPECT_EQ(j.at("gosh").find("estimate_values"), nullptr);
    r = pool({ csv.path(), "--model", "random", "--gosh-full", "--json" });
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(test::parseJson(r.out).at("gosh").at("estimate_values").array.size(), 31u);

    r = pool({ csv.path(), "--model", "random", "--bias", "--metareg", "year,region", "--influence", "--cumulative",
        "--order", "year", "--gosh" });
    ASSERT_EQ(r.code, 0) << r.err;
    for (const char *section : { "Tests for Funnel Plot Asymmetry", "warning: only 5 studies", "Meta-Regression",
             "regionEU", "Influence Diagnostics", "Cumulative Meta-Analysis", "GOSH: 31 subsets" })
        EXPECT_NE(r.out.find(section), std::string::npos) << section << "\n" << r.out;
}

TEST(PoolDiagnostics, PermutationTestIsSeeded)
{
    const TempCsv csv(kData);
    const CliRun a =
        pool({ csv.path(), "--model", "random", "--metareg", "year", "--permutations", "50", "--seed", "3", "--json" });
    const CliRun b =
        pool({ csv.path(), "--model", "random", "--metareg", "year", "--permutations", "50", "--seed", "3", "--json" });
    ASSERT_EQ(a.code, 0) << a.err;
    EXPECT_EQ(a.out, b.out);
    const Json p = test::parseJson(a.out).at("metareg").at("permutations");
    EXPECT_FALSE(p.at("exact").boolean); // 5! = 120 > 50
    EXPECT_EQ(p.at("count").number, 50.0);
}

struct Bad {
    const char *name;
    std::vector<std::string> options;
    std::vector<std::string> mentions;
};

void PrintTo(const Bad &b, std::ostream *os)
{
    *os << b.name;
}

class PoolDiagnosticsBadInput : public ::testing::TestWithParam<Bad>
{
};

TEST_P(PoolDiagnosticsBadInput, ExitsWithUsageAndNamesTheColumn)
{
    const TempCsv csv(kData);
    std::vector<std::string> args { csv.path(), "--model", "random" };
    args.insert(args.end(), GetParam().options.begin(), GetParam().options.end());
    args.push_back("--json");
    const CliRun r = pool(args);
    EXPECT_EQ(r.code, static_cast<int>(ExitCode::Usage)) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
    for (const std::string &m : GetParam().mentions)
        EXPECT_NE(r.err.find(m), std::string::npos) << "message lacks '" << m << "': " << r.err;
}

INSTANTIATE_TEST_SUITE_P(Cases, PoolDiagnosticsBadInput,
    ::testing::Values(Bad { "UnknownModerator", { "--metareg", "latitude" }, { "column latitude", "no such column" } },
        Bad { "UnknownOrder", { "--cumulative", "--order", "when" }, { "column when", "no such column" } },
        Bad { "NonNumericOrder", { "--cumulative", "--order", "dose" }, { "row 4, column dose", "'x'" } },
        Bad { "NonNumericModerator", { "--metareg", "dose" }, { "dose", "'x'" } },
        Bad { "TooFewStudiesForModerators", { "--metareg", "year,region,study" }, { "study" } },
        Bad { "PermutationsWithoutMetareg", { "--permutations", "100" }, { "--permutations needs --metareg" } },
        Bad { "BadPermutations", { "--metareg", "year", "--permutations", "0" }, { "--permutations" } },
        Bad { "EmptyMetaregColumn", { "--metareg", "year,,region" }, { "--metareg" } }),
    [](const ::testing::TestParamInfo<Bad> &param) { return std::string(param.param.name); });

} // namespace
} // namespace ee::cli
