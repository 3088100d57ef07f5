#pragma once

#include "ui/plots/plotstudy.h"

#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace ee::ui {

/// Small-study overlays of a funnel plot (Egger's line, trim-and-fill's imputed
/// studies, the test results), filled by addSmallStudyOverlay().
struct FunnelOverlay {
    /// Egger's regression yi = intercept + slope * sei, drawn as x = intercept + slope * se.
    bool eggerLine = false;
    double eggerIntercept = 0.0;
    double eggerSlope = 0.0;
    /// Imputed studies (x = effect, analysis scale; y = standard error), drawn hollow.
    QVector<QPointF> imputed;
    /// Trim-and-fill's adjusted estimate (analysis scale), drawn as a dashed line when set.
    std::optional<double> adjustedEstimate;
    /// "Egger p = 0.03 · Begg p = 0.21 · Trim-and-fill: 2 studies imputed (left)"
    QString testText;
    /// "Fewer than 10 studies: interpret with caution", or empty.
    QString warning;
};

/// Everything a funnel plot draws: effect (x, analysis scale) against standard
/// error (y, inverted), with the pseudo-confidence funnel around `pooled`.
struct FunnelData {
    QString xLabel;               ///< "Log odds ratio"
    bool ratioScale = false;      ///< label ticks with exp(x)
    double pooled = 0.0;          ///< centre of the funnel, analysis scale
    double nullValue = 0.0;       ///< centre of the contour-enhanced regions
    bool contours = false;        ///< shade p < 0.10, 0.05, 0.01 regions around nullValue
    QVector<PlotStudy> studies;
    QStringList subgroupNames;    ///< legend entries, indexed by PlotStudy::subgroup
    QString emptyMessage;
    FunnelOverlay overlay;        ///< small-study tests; default: nothing drawn
};

} // namespace ee::ui
