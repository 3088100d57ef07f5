#include "ui/forms/numberparser.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <limits>

namespace ee::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ee::ui::NumberParser", text);
}

/// The interface locale without group separators: "0.45" typed in Spanish
/// must not read as 45 (a '.' groups thousands there), and "1,5" must not
/// read as 15 in English.
QLocale strictLocale()
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
    return locale;
}

std::optional<double> toDouble(const QString &text)
{
    bool ok = false;
    double value = strictLocale().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

NumberParser::Integer NumberParser::integer(const QString &text, const QString &field)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    bool ok = false;
    const int value = QLocale::c().toInt(trimmed, &ok);
    if (ok)
        return { value, {} };
    const int localized = strictLocale().toInt(trimmed, &ok);
    if (ok)
        return { localized, {} };
    if (const std::optional<double> number = toDouble(trimmed)) {
        if (std::abs(*number) > std::numeric_limits<int>::max())
            return { std::nullopt, tr("%1 is too large: %2").arg(field, trimmed) };
        return { std::nullopt, tr("%1 must be a whole number, got %2").arg(field, trimmed) };
    }
    return { std::nullopt, tr("%1 must be a number, got \"%2\"").arg(field, trimmed) };
}

NumberParser::Real NumberParser::real(const QString &text, const QString &field)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (const std::optional<double> number = toDouble(trimmed))
        return { number, {} };
    return { std::nullopt, tr("%1 must be a number, got \"%2\"").arg(field, trimmed) };
}

QString NumberParser::display(double value)
{
    // The shortest text that reads back as the same double; 'g' switches to
    // an exponent for cell counts (9.3e+08).
    return strictLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

QString NumberParser::display(int value)
{
    return QString::number(value);
}

} // namespace ee::ui
