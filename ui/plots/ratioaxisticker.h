#pragma once

#include "ui/plots/qcustomplotinclude.h"

namespace ee::ui {

/// QCustomPlot ticker for an axis in log(ratio) units labelled with ratios:
/// ticks at 1-2-5 ratios (0.1 0.2 0.5 1 2 5 10 …), thinned to about tickCount()
/// labels, keeping the null (1) and decades first. No sub-ticks.
class RatioAxisTicker : public QCPAxisTicker
{
public:
    RatioAxisTicker() = default;

    /// Null value on the analysis scale (0 for log ratios); its tick is labelled "1".
    void setNullValue(double nullValue) { m_nullValue = nullValue; }

    void generate(const QCPRange &range, const QLocale &locale, QChar formatChar, int precision, QVector<double> &ticks,
        QVector<double> *subTicks, QVector<QString> *tickLabels) override;

private:
    double m_nullValue = 0.0;
};

} // namespace ee::ui
