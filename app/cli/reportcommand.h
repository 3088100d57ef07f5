#pragma once

// `evidence-cli report`: the analysis report (methods paragraph, results, the
// published estimate beside ours, forest/funnel/Baujat plots, the studies with
// their provenance) as HTML or PDF, rendered offscreen, from the same data
// options as `pool` (a CSV file, or --db with --outcome and --where).

#include "app/cli/command.h"
#include "app/cli/poolcommand.h"

#include <optional>
#include <string>
#include <vector>

namespace ee::cli {

/// The options of `evidence-cli report` as given on the command line.
struct ReportRequest {
    std::string out; ///< FILE.html or FILE.pdf
    std::string title; ///< --title; default "Meta-analysis: <data>"
    bool predictionInterval = true; ///< --no-prediction hides it on the forest plot
    PoolRequest pool;
};

/// Parses the arguments after `report`. On bad usage returns nullopt and sets `error` naming the option.
std::optional<ReportRequest> parseReportArguments(const std::vector<std::string> &args, std::string &error);

class ReportCommand : public Command
{
public:
    std::string name() const override;
    std::string summary() const override;
    std::string usage() const override;
    ExitCode run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err) override;
};

} // namespace ee::cli
