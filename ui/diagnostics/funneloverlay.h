#pragma once

#include "core/stats/analysis.h"
#include "ui/plots/funneldata.h"

namespace ee::ui {

/// Runs Egger's regression test, Begg's rank correlation test and trim-and-fill
/// (core/stats/smallstudy.h, the analysis' model) on the pooled studies of
/// `analysis` and fills `funnel.overlay`: Egger's line in the funnel's
/// coordinates, the imputed studies, the adjusted estimate and the test text,
/// with a warning below 10 studies. With fewer than 3 pooled studies, or when a
/// test fails, the overlay says why in its text instead. Never throws.
void addSmallStudyOverlay(FunnelData &funnel, const stats::AnalysisResult &analysis);

} // namespace ee::ui
