#pragma once

// Mantel-Haenszel and Peto fixed-effect pooling of 2x2 tables, as metafor's
// rma.mh() and rma.peto() with their defaults: the pooled estimate uses the raw
// counts (no continuity correction, tables without events kept), while the
// per-study effects behind Cochran's Q are escalc() values with the continuity
// correction and drop00 given by the caller (metafor's defaults: add 1/2 to
// tables with a zero cell, drop00 = TRUE).

#include "core/stats/effectsize.h"
#include "core/stats/poolfit.h"
#include "core/stats/study.h"
#include "core/stats/types.h"

#include <span>
#include <vector>

namespace ee::stats {

/// Mantel & Haenszel (1959) pooled log odds ratio, log risk ratio or risk difference
/// with the variance of Robins, Breslow & Greenland (1986) for OR, Greenland &
/// Robins (1985) for RR and Sato, Greenland & Robins (1989) for RD, as in rma.mh().
/// Cochran's Q = sum((yi - estimate)² / vi) over tables with an escalc() effect
/// (corrected by `cc`), df = that count - 1; I² and H² from Q (Higgins & Thompson 2002).
/// Throws std::invalid_argument for bad counts or level, std::domain_error when the
/// estimate is not estimable (e.g. OR with no events in one arm of every table).
PoolFit fitMantelHaenszel(EffectMeasure measure, std::span<const BinaryArms> arms,
    const ContinuityCorrection &cc = { 0.5, CorrectionTarget::OnlyZero, true }, double level = 95);

/// Mantel-Haenszel weights in percent per table, as metafor's weights.rma.mh():
/// OR b_i c_i / N_i, RR c_i n1_i / N_i, RD n1_i n2_i / N_i (raw counts).
std::vector<double> mantelHaenszelWeights(EffectMeasure measure, std::span<const BinaryArms> arms);

/// Peto's one-step pooled log odds ratio (Yusuf et al. 1985), sum(O - E) / sum(V),
/// se = 1/sqrt(sum V), and its heterogeneity statistic
/// Q = sum((O - E)² / V) - sum(O - E)² / sum(V) with df = tables with an effect - 1,
/// as metafor's rma.peto(). Throws std::domain_error when sum(V) = 0.
PoolFit fitPeto(std::span<const BinaryArms> arms,
    const ContinuityCorrection &cc = { 0.5, CorrectionTarget::OnlyZero, true }, double level = 95);

/// Peto weights in percent per table: V_i / sum(V), as metafor's weights.rma.peto().
std::vector<double> petoWeights(std::span<const BinaryArms> arms);

namespace detail {

/// Internal: MH fit over the raw tables and effect sizes with table `skip` left
/// out. Returns false (fit untouched) when the estimate is not estimable and
/// sets `reason`.
class CriticalValues;
bool fitMhTables(EffectMeasure measure, const Table2x2 *tables, const EffectSize *es, std::size_t n, std::size_t skip,
    CriticalValues &crit, PoolFit &fit, const char *&reason);

/// Internal: Peto fit, same conventions.
bool fitPetoTables(const Table2x2 *tables, const EffectSize *es, std::size_t n, std::size_t skip, CriticalValues &crit,
    PoolFit &fit, const char *&reason);

} // namespace detail

} // namespace ee::stats
