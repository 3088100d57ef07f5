#include "app/cli/cli.h"
#include "clirun.h"

#include <gtest/gtest.h>

namespace {

using ee::clitest::CliRun;
using ee::clitest::runTool;

TEST(Cli, HelpPrintsUsageAndTheCommandList)
{
    const CliRun r = runTool({ "--help" });
    EXPECT_EQ(r.code, 0);
    EXPECT_NE(r.out.find("Usage: evidence-cli COMMAND"), std::string::npos);
    for (const ee::cli::Command *command : ee::cli::registeredCommands())
        EXPECT_NE(r.out.find(command->name()), std::string::npos) << command->name();
    EXPECT_TRUE(r.err.empty());
}

TEST(Cli, VersionPrintsTheProjectVersion)
{
    const CliRun r = runTool({ "--version" });
    EXPECT_EQ(r.code, 0);
    EXPECT_EQ(r.out, std::string("evidence-cli ") + EE_VERSION + "\n");
}

TEST(Cli, UnknownOptionIsAUsageErrorNamingTheOption)
{
    const CliRun r = runTool({ "--frobnicate" });
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.out.empty());
    EXPECT_NE(r.err.find("unknown option '--frobnicate'"), std::string::npos) << r.err;
}

TEST(Cli, UnknownCommandIsAUsageErrorNamingTheCommand)
{
    const CliRun r = runTool({ "frobnicate" });
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("unknown command 'frobnicate'"), std::string::npos) << r.err;
}

TEST(Cli, NoArgumentsPrintsUsageToStderrWithCode2)
{
    const CliRun r = runTool({});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.out.empty());
    EXPECT_NE(r.err.find("Usage:"), std::string::npos);
}

} // namespace
