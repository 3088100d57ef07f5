#pragma once

// `evidence-cli plot forest|funnel|baujat`: the explorer's plots rendered
// offscreen to PNG, TIFF, SVG or PDF at an exact physical size, from the same
// data options as `pool` (a CSV file, or --db with --outcome and --where).

#include "app/cli/command.h"
#include "app/cli/poolcommand.h"
#include "ui/export/exportsettings.h"

#include <optional>
#include <string>
#include <vector>

namespace ee::cli {

/// Which plot `evidence-cli plot` draws.
enum class PlotKind : int { Forest = 0, Funnel = 1, Baujat = 2 };

/// The options of `evidence-cli plot` as given on the command line.
struct PlotRequest {
    PlotKind kind = PlotKind::Forest;
    std::string out; ///< output file; its suffix picks the format
    ui::ExportSettings settings; ///< size, dpi, font, format
    bool predictionInterval = true; ///< --no-prediction hides it on the forest plot
    PoolRequest pool; ///< the data and model options, exactly as `pool` takes them
};

/// Parses the arguments after `plot`. On bad usage returns nullopt and sets
/// `error` to one line naming the option.
std::optional<PlotRequest> parsePlotArguments(const std::vector<std::string> &args, std::string &error);

class PlotCommand : public Command
{
public:
    std::string name() const override;
    std::string summary() const override;
    std::string usage() const override;
    ExitCode run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err) override;
};

} // namespace ee::cli
