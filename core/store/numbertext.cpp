#include "core/store/numbertext.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace ee::store {

std::optional<double> parseNumber(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<int> parseInteger(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int value = QLocale::c().toInt(trimmed, &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

NumberRange parseNumberRange(const QString &text)
{
    if (const auto single = parseNumber(text))
        return { single, single };
    static const QRegularExpression range(QStringLiteral(
        R"(^\s*([-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*(?:-|–|to)\s*([-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*$)"));
    const QRegularExpressionMatch match = range.match(text);
    if (!match.hasMatch())
        return {};
    const auto low = parseNumber(match.captured(1));
    const auto high = parseNumber(match.captured(2));
    if (!low || !high || *high < *low)
        return {};
    return { low, high };
}

QString formatNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace ee::store
