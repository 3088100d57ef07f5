#include "ui/plots/ratioaxisticker.h"

#include "ui/plots/axisticks.h"

#include <algorithm>

namespace ee::ui {

void RatioAxisTicker::generate(const QCPRange &range, const QLocale &locale, QChar formatChar, int precision,
    QVector<double> &ticks, QVector<double> *subTicks, QVector<QString> *tickLabels)
{
    Q_UNUSED(locale)
    Q_UNUSED(formatChar)
    Q_UNUSED(precision)
    const int count = std::max(2, tickCount());
    const double gap = range.size() / (count + 0.5);
    const QVector<AxisTick> kept = axisticks::place(
        axisticks::candidates(range.lower, range.upper, true, m_nullValue, count), [](double v) { return v; },
        [](const QString &) { return 0.0; }, gap);
    ticks.clear();
    if (tickLabels)
        tickLabels->clear();
    for (const AxisTick &tick : kept) {
        ticks << tick.value;
        if (tickLabels)
            *tickLabels << tick.label;
    }
    if (subTicks)
        subTicks->clear();
}

} // namespace ee::ui
