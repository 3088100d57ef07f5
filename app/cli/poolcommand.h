#pragma once

// `evidence-cli pool`: one meta-analysis from a study table, printed as a table
// like R's print.rma or as the JSON object of issue 3.
//
// The steps are separate so other sources can feed the same analysis (the
// study store will add --db/--outcome/--where): parse the options, obtain a
// StudyTable, resolve the options against it, run the engine, write the result.

#include "app/cli/command.h"
#include "core/io/studycsv.h"
#include "core/stats/analysis.h"
#include "core/stats/diagnostics.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ee::cli {

/// The options of `evidence-cli pool` as given on the command line; defaults
/// that depend on the data (measure, method) stay unset until resolvePoolOptions().
struct PoolRequest {
    std::string file; ///< input CSV (empty when the studies come from --db)
    std::string db;   ///< project file (.evidence) to read the studies from
    std::string outcome; ///< outcome code, with --db
    std::vector<std::string> where; ///< "facet=level,level" filters, with --db
    bool splitSharedControls = false; ///< divide shared control arms (Cochrane Handbook 23.3.4), with --db
    std::optional<stats::EffectMeasure> measure;
    std::optional<stats::PoolingMethod> method;
    stats::ModelChoice model = stats::ModelChoice::Auto;
    stats::Tau2Estimator tau2 = stats::Tau2Estimator::REML;
    bool hksj = false;
    double level = 95;
    std::optional<std::string> subgroup;
    bool leaveOneOut = false;
    bool baujat = false;
    bool json = false;
    // Heterogeneity and bias tools (issue 6)
    bool bias = false; ///< --bias: Egger, Begg, trim-and-fill
    std::vector<std::string> metareg; ///< --metareg COL[,COL...]
    std::size_t permutations = 0; ///< --permutations N (with --metareg)
    std::uint64_t seed = 1; ///< --seed S (permutations, GOSH sampling)
    bool influence = false; ///< --influence
    bool cumulative = false; ///< --cumulative
    std::optional<std::string> order; ///< --order COL (numeric, with --cumulative)
    bool gosh = false; ///< --gosh
    std::size_t goshSubsets = 1000000; ///< --subsets N
    bool goshFull = false; ///< --gosh-full: per-subset arrays in the JSON
    bool diagnostics() const { return bias || !metareg.empty() || influence || cumulative || gosh; }
    double add = 0.5;
    stats::CorrectionTarget to = stats::CorrectionTarget::OnlyZero;
    std::optional<bool> drop00;
};

/// Parses the arguments after `pool`. On bad usage returns nullopt and sets `error`
/// (one line naming the option).
std::optional<PoolRequest> parsePoolArguments(const std::vector<std::string> &args, std::string &error);

/// Fills the defaults that depend on the data (measure from the columns: OR, MD or
/// GEN; method MH for OR/RR/RD, else IV) and checks the combinations (MH needs
/// OR/RR/RD, Peto needs OR, --hksj needs a random or automatic model). Returns
/// nullopt and sets `error` when they do not fit.
std::optional<stats::AnalysisOptions> resolvePoolOptions(
    const PoolRequest &request, io::StudyDataKind kind, std::string &error);

/// Runs the analysis of `request` on `table` and writes the report (or JSON) to
/// `out` only when everything succeeded; messages go to `err`.
ExitCode runPoolAnalysis(const PoolRequest &request, const io::StudyTable &table, std::ostream &out, std::ostream &err);

/// The studies of `request.db` for `request.outcome` and `request.where`, as a study
/// table (facets and moderators become moderator columns). On failure writes the
/// message to `err`, after `prefix` ("evidence-cli plot: "), and returns nullopt.
std::optional<io::StudyTable> studyTableFromStore(const PoolRequest &request, std::ostream &err,
                                                  const std::string &prefix = "evidence-cli pool: ");

/// The readable report of a result, laid out like R's print.rma.
std::string formatPoolReport(const stats::AnalysisResult &result, const std::string &subgroupColumn = {});

/// The readable sections of the issue 6 tools (bias, meta-regression, influence,
/// cumulative, GOSH summary).
std::string formatDiagnosticsReport(const stats::AnalysisResult &result, const stats::DiagnosticsResult &diagnostics);

class PoolCommand : public Command
{
public:
    std::string name() const override;
    std::string summary() const override;
    std::string usage() const override;
    ExitCode run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err) override;
};

} // namespace ee::cli
