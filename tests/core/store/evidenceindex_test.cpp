// The explorer's query layer: filters, facet counts, studies without data,
// shared control arms, and the errors for unknown names.
#include "core/store/evidenceindex.h"
#include "core/store/poolinput.h"
#include "core/store/studystore.h"

#include <gtest/gtest.h>

using namespace ee::store;

namespace {

/// Three studies:
///  A 2010 (Asia, IM, BMMSC, follow-up 6): healing 10/20 vs 5/20
///  B 2015 (Europe, multi-arm): B1 (SC, ASC) and B2 (IM, BMMSC) share one
///    control; healing 8/10 vs 3/12 and 6/10 vs 3/12; follow-up "12-24"
///  C 2020 (Asia, topical ASC, follow-up "1-12"): no healing data; ABI only
class QueryFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = StudyStore::open(QStringLiteral(":memory:"), StudyStore::OpenMode::Create);
        ASSERT_TRUE(opened.ok());
        store = std::move(opened.value());
        ASSERT_TRUE(store
                        ->putOutcomeDefinition({ QStringLiteral("healing"), QStringLiteral("Healing"),
                            OutcomeKind::Binary, QStringLiteral("patients"), BetterDirection::Higher, {}, 0 })
                        .ok());
        ASSERT_TRUE(store
                        ->putOutcomeDefinition({ QStringLiteral("abi"), QStringLiteral("ABI"), OutcomeKind::Continuous,
                            QStringLiteral("ratio"), BetterDirection::Higher, {}, 1 })
                        .ok());
        ASSERT_TRUE(store->putModeratorDefinition({ QStringLiteral("followup_months"), {}, {}, {} }).ok());

        const StudyId a = addStudy(QStringLiteral("A 2010"), 2010, QStringLiteral("Asia"), QStringLiteral("6"));
        const StudyId b = addStudy(QStringLiteral("B 2015"), 2015, QStringLiteral("Europe"), QStringLiteral("12-24"));
        const StudyId c = addStudy(QStringLiteral("C 2020"), 2020, QStringLiteral("Asia"), QStringLiteral("1-12"));

        const ArmId aT =
            addArm(a, QStringLiteral("A"), ArmRole::Treatment, QStringLiteral("BMMSC"), Route::Intramuscular);
        const ArmId aC = addArm(a, QStringLiteral("Control"), ArmRole::Control, {}, Route::NotReported);
        const ArmId b1 =
            addArm(b, QStringLiteral("B1"), ArmRole::Treatment, QStringLiteral("ASC"), Route::Subcutaneous);
        const ArmId b2 =
            addArm(b, QStringLiteral("B2"), ArmRole::Treatment, QStringLiteral("BMMSC"), Route::Intramuscular);
        const ArmId bC = addArm(b, QStringLiteral("Control"), ArmRole::Control, {}, Route::NotReported);
        const ArmId cT = addArm(c, QStringLiteral("C"), ArmRole::Treatment, QStringLiteral("ASC"), Route::Topical);
        const ArmId cC = addArm(c, QStringLiteral("Control"), ArmRole::Control, {}, Route::NotReported);

        compA = addComparison(a, QStringLiteral("A"), aT, aC);
        compB1 = addComparison(b, QStringLiteral("B1"), b1, bC);
        compB2 = addComparison(b, QStringLiteral("B2"), b2, bC);
        compC = addComparison(c, QStringLiteral("C"), cT, cC);

        addBinary(compA, 10, 20, 5, 20, QStringLiteral("12 weeks"));
        addBinary(compB1, 8, 10, 3, 12, QStringLiteral("6 months"));
        addBinary(compB2, 6, 10, 3, 12, QStringLiteral("6 months"));
        OutcomeData abi;
        abi.comparison = compC;
        abi.outcome = QStringLiteral("abi");
        abi.nTreatment = 15;
        abi.nControl = 14;
        abi.meanTreatment = 0.8;
        abi.sdTreatment = 0.1;
        abi.meanControl = 0.6;
        abi.sdControl = 0.2;
        abi.provenance.quote = QStringLiteral("ABI 0.8 vs 0.6");
        ASSERT_TRUE(store->addOutcomeData(abi).ok());

        FacetDefinition cellType { QStringLiteral("cell_type"), QStringLiteral("Cell type"), FacetKind::Categorical,
            QStringLiteral("arm.cell_type"), QStringLiteral("main"), {}, 0, {} };
        cellType.levels = { { QStringLiteral("BMMSC"), QStringLiteral("BMMSC"), {}, true, {}, false, {} },
            { QStringLiteral("ASC"), QStringLiteral("ASC"), {}, true, {}, false, {} } };
        FacetDefinition route { QStringLiteral("route"), QStringLiteral("Route"), FacetKind::Categorical,
            QStringLiteral("arm.route"), QStringLiteral("main"), {}, 1, {} };
        route.levels = { { QStringLiteral("IM"), QStringLiteral("IM"), {}, true, {}, false, {} },
            { QStringLiteral("SC"), QStringLiteral("SC"), {}, true, {}, false, {} },
            { QStringLiteral("topical"), QStringLiteral("Topical"), {}, true, {}, false, {} } };
        FacetDefinition region { QStringLiteral("region"), QStringLiteral("Region"), FacetKind::Categorical,
            QStringLiteral("study.country"), QStringLiteral("main"), {}, 2, {} };
        region.levels = { { QStringLiteral("Asia"), QStringLiteral("Asia"), {}, true, {}, false,
                              { QStringLiteral("China") } },
            { QStringLiteral("Europe"), QStringLiteral("Europe"), {}, true, {}, false, { QStringLiteral("Italy") } } };
        FacetDefinition followup { QStringLiteral("followup"), QStringLiteral("Follow-up"), FacetKind::NumericBinned,
            QStringLiteral("moderator.followup_months"), QStringLiteral("more"), {}, 3, {} };
        followup.levels = { { QStringLiteral("<10"), QStringLiteral("<10"), {}, true, 10.0, false, {} },
            { QStringLiteral(">=10"), QStringLiteral(">=10"), 10.0, true, {}, false, {} } };
        for (const FacetDefinition &f : { cellType, route, region, followup })
            ASSERT_TRUE(store->putFacet(f).ok());
    }

    StudyId addStudy(const QString &label, int year, const QString &continent, const QString &followup)
    {
        Study s;
        s.label = label;
        s.year = year;
        s.country = continent == QLatin1String("Asia") ? QStringLiteral("China") : QStringLiteral("Italy");
        const StudyId id = store->addStudy(s).value();
        Moderator m;
        m.study = id;
        m.name = QStringLiteral("followup_months");
        m.valueText = followup;
        if (followup.contains(QLatin1Char('-'))) {
            m.valueMin = followup.section(QLatin1Char('-'), 0, 0).toDouble();
            m.valueMax = followup.section(QLatin1Char('-'), 1, 1).toDouble();
        } else {
            m.valueMin = m.valueMax = followup.toDouble();
        }
        EXPECT_TRUE(store->setModerator(m).ok());
        return id;
    }
    ArmId addArm(StudyId study, const QString &label, ArmRole role, const QString &cellType, Route route)
    {
        Arm a;
        a.study = study;
        a.label = label;
        a.role = role;
        a.cellType = cellType;
        a.route = route;
        return store->addArm(a).value();
    }
    ComparisonId addComparison(StudyId study, const QString &label, ArmId t, ArmId c)
    {
        return store->addComparison({ ComparisonId(), study, label, t, c, {}, {}, {} }).value();
    }
    void addBinary(ComparisonId comparison, int eT, int nT, int eC, int nC, const QString &timepoint)
    {
        OutcomeData d;
        d.comparison = comparison;
        d.outcome = QStringLiteral("healing");
        d.timepoint = timepoint;
        d.eventsTreatment = eT;
        d.nTreatment = nT;
        d.eventsControl = eC;
        d.nControl = nC;
        d.provenance.quote = QStringLiteral("%1 of %2 healed").arg(eT).arg(nT);
        d.provenance.confidence = Confidence::Exact;
        ASSERT_TRUE(store->addOutcomeData(d).ok());
    }

    QueryResult run(const QueryRequest &request)
    {
        auto result = store->query(request);
        EXPECT_TRUE(result.ok()) << result.error().text().toStdString();
        return result.ok() ? result.value() : QueryResult();
    }

    static const LevelCount &count(const QueryResult &r, const QString &facet, const QString &level)
    {
        for (const FacetCounts &f : r.facetCounts) {
            if (f.facet != facet)
                continue;
            for (const LevelCount &l : f.levels) {
                if (l.code == level)
                    return l;
            }
        }
        static const LevelCount none;
        ADD_FAILURE() << "no level " << level.toStdString() << " in " << facet.toStdString();
        return none;
    }

    static QStringList labels(const QueryResult &r)
    {
        QStringList out;
        for (const QueryRow &row : r.rows)
            out << row.label;
        return out;
    }

    std::unique_ptr<StudyStore> store;
    ComparisonId compA, compB1, compB2, compC;
};

} // namespace

TEST_F(QueryFixture, OutcomeWithoutFiltersGivesEveryRowWithDataAndListsTheRest)
{
    QueryRequest request;
    request.outcome = QStringLiteral("healing");
    const QueryResult r = run(request);
    EXPECT_EQ(labels(r), (QStringList { QStringLiteral("A"), QStringLiteral("B1"), QStringLiteral("B2") }));
    EXPECT_EQ(r.studyCount, 2);
    ASSERT_EQ(r.notExtracted.size(), 1);
    EXPECT_EQ(r.notExtracted[0].label, QStringLiteral("C"));
    ASSERT_TRUE(r.outcome.has_value());
    EXPECT_EQ(r.outcome->kind, OutcomeKind::Binary);

    const QueryRow &a = r.rows[0];
    EXPECT_EQ(a.studyLabel, QStringLiteral("A 2010"));
    EXPECT_EQ(a.year, 2010);
    EXPECT_EQ(a.treatment.events, 10);
    EXPECT_EQ(a.treatment.n, 20);
    EXPECT_EQ(a.control.events, 5);
    EXPECT_EQ(a.control.n, 20);
    EXPECT_FALSE(a.treatment.mean.has_value());
    EXPECT_EQ(a.timepoint, QStringLiteral("12 weeks"));
    EXPECT_EQ(a.provenance.quote, QStringLiteral("10 of 20 healed"));
    EXPECT_EQ(r.levelOf(a, QStringLiteral("cell_type")), QStringLiteral("BMMSC"));
    EXPECT_EQ(r.levelOf(a, QStringLiteral("region")), QStringLiteral("Asia"));
    EXPECT_EQ(r.levelOf(a, QStringLiteral("followup")), QStringLiteral("<10"));
    EXPECT_EQ(a.moderators.value(QStringLiteral("followup_months")).text, QStringLiteral("6"));
}

TEST_F(QueryFixture, FiltersCombineAndCountsShowWhatEachLevelWouldGive)
{
    QueryRequest request;
    request.outcome = QStringLiteral("healing");
    request.filters[QStringLiteral("cell_type")] = { QStringLiteral("BMMSC") };
    const QueryResult r = run(request);
    EXPECT_EQ(labels(r), (QStringList { QStringLiteral("A"), QStringLiteral("B2") }));

    // Its own facet counts ignore its own filter: ASC would give B1.
    EXPECT_EQ(count(r, QStringLiteral("cell_type"), QStringLiteral("BMMSC")).comparisons, 2);
    EXPECT_EQ(count(r, QStringLiteral("cell_type"), QStringLiteral("ASC")).comparisons, 1);
    // C has no healing data, so it counts nowhere for this outcome.
    EXPECT_EQ(count(r, QStringLiteral("route"), QStringLiteral("topical")).comparisons, 0);
    // Other facets count within the current selection (A and B2: both IM).
    EXPECT_EQ(count(r, QStringLiteral("route"), QStringLiteral("IM")).comparisons, 2);
    EXPECT_EQ(count(r, QStringLiteral("route"), QStringLiteral("IM")).studies, 2);
    EXPECT_EQ(count(r, QStringLiteral("route"), QStringLiteral("SC")).comparisons, 0);
    EXPECT_EQ(count(r, QStringLiteral("region"), QStringLiteral("Europe")).comparisons, 1);

    request.filters[QStringLiteral("region")] = { QStringLiteral("Europe") };
    const QueryResult both = run(request);
    EXPECT_EQ(labels(both), QStringList { QStringLiteral("B2") });
    EXPECT_EQ(count(both, QStringLiteral("cell_type"), QStringLiteral("ASC")).comparisons, 1);
    EXPECT_EQ(count(both, QStringLiteral("region"), QStringLiteral("Asia")).comparisons, 1);

    // Levels of one facet are alternatives.
    QueryRequest either;
    either.outcome = QStringLiteral("healing");
    either.filters[QStringLiteral("route")] = { QStringLiteral("SC"), QStringLiteral("IM") };
    EXPECT_EQ(run(either).rows.size(), 3);
}

TEST_F(QueryFixture, NumericFacetsPlaceRangesOnlyWhenTheWholeRangeFits)
{
    QueryRequest request;
    const QueryResult all = run(request); // no outcome: every comparison
    EXPECT_EQ(all.rows.size(), 4);
    EXPECT_TRUE(all.notExtracted.isEmpty());
    // A: 6 → <10; B: 12-24 → >=10; C: 1-12 spans the cut → not recorded.
    EXPECT_EQ(count(all, QStringLiteral("followup"), QStringLiteral("<10")).comparisons, 1);
    EXPECT_EQ(count(all, QStringLiteral("followup"), QStringLiteral(">=10")).comparisons, 2);
    EXPECT_EQ(count(all, QStringLiteral("followup"), QString()).comparisons, 1);
    EXPECT_EQ(count(all, QStringLiteral("followup"), QStringLiteral(">=10")).studies, 1);

    request.filters[QStringLiteral("followup")] = { QString() };
    EXPECT_EQ(labels(run(request)), QStringList { QStringLiteral("C") });
}

TEST_F(QueryFixture, SharedControlIsFlaggedOrSplit)
{
    QueryRequest request;
    request.outcome = QStringLiteral("healing");
    const QueryResult flagged = run(request);
    EXPECT_TRUE(flagged.sharedControls);
    EXPECT_EQ(flagged.rows[0].sharedControlGroupSize, 1);
    EXPECT_EQ(flagged.rows[1].sharedControlGroupSize, 2);
    EXPECT_EQ(flagged.rows[2].sharedControlGroupSize, 2);
    EXPECT_EQ(flagged.rows[1].control.n, 12);
    EXPECT_FALSE(flagged.rows[1].controlSplit);

    request.sharedControl = SharedControlMode::Split;
    const QueryResult split = run(request);
    // Cochrane Handbook 23.3.4: the shared group is divided between the comparisons.
    EXPECT_EQ(split.rows[1].control.n, 6);
    EXPECT_EQ(split.rows[1].control.events, 1.5);
    EXPECT_EQ(split.rows[2].control.n, 6);
    EXPECT_TRUE(split.rows[2].controlSplit);
    EXPECT_EQ(split.rows[0].control.n, 20);
    EXPECT_FALSE(split.rows[0].controlSplit);

    // With one of the two selected, nothing is shared any more.
    request.filters[QStringLiteral("route")] = { QStringLiteral("SC") };
    const QueryResult one = run(request);
    ASSERT_EQ(one.rows.size(), 1);
    EXPECT_EQ(one.rows[0].sharedControlGroupSize, 1);
    EXPECT_EQ(one.rows[0].control.n, 12);
    EXPECT_FALSE(one.sharedControls);
}

TEST_F(QueryFixture, ContinuousOutcomeGivesMeansAndSds)
{
    QueryRequest request;
    request.outcome = QStringLiteral("abi");
    const QueryResult r = run(request);
    ASSERT_EQ(r.rows.size(), 1);
    EXPECT_EQ(r.rows[0].treatment.mean, 0.8);
    EXPECT_EQ(r.rows[0].control.sd, 0.2);
    EXPECT_EQ(r.rows[0].treatment.n, 15);
    EXPECT_FALSE(r.rows[0].treatment.events.has_value());
    EXPECT_EQ(r.notExtracted.size(), 3);
}

TEST_F(QueryFixture, TimepointAndExtractionRoleSelectTheValues)
{
    OutcomeData later;
    later.comparison = compA;
    later.outcome = QStringLiteral("healing");
    later.timepoint = QStringLiteral("24 weeks");
    later.eventsTreatment = 15;
    later.nTreatment = 20;
    later.eventsControl = 8;
    later.nControl = 20;
    ASSERT_TRUE(store->addOutcomeData(later).ok());
    OutcomeData second = later;
    second.timepoint = QStringLiteral("12 weeks");
    second.role = ExtractionRole::Extractor2;
    second.eventsTreatment = 11;
    ASSERT_TRUE(store->addOutcomeData(second).ok());

    QueryRequest request;
    request.outcome = QStringLiteral("healing");
    EXPECT_EQ(run(request).rows[0].treatment.events, 10); // first stored final value
    request.timepoint = QStringLiteral("24 weeks");
    const QueryResult at24 = run(request);
    ASSERT_EQ(at24.rows.size(), 1);
    EXPECT_EQ(at24.rows[0].treatment.events, 15);
    EXPECT_EQ(at24.notExtracted.size(), 3);
    request.timepoint = QStringLiteral("12 weeks");
    request.role = ExtractionRole::Extractor2;
    const QueryResult extractor = run(request);
    ASSERT_EQ(extractor.rows.size(), 1);
    EXPECT_EQ(extractor.rows[0].treatment.events, 11);
}

TEST_F(QueryFixture, UnknownNamesAreErrorsThatListTheChoices)
{
    QueryRequest request;
    request.outcome = QStringLiteral("mortality");
    auto outcome = store->query(request);
    ASSERT_FALSE(outcome.ok());
    EXPECT_TRUE(outcome.error().message().contains(QStringLiteral("'mortality'")));
    EXPECT_TRUE(outcome.error().message().contains(QStringLiteral("healing")));

    request.outcome = QStringLiteral("healing");
    request.filters[QStringLiteral("colour")] = { QStringLiteral("red") };
    auto facet = store->query(request);
    ASSERT_FALSE(facet.ok());
    EXPECT_TRUE(facet.error().message().contains(QStringLiteral("'colour'")));
    EXPECT_TRUE(facet.error().message().contains(QStringLiteral("cell_type")));

    request.filters.clear();
    request.filters[QStringLiteral("route")] = { QStringLiteral("IV") };
    auto level = store->query(request);
    ASSERT_FALSE(level.ok());
    EXPECT_TRUE(level.error().message().contains(QStringLiteral("'IV'")));
    EXPECT_TRUE(level.error().message().contains(QStringLiteral("topical")));
}

TEST_F(QueryFixture, IndexFollowsWrites)
{
    QueryRequest request;
    request.outcome = QStringLiteral("healing");
    EXPECT_EQ(run(request).rows.size(), 3);
    addBinary(compC, 1, 2, 0, 2, QStringLiteral("4 weeks"));
    EXPECT_EQ(run(request).rows.size(), 4);
    ASSERT_TRUE(store->removeComparison(compB1).ok());
    EXPECT_EQ(run(request).rows.size(), 3);
}

TEST_F(QueryFixture, PoolInputGivesPlainEngineRows)
{
    auto input = poolInput(*store, "healing", { "cell_type=BMMSC", "region=Asia,Europe" }, SharedControlMode::Split);
    ASSERT_TRUE(input.ok()) << input.error().text().toStdString();
    EXPECT_TRUE(input->binary);
    EXPECT_EQ(input->betterDirection, "higher");
    ASSERT_EQ(input->rows.size(), 2u);
    const PoolInputRow &b2 = input->rows[1];
    EXPECT_EQ(b2.study.label, "B2");
    EXPECT_EQ(b2.studyLabel, "B 2015");
    EXPECT_EQ(b2.year, 2015);
    const auto *arms = std::get_if<ee::stats::BinaryArms>(&b2.study.data);
    ASSERT_NE(arms, nullptr);
    EXPECT_EQ(arms->eventsT, 6);
    EXPECT_EQ(arms->nC, 12); // B1 is filtered out, so the control is not shared
    EXPECT_EQ(b2.facets.at("route"), "IM");
    EXPECT_EQ(b2.moderators.at("followup_months"), "12-24");
    EXPECT_EQ(b2.numericModerators.count("followup_months"), 0u);
    EXPECT_EQ(input->rows[0].numericModerators.at("followup_months"), 6);
    EXPECT_TRUE(input->notExtracted.empty());

    auto abi = poolInput(*store, "abi", {}, SharedControlMode::Flag);
    ASSERT_TRUE(abi.ok());
    EXPECT_FALSE(abi->binary);
    const auto *continuous = std::get_if<ee::stats::ContinuousArms>(&abi->rows[0].study.data);
    ASSERT_NE(continuous, nullptr);
    EXPECT_EQ(continuous->meanT, 0.8);
    EXPECT_EQ(continuous->nC, 14);
    EXPECT_EQ(abi->notExtracted.size(), 3u);
    EXPECT_EQ(abi->rows[0].quote, "ABI 0.8 vs 0.6");

    auto missing = poolInput(*store, "healing", { "route=-" });
    ASSERT_TRUE(missing.ok());
    EXPECT_TRUE(missing->rows.empty());
}

TEST(ParseWhereClauses, AcceptsListsAndRejectsMalformedClauses)
{
    auto parsed = parseWhereClauses({ "cell_type=BMMSC,ASC", "route=IM", "cell_type=UC-MSC", "dose_tier=-" });
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->value(QStringLiteral("cell_type")),
        (QStringList { QStringLiteral("BMMSC"), QStringLiteral("ASC"), QStringLiteral("UC-MSC") }));
    EXPECT_EQ(parsed->value(QStringLiteral("dose_tier")), QStringList { QString() });
    for (const char *bad : { "cell_type", "=IM", "route=", "route=IM," }) {
        auto result = parseWhereClauses({ bad });
        ASSERT_FALSE(result.ok()) << bad;
        EXPECT_TRUE(result.error().message().contains(QString::fromLatin1(bad))) << bad;
    }
}
