#pragma once

#include "core/stats/analysis.h"
#include "core/store/storeenums.h"
#include "ui/plots/baujatdata.h"
#include "ui/plots/forestdata.h"
#include "ui/plots/funneldata.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace ee::ui {

/// Texts the explorer and the CLI write into plots, from an engine result.
/// Translation context "ResultBuilder", shared with resultbuilder.cpp.
namespace plotdata {
QString pText(double p); ///< "p = 0.012", "p < 0.001", "—"
QString measureName(stats::EffectMeasure measure); ///< "Odds ratio"
QString poolingName(stats::PoolingMethod method); ///< "M-H", "Peto", "IV"
QString estimatorName(stats::Tau2Estimator estimator); ///< "REML"
QString modelLabel(const stats::PoolFit &fit); ///< "Random-effects model (REML, HKSJ)"
QString heterogeneityText(const stats::PoolFit &fit);
QString overallTestText(const stats::PoolFit &fit);
/// How sure the extractor is of a value, as the study table and tooltips show
/// it ("exact", "approximate"); empty when not stated.
QString confidenceName(store::Confidence confidence);
/// "Odds ratio (M-H, random, 95% CI)": the forest plot's effect-axis title.
QString measureWithModel(stats::EffectMeasure measure, const stats::PoolFit &fit, double level);
PooledRow pooledRow(const QString &label, const stats::PoolFit &fit, const std::optional<stats::Interval> &prediction);
} // namespace plotdata

/// A study table (every study pooled, in input order) with its analysis, as the
/// forest, funnel and Baujat plots take it. Used where there is no store index
/// (`evidence-cli plot` on a CSV file or a --db selection).
struct PlotDataInput {
    QString title; ///< forest plot title (e.g. the file name or outcome)
    QStringList labels; ///< per study, in the order of analysis.studies
    QVector<QStringList> dataColumns; ///< per study: "12/50", "20/48" ... (may be empty)
    QStringList dataHeaders; ///< forest headers of the data columns
    QStringList subgroupLevels; ///< per study, when the analysis has subgroups
    QString subgroupTitle; ///< "Cell type"
    bool predictionInterval = true; ///< draw the prediction interval under the overall diamond
};

struct PlotDataSet {
    ForestData forest;
    FunnelData funnel;
    BaujatData baujat;
};

/// Formats `analysis` (run on the studies of `input`, all pooled) for the three plots.
PlotDataSet buildPlotData(const stats::AnalysisResult &analysis, const PlotDataInput &input);

/// "12/50" for binary arms, "1.2 (0.4) 30" for continuous arms, nothing for generic effects.
QStringList studyDataColumns(const stats::Study &study);
/// Headers matching studyDataColumns() for the kind of `study`.
QStringList studyDataHeaders(const stats::Study &study);

} // namespace ee::ui
