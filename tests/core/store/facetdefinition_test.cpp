// Facets as data: level matching, the facet CSV, and the dose-tier derivation
// with the review's cut-offs.
#include "core/store/dosetier.h"
#include "core/store/facetcsv.h"
#include "core/store/facetdefinition.h"

#include <gtest/gtest.h>

using namespace ee::store;

namespace {

/// The review's tiers (dose_tiers.csv): inclusive bounds, gaps between tiers.
FacetDefinition reviewTiers()
{
    FacetDefinition f;
    f.name = QStringLiteral("dose_tier");
    f.kind = FacetKind::Categorical;
    f.attribute = QStringLiteral("arm.dose_tier");
    f.levels = { { QStringLiteral("low"), {}, 0.5e6, true, 8e6, true, {} },
        { QStringLiteral("medium"), {}, 1e7, true, 8.6e7, true, {} },
        { QStringLiteral("high"), {}, 3e8, true, 1.2e9, true, {} },
        { QStringLiteral("very_high"), {}, 2e9, true, {}, false, {} },
        { QStringLiteral("unspecified"), {}, {}, true, {}, false, {} } };
    return f;
}

} // namespace

TEST(FacetDefinition, CategoricalLevelsMatchCodesAndAliasesIgnoringCase)
{
    FacetDefinition region;
    region.kind = FacetKind::Categorical;
    region.levels = { { QStringLiteral("Asia"), {}, {}, true, {}, false,
                          { QStringLiteral("China"), QStringLiteral("S. Korea") } },
        { QStringLiteral("Europe"), {}, {}, true, {}, false, {} } };
    EXPECT_EQ(region.levelFor({ QStringLiteral("asia"), {}, {} }), 0);
    EXPECT_EQ(region.levelFor({ QStringLiteral("S. Korea"), {}, {} }), 0);
    EXPECT_EQ(region.levelFor({ QStringLiteral(" Europe "), {}, {} }), 1);
    EXPECT_EQ(region.levelFor({ QStringLiteral("Africa"), {}, {} }), -1);
    EXPECT_EQ(region.levelFor({}), -1);
}

TEST(FacetDefinition, NumericLevelsHonourInclusivityAndWholeRanges)
{
    FacetDefinition duration;
    duration.kind = FacetKind::NumericBinned;
    duration.levels = { { QStringLiteral("<10 y"), {}, {}, true, 10.0, false, {} },
        { QStringLiteral("10-15 y"), {}, 10.0, true, 15.0, true, {} },
        { QStringLiteral(">15 y"), {}, 15.0, false, {}, false, {} } };
    EXPECT_EQ(duration.levelFor({ {}, 9.99, 9.99 }), 0);
    EXPECT_EQ(duration.levelFor({ {}, 10.0, 10.0 }), 1);
    EXPECT_EQ(duration.levelFor({ {}, 15.0, 15.0 }), 1);
    EXPECT_EQ(duration.levelFor({ {}, 15.01, 15.01 }), 2);
    EXPECT_EQ(duration.levelFor({ QStringLiteral("12"), {}, {} }), 1); // text that is a number
    EXPECT_EQ(duration.levelFor({ {}, 11.0, 14.0 }), 1); // a range inside one level
    EXPECT_EQ(duration.levelFor({ {}, 8.0, 12.0 }), -1); // a range across the cut
    EXPECT_EQ(duration.levelFor({ QStringLiteral("about ten"), {}, {} }), -1);
}

TEST(DoseTier, DerivesTheReviewTiersAndRecordsTheBasis)
{
    const FacetDefinition tiers = reviewTiers();
    struct Case {
        bool statement;
        std::optional<double> min;
        std::optional<double> max;
        DoseUnit unit;
        DoseTierAssignment expected;
    };
    const Case cases[] = {
        { false, {}, {}, DoseUnit::NotReported, { DoseTier::NotAssigned, DoseTierBasis::NotAssigned } },
        { true, 2e7, 2e7, DoseUnit::PerLeg, { DoseTier::Medium, DoseTierBasis::PerLegAsPerPatient } },
        { true, 4.8e7, 8.6e7, DoseUnit::PerLeg, { DoseTier::Medium, DoseTierBasis::PerLegAsPerPatient } },
        { true, 9e8, 1.2e9, DoseUnit::PerLeg, { DoseTier::High, DoseTierBasis::PerLegAsPerPatient } },
        { true, 2.2e9, 2.2e9, DoseUnit::PerPatient, { DoseTier::VeryHigh, DoseTierBasis::TotalPerPatient } },
        { true, 5e6, 5e6, DoseUnit::PerUlcer, { DoseTier::Low, DoseTierBasis::PerLegAsPerPatient } },
        // in the gap between medium and high
        { true, 1e8, 1e8, DoseUnit::PerPatient, { DoseTier::NotAssigned, DoseTierBasis::NotAssigned } },
        // spans two tiers
        { true, 5e6, 2e7, DoseUnit::PerPatient, { DoseTier::NotAssigned, DoseTierBasis::NotAssigned } },
        // a lower bound only: "> 4e6" could be any tier from low up
        { true, 4e6, {}, DoseUnit::PerUlcer, { DoseTier::NotAssigned, DoseTierBasis::NotAssigned } },
        // ... but ">= 3e9" can only be very high
        { true, 3e9, {}, DoseUnit::PerPatient, { DoseTier::VeryHigh, DoseTierBasis::TotalPerPatient } },
        { true, 1e6, 1e6, DoseUnit::PerCm2, { DoseTier::Unspecified, DoseTierBasis::NotATotal } },
        { true, 2e6, 2e6, DoseUnit::PerKg, { DoseTier::Unspecified, DoseTierBasis::NotATotal } },
        { true, {}, {}, DoseUnit::NotReported, { DoseTier::Unspecified, DoseTierBasis::NoCellCount } },
        { true, 2e7, 2e7, DoseUnit::Other, { DoseTier::NotAssigned, DoseTierBasis::NotAssigned } },
    };
    for (const Case &c : cases) {
        const DoseTierAssignment got = deriveDoseTier(c.statement, c.min, c.max, c.unit, tiers);
        EXPECT_EQ(got, c.expected) << "min " << c.min.value_or(-1) << " unit " << static_cast<int>(c.unit);
    }
}

TEST(FacetCsv, ReadsWhatItWrites)
{
    FacetDefinition followup;
    followup.name = QStringLiteral("followup");
    followup.label = QStringLiteral("Follow-up");
    followup.kind = FacetKind::NumericBinned;
    followup.attribute = QStringLiteral("moderator.followup_months");
    followup.group = QStringLiteral("more");
    followup.derivation = QStringLiteral("cut at 10, as the review's Results do");
    followup.levels = { { QStringLiteral("<10 months"), QStringLiteral("Under 10"), {}, true, 10.0, false, {} },
        { QStringLiteral(">=10 months"), QStringLiteral("10 or more"), 10.0, true, {}, false, {} } };
    FacetDefinition tiers = reviewTiers();
    tiers.label = QStringLiteral("Dose tier");
    tiers.position = 1;
    for (FacetLevel &level : tiers.levels)
        level.label = level.code;
    tiers.levels[0].match = { QStringLiteral("low-dose"), QStringLiteral("Low") };

    auto table = CsvTable::parse(FacetCsv::write({ followup, tiers }), QStringLiteral("facets.csv"));
    ASSERT_TRUE(table.ok());
    auto parsed = FacetCsv::parse(table.value());
    ASSERT_TRUE(parsed.ok()) << parsed.error().text().toStdString();
    ASSERT_EQ(parsed->size(), 2);
    EXPECT_EQ(parsed->at(0), followup);
    EXPECT_EQ(parsed->at(1), tiers);
}

TEST(FacetCsv, ErrorsNameRowAndColumn)
{
    const QByteArray text = "facet,kind,attribute,level,lower,upper,lower_inclusive\n"
                            "a,numeric,moderator.x,low,,5,\n"
                            "a,categorical,moderator.x,high,5,,\n" // kind changes
                            "b,shape,study.year,x,,,\n" // bad kind
                            "c,numeric,study.colour,x,1,,\n" // bad attribute
                            "d,numeric,study.year,x,,,\n" // no cut-off
                            "e,numeric,study.year,x,five,,\n" // not a number
                            "f,numeric,study.year,x,1,,maybe\n" // not 0/1
                            "g,numeric,study.year,x,9,3,\n" // upper < lower
                            "h,categorical,study.year,,,,\n"; // empty level
    auto table = CsvTable::parse(text, QStringLiteral("facets.csv"));
    ASSERT_TRUE(table.ok());
    auto parsed = FacetCsv::parse(table.value());
    ASSERT_FALSE(parsed.ok());
    const QList<RowError> &errors = parsed.error().rowErrors();
    auto has = [&errors](int row, const char *column) {
        for (const RowError &e : errors) {
            if (e.row == row && e.column == QLatin1String(column))
                return true;
        }
        return false;
    };
    EXPECT_TRUE(has(3, "kind"));
    EXPECT_TRUE(has(4, "kind"));
    EXPECT_TRUE(has(5, "attribute"));
    EXPECT_TRUE(has(6, "lower"));
    EXPECT_TRUE(has(7, "lower"));
    EXPECT_TRUE(has(8, "lower_inclusive"));
    EXPECT_TRUE(has(9, "upper"));
    EXPECT_TRUE(has(10, "level"));
}
