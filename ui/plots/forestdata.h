#pragma once

#include "ui/plots/plotstudy.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace ee::ui {

/// A pooled estimate drawn as a diamond (overall or subtotal), analysis scale.
struct PooledRow {
    QString label;          ///< "Random-effects model (REML)" or "Subtotal"
    double estimate = 0.0;
    double ciLower = 0.0;
    double ciUpper = 0.0;
    std::optional<double> piLower; ///< prediction interval, when shown
    std::optional<double> piUpper;
    QString heterogeneity;  ///< "Heterogeneity: τ² = 0.31; Q = 20.1, df = 5 (p = 0.001); I² = 75%"
    QString overallTest;    ///< "Test for overall effect: z = 3.1 (p = 0.002)"
};

/// One subgroup section of a forest plot.
struct ForestSubgroup {
    QString title;          ///< "Cell type: BMMSC"
    QVector<int> studies;   ///< indexes into ForestData::studies, in display order
    std::optional<PooledRow> subtotal; ///< absent when the subgroup has fewer than 2 studies
};

/// Everything a forest plot draws. Values are on the analysis scale; when
/// `ratioScale` is true the axis shows exp(value) on a log axis.
struct ForestData {
    QString title;
    QString measureLabel;          ///< "Odds ratio (M-H, random, 95% CI)"
    bool ratioScale = false;       ///< OR/RR: log axis, null line at 1
    double nullValue = 0.0;        ///< analysis scale (0 for log ratios and differences)
    QString favoursLeft;           ///< label under the axis, left of the null line
    QString favoursRight;
    QStringList dataHeaders;       ///< "Cell therapy\nEvents/Total", "Control\nEvents/Total" ...
    QStringList moderatorHeaders;  ///< "Cell type", "Dose", "Route" ...
    QVector<PlotStudy> studies;
    QVector<ForestSubgroup> subgroups; ///< empty: one flat list of all studies in order
    std::optional<PooledRow> overall;
    QString subgroupTest;          ///< "Test for subgroup differences: Q = 3.2, df = 2 (p = 0.20)"
    QString emptyMessage;          ///< shown instead of the plot when there is nothing to pool
};

} // namespace ee::ui
