#pragma once

#include <QColor>
#include <QtGlobal>

namespace ee::ui::plotpalette {

/// Colours shared by the forest, funnel and Baujat plots. Subgroup colours
/// follow Okabe & Ito (2008), a palette that stays distinguishable under the
/// common colour-vision deficiencies; plots pair them with marker shapes so
/// that greyscale prints still separate subgroups.

/// Colour of subgroup `index` (>= 0); -1 (not split) gives the default marker colour.
QColor subgroupColor(int index);
/// Number of distinct subgroup colours before the palette repeats.
int subgroupColorCount();

QColor ink(); ///< text, axes, whiskers, diamonds
QColor mutedInk(); ///< notes, heterogeneity lines, secondary text
QColor excluded(); ///< excluded studies: text, hollow markers
QColor marker(); ///< study squares and points when there are no subgroups
QColor gridLine(); ///< light grid and header rules
QColor selectionBand(); ///< background band of selected rows
QColor selectionRing(); ///< ring around selected points
QColor hoverBand(); ///< background band of the row under the mouse
QColor paper(); ///< plot background (plots are drawn as on paper, whatever the widget style)

/// Greys for contour-enhanced funnel regions, lightest (0.05 < p < 0.10) to darkest (p < 0.01).
QColor contourShade(int level);

} // namespace ee::ui::plotpalette
