#include "ui/plots/effectformat.h"

#include <cmath>

namespace ee::ui::effectformat {

namespace {

const QChar minusSign(0x2212);
const QChar emDash(0x2014);

QString withMinusSign(QString text)
{
    if (text.startsWith(QLatin1Char('-')))
        text[0] = minusSign;
    return text;
}

} // namespace

QString number(double value, int decimals)
{
    if (!std::isfinite(value))
        return QString(emDash);
    // Avoid "-0.00": a value that rounds to zero prints without sign.
    const double scale = std::pow(10.0, decimals);
    if (std::round(std::abs(value) * scale) == 0.0)
        value = 0.0;
    return withMinusSign(QString::number(value, 'f', decimals));
}

QString effect(double analysisValue, bool ratio)
{
    if (!std::isfinite(analysisValue))
        return QString(emDash);
    if (!ratio)
        return number(analysisValue);
    const double shown = std::exp(analysisValue);
    if (!std::isfinite(shown))
        return QString(emDash);
    if (shown < 0.01)
        return QString::number(shown, 'g', 2);
    return number(shown);
}

QString estimateWithInterval(double estimate, double lower, double upper, bool ratio)
{
    return effect(estimate, ratio) + QLatin1Char(' ') + interval(lower, upper, ratio);
}

QString interval(double lower, double upper, bool ratio)
{
    return QLatin1Char('[') + effect(lower, ratio) + QStringLiteral(", ") + effect(upper, ratio) + QLatin1Char(']');
}

QString percent(double value)
{
    if (!std::isfinite(value))
        return QString(emDash);
    return QString::number(value, 'f', 1) + QLatin1Char('%');
}

} // namespace ee::ui::effectformat
