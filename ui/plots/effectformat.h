#pragma once

#include <QString>

namespace ee::ui::effectformat {

/// Text forms of numbers as the interface shows them. Inputs are on the
/// analysis scale; `ratio` means the display scale is exp(value) (odds and risk
/// ratios). Non-finite values print as an em dash: a user never sees "nan" or
/// "inf". Numbers follow the default QLocale (LanguageManager sets it from the
/// interface language), so Spanish shows 0,45 [0,21; 0,96]. Files meant for
/// other programs (CSV, JSON, R scripts) never use these functions.

/// `value` (already on the display scale) with `decimals` decimals and a true minus sign.
QString number(double value, int decimals = 2);
/// One effect on the display scale: 2 decimals; ratios below 0.01 keep 2 significant digits.
QString effect(double analysisValue, bool ratio);
/// "4.64 [3.11, 6.90]"
QString estimateWithInterval(double estimate, double lower, double upper, bool ratio);
/// "[3.11, 6.90]"; "[3,11; 6,90]" where the decimal separator is a comma.
QString interval(double lower, double upper, bool ratio);
/// What separates two numbers in a list or interval: ", ", or "; " where the
/// decimal separator is a comma (as RevMan writes in such locales).
QString listSeparator();
/// "12.3%"
QString percent(double value);
/// A count: whole numbers without decimals ("12"), others with one ("12.5").
QString count(double value);
/// `value` with up to `digits` significant digits ("1.234", "0.0567").
QString significant(double value, int digits = 4);
/// A whole number ("2026"), without thousands separators.
QString integer(qint64 value);
/// "p = 0.012", "p < 0.001".
QString pValue(double p);

} // namespace ee::ui::effectformat
