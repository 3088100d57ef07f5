#pragma once

#include "core/stats/analysis.h"

#include <QString>

namespace ee::ui {

/// Writes an R script that reproduces an analysis with metafor from the study
/// table CSV (the format `evidence-cli pool` reads: study, events_t, n_t,
/// events_c, n_c | mean_t, sd_t, n_t, mean_c, sd_c, n_c | yi, vi or sei), so an
/// editor can check our numbers. The model actually fitted is written (for the
/// automatic rule: the one it chose), with escalc()'s continuity correction,
/// rma(), rma.mh() or rma.peto(), the prediction interval and, with a subgroup
/// column, one fit per level.
class RScriptWriter
{
public:
    /// Which data columns the CSV has.
    enum class DataKind : int { Binary = 0, Continuous = 1, GenericVariance = 2, GenericStandardError = 3 };

    /// The script for `analysis` read from `csvPath` (written into the script as
    /// given). `subgroupColumn` empty for none. The script ends by printing one
    /// line "EE estimate ci.lb ci.ub tau2" (analysis scale) for automated checks.
    static QString script(const stats::AnalysisResult &analysis, DataKind kind, const QString &csvPath,
        const QString &subgroupColumn = QString());
};

} // namespace ee::ui
