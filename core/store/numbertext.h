#pragma once

#include <QString>

#include <optional>

namespace ee::store {

/// A number or a printed range of numbers ("26-50", "1 to 6"); both ends empty
/// when the text is not numeric.
struct NumberRange {
    std::optional<double> min;
    std::optional<double> max;
};

/// A finite number in C-locale notation ("12", "-0.5", "2.4e10"), or nothing.
std::optional<double> parseNumber(const QString &text);

/// A whole number ("12"), or nothing.
std::optional<int> parseInteger(const QString &text);

/// A single number (min == max) or a range "a-b", "a–b", "a to b" with a <= b.
NumberRange parseNumberRange(const QString &text);

/// The shortest text that reads back as exactly `value`.
QString formatNumber(double value);

} // namespace ee::store
