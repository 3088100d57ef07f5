#include "ui/forms/numberparser.h"

#include <QLocale>

#include <gtest/gtest.h>

using ee::ui::NumberParser;

namespace {

struct LocaleGuard {
    explicit LocaleGuard(const QLocale &locale) { QLocale::setDefault(locale); }
    ~LocaleGuard() { QLocale::setDefault(QLocale::c()); }
};

} // namespace

TEST(NumberParser, ReadsWholeNumbersAndNamesTheFieldOtherwise)
{
    EXPECT_EQ(NumberParser::integer(QStringLiteral(" 12 "), QStringLiteral("Events")).value, 12);
    EXPECT_FALSE(NumberParser::integer(QString(), QStringLiteral("Events")).value.has_value());
    EXPECT_TRUE(NumberParser::integer(QString(), QStringLiteral("Events")).problem.isEmpty());
    const auto fractional = NumberParser::integer(QStringLiteral("12.5"), QStringLiteral("Events"));
    EXPECT_FALSE(fractional.value.has_value());
    EXPECT_EQ(fractional.problem, QStringLiteral("Events must be a whole number, got 12.5"));
    const auto word = NumberParser::integer(QStringLiteral("twelve"), QStringLiteral("Events"));
    EXPECT_EQ(word.problem, QStringLiteral("Events must be a number, got \"twelve\""));
}

TEST(NumberParser, ReadsRealsInTheInterfaceLocaleOrTheCForm)
{
    LocaleGuard spanish { QLocale(QLocale::Spanish, QLocale::Spain) };
    EXPECT_DOUBLE_EQ(*NumberParser::real(QStringLiteral("0,45"), QStringLiteral("SD")).value, 0.45);
    // '.' groups thousands in Spanish, but a typed "0.45" is 0.45, never 45.
    EXPECT_DOUBLE_EQ(*NumberParser::real(QStringLiteral("0.45"), QStringLiteral("SD")).value, 0.45);
    EXPECT_DOUBLE_EQ(*NumberParser::real(QStringLiteral("9.3e8"), QStringLiteral("Cells")).value, 9.3e8);
    EXPECT_EQ(NumberParser::display(0.45), QStringLiteral("0,45"));
}

TEST(NumberParser, RejectsGroupedAndNonFiniteNumbers)
{
    LocaleGuard english { QLocale(QLocale::English, QLocale::UnitedStates) };
    // "1,5" is not 15 in English: it is refused with its field named.
    EXPECT_FALSE(NumberParser::real(QStringLiteral("1,5"), QStringLiteral("Mean")).value.has_value());
    EXPECT_FALSE(NumberParser::real(QStringLiteral("1,5"), QStringLiteral("Mean")).problem.isEmpty());
    EXPECT_FALSE(NumberParser::real(QStringLiteral("inf"), QStringLiteral("Mean")).value.has_value());
    EXPECT_FALSE(NumberParser::real(QStringLiteral("nan"), QStringLiteral("Mean")).value.has_value());
    // Cell counts are shown with an exponent and read back exactly.
    const QString shown = NumberParser::display(930000000.0);
    EXPECT_TRUE(shown.startsWith(QStringLiteral("9.3e+08"), Qt::CaseInsensitive)) << shown.toStdString();
    EXPECT_EQ(*NumberParser::real(shown, QStringLiteral("Cells")).value, 930000000.0);
    EXPECT_EQ(*NumberParser::real(NumberParser::display(0.1 + 0.2), QStringLiteral("x")).value, 0.1 + 0.2);
}
