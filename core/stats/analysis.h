#pragma once

// One complete meta-analysis of a set of studies, as the explorer and the CLI
// run it: effect sizes, the pooled model (fixed, random or the review's
// automatic rule), heterogeneity, prediction interval, Q-profile interval for
// tau², subgroups, leave-one-out and Baujat coordinates.

#include "core/stats/effectsize.h"
#include "core/stats/influence.h"
#include "core/stats/inversevariance.h"
#include "core/stats/poolfit.h"
#include "core/stats/study.h"
#include "core/stats/types.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace ee::stats {

struct AnalysisOptions {
    EffectMeasure measure = EffectMeasure::OR;
    /// Pooling of the fixed-effect model. Random-effects models always pool by
    /// inverse variance (with the effect sizes of the chosen method: for Peto its
    /// own log odds ratios), as R's meta package does for MH and Peto.
    PoolingMethod method = PoolingMethod::InverseVariance;
    ModelChoice model = ModelChoice::Random;
    Tau2Estimator tau2 = Tau2Estimator::REML;
    /// Knapp-Hartung-Sidik-Jonkman test and interval (metafor's test = "knha") for
    /// random-effects fits; fixed-effect fits always use z.
    bool hksj = false;
    double level = 95; ///< percent

    /// Continuity correction of escalc(): value, target and drop00. When drop00
    /// is not set it follows metafor: false for inverse variance, true for MH and Peto.
    double add = 0.5;
    CorrectionTarget to = CorrectionTarget::OnlyZero;
    std::optional<bool> drop00;

    bool leaveOneOut = false;
    bool baujat = false;
    FisherScoringControl control;
};

/// Assignment of the studies to the levels of a moderator; `levels[i]` belongs
/// to studies[i]. An empty level leaves the study out of the subgroup analysis.
struct Subgrouping {
    std::string column;
    std::vector<std::string> levels;
};

/// One input study as analysed.
struct StudyResult {
    std::string label;
    EffectSize effect; ///< yi, vi (log scale for OR/RR) and whether it was estimable
    std::optional<double> weight; ///< percent of the total weight in the pooled model; none if not pooled
};

struct SubgroupResult {
    std::string level;
    PoolFit fit; ///< the chosen model fitted to this level's studies alone (own tau²)
};

struct SubgroupAnalysis {
    std::string column;
    std::vector<SubgroupResult> groups; ///< in order of first appearance
    /// Test for subgroup differences: Cochran's Q of the subgroup estimates with their
    /// standard errors under a fixed-effect model, df = groups - 1.
    double qBetween = 0;
    double qBetweenDf = 0;
    std::optional<double> qBetweenP; ///< none with fewer than two groups
    std::size_t excluded = 0; ///< studies without a level (left out of the subgroups)
};

struct LeaveOneOutResult {
    std::size_t study = 0; ///< index into AnalysisResult::studies
    LeaveOneOut refit;
};

struct BaujatResult {
    std::size_t study = 0; ///< index into AnalysisResult::studies
    double x = 0;
    double y = 0;
};

/// What the automatic model rule saw (set when the model was ModelChoice::Auto).
struct AutoDecision {
    double I2 = 0; ///< of the fixed-effect fit with the chosen pooling method
    double Qp = 1; ///< p-value of its Q
    bool random = false; ///< true when I² >= 50% or P(Q) <= 0.10
};

struct AnalysisResult {
    AnalysisOptions options; ///< as requested (drop00 resolved)
    PoolFit fit; ///< the model used; fit.method and fit.randomEffects say which
    std::optional<AutoDecision> autoDecision;
    Interval prediction; ///< predict(): equals the confidence interval for fixed-effect fits
    /// Q-profile confidence interval for tau² (random-effects fits with k >= 2 only).
    std::optional<Interval> tau2Ci;
    std::vector<StudyResult> studies; ///< every input study, in input order
    std::optional<SubgroupAnalysis> subgroups;
    std::vector<LeaveOneOutResult> leaveOneOut; ///< per pooled study (per table for MH/Peto)
    std::vector<BaujatResult> baujat;
};

/// Runs the analysis described by `options` on `studies` (metafor's escalc() then
/// rma.uni(), rma.mh() or rma.peto(), predict(), confint(), leave1out(), baujat()).
/// The automatic model applies the rule of the reviewed meta-analysis: the
/// fixed-effect fit of the chosen method is kept when its I² < 50% and P(Q) > 0.10,
/// otherwise the random-effects model is fitted. Subgroups, leave-one-out and
/// Baujat use the model so chosen. Leave-one-out and Baujat need k >= 2.
/// Throws std::invalid_argument for bad input or options (naming the study),
/// std::domain_error when the estimate is not estimable, ConvergenceError when an
/// iterative estimator fails.
AnalysisResult analyse(
    std::span<const Study> studies, const AnalysisOptions &options, const Subgrouping *subgroups = nullptr);

} // namespace ee::stats
