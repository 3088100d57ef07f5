// Import and export of the evidence CSV: all or nothing, every rejected row
// reported with row, column and reason, and export → import → export stable.
#include "core/store/evidencecsv.h"
#include "core/store/storevalidation.h"
#include "core/store/studystore.h"

#include <QFile>
#include <QMap>

#include <gtest/gtest.h>

#include <functional>

using namespace ee::store;

namespace {

std::unique_ptr<StudyStore> memoryStore()
{
    auto store = StudyStore::open(QStringLiteral(":memory:"), StudyStore::OpenMode::Create);
    EXPECT_TRUE(store.ok());
    return store.ok() ? std::move(store.value()) : nullptr;
}

Result<ImportSummary> importText(StudyStore &store, const QByteArray &text)
{
    auto table = CsvTable::parse(text, QStringLiteral("import.csv"));
    if (!table)
        return table.error();
    return EvidenceCsv::import(store, table.value());
}

const QByteArray kValid =
    "study,year,country,design,comparison,arm_t,cell_type_t,route_t,route_text_t,dose_text_t,dose_cells_min_t,"
    "dose_cells_max_t,dose_unit_t,dose_tier_t,dose_tier_basis_t,dose_source_t,dose_quote_t,arm_c,n_analysed_c,"
    "outcome,outcome_kind,better,timepoint,events_t,n_t,events_c,n_c,mean_t,sd_t,mean_c,sd_c,source,quote,"
    "confidence,mod:followup_months,cmod:age\n"
    // A two-arm study with one binary result.
    "Alpha 2001,2001,China,RCT,Alpha,Cells,BMMSC,IM,IM,2e7 per leg,2e7,2e7,leg,medium,per-leg-as-total,Sun 2022,"
    "2e7 per leg,Control,20,healing,binary,higher,12 weeks,10,20,5,20,,,,,Alpha et al.,\"10 of 20 healed\",exact,6,61\n"
    // A multi-arm study: two comparisons share the control arm "Placebo".
    "Beta 2005,2005,Italy,CCT,Beta1,Low dose,ASC,SC,SC,,,,,,,,,Placebo,30,healing,,,6 months,8,10,9,30,,,,,Beta,q1,"
    "derived-from-percent,12-24,55\n"
    "Beta 2005,2005,Italy,CCT,Beta2,High dose,ASC,SC,SC,,,,,,,,,Placebo,30,healing,,,6 months,7,10,9,30,,,,,Beta,q2,"
    "exact,12-24,57\n"
    // A continuous result, and a comparison without data.
    "Beta 2005,2005,Italy,CCT,Beta1,Low dose,ASC,SC,SC,,,,,,,,,Placebo,30,abi,continuous,higher,6 months,,10,,30,"
    "0.8,0.1,0.6,0.2,Beta,q3,exact,12-24,55\n"
    "Gamma 2010,2010,USA,,Gamma,Cells,UC-MSC,topical,Topical,,,,,,,,,Control,,,,,,,,,,,,,,,,,,\n";

} // namespace

TEST(EvidenceCsvImport, ImportsStudiesArmsSharedControlsDataAndModerators)
{
    auto store = memoryStore();
    auto summary = importText(*store, kValid);
    ASSERT_TRUE(summary.ok()) << summary.error().text().toStdString();
    EXPECT_EQ(summary->rows, 5);
    EXPECT_EQ(summary->studies, 3);
    EXPECT_EQ(summary->arms, 7); // Cells, Control, Low dose, High dose, Placebo, Cells, Control
    EXPECT_EQ(summary->comparisons, 4);
    EXPECT_EQ(summary->outcomeData, 4);
    EXPECT_EQ(summary->outcomesCreated, 2);
    // Follow-up for Alpha and Beta (study level), age for Alpha, Beta1 and Beta2.
    EXPECT_EQ(summary->moderators, 5);

    auto base = store->load().value();
    ASSERT_EQ(base.studies.size(), 3);
    EXPECT_EQ(base.studies[1].design, StudyDesign::Cct);
    EXPECT_EQ(base.studies[0].year, 2001);
    // The shared control: both Beta comparisons point at one arm.
    EXPECT_EQ(base.comparisons[1].controlArm, base.comparisons[2].controlArm);
    const Arm &cells = base.arms[0];
    EXPECT_EQ(cells.doseTier, DoseTier::Medium);
    EXPECT_EQ(cells.doseUnit, DoseUnit::PerLeg);
    ASSERT_TRUE(cells.doseProvenance.has_value());
    EXPECT_EQ(cells.doseProvenance->citation, QStringLiteral("Sun 2022"));
    EXPECT_EQ(base.outcomes.size(), 2);
    EXPECT_EQ(base.outcomes[0].better, BetterDirection::Higher);
    EXPECT_EQ(base.outcomes[1].kind, OutcomeKind::Continuous);
    EXPECT_EQ(base.outcomeData[1].provenance.confidence, Confidence::DerivedFromPercent);
    bool sawRange = false;
    for (const Moderator &m : base.moderators) {
        if (m.name == QLatin1String("followup_months") && m.valueText == QLatin1String("12-24")) {
            EXPECT_EQ(m.valueMin, 12);
            EXPECT_EQ(m.valueMax, 24);
            EXPECT_FALSE(m.comparison.isValid());
            sawRange = true;
        }
        if (m.name == QLatin1String("age")) {
            EXPECT_TRUE(m.comparison.isValid());
        }
    }
    EXPECT_TRUE(sawRange);
}

TEST(EvidenceCsvImport, EveryRejectedRowIsReportedAndNothingIsImported)
{
    auto store = memoryStore();
    ASSERT_TRUE(importText(*store, kValid).ok());
    const EvidenceBase before = store->load().value();

    const QByteArray bad =
        "study,year,design,comparison,arm_t,route_t,arm_c,outcome,events_t,n_t,events_c,n_c,mean_t,sd_t,mean_c,sd_c,"
        "confidence\n"
        "Delta 2020,20x0,RCT,Delta,T,IM,C,healing,3,10,2,10,,,,,exact\n" // row 2: year
        "Delta 2020,2020,RCT,Delta,T,IM,C,healing,12,10,2,10,,,,,exact\n" // row 3: year differs; events > n
        "Eps 2021,2021,trial,Eps,T,XX,C,healing,1,10,2,10,,,,,sure\n" // row 4: design, route, confidence
        "Zeta 2022,2022,RCT,Zeta,T,IM,C,abi,,10,,10,1,0,1,-1,exact\n" // row 5: SDs
        "Alpha 2001,2001,RCT,Alpha2,T,IM,C,healing,1,10,1,10,,,,,exact\n" // row 6: study exists
        "Eta 2023,2023,RCT,Eta,T,IM,T,healing,1,10,1,10,,,,,exact\n" // row 7: control is treatment
        "Theta 2024,2024,RCT,Theta,T,IM,C,healing,1,10,1,10,0.5,,,,exact\n"; // row 8: means on a binary outcome
    auto result = importText(*store, bad);
    ASSERT_FALSE(result.ok());
    const StoreError &error = result.error();
    EXPECT_EQ(error.code(), StoreErrorCode::InvalidInput);
    EXPECT_TRUE(error.message().contains(QStringLiteral("nothing was imported")));
    EXPECT_TRUE(error.message().startsWith(QStringLiteral("7 row(s) rejected")));

    auto has = [&error](int row, const QString &column, const QString &fragment) {
        for (const RowError &e : error.rowErrors()) {
            if (e.row == row && e.column == column && e.reason.contains(fragment))
                return true;
        }
        return false;
    };
    EXPECT_TRUE(has(2, QStringLiteral("year"), QStringLiteral("not a whole number")));
    EXPECT_TRUE(has(3, QStringLiteral("year"), QStringLiteral("repeated rows must agree")));
    EXPECT_TRUE(has(3, QStringLiteral("events_t"), QStringLiteral("exceed N")));
    EXPECT_TRUE(has(4, QStringLiteral("design"), QStringLiteral("RCT|CCT")));
    EXPECT_TRUE(has(4, QStringLiteral("route_t"), QStringLiteral("IM|SC")));
    EXPECT_TRUE(has(4, QStringLiteral("confidence"), QStringLiteral("exact")));
    EXPECT_TRUE(has(5, QStringLiteral("sd_t"), QStringLiteral("positive")));
    EXPECT_TRUE(has(5, QStringLiteral("sd_c"), QStringLiteral("positive")));
    EXPECT_TRUE(has(6, QStringLiteral("study"), QStringLiteral("already in the project")));
    EXPECT_TRUE(has(7, QStringLiteral("arm_c"), QStringLiteral("control arm is the treatment arm")));
    EXPECT_TRUE(has(8, QStringLiteral("mean_t"), QStringLiteral("binary")));
    // The text form names file, row and column.
    EXPECT_TRUE(error.text().contains(QStringLiteral("import.csv:5: column 'sd_c': ")));

    EXPECT_EQ(store->load().value(), before);
}

TEST(EvidenceCsvImport, HeaderProblemsAreReportedOnRowOne)
{
    auto store = memoryStore();
    auto result = importText(*store, "studie,outcome\nA,healing\n");
    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.error().rowErrors().size(), 2);
    EXPECT_EQ(result.error().rowErrors()[0].row, 1);
    EXPECT_EQ(result.error().rowErrors()[0].column, QStringLiteral("studie"));
    EXPECT_TRUE(result.error().rowErrors()[0].reason.contains(QStringLiteral("unknown column")));
    EXPECT_EQ(result.error().rowErrors()[1].column, QStringLiteral("study"));
    EXPECT_TRUE(store->load()->studies.isEmpty());
}

TEST(EvidenceCsvImport, OutcomeKindMustMatchTheProject)
{
    auto store = memoryStore();
    ASSERT_TRUE(importText(*store, kValid).ok());
    auto result = importText(*store,
        "study,comparison,arm_t,arm_c,outcome,outcome_kind,n_t,n_c,mean_t,sd_t,mean_c,sd_c\n"
        "New 2020,New,T,C,healing,continuous,10,10,1,1,1,1\n");
    ASSERT_FALSE(result.ok());
    bool found = false;
    for (const RowError &e : result.error().rowErrors())
        found = found || (e.column == QLatin1String("outcome_kind") && e.reason.contains(QStringLiteral("binary")));
    EXPECT_TRUE(found) << result.error().text().toStdString();
}

TEST(EvidenceCsvExport, ExportImportExportIsStable)
{
    auto first = memoryStore();
    ASSERT_TRUE(importText(*first, kValid).ok());
    const QByteArray exported = EvidenceCsv::exportBase(first->load().value());

    auto second = memoryStore();
    auto reimported = importText(*second, exported);
    ASSERT_TRUE(reimported.ok()) << reimported.error().text().toStdString();
    EXPECT_EQ(EvidenceCsv::exportBase(second->load().value()), exported);

    // The data themselves survive (ids may differ between stores).
    EvidenceBase a = first->load().value();
    EvidenceBase b = second->load().value();
    // The export groups results by comparison, so the order may differ from
    // the first import's: compare by comparison label and outcome.
    auto keyed = [](const EvidenceBase &base) {
        QMap<QString, OutcomeData> result;
        for (OutcomeData d : base.outcomeData) {
            QString label;
            for (const Comparison &c : base.comparisons) {
                if (c.id == d.comparison)
                    label = c.label;
            }
            d.id = OutcomeDataId();
            d.comparison = ComparisonId();
            d.provenance.id = ProvenanceId();
            result.insert(label + QLatin1Char('/') + d.outcome, d);
        }
        return result;
    };
    EXPECT_EQ(keyed(a), keyed(b));
    EXPECT_EQ(keyed(a).size(), 4);
    ASSERT_EQ(a.arms.size(), b.arms.size());
    for (int i = 0; i < a.arms.size(); ++i) {
        EXPECT_EQ(a.arms[i].label, b.arms[i].label);
        EXPECT_EQ(a.arms[i].doseProvenance.has_value(), b.arms[i].doseProvenance.has_value());
        EXPECT_EQ(a.arms[i].nAnalysed, b.arms[i].nAnalysed);
    }
}

TEST(EvidenceCsvExport, WritesTheDocumentedColumnsAndModeratorColumns)
{
    auto store = memoryStore();
    ASSERT_TRUE(importText(*store, kValid).ok());
    auto table = CsvTable::parse(EvidenceCsv::exportBase(store->load().value()), QStringLiteral("export"));
    ASSERT_TRUE(table.ok());
    for (const QString &column : EvidenceCsv::columns())
        EXPECT_TRUE(table->header().contains(column)) << column.toStdString();
    EXPECT_TRUE(table->header().contains(QStringLiteral("mod:followup_months")));
    EXPECT_TRUE(table->header().contains(QStringLiteral("cmod:age")));
    // Four data rows and Gamma's comparison without data.
    EXPECT_EQ(table->rowCount(), 5);
    EXPECT_EQ(table->value(4, QStringLiteral("comparison")), QStringLiteral("Gamma"));
    EXPECT_EQ(table->value(4, QStringLiteral("outcome")), QString());
}

TEST(EvidenceCsvCheck, ReportsWhatImportWouldAddAndWritesNothing)
{
    auto store = memoryStore();
    const EvidenceBase empty = store->load().value();
    auto table = CsvTable::parse(kValid, QStringLiteral("import.csv"));
    ASSERT_TRUE(table.ok());
    auto checked = EvidenceCsv::check(*store, table.value());
    ASSERT_TRUE(checked.ok()) << checked.error().text().toStdString();
    EXPECT_EQ(store->load().value(), empty);
    auto imported = EvidenceCsv::import(*store, table.value());
    ASSERT_TRUE(imported.ok());
    EXPECT_EQ(checked.value(), imported.value());

    // Now every study is in the project: the check fails with the same
    // errors as the import, and still writes nothing.
    const EvidenceBase after = store->load().value();
    auto again = EvidenceCsv::check(*store, table.value());
    auto reimport = EvidenceCsv::import(*store, table.value());
    ASSERT_FALSE(again.ok());
    ASSERT_FALSE(reimport.ok());
    EXPECT_EQ(again.error().message(), reimport.error().message());
    EXPECT_EQ(again.error().rowErrors(), reimport.error().rowErrors());
    // Already in the project: studies Alpha, Beta, Gamma and comparisons Alpha,
    // Beta1, Beta2, Gamma.
    EXPECT_EQ(again.error().rowErrors().size(), 7);
    EXPECT_EQ(store->load().value(), after);
}

// A value the extraction forms reject is rejected by the importer with the
// same rule: the row errors are exactly the validator's problems.
TEST(EvidenceCsvCheck, RejectsWhatTheFormsRejectWithTheSameMessage)
{
    const QMap<QString, QString> validRow = { { QStringLiteral("study"), QStringLiteral("Delta 2020") },
        { QStringLiteral("year"), QStringLiteral("2020") }, { QStringLiteral("comparison"), QStringLiteral("Delta") },
        { QStringLiteral("arm_t"), QStringLiteral("T") }, { QStringLiteral("arm_c"), QStringLiteral("C") },
        { QStringLiteral("outcome"), QStringLiteral("healing") },
        { QStringLiteral("outcome_kind"), QStringLiteral("binary") },
        { QStringLiteral("events_t"), QStringLiteral("3") }, { QStringLiteral("n_t"), QStringLiteral("10") },
        { QStringLiteral("events_c"), QStringLiteral("2") }, { QStringLiteral("n_c"), QStringLiteral("10") } };
    const QMap<QString, QString> continuous = { { QStringLiteral("outcome"), QStringLiteral("abi") },
        { QStringLiteral("outcome_kind"), QStringLiteral("continuous") }, { QStringLiteral("events_t"), QString() },
        { QStringLiteral("events_c"), QString() }, { QStringLiteral("mean_t"), QStringLiteral("0.8") },
        { QStringLiteral("sd_t"), QStringLiteral("0.1") }, { QStringLiteral("mean_c"), QStringLiteral("0.6") },
        { QStringLiteral("sd_c"), QStringLiteral("0.2") } };
    auto binaryData = [](int eventsT, int nT, std::optional<int> eventsC, int nC) {
        OutcomeData d;
        d.outcome = QStringLiteral("healing");
        d.eventsTreatment = eventsT;
        d.nTreatment = nT;
        d.eventsControl = eventsC;
        d.nControl = nC;
        return validateOutcomeData(d, OutcomeKind::Binary);
    };
    auto continuousData = [](double sdT, double sdC) {
        OutcomeData d;
        d.outcome = QStringLiteral("abi");
        d.meanTreatment = 0.8;
        d.sdTreatment = sdT;
        d.meanControl = 0.6;
        d.sdControl = sdC;
        d.nTreatment = 10;
        d.nControl = 10;
        return validateOutcomeData(d, OutcomeKind::Continuous);
    };
    const struct Case {
        const char *name;
        QMap<QString, QString> overrides;
        std::function<QList<FieldProblem>()> forms;
    } cases[] = {
        { "events above N",
            { { QStringLiteral("events_t"), QStringLiteral("25") }, { QStringLiteral("n_t"), QStringLiteral("20") } },
            [&] { return binaryData(25, 20, 2, 10); } },
        { "negative events", { { QStringLiteral("events_c"), QStringLiteral("-1") } },
            [&] { return binaryData(3, 10, -1, 10); } },
        { "missing events", { { QStringLiteral("events_c"), QString() } },
            [&] { return binaryData(3, 10, std::nullopt, 10); } },
        { "N zero",
            { { QStringLiteral("n_c"), QStringLiteral("0") }, { QStringLiteral("events_c"), QStringLiteral("0") } },
            [&] { return binaryData(3, 10, 0, 0); } },
        { "SD zero",
            [&] {
                QMap<QString, QString> o = continuous;
                o.insert(QStringLiteral("sd_t"), QStringLiteral("0"));
                return o;
            }(),
            [&] { return continuousData(0, 0.2); } },
        { "SD negative",
            [&] {
                QMap<QString, QString> o = continuous;
                o.insert(QStringLiteral("sd_c"), QStringLiteral("-0.5"));
                return o;
            }(),
            [&] { return continuousData(0.1, -0.5); } },
        { "year 1066", { { QStringLiteral("year"), QStringLiteral("1066") } },
            [] {
                Study s;
                s.label = QStringLiteral("Delta 2020");
                s.year = 1066;
                return validateStudy(s);
            } },
        { "N randomized zero", { { QStringLiteral("n_randomized_t"), QStringLiteral("0") } },
            [] {
                Arm a;
                a.label = QStringLiteral("T");
                a.nRandomized = 0;
                return validateArm(a, QStringLiteral("_t"));
            } },
        { "dose bounds reversed",
            { { QStringLiteral("dose_cells_min_c"), QStringLiteral("2e7") },
                { QStringLiteral("dose_cells_max_c"), QStringLiteral("1e7") } },
            [] {
                Arm a;
                a.label = QStringLiteral("C");
                a.doseCellsMin = 2e7;
                a.doseCellsMax = 1e7;
                return validateArm(a, QStringLiteral("_c"));
            } },
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        QMap<QString, QString> row = validRow;
        for (auto it = c.overrides.constBegin(); it != c.overrides.constEnd(); ++it)
            row.insert(it.key(), it.value());
        const QList<FieldProblem> expected = c.forms();
        ASSERT_FALSE(expected.isEmpty()) << "the forms accept this case";
        auto store = memoryStore();
        const EvidenceBase before = store->load().value();
        const CsvTable table = CsvTable::fromRows(QStringLiteral("parity.csv"), row.keys(), { row.values() }, { 2 });
        auto checked = EvidenceCsv::check(*store, table);
        ASSERT_FALSE(checked.ok());
        QList<RowError> wanted;
        for (const FieldProblem &p : expected)
            wanted.append({ 2, p.field, p.message });
        EXPECT_EQ(checked.error().rowErrors(), wanted);
        auto imported = EvidenceCsv::import(*store, table);
        ASSERT_FALSE(imported.ok());
        EXPECT_EQ(imported.error().rowErrors(), wanted);
        EXPECT_EQ(store->load().value(), before);
    }
}
