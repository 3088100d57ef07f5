// The evidence bases built at build time (core/store/extra.cmake): what they
// hold, checked against the CSV sources, and that they are read-only.
#include "core/store/bundledbases.h"
#include "core/store/csvtable.h"
#include "core/store/evidenceindex.h"
#include "core/store/numbertext.h"
#include "core/store/studystore.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ee::store;

namespace {

const QString kDataDir = QStringLiteral(EE_BINARY_DIR "/share/evidence-explorer");
const QString kSources = QStringLiteral(EE_SOURCE_DIR "/resources/data");

class CellTherapyBase : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        auto opened =
            StudyStore::open(kDataDir + QStringLiteral("/dfu-cell-therapy.evidence"), StudyStore::OpenMode::ReadOnly);
        ASSERT_TRUE(opened.ok()) << opened.error().text().toStdString();
        store = opened.value().release();
        auto loaded = store->load();
        ASSERT_TRUE(loaded.ok()) << loaded.error().text().toStdString();
        base = new EvidenceBase(loaded.value());
    }
    static void TearDownTestSuite()
    {
        delete base;
        delete store;
        base = nullptr;
        store = nullptr;
    }

    static const Comparison *comparison(const QString &label)
    {
        for (const Comparison &c : base->comparisons) {
            if (c.label == label)
                return &c;
        }
        return nullptr;
    }
    static const Arm *arm(ArmId id)
    {
        for (const Arm &a : base->arms) {
            if (a.id == id)
                return &a;
        }
        return nullptr;
    }

    static StudyStore *store;
    static EvidenceBase *base;
};

StudyStore *CellTherapyBase::store = nullptr;
EvidenceBase *CellTherapyBase::base = nullptr;

QString normalised(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.replace(space, QStringLiteral(" "));
}

} // namespace

TEST_F(CellTherapyBase, HoldsTheReviewTable1AsStudiesArmsAndComparisons)
{
    ASSERT_NE(base, nullptr);
    EXPECT_EQ(base->project.name, QStringLiteral("dfu-cell-therapy"));
    EXPECT_EQ(base->studies.size(), 32);
    EXPECT_EQ(base->comparisons.size(), 38);
    EXPECT_EQ(base->arms.size(), 38 + 32);
    int total = 0;
    for (const Comparison &c : base->comparisons)
        total += c.reportedNTreatment.value_or(0) + c.reportedNControl.value_or(0);
    EXPECT_EQ(total, 2059); // the review's headline, which counts shared controls more than once
    for (const Study &s : base->studies) {
        EXPECT_EQ(s.design, StudyDesign::Rct) << s.label.toStdString();
        EXPECT_FALSE(s.region.isEmpty()) << s.label.toStdString();
    }
}

TEST_F(CellTherapyBase, MultiArmTrialsShareOneControlArm)
{
    const QStringList groups[] = { { QStringLiteral("Lu1"), QStringLiteral("Lu2") },
        { QStringLiteral("Kirana1"), QStringLiteral("Kirana2") },
        { QStringLiteral("Dubsky1"), QStringLiteral("Dubsky2") },
        { QStringLiteral("Pollak1"), QStringLiteral("Pollak2"), QStringLiteral("Pollak3") },
        { QStringLiteral("Meamar1"), QStringLiteral("Meamar2") } };
    for (const QStringList &group : groups) {
        const Comparison *first = comparison(group.front());
        ASSERT_NE(first, nullptr);
        for (const QString &label : group) {
            const Comparison *c = comparison(label);
            ASSERT_NE(c, nullptr) << label.toStdString();
            EXPECT_EQ(c->controlArm, first->controlArm) << label.toStdString();
            EXPECT_EQ(c->study, first->study);
        }
    }
    EXPECT_NE(comparison(QStringLiteral("Dubsky1"))->study, comparison(QStringLiteral("Dubsky_2014"))->study);
    // The Dubsky control differs between the review's rows: both kept, the arm's N left empty.
    EXPECT_EQ(comparison(QStringLiteral("Dubsky1"))->reportedNControl, 20);
    EXPECT_EQ(comparison(QStringLiteral("Dubsky2"))->reportedNControl, 22);
    EXPECT_FALSE(arm(comparison(QStringLiteral("Dubsky1"))->controlArm)->nAnalysed.has_value());
}

TEST_F(CellTherapyBase, EveryOutcomeValueMatchesItsSourceRowWithProvenance)
{
    auto table = CsvTable::read(kSources + QStringLiteral("/dfu-cell-therapy/outcomes.csv"));
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(base->outcomeData.size(), table->rowCount());
    for (qsizetype i = 0; i < table->rowCount(); ++i) {
        auto v = [&](const char *c) { return table->value(i, QString::fromLatin1(c)); };
        const Comparison *c = comparison(v("arm_label"));
        ASSERT_NE(c, nullptr);
        const OutcomeData *found = nullptr;
        for (const OutcomeData &d : base->outcomeData) {
            if (d.comparison == c->id && d.outcome == v("outcome"))
                found = &d;
        }
        ASSERT_NE(found, nullptr) << v("arm_label").toStdString() << ' ' << v("outcome").toStdString();
        EXPECT_EQ(found->eventsTreatment, parseInteger(v("events_t")));
        EXPECT_EQ(found->nTreatment, parseInteger(v("n_t")));
        EXPECT_EQ(found->eventsControl, parseInteger(v("events_c")));
        EXPECT_EQ(found->nControl, parseInteger(v("n_c")));
        EXPECT_EQ(found->meanTreatment, parseNumber(v("mean_t")));
        EXPECT_EQ(found->sdTreatment, parseNumber(v("sd_t")));
        EXPECT_EQ(found->meanControl, parseNumber(v("mean_c")));
        EXPECT_EQ(found->sdControl, parseNumber(v("sd_c")));
        EXPECT_EQ(found->timepoint, v("timepoint"));
        EXPECT_EQ(found->notes, v("notes"));
        EXPECT_EQ(toCode(found->provenance.confidence), v("confidence"));
        EXPECT_EQ(found->provenance.counted, v("unit"));
        // Citation and quote together are the source column, nothing added or lost.
        EXPECT_FALSE(found->provenance.quote.isEmpty());
        EXPECT_TRUE(v("source").startsWith(found->provenance.citation));
        EXPECT_TRUE(v("source").endsWith(found->provenance.quote));
        EXPECT_FALSE(found->provenance.enteredBy.isEmpty());
    }
}

TEST_F(CellTherapyBase, HealingQueryGivesTheSixArmsWithDataAndListsTheRestAsNotExtracted)
{
    QueryRequest request;
    request.outcome = QStringLiteral("healing");
    auto result = store->query(request);
    ASSERT_TRUE(result.ok()) << result.error().text().toStdString();
    QStringList labels;
    for (const QueryRow &row : result->rows)
        labels << row.label;
    labels.sort();
    EXPECT_EQ(labels,
        (QStringList { QStringLiteral("Han"), QStringLiteral("Huang"), QStringLiteral("Lonardi"),
            QStringLiteral("Moon"), QStringLiteral("Uzun"), QStringLiteral("Zhang") }));
    EXPECT_EQ(result->notExtracted.size(), 32);
    // Coverage as SOURCES.md states it.
    const std::pair<const char *, int> coverage[] = { { "amputation", 4 }, { "healing_time", 2 }, { "ulcer_area", 1 },
        { "claudication", 1 }, { "rest_pain", 1 }, { "abi", 0 }, { "tcpo2", 0 }, { "pfwd", 0 },
        { "neovascularization", 0 } };
    for (const auto &[outcome, rows] : coverage) {
        request.outcome = QString::fromLatin1(outcome);
        auto r = store->query(request);
        ASSERT_TRUE(r.ok());
        EXPECT_EQ(r->rows.size(), rows) << outcome;
        EXPECT_EQ(r->rows.size() + r->notExtracted.size(), 38) << outcome;
    }
}

TEST_F(CellTherapyBase, FacetsFollowTheReviewCodesAndCutOffs)
{
    QueryRequest request; // no outcome: all 38 comparisons
    auto result = store->query(request);
    ASSERT_TRUE(result.ok());
    auto levelCounts = [&](const QString &facet) {
        QMap<QString, int> counts;
        for (const FacetCounts &f : result->facetCounts) {
            if (f.facet == facet) {
                for (const LevelCount &l : f.levels)
                    counts.insert(l.code, l.comparisons);
            }
        }
        return counts;
    };
    const QMap<QString, int> cellTypes = levelCounts(QStringLiteral("cell_type"));
    EXPECT_EQ(cellTypes.value(QStringLiteral("ASC")), 9);
    EXPECT_EQ(cellTypes.value(QStringLiteral("PBMNC")), 7);
    EXPECT_EQ(cellTypes.value(QStringLiteral("BMMSC")), 7);
    EXPECT_EQ(cellTypes.value(QStringLiteral("BMMNC")), 4);
    EXPECT_EQ(cellTypes.value(QStringLiteral("UC-MSC")), 10);
    EXPECT_EQ(cellTypes.value(QStringLiteral("BM-DC")), 1);
    EXPECT_EQ(cellTypes.value(QString()), 0);

    const QMap<QString, int> routes = levelCounts(QStringLiteral("route"));
    EXPECT_EQ(routes.value(QStringLiteral("combined")), 4); // IM + SC, IV + SC, SC + IM, SC + Top.
    EXPECT_EQ(routes.value(QStringLiteral("IA")), 1);

    // Tiers are derived from the recorded doses: see docs/store.md.
    const QMap<QString, int> tiers = levelCounts(QStringLiteral("dose_tier"));
    EXPECT_EQ(tiers.value(QStringLiteral("medium")), 4); // Ozturk, Qin, He, Kirana2
    EXPECT_EQ(tiers.value(QStringLiteral("high")), 4); // Kirana1, Mohammadzadeh, Lu1, Lu2
    EXPECT_EQ(tiers.value(QStringLiteral("very_high")), 3); // Dubsky1, Dubsky2, Huang
    EXPECT_EQ(tiers.value(QStringLiteral("unspecified")), 4); // Dash, Dubsky 2014, Jain, Lonardi
    EXPECT_EQ(tiers.value(QStringLiteral("low")), 0);
    EXPECT_EQ(tiers.value(QString()), 23); // no dose found, or not assignable

    const QMap<QString, int> followup = levelCounts(QStringLiteral("followup"));
    // Raposio, Uzun (26-50), Kirana1/2, Moon, Dubsky 2014, Pollak1-3, Meamar1/2, Zhang.
    EXPECT_EQ(followup.value(QStringLiteral(">=10 months")), 12);
    EXPECT_EQ(followup.value(QStringLiteral("<10 months")), 26); // includes Zhao's range "1-6"
    EXPECT_EQ(followup.value(QString()), 0);

    // Not yet extracted for any study: every comparison is "not recorded".
    for (const char *facet : { "ulcer_area", "diabetes_duration", "ulcer_duration", "rob" })
        EXPECT_EQ(levelCounts(QString::fromLatin1(facet)).value(QString()), 38) << facet;
    EXPECT_EQ(levelCounts(QStringLiteral("region")).value(QStringLiteral("North America")), 3);
}

TEST_F(CellTherapyBase, ConflictsAreNotesWithVerbatimSources)
{
    QFile sources(kSources + QStringLiteral("/dfu-cell-therapy/SOURCES.md"));
    ASSERT_TRUE(sources.open(QIODevice::ReadOnly));
    const QString sourcesText = normalised(QString::fromUtf8(sources.readAll()));
    int conflicts = 0;
    QSet<QString> conflictFields;
    for (const EvidenceNote &note : base->notes) {
        ASSERT_TRUE(note.provenance.has_value());
        EXPECT_FALSE(note.text.isEmpty());
        if (note.kind == NoteKind::DoseRoute)
            continue;
        for (const QString &part : note.provenance->quote.split(QStringLiteral(" [...] ")))
            EXPECT_TRUE(sourcesText.contains(normalised(part))) << part.toStdString();
        if (note.kind == NoteKind::Conflict) {
            ++conflicts;
            conflictFields.insert(note.field);
        }
    }
    EXPECT_GE(conflicts, 20);
    EXPECT_TRUE(conflictFields.contains(QStringLiteral("cell_type")));
    EXPECT_TRUE(conflictFields.contains(QStringLiteral("design")));
    EXPECT_TRUE(conflictFields.contains(QStringLiteral("n")));
    EXPECT_TRUE(conflictFields.contains(QStringLiteral("route")));

    // Pollak and Meamar: the review's label is kept, and the conflict is a note.
    auto index = store->index();
    ASSERT_TRUE(index.ok());
    for (const QString &label : { QStringLiteral("Pollak1"), QStringLiteral("Meamar1") }) {
        const Comparison *c = comparison(label);
        EXPECT_EQ(arm(c->treatmentArm)->cellType, QStringLiteral("UC-MSC"));
        bool noted = false;
        for (const EvidenceNote &note : index.value()->notesFor(c->study))
            noted = noted
                || (note.field == QLatin1String("cell_type") && note.otherValue.contains(QStringLiteral("placenta")));
        EXPECT_TRUE(noted) << label.toStdString();
    }
}

TEST_F(CellTherapyBase, DosesKeepTheirTextSourceAndTierBasis)
{
    int withStatement = 0;
    for (const Arm &a : base->arms) {
        if (a.doseText.isEmpty()) {
            EXPECT_EQ(a.doseTier, DoseTier::NotAssigned) << a.label.toStdString();
            continue;
        }
        ++withStatement;
        ASSERT_TRUE(a.doseProvenance.has_value()) << a.label.toStdString();
        EXPECT_FALSE(a.doseProvenance->citation.isEmpty());
        if (a.doseTier != DoseTier::NotAssigned) {
            EXPECT_NE(a.doseTierBasis, DoseTierBasis::NotAssigned) << a.label.toStdString();
        }
    }
    EXPECT_EQ(withStatement, 20); // SOURCES.md: "20 arms have a dose statement"
    const Arm *pollak = arm(comparison(QStringLiteral("Pollak1"))->treatmentArm);
    EXPECT_EQ(pollak->doseTier, DoseTier::NotAssigned); // the arm-to-dose mapping is unknown
    const Arm *mohammadzadeh = arm(comparison(QStringLiteral("Mohammadzadeh"))->treatmentArm);
    EXPECT_EQ(mohammadzadeh->doseCellsMin, 9e8);
    EXPECT_EQ(mohammadzadeh->doseCellsMax, 1.2e9);
    EXPECT_EQ(mohammadzadeh->doseUnit, DoseUnit::PerLeg);
    EXPECT_EQ(mohammadzadeh->doseTierBasis, DoseTierBasis::PerLegAsPerPatient);
}

TEST_F(CellTherapyBase, HoldsThePublishedResultsAndRegistry)
{
    EXPECT_EQ(base->publishedResults.size(), 181);
    EXPECT_EQ(base->subgroupTests.size(), 32);
    EXPECT_EQ(base->leaveOneOutRanges.size(), 7);
    EXPECT_EQ(base->metaRegressionResults.size(), 8);
    EXPECT_EQ(base->heterogeneityResults.size(), 10);
    EXPECT_EQ(base->qualitativeResults.size(), 11);
    EXPECT_EQ(base->registryRecords.size(), 39);
    EXPECT_EQ(base->glossary.size(), 30);
    EXPECT_EQ(base->cellTypes.size(), 51 + 5);

    auto index = store->index();
    ASSERT_TRUE(index.ok());
    const QList<PublishedResult> overall = index.value()->publishedResults(
        QStringLiteral("healing"), QStringLiteral("overall"), QStringLiteral("overall"));
    ASSERT_EQ(overall.size(), 1);
    EXPECT_EQ(overall[0].estimate, QStringLiteral("4.64"));
    EXPECT_EQ(overall[0].estimateValue, 4.64);
    EXPECT_EQ(overall[0].ciUpper, QStringLiteral("6.90"));
    EXPECT_EQ(overall[0].model, QStringLiteral("random"));
    // Every published facet level that is a facet of the project names a level of it.
    for (const PublishedResult &p : base->publishedResults) {
        if (p.facet == QLatin1String("overall") || p.level == QLatin1String("high_or_very_high")
            || p.level == QLatin1String("other") || p.level.contains(QLatin1String(" and ")))
            continue;
        const FacetDefinition *facet = index.value()->facet(p.facet);
        ASSERT_NE(facet, nullptr) << p.facet.toStdString();
        bool found = false;
        for (const FacetLevel &level : facet->levels)
            found = found || level.code == p.level;
        EXPECT_TRUE(found) << p.facet.toStdString() << '=' << p.level.toStdString();
    }
    int linked = 0;
    for (const RegistryRecord &r : base->registryRecords)
        linked += r.study.isValid() ? 1 : 0;
    EXPECT_EQ(linked, 1); // NCT01065337 is Kirana 2012
}

TEST_F(CellTherapyBase, IsReadOnlyAndSaveAsGivesAnEditableCopy)
{
    Study s;
    s.label = QStringLiteral("New trial 2026");
    auto added = store->addStudy(s);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code(), StoreErrorCode::ReadOnly);

    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("my-review.evidence"));
    ASSERT_TRUE(store->saveAs(copy).ok());
    auto editable = StudyStore::open(copy, StudyStore::OpenMode::ReadWrite);
    ASSERT_TRUE(editable.ok()) << editable.error().text().toStdString();
    ASSERT_TRUE(editable.value()->addStudy(s).ok());
    EXPECT_EQ(editable.value()->load()->studies.size(), 33);
}

TEST(BundledExamples, TwoMetadatProjectsWithFullArmData)
{
    qputenv("EE_DATA_DIR", kDataDir.toUtf8());
    auto examples = BundledBases::examples();
    qunsetenv("EE_DATA_DIR");
    ASSERT_TRUE(examples.ok()) << examples.error().text().toStdString();
    ASSERT_EQ(examples->size(), 2);
    EXPECT_TRUE(examples->at(0).info.title.contains(QStringLiteral("Asthma")));
    EXPECT_TRUE(examples->at(1).info.title.contains(QStringLiteral("BCG")));

    auto bcg = StudyStore::open(kDataDir + QStringLiteral("/examples/bcg.evidence"), StudyStore::OpenMode::ReadOnly);
    ASSERT_TRUE(bcg.ok());
    QueryRequest request;
    request.outcome = QStringLiteral("tb");
    auto tb = bcg.value()->query(request);
    ASSERT_TRUE(tb.ok());
    EXPECT_EQ(tb->rows.size(), 13);
    EXPECT_EQ(tb->rows[0].label, QStringLiteral("Aronson 1948"));
    EXPECT_EQ(tb->rows[0].treatment.events, 4);
    EXPECT_EQ(tb->rows[0].treatment.n, 123);
    EXPECT_EQ(tb->rows[0].control.events, 11);
    EXPECT_EQ(tb->rows[0].control.n, 139);
    request.filters[QStringLiteral("alloc")] = { QStringLiteral("random") };
    request.filters[QStringLiteral("ablat")] = { QStringLiteral(">=40") };
    auto filtered = bcg.value()->query(request);
    ASSERT_TRUE(filtered.ok());
    EXPECT_EQ(filtered->rows.size(), 4); // Aronson, Ferguson & Simes, Rosenthal 1960, Hart & Sutherland

    auto gibson =
        StudyStore::open(kDataDir + QStringLiteral("/examples/gibson2002.evidence"), StudyStore::OpenMode::ReadOnly);
    ASSERT_TRUE(gibson.ok());
    request = QueryRequest();
    request.outcome = QStringLiteral("days_off");
    auto days = gibson.value()->query(request);
    ASSERT_TRUE(days.ok());
    EXPECT_EQ(days->rows.size(), 13);
    EXPECT_EQ(days->notExtracted.size(), 2);
    EXPECT_EQ(days->outcome->kind, OutcomeKind::Continuous);
    request.outcome = QStringLiteral("any_days_off");
    auto any = gibson.value()->query(request);
    ASSERT_TRUE(any.ok());
    EXPECT_EQ(any->rows.size(), 7);
}

TEST(BundledExamples, DefaultBaseIsFoundBesideTheBinaries)
{
    // Test binaries live in build/bin, so <app dir>/../share/evidence-explorer is the build's data folder.
    EXPECT_EQ(BundledBases::defaultBasePath(), kDataDir + QStringLiteral("/dfu-cell-therapy.evidence"));
    EXPECT_TRUE(QFile::exists(BundledBases::defaultBasePath()));
}
