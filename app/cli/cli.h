#pragma once

#include "app/cli/command.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace ee::cli {

/// Runs evidence-cli with `args` (without the program name): dispatches to a
/// registered command, or handles --help and --version. Returns the exit code.
int runCli(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

/// The text of `evidence-cli --help`.
std::string mainUsage();

} // namespace ee::cli
