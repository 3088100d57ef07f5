// Save → load → compare for every stored field of every table. A guard test
// checks that the fixture leaves no column of any table empty, so a column
// added later without a round-trip value makes the suite fail.
#include "core/store/studystore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace ee::store;

namespace {

Provenance provenance(const QString &tag)
{
    return Provenance { ProvenanceId(), QStringLiteral("Citation ") + tag, QStringLiteral("\"verbatim quote\" ") + tag,
        QStringLiteral("Table 2, p. 5 ") + tag, QStringLiteral("limbs ") + tag, Confidence::DerivedFromPercent,
        QStringLiteral("Reviewer ") + tag, QStringLiteral("2025-11-22T10:00:00Z") };
}

/// Writes a project with every field of every table set to a non-default
/// value; returns what load() must give back.
EvidenceBase writeFixture(StudyStore &store)
{
    EvidenceBase expected;
    expected.project = { QStringLiteral("fixture"), QStringLiteral("Fixture title"), QStringLiteral("Description ü ✓"),
        QStringLiteral("Citation of the review"), QStringLiteral("made by the round-trip test") };
    EXPECT_TRUE(store.setProjectInfo(expected.project).ok());

    expected.cellTypes = { { QStringLiteral("BMMSC"), QStringLiteral("bone marrow MSC"), QStringLiteral("BM-MSCs;BMSC"),
        QStringLiteral("bone marrow"), QStringLiteral("adult"), QStringLiteral("cell type"), QStringLiteral("BM-MSC"),
        QStringLiteral("Table 1") } };
    for (const CellType &c : expected.cellTypes)
        EXPECT_TRUE(store.putCellType(c).ok());
    expected.glossary = { { QStringLiteral("registry"), QStringLiteral("ABI"),
        QStringLiteral("ankle-brachial index") } };
    for (const GlossaryEntry &g : expected.glossary)
        EXPECT_TRUE(store.putGlossaryEntry(g).ok());

    Study study { StudyId(), QStringLiteral("Lu 2011"), QStringLiteral("Lu"), 2011, QStringLiteral("China"),
        QStringLiteral("Asia"), StudyDesign::Cct, QStringLiteral("NCT00955669"), QStringLiteral("Lu D et al."),
        QStringLiteral("10.1000/xyz"), QStringLiteral("study notes, with \"quotes\"\nand a line break") };
    study.id = store.addStudy(study).value();
    expected.studies = { study };

    Arm treatment;
    treatment.study = study.id;
    treatment.label = QStringLiteral("Lu1");
    treatment.role = ArmRole::Treatment;
    treatment.cellType = QStringLiteral("BMMSC");
    treatment.origin = CellOrigin::Autologous;
    treatment.doseText = QStringLiteral("9.3e8 per leg");
    treatment.doseCellsMin = 9.3e8;
    treatment.doseCellsMax = 9.6e8;
    treatment.doseUnit = DoseUnit::PerLeg;
    treatment.doseTier = DoseTier::High;
    treatment.doseTierBasis = DoseTierBasis::PerLegAsPerPatient;
    treatment.doseProvenance = provenance(QStringLiteral("dose"));
    treatment.route = Route::Combined;
    treatment.routeText = QStringLiteral("IM + SC");
    treatment.nRandomized = 21;
    treatment.nAnalysed = 19;
    treatment.notes = QStringLiteral("arm notes");
    treatment.id = store.addArm(treatment).value();
    treatment.doseProvenance->id = ProvenanceId(1);

    Arm control;
    control.study = study.id;
    control.label = QStringLiteral("Control");
    control.role = ArmRole::Control;
    control.cellType = QStringLiteral("none");
    control.origin = CellOrigin::Allogeneic;
    control.doseText = QStringLiteral("saline");
    control.doseCellsMin = 1;
    control.doseCellsMax = 1;
    control.doseUnit = DoseUnit::PerKg;
    control.doseTier = DoseTier::Unspecified;
    control.doseTierBasis = DoseTierBasis::ReviewerJudgement;
    control.doseProvenance = provenance(QStringLiteral("control dose"));
    control.route = Route::Intravenous;
    control.routeText = QStringLiteral("IV");
    control.nRandomized = 41;
    control.nAnalysed = 37;
    control.notes = QStringLiteral("control notes");
    control.id = store.addArm(control).value();
    control.doseProvenance->id = ProvenanceId(2);
    expected.arms = { treatment, control };

    Comparison comparison { ComparisonId(), study.id, QStringLiteral("Lu1"), treatment.id, control.id, 19, 37,
        QStringLiteral("comparison notes") };
    comparison.id = store.addComparison(comparison).value();
    expected.comparisons = { comparison };

    expected.outcomes = { { QStringLiteral("healing"), QStringLiteral("Ulcer healing"), OutcomeKind::Binary,
                              QStringLiteral("patients"), BetterDirection::Higher, QStringLiteral("complete healing"),
                              1 },
        { QStringLiteral("abi"), QStringLiteral("ABI"), OutcomeKind::Continuous, QStringLiteral("ratio"),
            BetterDirection::Lower, QStringLiteral("ankle-brachial index"), 2 } };
    for (const OutcomeDefinition &o : expected.outcomes)
        EXPECT_TRUE(store.putOutcomeDefinition(o).ok());

    OutcomeData binary;
    binary.comparison = comparison.id;
    binary.outcome = QStringLiteral("healing");
    binary.timepoint = QStringLiteral("12 weeks");
    binary.role = ExtractionRole::Extractor1;
    binary.eventsTreatment = 14;
    binary.nTreatment = 18;
    binary.eventsControl = 7;
    binary.nControl = 18;
    binary.provenance = provenance(QStringLiteral("healing"));
    binary.notes = QStringLiteral("per limb");
    binary.id = store.addOutcomeData(binary).value();
    binary.provenance.id = ProvenanceId(3);

    OutcomeData continuous;
    continuous.comparison = comparison.id;
    continuous.outcome = QStringLiteral("abi");
    continuous.timepoint = QStringLiteral("6 months");
    continuous.role = ExtractionRole::Extractor2;
    continuous.nTreatment = 19;
    continuous.nControl = 37;
    continuous.meanTreatment = 0.12345678901234567;
    continuous.sdTreatment = 0.03;
    continuous.meanControl = -2.9e-7;
    continuous.sdControl = 1e10;
    continuous.provenance = provenance(QStringLiteral("abi"));
    continuous.notes = QStringLiteral("change from baseline");
    continuous.id = store.addOutcomeData(continuous).value();
    continuous.provenance.id = ProvenanceId(4);
    expected.outcomeData = { binary, continuous };

    expected.moderatorDefinitions = { { QStringLiteral("followup_months"), QStringLiteral("Follow-up"),
        QStringLiteral("months"), QStringLiteral("as printed") } };
    for (const ModeratorDefinition &m : expected.moderatorDefinitions)
        EXPECT_TRUE(store.putModeratorDefinition(m).ok());
    Moderator moderator { ModeratorId(), study.id, comparison.id, QStringLiteral("followup_months"),
        QStringLiteral("26-50"), 26.0, 50.0, provenance(QStringLiteral("follow-up")) };
    moderator.id = store.setModerator(moderator).value();
    moderator.provenance->id = ProvenanceId(5);
    expected.moderators = { moderator };

    FacetDefinition facet;
    facet.name = QStringLiteral("followup");
    facet.label = QStringLiteral("Follow-up");
    facet.kind = FacetKind::NumericBinned;
    facet.attribute = QStringLiteral("moderator.followup_months");
    facet.group = QStringLiteral("more");
    facet.derivation = QStringLiteral("cut at 10 months");
    facet.position = 3;
    facet.levels = { { QStringLiteral("<10 months"), QStringLiteral("Under 10"), -1.5, false, 10.0, false,
                         { QStringLiteral("short"), QStringLiteral("brief") } },
        { QStringLiteral(">=10 months"), QStringLiteral("10 or more"), 10.0, true, 1e9, true,
            { QStringLiteral("long") } } };
    EXPECT_TRUE(store.putFacet(facet).ok());
    expected.facets = { facet };

    RobAssessment rob { study.id, QStringLiteral("healing"), RobDomain::MissingData, RobJudgement::SomeConcerns,
        QStringLiteral("12% lost to follow-up"), QStringLiteral("Reviewer A"), QStringLiteral("2025-11-22") };
    EXPECT_TRUE(store.putRiskOfBias(rob).ok());
    expected.riskOfBias = { rob };

    EvidenceNote note { NoteId(), study.id, treatment.id, comparison.id, QStringLiteral("healing"), NoteKind::Conflict,
        QStringLiteral("n"), QStringLiteral("19/37"), QStringLiteral("41/41"), QStringLiteral("arm sizes differ"),
        provenance(QStringLiteral("note")) };
    note.id = store.addNote(note).value();
    note.provenance->id = ProvenanceId(6);
    expected.notes = { note };

    PublishedResult published { PublishedResultId(), QStringLiteral("healing"), QStringLiteral("OR"),
        QStringLiteral("overall"), QStringLiteral("overall"), QStringLiteral("4.64"), QStringLiteral("3.11"),
        QStringLiteral("6.90"), 4.64, 3.11, 6.90, QStringLiteral("random"), QStringLiteral("53"), QStringLiteral("27"),
        QStringLiteral("1624"), QStringLiteral("<0.001"), QStringLiteral("Figure 2"), QStringLiteral("3.3.1"),
        QStringLiteral("pooled OR 4.64"), QStringLiteral("0.01"), QStringLiteral("note") };
    published.id = store.addPublishedResult(published).value();
    expected.publishedResults = { published };

    SubgroupTest test { 1, QStringLiteral("healing"), QStringLiteral("region"), QStringLiteral("17.12"),
        QStringLiteral("3"), QStringLiteral("<0.01"), QStringLiteral("3.3.2.1"), QStringLiteral("quote"),
        QStringLiteral("significant"), QStringLiteral("note") };
    EXPECT_TRUE(store.addSubgroupTest(test).ok());
    expected.subgroupTests = { test };
    LeaveOneOutRange loo { 1, QStringLiteral("healing"), QStringLiteral("4.12"), QStringLiteral("5.03"),
        QStringLiteral("quote"), QStringLiteral("OR"), QStringLiteral("Figure 14") };
    EXPECT_TRUE(store.addLeaveOneOutRange(loo).ok());
    expected.leaveOneOutRanges = { loo };
    MetaRegressionResult regression { 1, QStringLiteral("healing"), QStringLiteral("diabetes_duration"),
        QStringLiteral("0.006"), QStringLiteral("quote") };
    EXPECT_TRUE(store.addMetaRegressionResult(regression).ok());
    expected.metaRegressionResults = { regression };
    HeterogeneityResult heterogeneity { 1, QStringLiteral("abi"), QStringLiteral("96"), QStringLiteral("Sui 2020"),
        QStringLiteral("quote") };
    EXPECT_TRUE(store.addHeterogeneityResult(heterogeneity).ok());
    expected.heterogeneityResults = { heterogeneity };
    QualitativeResult qualitative { 1, QStringLiteral("healing"), QStringLiteral("OR"), QStringLiteral("route"),
        QStringLiteral("IA"), QStringLiteral("not significant"), QStringLiteral("Figure 5"), QStringLiteral("3.3.2.4"),
        QStringLiteral("quote") };
    EXPECT_TRUE(store.addQualitativeResult(qualitative).ok());
    expected.qualitativeResults = { qualitative };

    RegistryRecord record { RegistryRecordId(), 5, QStringLiteral("NCT00955669"), QStringLiteral("I"),
        QStringLiteral("completed"), QStringLiteral("BM-MSCs or MNCs"), QStringLiteral("BM-MNC or BM-MSC"),
        QStringLiteral("autologous"), QStringLiteral("Fontaine 5"), QStringLiteral("9.3 ± 1.1 × 10^8"), 9.3e8, 9.6e8,
        QStringLiteral("IM"), QStringLiteral("AEs;UH"), 6.5, 40, QStringLiteral("20/20"), study.id };
    record.id = store.addRegistryRecord(record).value();
    expected.registryRecords = { record };
    return expected;
}

} // namespace

TEST(StudyStoreRoundTrip, EveryFieldSurvivesSaveAndLoad)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roundtrip.evidence"));
    EvidenceBase expected;
    {
        auto store = StudyStore::open(path, StudyStore::OpenMode::Create);
        ASSERT_TRUE(store.ok());
        expected = writeFixture(*store.value());
    }
    auto store = StudyStore::open(path, StudyStore::OpenMode::ReadOnly);
    ASSERT_TRUE(store.ok()) << store.error().text().toStdString();
    auto loaded = store.value()->load();
    ASSERT_TRUE(loaded.ok()) << loaded.error().text().toStdString();
    const EvidenceBase &actual = loaded.value();
    // Table by table first, for readable failures.
    EXPECT_EQ(actual.project, expected.project);
    EXPECT_EQ(actual.cellTypes, expected.cellTypes);
    EXPECT_EQ(actual.glossary, expected.glossary);
    EXPECT_EQ(actual.studies, expected.studies);
    EXPECT_EQ(actual.arms, expected.arms);
    EXPECT_EQ(actual.comparisons, expected.comparisons);
    EXPECT_EQ(actual.outcomes, expected.outcomes);
    EXPECT_EQ(actual.outcomeData, expected.outcomeData);
    EXPECT_EQ(actual.moderatorDefinitions, expected.moderatorDefinitions);
    EXPECT_EQ(actual.moderators, expected.moderators);
    EXPECT_EQ(actual.facets, expected.facets);
    EXPECT_EQ(actual.riskOfBias, expected.riskOfBias);
    EXPECT_EQ(actual.notes, expected.notes);
    EXPECT_EQ(actual.publishedResults, expected.publishedResults);
    EXPECT_EQ(actual.subgroupTests, expected.subgroupTests);
    EXPECT_EQ(actual.leaveOneOutRanges, expected.leaveOneOutRanges);
    EXPECT_EQ(actual.metaRegressionResults, expected.metaRegressionResults);
    EXPECT_EQ(actual.heterogeneityResults, expected.heterogeneityResults);
    EXPECT_EQ(actual.qualitativeResults, expected.qualitativeResults);
    EXPECT_EQ(actual.registryRecords, expected.registryRecords);
    EXPECT_EQ(actual, expected);
}

TEST(StudyStoreRoundTrip, FixtureFillsEveryColumnOfEveryTable)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("columns.evidence"));
    {
        auto store = StudyStore::open(path, StudyStore::OpenMode::Create);
        ASSERT_TRUE(store.ok());
        writeFixture(*store.value());
    }
    QStringList empty;
    int tables = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("columns"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery names(db);
        ASSERT_TRUE(names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
        while (names.next()) {
            const QString table = names.value(0).toString();
            ++tables;
            QSqlQuery rows(db);
            ASSERT_TRUE(rows.exec(QStringLiteral("SELECT * FROM ") + table));
            const QSqlRecord record = rows.record();
            QList<bool> seen(record.count(), false);
            while (rows.next()) {
                for (int c = 0; c < record.count(); ++c) {
                    const QVariant v = rows.value(c);
                    if (!v.isNull() && !(v.typeId() == QMetaType::QString && v.toString().isEmpty()))
                        seen[c] = true;
                }
            }
            for (int c = 0; c < record.count(); ++c) {
                if (!seen[c])
                    empty << table + QLatin1Char('.') + record.fieldName(c);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("columns"));
    EXPECT_GE(tables, 20);
    EXPECT_TRUE(empty.isEmpty()) << "columns the round-trip fixture leaves empty: "
                                 << empty.join(QStringLiteral(", ")).toStdString();
}

TEST(StudyStoreRoundTrip, UpdatesReplaceEveryFieldAndKeepProvenanceRows)
{
    auto opened = StudyStore::open(QStringLiteral(":memory:"), StudyStore::OpenMode::Create);
    ASSERT_TRUE(opened.ok());
    StudyStore &store = *opened.value();
    EvidenceBase base = writeFixture(store);

    Study study = base.studies[0];
    study.label = QStringLiteral("Lu 2012");
    study.firstAuthor = QStringLiteral("Lü");
    study.year = 2012;
    study.country = QStringLiteral("PRC");
    study.region = QStringLiteral("East Asia");
    study.design = StudyDesign::Retrospective;
    study.registryId = QStringLiteral("none");
    study.citation = QStringLiteral("other");
    study.doi = QStringLiteral("10.1/2");
    study.notes = QStringLiteral("changed");
    ASSERT_TRUE(store.updateStudy(study).ok());

    Arm arm = base.arms[0];
    arm.label = QStringLiteral("Lu1b");
    arm.cellType = QStringLiteral("BMMNC");
    arm.origin = CellOrigin::NotReported;
    arm.doseText = QStringLiteral("3e9");
    arm.doseCellsMin = 3e9;
    arm.doseCellsMax = std::nullopt;
    arm.doseUnit = DoseUnit::PerPatient;
    arm.doseTier = DoseTier::VeryHigh;
    arm.doseTierBasis = DoseTierBasis::TotalPerPatient;
    arm.doseProvenance->quote = QStringLiteral("new quote");
    arm.route = Route::Topical;
    arm.routeText = QStringLiteral("topical");
    arm.nRandomized = std::nullopt;
    arm.nAnalysed = 5;
    arm.notes.clear();
    ASSERT_TRUE(store.updateArm(arm).ok());

    OutcomeData data = base.outcomeData[0];
    data.timepoint = QStringLiteral("24 weeks");
    data.role = ExtractionRole::Final;
    data.eventsTreatment = 15;
    data.eventsControl = 0;
    data.provenance.citation = QStringLiteral("Corrected citation");
    data.provenance.confidence = Confidence::Exact;
    data.notes = QStringLiteral("corrected");
    ASSERT_TRUE(store.updateOutcomeData(data).ok());

    auto loaded = store.load();
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->studies[0], study);
    EXPECT_EQ(loaded->arms[0], arm);
    EXPECT_EQ(loaded->outcomeData[0], data);

    // Dropping the dose provenance removes its row.
    arm.doseProvenance.reset();
    ASSERT_TRUE(store.updateArm(arm).ok());
    EXPECT_EQ(store.load()->arms[0], arm);

    // Removing a study removes everything that belongs to it.
    ASSERT_TRUE(store.removeStudy(study.id).ok());
    auto emptied = store.load();
    ASSERT_TRUE(emptied.ok());
    EXPECT_TRUE(emptied->studies.isEmpty());
    EXPECT_TRUE(emptied->arms.isEmpty());
    EXPECT_TRUE(emptied->comparisons.isEmpty());
    EXPECT_TRUE(emptied->outcomeData.isEmpty());
    EXPECT_TRUE(emptied->moderators.isEmpty());
    EXPECT_TRUE(emptied->notes.isEmpty());
    EXPECT_TRUE(emptied->riskOfBias.isEmpty());
    EXPECT_FALSE(emptied->registryRecords[0].study.isValid());
    EXPECT_EQ(emptied->outcomes.size(), 2); // definitions are the project's, not the study's
}

TEST(StudyStoreValidation, InvalidValuesAreRefusedWithTheFieldNamed)
{
    auto opened = StudyStore::open(QStringLiteral(":memory:"), StudyStore::OpenMode::Create);
    ASSERT_TRUE(opened.ok());
    StudyStore &store = *opened.value();
    EvidenceBase base = writeFixture(store);
    const EvidenceBase before = store.load().value();

    OutcomeData data = base.outcomeData[0];
    data.id = OutcomeDataId();
    data.timepoint = QStringLiteral("other");
    data.eventsTreatment = 19; // > n_t = 18
    auto tooMany = store.addOutcomeData(data);
    ASSERT_FALSE(tooMany.ok());
    EXPECT_EQ(tooMany.error().code(), StoreErrorCode::Constraint);
    EXPECT_TRUE(tooMany.error().message().contains(QStringLiteral("events_t"))) << tooMany.error().text().toStdString();

    OutcomeData wrongKind = base.outcomeData[1]; // continuous numbers
    wrongKind.id = OutcomeDataId();
    wrongKind.outcome = QStringLiteral("healing"); // a binary outcome
    auto mismatch = store.addOutcomeData(wrongKind);
    ASSERT_FALSE(mismatch.ok());
    EXPECT_TRUE(mismatch.error().message().contains(QStringLiteral("events")));

    OutcomeData badSd = base.outcomeData[1];
    badSd.id = OutcomeDataId();
    badSd.timepoint = QStringLiteral("later");
    badSd.sdControl = 0;
    auto zeroSd = store.addOutcomeData(badSd);
    ASSERT_FALSE(zeroSd.ok());
    EXPECT_TRUE(zeroSd.error().message().contains(QStringLiteral("sd_c")));

    badSd.sdControl = std::nan("");
    EXPECT_FALSE(store.addOutcomeData(badSd).ok());

    Study badYear = base.studies[0];
    badYear.id = StudyId();
    badYear.label = QStringLiteral("Other");
    badYear.year = 20011;
    auto year = store.addStudy(badYear);
    ASSERT_FALSE(year.ok());
    EXPECT_TRUE(year.error().message().contains(QStringLiteral("year")));

    Arm badArm = base.arms[0];
    badArm.id = ArmId();
    badArm.label = QStringLiteral("Other");
    badArm.nAnalysed = 0;
    EXPECT_FALSE(store.addArm(badArm).ok());

    // An arm of another study cannot join a comparison.
    Study other;
    other.label = QStringLiteral("Other 2020");
    const StudyId otherId = store.addStudy(other).value();
    Comparison crossed { ComparisonId(), otherId, QStringLiteral("crossed"), base.arms[0].id, base.arms[1].id, {}, {},
        {} };
    auto cross = store.addComparison(crossed);
    ASSERT_FALSE(cross.ok());
    EXPECT_EQ(cross.error().code(), StoreErrorCode::Constraint);
    ASSERT_TRUE(store.removeStudy(otherId).ok());

    EXPECT_EQ(store.load().value(), before);
}
