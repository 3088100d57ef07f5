#pragma once

#include "ui/plots/plotstudy.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace ee::ui {

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
};

} // namespace ee::ui
