// `evidence-cli pool` driven in-process: every metafor reference case through the
// real CSV reader and JSON writer, and every kind of bad input (exit code 2,
// nothing on standard output, a message naming file, row and column).

#include "app/cli/cli.h"
#include "app/cli/command.h"
#include "clirun.h"
#include "core/stats/referencecases.h"

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace ee::cli {
namespace {

using test::Json;

using ee::clitest::CliRun;

CliRun pool(std::vector<std::string> args)
{
    return ee::clitest::runCommand("pool", std::move(args));
}

// A CSV file in a fresh temporary folder, removed with the test.
class TempCsv
{
public:
    explicit TempCsv(const std::string &content, const std::string &name = "trials.csv")
    {
        static std::atomic<int> counter { 0 };
        m_dir = std::filesystem::temp_directory_path()
            / ("ee_pool_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
        std::filesystem::create_directories(m_dir);
        m_path = m_dir / name;
        std::ofstream(m_path, std::ios::binary) << content;
    }
    ~TempCsv() { std::filesystem::remove_all(m_dir); }
    std::string path() const { return m_path.string(); }

private:
    std::filesystem::path m_dir;
    std::filesystem::path m_path;
};

std::vector<std::string> argumentsFor(const test::ReferenceCase &c)
{
    const Json &o = c.options;
    std::vector<std::string> args { c.csvPath.string(), "--measure", o.at("measure").string, "--method",
        o.at("method").string, "--model", o.at("model").string, "--tau2", o.at("tau2").string, "--level",
        std::to_string(o.at("level").number), "--add", std::to_string(o.at("add").number), "--to", o.at("to").string,
        "--json" };
    if (o.at("hksj").boolean)
        args.push_back("--hksj");
    if (!o.at("subgroup").isNull()) {
        args.push_back("--subgroup");
        args.push_back(o.at("subgroup").string);
    }
    if (!o.at("drop00").isNull()) {
        args.push_back("--drop00");
        args.push_back(o.at("drop00").boolean ? "yes" : "no");
    }
    if (o.at("leave_one_out").boolean)
        args.push_back("--leave-one-out");
    if (o.at("baujat").boolean)
        args.push_back("--baujat");
    return args;
}

class PoolCommandReference : public ::testing::TestWithParam<std::string>
{
};

TEST_P(PoolCommandReference, JsonAgreesWithMetafor)
{
    const test::ReferenceCase c = test::loadReferenceCase(GetParam());
    const CliRun r = pool(argumentsFor(c));
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(r.err.empty()) << r.err;
    const Json actual = test::parseJson(r.out);
    const double tol = c.options.at("tolerance").number;
    std::vector<std::string> failures;
    test::Agreement agreement;
    test::compareJson(c.expected, actual, tol, test::absoluteFloor(tol), "", failures, agreement);
    for (const std::string &f : failures)
        ADD_FAILURE() << c.name << f;
}

INSTANTIATE_TEST_SUITE_P(Cases, PoolCommandReference, ::testing::ValuesIn(test::referenceCaseNames()),
    [](const ::testing::TestParamInfo<std::string> &param) { return param.param; });

const char *kBinary = "study,events_t,n_t,events_c,n_c,dose\n"
                      "A,10,40,20,42,low\n"
                      "B,30,60,18,58,high\n"
                      "C,12,50,15,49,low\n";

// ------------------------------------------------------------------ values

TEST(PoolCommand, PrintsAReadableTable)
{
    const TempCsv csv(kBinary);
    const CliRun r = pool({ csv.path(), "--measure", "OR", "--method", "IV", "--model", "random", "--tau2", "DL" });
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("Random-Effects Model (k = 3; tau^2 estimator: DL)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Test for Heterogeneity:"), std::string::npos);
    EXPECT_NE(r.out.find("Model Results (OR scale):"), std::string::npos);
    EXPECT_TRUE(r.err.empty());
}

TEST(PoolCommand, DefaultsFollowTheReview)
{
    // Events/N without options: OR, Mantel-Haenszel, automatic model, REML.
    const TempCsv csv(kBinary);
    const CliRun r = pool({ csv.path(), "--json" });
    ASSERT_EQ(r.code, 0) << r.err;
    const Json j = test::parseJson(r.out);
    EXPECT_EQ(j.at("measure").string, "OR");
    EXPECT_EQ(j.at("method_requested").string, "MH");
    EXPECT_EQ(j.at("model_requested").string, "auto");
    ASSERT_NE(j.find("auto"), nullptr);
    // The rule: fixed exactly when I² < 50% and P(Q) > 0.10 of the fixed-effect fit.
    const bool random = !(j.at("auto").at("I2").number < 50 && j.at("auto").at("Q_pval").number > 0.10);
    EXPECT_EQ(j.at("model").string, random ? "random" : "fixed");
    EXPECT_EQ(j.at("auto").at("random").boolean, random);
}

TEST(PoolCommand, ReadsQuotedFieldsBomAndCrlf)
{
    const std::string text = "\xEF\xBB\xBFstudy,events_t,n_t,events_c,n_c\r\n"
                             "\"Smith, J \"\"the elder\"\"\",10,40,20,42\r\n"
                             "\"Two\r\nlines\",30,60,18,58\r\n"
                             "C,12,50,15,49\r\n";
    const TempCsv csv(text);
    const CliRun r = pool({ csv.path(), "--json", "--model", "fixed" });
    ASSERT_EQ(r.code, 0) << r.err;
    const Json j = test::parseJson(r.out);
    ASSERT_EQ(j.at("studies").array.size(), 3u);
    EXPECT_EQ(j.at("studies").array[0].at("study").string, "Smith, J \"the elder\"");
    EXPECT_EQ(j.at("studies").array[1].at("study").string, "Two\r\nlines");
}

TEST(PoolCommand, HelpListsTheOptions)
{
    const CliRun r = pool({ "--help" });
    EXPECT_EQ(r.code, 0);
    for (const char *option : { "--measure", "--method", "--model", "--tau2", "--hksj", "--level", "--subgroup",
             "--leave-one-out", "--baujat", "--json" })
        EXPECT_NE(r.out.find(option), std::string::npos) << option;
}

TEST(PoolCommand, NotEstimableIsAFailureNotUsage)
{
    // No events in any treatment arm: the Mantel-Haenszel odds ratio is 0/x, not estimable.
    const TempCsv csv("study,events_t,n_t,events_c,n_c\nA,0,40,5,42\nB,0,60,8,58\n");
    const CliRun r = pool({ csv.path(), "--method", "MH", "--model", "fixed", "--json" });
    EXPECT_EQ(r.code, static_cast<int>(ExitCode::Failure));
    EXPECT_TRUE(r.out.empty());
    EXPECT_NE(r.err.find("not estimable"), std::string::npos) << r.err;
}

// ------------------------------------------------------------------ errors

struct BadInput {
    const char *name;
    std::string csv;
    std::vector<std::string> options;
    std::vector<std::string> mentions; // the message names these (file name is always checked)
};

// Shown by GoogleTest and ctest instead of the struct's bytes.
void PrintTo(const BadInput &bad, std::ostream *os)
{
    *os << bad.name;
}

class PoolCommandBadInput : public ::testing::TestWithParam<BadInput>
{
};

TEST_P(PoolCommandBadInput, ExitsWithUsageAndPrintsNothing)
{
    const BadInput &bad = GetParam();
    const TempCsv csv(bad.csv);
    std::vector<std::string> args { csv.path() };
    args.insert(args.end(), bad.options.begin(), bad.options.end());
    args.push_back("--json");
    const CliRun r = pool(args);
    EXPECT_EQ(r.code, static_cast<int>(ExitCode::Usage)) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
    for (const std::string &m : bad.mentions)
        EXPECT_NE(r.err.find(m), std::string::npos) << "message lacks '" << m << "': " << r.err;
}

const std::string kHeader = "study,events_t,n_t,events_c,n_c\n";

INSTANTIATE_TEST_SUITE_P(Cases, PoolCommandBadInput,
    ::testing::Values(BadInput { "EventsExceedN", kHeader + "A,10,40,20,42\nB,12,10,3,30\n", {},
                          { "trials.csv: row 3, column n_t: events_t (12) exceeds n_t (10)" } },
        BadInput { "ControlEventsExceedN", kHeader + "A,10,40,20,42\nB,2,10,31,30\n", {},
            { "row 3, column n_c: events_c (31) exceeds n_c (30)" } },
        BadInput { "NBelowOne", kHeader + "A,0,0,20,42\n", {}, { "row 2, column n_t", "at least 1" } },
        BadInput { "NegativeEvents", kHeader + "A,-1,10,20,42\n", {}, { "row 2, column events_t", "negative" } },
        BadInput {
            "NonNumericCell", kHeader + "A,10,forty,20,42\n", {}, { "row 2, column n_t", "'forty' is not a number" } },
        BadInput { "EmptyCell", kHeader + "A,10,40,,42\n", {}, { "row 2, column events_c", "empty cell" } },
        BadInput { "MissingColumn", "study,events_t,n_t,events_c\nA,1,2,3\n", { "--measure", "OR" },
            { "row 1, column n_c", "missing column" } },
        BadInput { "MissingStudyColumn", "trial,yi,vi\nA,0.1,0.2\n", {}, { "row 1, column study" } },
        BadInput { "SdNotPositive", "study,mean_t,sd_t,n_t,mean_c,sd_c,n_c\nA,1,1,10,2,1,10\nB,1,0,10,2,1,10\n", {},
            { "row 3, column sd_t", "must be positive, got 0" } },
        BadInput { "VarianceNotPositive", "study,yi,vi\nA,0.1,0.2\nB,0.3,-0.2\n", {},
            { "row 3, column vi", "must be positive, got -0.2" } },
        BadInput { "SmdTooSmall", "study,mean_t,sd_t,n_t,mean_c,sd_c,n_c\nA,1,1,2,2,1,1\n", { "--measure", "SMD" },
            { "row 2, column n_c", "n_t + n_c > 3" } },
        BadInput { "NoStudies", kHeader, {}, { "no studies" } }, BadInput { "EmptyFile", "", {}, { "empty" } },
        BadInput { "WrongFieldCount", kHeader + "A,10,40,20\n", {}, { "row 2", "4 fields, the header has 5" } },
        BadInput { "UnterminatedQuote", kHeader + "\"A,10,40,20,42\n", {}, { "row 2", "not closed" } },
        BadInput { "NoUsableStudy", kHeader + "A,0,10,0,12\n", { "--method", "IV", "--drop00", "yes" },
            { "no study has an estimable effect size" } },
        BadInput { "UnknownSubgroupColumn", kHeader + "A,10,40,20,42\nB,12,40,3,30\n", { "--subgroup", "dose" },
            { "row 1, column dose", "no such column" } },
        BadInput {
            "LeaveOneOutNeedsTwo", kHeader + "A,10,40,20,42\n", { "--leave-one-out" }, { "at least 2 studies" } },
        BadInput { "UnknownOption", kHeader + "A,10,40,20,42\n", { "--bogus" }, { "unknown option '--bogus'" } },
        BadInput { "BadMeasure", kHeader + "A,10,40,20,42\n", { "--measure", "HR" }, { "unknown --measure 'HR'" } },
        BadInput { "BadEstimator", kHeader + "A,10,40,20,42\n", { "--tau2", "XY" }, { "unknown --tau2 'XY'" } },
        BadInput { "BadLevel", kHeader + "A,10,40,20,42\n", { "--level", "120" }, { "--level" } },
        BadInput { "MissingValue", kHeader + "A,10,40,20,42\n", { "--measure" }, { "--measure needs a value" } },
        BadInput { "MantelHaenszelWithMeans", "study,mean_t,sd_t,n_t,mean_c,sd_c,n_c\nA,1,1,10,2,1,10\n",
            { "--method", "MH" }, { "--method MH needs --measure OR, RR or RD" } },
        BadInput { "PetoWithRiskRatio", kHeader + "A,10,40,20,42\n", { "--measure", "RR", "--method", "PETO" },
            { "--method PETO needs --measure OR" } },
        BadInput { "HksjWithFixed", kHeader + "A,10,40,20,42\n", { "--model", "fixed", "--hksj" }, { "--hksj" } }),
    [](const ::testing::TestParamInfo<BadInput> &param) { return std::string(param.param.name); });

TEST(PoolCommand, MissingFileIsUsageError)
{
    const CliRun r = pool({ "/nonexistent/folder/trials.csv", "--json" });
    EXPECT_EQ(r.code, static_cast<int>(ExitCode::Usage));
    EXPECT_TRUE(r.out.empty());
    EXPECT_NE(r.err.find("/nonexistent/folder/trials.csv: cannot open"), std::string::npos) << r.err;
}

TEST(PoolCommand, NoFileIsUsageError)
{
    const CliRun r = pool({ "--json" });
    EXPECT_EQ(r.code, static_cast<int>(ExitCode::Usage));
    EXPECT_TRUE(r.out.empty());
    EXPECT_NE(r.err.find("no input file"), std::string::npos) << r.err;
}

TEST(PoolCommand, ErrorMessagesNameTheFile)
{
    const TempCsv csv(kHeader + "A,10,40,20,42\nB,12,10,3,30\n");
    const CliRun r = pool({ csv.path() });
    EXPECT_NE(r.err.find(csv.path() + ": row 3, column n_t"), std::string::npos) << r.err;
}

} // namespace
} // namespace ee::cli
