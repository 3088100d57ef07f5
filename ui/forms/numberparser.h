#pragma once

#include <QString>

#include <optional>

namespace ee::ui {

/// Reads the numbers users type into the forms: in the interface language's
/// locale ("0,45" in Spanish) or in the C form ("0.45"), with exponents for
/// cell counts ("9.3e8"). Empty text is "no value", not zero. Anything else
/// is a problem named after the field, never a silently changed value.
class NumberParser
{
public:
    struct Integer {
        std::optional<int> value;
        QString problem; ///< empty when the text is a whole number or empty
    };
    struct Real {
        std::optional<double> value;
        QString problem;
    };

    /// A whole number: "12" but not "12.5", "1e3" or "twelve".
    static Integer integer(const QString &text, const QString &field);
    /// A finite real number.
    static Real real(const QString &text, const QString &field);

    /// How the forms show a stored number (locale decimal separator, no
    /// trailing zeros, exponent for large cell counts).
    static QString display(double value);
    static QString display(int value);
};

} // namespace ee::ui
