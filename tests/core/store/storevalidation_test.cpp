// The store's validation: the importer's column-named problems and the forms'
// partial check with messages naming the field in words.
#include "core/store/storevalidation.h"

#include <gtest/gtest.h>

#include <cmath>
#include <initializer_list>
#include <limits>

using namespace ee::store;

namespace {

OutcomeData binary(int et, int nt, int ec, int nc)
{
    OutcomeData d;
    d.outcome = QStringLiteral("healing");
    d.eventsTreatment = et;
    d.nTreatment = nt;
    d.eventsControl = ec;
    d.nControl = nc;
    return d;
}

OutcomeData continuous(double mt, double st, int nt, double mc, double sc, int nc)
{
    OutcomeData d;
    d.outcome = QStringLiteral("abi");
    d.meanTreatment = mt;
    d.sdTreatment = st;
    d.nTreatment = nt;
    d.meanControl = mc;
    d.sdControl = sc;
    d.nControl = nc;
    return d;
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *n : list)
        result << QString::fromUtf8(n);
    return result;
}

FieldProblem problem(const char *field, const char *message)
{
    return { QString::fromUtf8(field), QString::fromUtf8(message) };
}

QStringList fieldsOf(const QList<FieldProblem> &problems)
{
    QStringList fields;
    for (const FieldProblem &p : problems)
        fields << p.field;
    return fields;
}

} // namespace

TEST(StoreValidation, CompleteValidResultsPass)
{
    EXPECT_TRUE(validateOutcomeData(binary(9, 20, 4, 19), OutcomeKind::Binary).isEmpty());
    EXPECT_TRUE(validateOutcomeData(binary(0, 1, 1, 1), OutcomeKind::Binary).isEmpty());
    EXPECT_TRUE(validateOutcomeData(continuous(-0.5, 0.1, 5, 0.0, 2.0, 6), OutcomeKind::Continuous).isEmpty());
    EXPECT_TRUE(validatePartialOutcomeData(binary(9, 20, 4, 19), OutcomeKind::Binary).isEmpty());
    EXPECT_TRUE(missingOutcomeFields(binary(9, 20, 4, 19), OutcomeKind::Binary).isEmpty());
}

TEST(StoreValidation, ImporterProblemsKeepTheirColumnNames)
{
    EXPECT_EQ(fieldsOf(validateOutcomeData(binary(25, 20, 4, 19), OutcomeKind::Binary)), names({ "events_t" }));
    EXPECT_EQ(fieldsOf(validateOutcomeData(binary(-1, 20, 4, 19), OutcomeKind::Binary)), names({ "events_t" }));
    EXPECT_EQ(fieldsOf(validateOutcomeData(binary(1, 20, 0, 0), OutcomeKind::Binary)), names({ "n_c" }));
    EXPECT_EQ(fieldsOf(validateOutcomeData(continuous(1, 0, 5, 1, 1, 5), OutcomeKind::Continuous)), names({ "sd_t" }));
    OutcomeData missing = binary(9, 20, 4, 19);
    missing.nControl.reset();
    EXPECT_EQ(fieldsOf(validateOutcomeData(missing, OutcomeKind::Binary)), names({ "n_c" }));
}

TEST(StoreValidation, PartialCheckIgnoresMissingValuesAndNamesFieldsInWords)
{
    OutcomeData d;
    d.outcome = QStringLiteral("healing");
    d.eventsTreatment = 9;
    EXPECT_TRUE(validatePartialOutcomeData(d, OutcomeKind::Binary).isEmpty()) << "missing values are not problems";
    EXPECT_EQ(missingOutcomeFields(d, OutcomeKind::Binary), names({ "n_t", "events_c", "n_c" }));

    d.nTreatment = 5;
    const QList<FieldProblem> exceed = validatePartialOutcomeData(d, OutcomeKind::Binary);
    ASSERT_EQ(exceed.size(), 2) << "a conflict between two fields is shown on both";
    EXPECT_EQ(exceed.at(0), problem("events_t", "Events in the treatment arm (9) cannot exceed its N (5)."));
    EXPECT_EQ(exceed.at(1), problem("n_t", "N in the treatment arm (5) is less than its events (9)."));

    d.nTreatment = 0;
    const QList<FieldProblem> zero = validatePartialOutcomeData(d, OutcomeKind::Binary);
    ASSERT_EQ(zero.size(), 1) << "events are not compared with an N that is itself wrong";
    EXPECT_EQ(zero.first(), problem("n_t", "N in the treatment arm must be at least 1 (got 0)."));

    d = OutcomeData();
    d.eventsControl = -3;
    EXPECT_EQ(validatePartialOutcomeData(d, OutcomeKind::Binary),
        (QList<FieldProblem> { problem("events_c", "Events in the control arm cannot be negative (got -3).") }));
}

TEST(StoreValidation, PartialCheckOfContinuousValues)
{
    OutcomeData d;
    d.sdControl = 0.0;
    d.sdTreatment = -2.5;
    d.meanTreatment = std::numeric_limits<double>::infinity();
    const QList<FieldProblem> problems = validatePartialOutcomeData(d, OutcomeKind::Continuous);
    EXPECT_EQ(problems,
        (QList<FieldProblem> { problem("mean_t", "The mean in the treatment arm must be a finite number."),
            problem("sd_t", "The SD in the treatment arm must be positive (got -2.5)."),
            problem("sd_c", "The SD in the control arm must be positive (got 0).") }));
    EXPECT_EQ(missingOutcomeFields(d, OutcomeKind::Continuous), names({ "n_t", "mean_c", "n_c" }));

    OutcomeData events;
    events.eventsTreatment = 3;
    EXPECT_EQ(fieldsOf(validatePartialOutcomeData(events, OutcomeKind::Continuous)), names({ "events_t" }));
}

TEST(StoreValidation, PartialAndMissingTogetherAgreeWithTheFullCheck)
{
    // Every combination of present/absent values of a binary result with one
    // broken rule: the partial check plus "nothing missing" must equal the
    // full check's verdict.
    const OutcomeData full = binary(9, 20, 25, 19);
    for (int mask = 0; mask < 16; ++mask) {
        OutcomeData d = full;
        if (mask & 1)
            d.eventsTreatment.reset();
        if (mask & 2)
            d.nTreatment.reset();
        if (mask & 4)
            d.eventsControl.reset();
        if (mask & 8)
            d.nControl.reset();
        const bool formAccepts = validatePartialOutcomeData(d, OutcomeKind::Binary).isEmpty()
            && missingOutcomeFields(d, OutcomeKind::Binary).isEmpty();
        EXPECT_EQ(formAccepts, validateOutcomeData(d, OutcomeKind::Binary).isEmpty()) << "mask " << mask;
    }
}

TEST(StoreValidation, FieldNamesInWords)
{
    EXPECT_EQ(outcomeFieldSentenceName(QStringLiteral("sd_c")), QStringLiteral("The SD in the control arm"));
    EXPECT_EQ(outcomeFieldShortName(QStringLiteral("n_c")), QStringLiteral("N (control)"));
    EXPECT_EQ(outcomeFieldShortName(QStringLiteral("year")), QStringLiteral("year"));
    EXPECT_EQ(outcomeValueFields(OutcomeKind::Binary), names({ "events_t", "n_t", "events_c", "n_c" }));
}
