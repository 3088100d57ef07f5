#pragma once

#include <QString>

namespace ee::ui::effectformat {

/// Text forms of effects as the plots print them. Inputs are on the analysis
/// scale; `ratio` means the display scale is exp(value) (odds and risk ratios).
/// Non-finite values print as an em dash: a user never sees "nan" or "inf".

/// `value` (already on the display scale) with `decimals` decimals and a true minus sign.
QString number(double value, int decimals = 2);
/// One effect on the display scale: 2 decimals; ratios below 0.01 keep 2 significant digits.
QString effect(double analysisValue, bool ratio);
/// "4.64 [3.11, 6.90]"
QString estimateWithInterval(double estimate, double lower, double upper, bool ratio);
/// "[3.11, 6.90]"
QString interval(double lower, double upper, bool ratio);
/// "12.3%"
QString percent(double value);

} // namespace ee::ui::effectformat
