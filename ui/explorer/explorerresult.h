#pragma once

#include "core/stats/analysis.h"
#include "core/store/evidencequery.h"
#include "core/store/publishedresult.h"
#include "ui/plots/baujatdata.h"
#include "ui/plots/forestdata.h"
#include "ui/plots/funneldata.h"

#include <QString>
#include <QVector>

#include <optional>

namespace ee::ui {

/// One line of the summary strip, already formatted for display.
struct SummaryData {
    QString estimate;     ///< "OR 4.64 [3.11, 6.90]"
    QString pValue;       ///< "p < 0.001"
    QString heterogeneity; ///< "I² = 53%, τ² = 0.12"
    QString counts;       ///< "6 studies, 412 patients"
    QString model;        ///< "Random effects (REML), Mantel-Haenszel fixed part"
    QString published;    ///< "Published: OR 4.64 [3.11, 6.90], random, 1,624 patients" or empty
    QString warning;      ///< shared controls, convergence, sparse data ...
};

/// Everything the explorer shows for one state: the store's answer, the
/// engine's analysis, and the data for every view. Built in one pass by
/// buildExplorerResult(); views only draw it.
struct ExplorerResult {
    store::QueryResult query;
    std::optional<stats::AnalysisResult> analysis;
    /// Why there is no analysis (no study, engine error); empty when there is one.
    QString message;
    /// One entry per query row, in query order; excluded rows included.
    QVector<PlotStudy> studies;
    /// Per query row: index into analysis->studies, or -1 when not pooled.
    QVector<int> analysisIndex;
    /// Per query row: total patients (treatment + control N) for the counts.
    ForestData forest;
    FunnelData funnel;
    BaujatData baujat;
    SummaryData summary;
    std::optional<store::PublishedResult> published;
};

} // namespace ee::ui
