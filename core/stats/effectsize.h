#pragma once

// Study-level effect sizes, as metafor's escalc() computes them with its
// defaults (vtype = "LS"). Ratio measures are on the log scale.

#include "core/stats/study.h"
#include "core/stats/types.h"

#include <span>
#include <vector>

namespace ee::stats {

/// Continuity correction for 2x2 tables, mirroring escalc()'s add / to / drop00.
struct ContinuityCorrection {
    double add = 0.5; ///< value added to each cell of a corrected table, >= 0
    CorrectionTarget to = CorrectionTarget::OnlyZero; ///< which tables are corrected
    bool drop00 = false; ///< drop tables with no events (or only events) in both arms
};

/// Why a study has, or has no, effect size.
enum class EffectStatus : int {
    Estimable = 0,
    DroppedDoubleZero = 1, ///< no events (or no non-events) in both arms and drop00 was asked for
    NotEstimable = 2, ///< the measure is infinite or undefined (e.g. a zero cell with to = "none")
};

/// One study's effect (yi) and sampling variance (vi). yi and vi are meaningful
/// only when status == Estimable.
struct EffectSize {
    double yi = 0;
    double vi = 0;
    EffectStatus status = EffectStatus::NotEstimable;
    /// True when the continuity correction was added to this study's table.
    bool corrected = false;

    bool estimable() const { return status == EffectStatus::Estimable; }
};

/// The 2x2 table a, b, c, d of metafor: a/b events/non-events in the treatment
/// arm, c/d in the control arm.
struct Table2x2 {
    double ai = 0, bi = 0, ci = 0, di = 0;
};

/// Converts arm-level counts to a 2x2 table (bi = nT - eventsT, di = nC - eventsC).
Table2x2 toTable(const BinaryArms &arms);

/// Exact small-sample bias correction of Hedges (1981):
/// J(m) = Gamma(m/2) / (sqrt(m/2) * Gamma((m-1)/2)), m = n1 + n2 - 2 > 1.
/// Throws std::invalid_argument when m <= 1.
double hedgesCorrection(double m);

/// Log odds ratios, log risk ratios or risk differences from events/N
/// (metafor's escalc(measure = "OR" | "RR" | "RD"), vtype "LS"), after the
/// continuity correction `cc`. Variances: Woolf (1955) for OR; Katz et al. (1978)
/// for RR; the large-sample binomial variance for RD.
/// Throws std::invalid_argument naming the argument and index when a count is
/// negative, not finite, exceeds its group size, or a group size is < 1.
std::vector<EffectSize> binaryEffectSizes(
    EffectMeasure measure, std::span<const BinaryArms> arms, const ContinuityCorrection &cc);

/// Peto's log odds ratio (O - E) / V and variance 1 / V per table
/// (Yusuf et al. 1985; escalc(measure = "PETO")), after the continuity correction.
std::vector<EffectSize> petoEffectSizes(std::span<const BinaryArms> arms, const ContinuityCorrection &cc);

/// Mean differences (vi = sd1²/n1 + sd2²/n2) or standardised mean differences
/// (Hedges' g with the exact correction of Hedges 1981, vi = 1/n1 + 1/n2 + g²/(2(n1+n2)),
/// metafor's vtype "LS"). Throws std::invalid_argument for sd <= 0, n < 1, or, for
/// SMD, n1 + n2 <= 3.
std::vector<EffectSize> continuousEffectSizes(EffectMeasure measure, std::span<const ContinuousArms> arms);

/// Checks generic effects (finite yi, finite vi > 0) and returns them as effect sizes.
std::vector<EffectSize> genericEffectSizes(std::span<const GenericEffect> effects);

/// Dispatches on the kind of data the studies hold (all must hold the same
/// alternative, matching the measure: events for OR/RR/RD, means for MD/SMD,
/// generic effects for GEN). The correction applies to binary data only.
std::vector<EffectSize> computeEffectSizes(
    EffectMeasure measure, std::span<const Study> studies, const ContinuityCorrection &cc);

} // namespace ee::stats
