#pragma once

// The heterogeneity and bias tools of issue 6 run on a finished analysis: what
// `evidence-cli pool --bias --metareg ... --influence --cumulative --gosh` and the
// explorer's panels compute. Every tool uses the analysis' pooled studies and its
// model (fixed effect -> metafor's "FE", random effects -> the same tau² estimator
// and test; MH/Peto fixed-effect fits use inverse variance on their escalc effects).

#include "core/stats/analysis.h"
#include "core/stats/cumulative.h"
#include "core/stats/gosh.h"
#include "core/stats/influencediagnostics.h"
#include "core/stats/metaregression.h"
#include "core/stats/smallstudy.h"

#include <optional>
#include <string>
#include <vector>

namespace ee::stats {

struct DiagnosticsRequest {
    bool bias = false; ///< Egger, Begg, trim-and-fill
    std::vector<ModeratorColumn> moderators; ///< meta-regression when not empty; values per input study
    std::size_t permutations = 0; ///< permutation test of the meta-regression when > 0
    std::uint64_t seed = 1;
    bool influence = false; ///< influence() of the model without moderators
    bool cumulative = false;
    std::vector<double> orderKey; ///< per input study; empty: input order
    bool gosh = false;
    std::size_t goshSubsets = 1000000;
    unsigned threads = 2;
};

struct DiagnosticsResult {
    std::vector<std::size_t> studies; ///< the pooled studies: indices into AnalysisResult::studies
    std::optional<EggerTest> egger;
    std::optional<BeggTest> begg;
    std::optional<TrimAndFill> trimFill;
    std::optional<MetaRegressionFit> metaRegression;
    std::vector<std::string> moderatorNames;
    std::optional<PermutationTest> permutation;
    std::vector<StudyInfluence> influence; ///< StudyInfluence::study indexes `studies`
    std::vector<CumulativeStep> cumulative; ///< CumulativeStep::added indexes `studies`
    std::optional<GoshResult> gosh; ///< study j of a subset is studies[j]
};

/// The model of `result` as inverse-variance options (see the header comment).
InverseVarianceOptions diagnosticsModel(const AnalysisResult &result);

/// Runs the requested tools. Throws std::invalid_argument (naming the moderator column) for
/// bad moderators or too few studies, ConvergenceError when a fit fails.
DiagnosticsResult runDiagnostics(const AnalysisResult &result, const DiagnosticsRequest &request);

} // namespace ee::stats
