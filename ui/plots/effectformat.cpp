#include "ui/plots/effectformat.h"

#include <QLocale>

#include <cmath>

namespace ee::ui::effectformat {

namespace {

const QChar minusSign(0x2212);
const QChar emDash(0x2014);

/// The default locale without thousands separators: "1250 patients", never "1,250".
QLocale displayLocale()
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale;
}

QString withMinusSign(QString text, const QLocale &locale)
{
    const QString negative = locale.negativeSign();
    if (!negative.isEmpty() && text.startsWith(negative))
        text.replace(0, negative.size(), minusSign);
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
    const QLocale locale = displayLocale();
    return withMinusSign(locale.toString(value, 'f', decimals), locale);
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
        return displayLocale().toString(shown, 'g', 2);
    return number(shown);
}

QString estimateWithInterval(double estimate, double lower, double upper, bool ratio)
{
    return effect(estimate, ratio) + QLatin1Char(' ') + interval(lower, upper, ratio);
}

QString interval(double lower, double upper, bool ratio)
{
    return QLatin1Char('[') + effect(lower, ratio) + listSeparator() + effect(upper, ratio) + QLatin1Char(']');
}

QString listSeparator()
{
    return QLocale().decimalPoint() == QStringLiteral(",") ? QStringLiteral("; ") : QStringLiteral(", ");
}

QString percent(double value)
{
    if (!std::isfinite(value))
        return QString(emDash);
    return displayLocale().toString(value, 'f', 1) + QLatin1Char('%');
}

QString count(double value)
{
    if (!std::isfinite(value))
        return QString(emDash);
    if (std::abs(value - std::round(value)) < 1e-9)
        return integer(static_cast<qint64>(std::llround(value)));
    return displayLocale().toString(value, 'f', 1);
}

QString significant(double value, int digits)
{
    if (!std::isfinite(value))
        return QString(emDash);
    return displayLocale().toString(value, 'g', digits);
}

QString integer(qint64 value)
{
    return displayLocale().toString(value);
}

QString pValue(double p)
{
    if (!std::isfinite(p))
        return QString(emDash);
    if (p < 0.001)
        return QStringLiteral("p < ") + displayLocale().toString(0.001, 'f', 3);
    return QStringLiteral("p = ") + displayLocale().toString(p, 'f', 3);
}

} // namespace ee::ui::effectformat
