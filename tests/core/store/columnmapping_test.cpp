// Column mapping for the import wizard: suggestions from foreign headers,
// required columns, mapping problems, and the mapped table the importer reads.
#include "core/store/columnmapping.h"
#include "core/store/evidencecsv.h"
#include "core/store/studystore.h"

#include <gtest/gtest.h>

using namespace ee::store;

namespace {

CsvTable parsed(const QByteArray &text)
{
    auto table = CsvTable::parse(text, QStringLiteral("foreign.csv"));
    EXPECT_TRUE(table.ok()) << (table.ok() ? std::string() : table.error().text().toStdString());
    return table.ok() ? table.value() : CsvTable();
}

} // namespace

TEST(ColumnMapping, SuggestsTargetsForForeignHeaders)
{
    const struct {
        const char *header;
        const char *target;
    } cases[] = {
        { "Study", "study" }, { "author_year", "study" }, { "Year", "year" }, { "Events (treatment)", "events_t" },
        { "e.e", "events_t" }, { "ai", "events_t" }, { "n1i", "n_t" }, { "N_T", "n_t" }, { "e.c", "events_c" },
        { "ci", "events_c" }, { "N (control)", "n_c" }, { "n2i", "n_c" }, { "m1i", "mean_t" }, { "SD1i", "sd_t" },
        { "Mean (control)", "mean_c" }, { "sd.c", "sd_c" }, { " Country ", "country" }, { "Time point", "timepoint" },
        { "Outcome", "outcome" }, { "mod:followup_months", "mod:followup_months" }, { "cmod:age", "cmod:age" },
        { "dose_cells_min_t", "dose_cells_min_t" }, { "Colour of the cover", "" },
        { "bi", "" }, // metafor's non-events: not an evidence column
    };
    for (const auto &c : cases) {
        EXPECT_EQ(ColumnMapping::suggestTarget(QString::fromUtf8(c.header)), QString::fromLatin1(c.target)) << c.header;
    }
    EXPECT_EQ(ColumnMapping::normalisedName(QStringLiteral("Follow-up (months)")), QStringLiteral("follow_up_months"));
}

TEST(ColumnMapping, SuggestionGivesEachTargetOnceAndFixedArmLabels)
{
    const QStringList header = { QStringLiteral("Study"), QStringLiteral("author_year"), QStringLiteral("ai"),
        QStringLiteral("n1i"), QStringLiteral("ci"), QStringLiteral("n2i"), QStringLiteral("Colour") };
    const ColumnMapping mapping =
        ColumnMapping::suggest(header, QStringLiteral("Cells"), QStringLiteral("Standard care"));
    EXPECT_EQ(mapping.target(QStringLiteral("Study")), QStringLiteral("study"));
    EXPECT_EQ(mapping.target(QStringLiteral("author_year")), QString()); // study is taken by "Study"
    EXPECT_EQ(mapping.target(QStringLiteral("ai")), QStringLiteral("events_t"));
    EXPECT_EQ(mapping.target(QStringLiteral("Colour")), QString());
    EXPECT_EQ(mapping.fixedValue(QStringLiteral("arm_t")), QStringLiteral("Cells"));
    EXPECT_EQ(mapping.fixedValue(QStringLiteral("arm_c")), QStringLiteral("Standard care"));
    // Data without an outcome: the outcome is the one required thing missing.
    EXPECT_EQ(mapping.missingRequired(), QStringList { QStringLiteral("outcome") });
    EXPECT_TRUE(mapping.problems().isEmpty());

    // Without data columns no arm labels are invented.
    const ColumnMapping studiesOnly = ColumnMapping::suggest(
        { QStringLiteral("Study"), QStringLiteral("Year") }, QStringLiteral("T"), QStringLiteral("C"));
    EXPECT_EQ(studiesOnly.fixedValue(QStringLiteral("arm_t")), QString());
    EXPECT_TRUE(studiesOnly.missingRequired().isEmpty());
}

TEST(ColumnMapping, ReportsMissingRequiredColumnsAndMappingProblems)
{
    ColumnMapping mapping({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") });
    EXPECT_EQ(mapping.missingRequired(), QStringList { QStringLiteral("study") });
    mapping.setTarget(QStringLiteral("a"), QStringLiteral("study"));
    mapping.setTarget(QStringLiteral("b"), QStringLiteral("mean_t"));
    EXPECT_EQ(mapping.missingRequired(),
        (QStringList { QStringLiteral("arm_t"), QStringLiteral("arm_c"), QStringLiteral("outcome"),
            QStringLiteral("n_t"), QStringLiteral("n_c"), QStringLiteral("sd_t"), QStringLiteral("mean_c"),
            QStringLiteral("sd_c") }));

    mapping.setTarget(QStringLiteral("c"), QStringLiteral("study"));
    ASSERT_EQ(mapping.problems().size(), 1);
    EXPECT_EQ(mapping.problems()[0].row, 1);
    EXPECT_EQ(mapping.problems()[0].column, QStringLiteral("c"));
    EXPECT_TRUE(mapping.problems()[0].reason.contains(QStringLiteral("already mapped from column 'a'")));

    mapping.setTarget(QStringLiteral("c"), QStringLiteral("studie"));
    ASSERT_EQ(mapping.problems().size(), 1);
    EXPECT_TRUE(mapping.problems()[0].reason.contains(QStringLiteral("not an evidence CSV column")));
    mapping.setTarget(QStringLiteral("c"), QStringLiteral("mod:"));
    EXPECT_EQ(mapping.problems().size(), 1);
    mapping.setTarget(QStringLiteral("c"), QString());
    EXPECT_TRUE(mapping.problems().isEmpty());

    // A fixed value satisfies a requirement; a mapped column wins over it.
    mapping.setFixedValue(QStringLiteral("outcome"), QStringLiteral("abi"));
    EXPECT_FALSE(mapping.missingRequired().contains(QStringLiteral("outcome")));
    mapping.setFixedValue(QStringLiteral("outcome"), QStringLiteral("  "));
    EXPECT_TRUE(mapping.missingRequired().contains(QStringLiteral("outcome")));
}

TEST(ColumnMapping, AppliedTableKeepsRowNumbersAndDerivesTheComparison)
{
    const CsvTable table = parsed("Trial,Colour,ai,n1i,ci,n2i,Follow-up\n"
                                  "Kim 2019,red,3,10,1,10,12\n"
                                  "\n" // a blank line: the next record is on line 4
                                  "Lee 2020,blue,4,12,2,11,\n");
    ColumnMapping mapping = ColumnMapping::suggest(table.header(), QStringLiteral("Cells"), QStringLiteral("Control"));
    mapping.setTarget(QStringLiteral("Follow-up"), QStringLiteral("mod:follow_up"));
    mapping.setFixedValue(QStringLiteral("outcome"), QStringLiteral("healing"));
    ASSERT_TRUE(mapping.missingRequired().isEmpty());

    const CsvTable mapped = mapping.apply(table);
    EXPECT_EQ(mapped.fileName(), QStringLiteral("foreign.csv"));
    EXPECT_EQ(mapped.header(),
        (QStringList { QStringLiteral("study"), QStringLiteral("events_t"), QStringLiteral("n_t"),
            QStringLiteral("events_c"), QStringLiteral("n_c"), QStringLiteral("mod:follow_up"), QStringLiteral("arm_c"),
            QStringLiteral("arm_t"), QStringLiteral("outcome"), QStringLiteral("comparison") }));
    ASSERT_EQ(mapped.rowCount(), 2);
    EXPECT_EQ(mapped.rowNumber(0), 2);
    EXPECT_EQ(mapped.rowNumber(1), 4);
    EXPECT_EQ(mapped.value(1, QStringLiteral("study")), QStringLiteral("Lee 2020"));
    EXPECT_EQ(mapped.value(1, QStringLiteral("comparison")), QStringLiteral("Lee 2020"));
    EXPECT_EQ(mapped.value(1, QStringLiteral("arm_t")), QStringLiteral("Cells"));
    EXPECT_EQ(mapped.value(0, QStringLiteral("mod:follow_up")), QStringLiteral("12"));
    EXPECT_EQ(mapped.columnIndex(QStringLiteral("Colour")), -1);

    // The mapped table is a valid evidence CSV: it imports.
    auto store = StudyStore::open(QStringLiteral(":memory:"), StudyStore::OpenMode::Create);
    ASSERT_TRUE(store.ok());
    auto summary = EvidenceCsv::import(*store.value(), mapped);
    ASSERT_TRUE(summary.ok()) << summary.error().text().toStdString();
    EXPECT_EQ(summary->studies, 2);
    EXPECT_EQ(summary->arms, 4);
    EXPECT_EQ(summary->comparisons, 2);
    EXPECT_EQ(summary->outcomeData, 2);
    EXPECT_EQ(summary->moderators, 1); // Lee 2020 has no follow-up value
    const EvidenceBase base = store.value()->load().value();
    ASSERT_EQ(base.outcomeData.size(), 2);
    EXPECT_EQ(base.outcomeData[1].eventsTreatment, 4);
    EXPECT_EQ(base.outcomeData[1].nControl, 11);
}

TEST(ColumnMapping, RowsWithoutArmsOrDataGetNoComparison)
{
    const CsvTable table = parsed("Study,Year\nKim 2019,2019\n");
    const ColumnMapping mapping = ColumnMapping::suggest(table.header(), QStringLiteral("T"), QStringLiteral("C"));
    const CsvTable mapped = mapping.apply(table);
    EXPECT_EQ(mapped.value(0, QStringLiteral("comparison")), QString());
    auto store = StudyStore::open(QStringLiteral(":memory:"), StudyStore::OpenMode::Create);
    ASSERT_TRUE(store.ok());
    auto summary = EvidenceCsv::import(*store.value(), mapped);
    ASSERT_TRUE(summary.ok()) << summary.error().text().toStdString();
    EXPECT_EQ(summary->studies, 1);
    EXPECT_EQ(summary->comparisons, 0);
}
