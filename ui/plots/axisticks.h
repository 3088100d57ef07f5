#pragma once

#include <QString>
#include <QVector>

#include <functional>
#include <limits>
#include <optional>
#include <utility>

namespace ee::ui {

/// A tick of an effect axis: its position on the analysis scale and its label
/// on the display scale (exp(value) for ratio measures).
struct AxisTick {
    double value = 0.0;
    QString label;
};

/// Axis ranges and ticks for effect axes, shared by the forest and funnel plots.
/// Ratio axes are linear in log(ratio) and carry ticks at 1-2-5 ratios
/// (0.01 0.1 0.2 0.5 1 2 5 10 100 …); other axes use 1-2-5 steps.
namespace axisticks {

/// [lo, hi] (analysis scale) widened outward to nice values: for ratios to the
/// nearest 1-2-5 ratios, otherwise to multiples of a 1-2-5 step giving about
/// `targetTicks` ticks. With `symmetric`, ratio ranges become symmetric around
/// `nullValue` when the data are not too lopsided (RevMan's convention).
std::pair<double, double> niceRange(
    double lo, double hi, bool ratio, double nullValue, int targetTicks, bool symmetric = false);

/// Candidate ticks inside [lo, hi], most important first: the range ends, the
/// null value, then (ratios) decades and 2/5 multiples nearest to 1, or
/// (differences) every multiple of the nice step.
QVector<AxisTick> candidates(double lo, double hi, bool ratio, double nullValue, int targetTicks);

/// Keeps, in order of importance and at most `maxCount`, each candidate whose
/// label extent [x - width/2, x + width/2] stays `gap` away from the labels
/// already kept. With `mirrorAround`, a tick and its mirror image (0.2 and 5
/// around a null of 1) are kept together or not at all, so a symmetric axis
/// stays symmetric. Returns the kept ticks sorted by value.
QVector<AxisTick> place(const QVector<AxisTick> &candidates, const std::function<double(double)> &toPosition,
    const std::function<double(const QString &)> &labelWidth, double gap,
    int maxCount = std::numeric_limits<int>::max(), std::optional<double> mirrorAround = std::nullopt);

/// A 1-2-5 multiple of a power of ten close to `rough` (> 0).
double niceStep(double rough);

} // namespace axisticks
} // namespace ee::ui
