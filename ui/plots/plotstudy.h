#pragma once

#include <QString>
#include <QStringList>

namespace ee::ui {

/// One study as every plot sees it: its effect on the analysis scale, where it
/// sits in the analysis, and how to label and colour it. Built by the explorer
/// from the engine's results; plots never compute statistics.
struct PlotStudy {
    QString key;          ///< stable identity across views (store id or label), used for linked selection
    QString label;        ///< "Huang 2005"
    double yi = 0.0;      ///< effect on the analysis scale (log scale for OR/RR)
    double vi = 0.0;      ///< sampling variance of yi
    double ciLower = 0.0; ///< lower CI bound, analysis scale
    double ciUpper = 0.0; ///< upper CI bound, analysis scale
    double weightPercent = 0.0; ///< weight in the model shown, percent of the total
    int subgroup = -1;    ///< index into the subgroup list, -1 when not split
    bool excluded = false; ///< excluded by the user: drawn hollow/grey, not pooled
    bool selected = false; ///< part of the linked selection
    QStringList dataColumns;      ///< "14/18", "7/18" or "12.1 (3.2) 20", ...
    QStringList moderatorColumns; ///< cell type, dose tier, route ... as chosen by the user
    QString tooltip;      ///< rich text: data, facets, provenance quote
};

} // namespace ee::ui
