#pragma once

// Runs evidence-cli in-process, as the tests of every command do.

#include "app/cli/cli.h"

#include <sstream>
#include <string>
#include <vector>

namespace ee::clitest {

/// What one run of evidence-cli returned and printed.
struct CliRun {
    int code = -1;
    std::string out;
    std::string err;
};

/// Runs `evidence-cli ARGS...` (without the program name).
inline CliRun runTool(const std::vector<std::string> &args)
{
    std::ostringstream out;
    std::ostringstream err;
    CliRun run;
    run.code = ee::cli::runCli(args, out, err);
    run.out = out.str();
    run.err = err.str();
    return run;
}

/// Runs `evidence-cli COMMAND ARGS...`.
inline CliRun runCommand(const std::string &command, std::vector<std::string> args)
{
    args.insert(args.begin(), command);
    return runTool(args);
}

} // namespace ee::clitest
