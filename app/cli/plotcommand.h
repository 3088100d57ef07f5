#pragma once

// `evidence-cli plot forest|funnel|baujat|leave1out|cumulative|bubble|gosh`: the
// explorer's plots rendered offscreen to PNG, TIFF, SVG or PDF at an exact
// physical size, from the same data options as `pool` (a CSV file, or --db with
// --outcome and --where). Several plots at once ("forest,funnel") go to a folder
// with --out-dir, --format and --stem.

#include "app/cli/command.h"
#include "app/cli/poolcommand.h"
#include "ui/explorer/explorerresult.h"
#include "ui/explorer/explorerstate.h"
#include "ui/export/exportsettings.h"

#include <QString>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace ee::cli {

/// Which plot `evidence-cli plot` draws.
enum class PlotKind : int {
    Forest = 0,
    Funnel = 1,
    Baujat = 2,
    LeaveOneOut = 3, ///< "leave1out": the leave-one-out forest
    Cumulative = 4, ///< cumulative forest by year
    Bubble = 5, ///< meta-regression bubble plot (needs --moderator)
    Gosh = 6, ///< GOSH plot (every subset up to 20 studies, else a million sampled, seed 1)
};

/// "forest", "funnel", "baujat", "leave1out", "cumulative", "bubble", "gosh".
std::string plotKindCode(PlotKind kind);
std::optional<PlotKind> plotKindFromCode(const std::string &code);

/// The options of `evidence-cli plot` as given on the command line.
struct PlotRequest {
    PlotKind kind = PlotKind::Forest; ///< the first (or only) plot
    std::vector<PlotKind> kinds; ///< every plot asked for, in order ("forest,funnel" gives two)
    std::string out; ///< output file (one plot); its suffix picks the format
    std::string outDir; ///< output folder (several plots, or one with --format)
    std::vector<ui::ExportFormat> formats; ///< --format png,pdf (with --out-dir)
    std::string stem; ///< --stem NAME: files are NAME-PLOT.SUFFIX (default: the data's name)
    bool overwrite = false; ///< --overwrite: replace existing files in --out-dir
    bool uniqueNames = false; ///< --unique-names: write NAME-PLOT-2.SUFFIX instead of replacing
    std::string moderator; ///< --moderator COL for the bubble plot
    ui::ExportSettings settings; ///< size, dpi, font, format
    bool predictionInterval = true; ///< --no-prediction hides it on the forest plot
    PoolRequest pool; ///< the data and model options, exactly as `pool` takes them
};

/// Parses the arguments after `plot`. On bad usage returns nullopt and sets
/// `error` to one line naming the option.
std::optional<PlotRequest> parsePlotArguments(const std::vector<std::string> &args, std::string &error);

/// The data of a `pool` request as the explorer holds it: the analysis (run with
/// exactly the pool options), the plot data, the query rows (with provenance, year
/// and moderators from --db; year and moderator columns of a CSV) and the published
/// estimate where the store has one for the outcome (no filter: the overall one; a
/// single facet level: that level's).
struct CliExplorerData {
    ui::ExplorerResult result;
    ui::ExplorerState state;
    QString title; ///< the CSV's base name or the outcome's label
};

/// Reads the data and runs the analysis of `request`. On failure writes the message
/// (prefixed with `prefix`) to `err`, sets `code` and returns nullopt.
std::optional<CliExplorerData> cliExplorerData(
    const PoolRequest &request, bool predictionInterval, const std::string &prefix, std::ostream &err, ExitCode &code);

class PlotCommand : public Command
{
public:
    std::string name() const override;
    std::string summary() const override;
    std::string usage() const override;
    ExitCode run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err) override;
};

} // namespace ee::cli
