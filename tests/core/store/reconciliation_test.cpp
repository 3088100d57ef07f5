// Dual extraction: reconcile() lists exactly the fields where the two
// extractors (or the extractors and the consensus) differ, and the decision
// writers store the consensus as the Final record with a decision note.
#include "core/store/reconciliation.h"
#include "core/store/studystore.h"

#include <gtest/gtest.h>

using namespace ee::store;

namespace {

OutcomeData binary(qint64 comparison, const QString &timepoint, ExtractionRole role, std::optional<int> et,
    std::optional<int> nt, std::optional<int> ec, std::optional<int> nc)
{
    OutcomeData d;
    d.comparison = ComparisonId(comparison);
    d.outcome = QStringLiteral("healing");
    d.timepoint = timepoint;
    d.role = role;
    d.eventsTreatment = et;
    d.nTreatment = nt;
    d.eventsControl = ec;
    d.nControl = nc;
    d.provenance.enteredBy = role == ExtractionRole::Extractor1 ? QStringLiteral("ann") : QStringLiteral("bob");
    d.provenance.quote = QStringLiteral("quote %1").arg(static_cast<int>(role));
    return d;
}

OutcomeData continuous(ExtractionRole role, double mt, double sdt, double mc, double sdc)
{
    OutcomeData d;
    d.comparison = ComparisonId(10);
    d.outcome = QStringLiteral("abi");
    d.role = role;
    d.meanTreatment = mt;
    d.sdTreatment = sdt;
    d.nTreatment = 10;
    d.meanControl = mc;
    d.sdControl = sdc;
    d.nControl = 10;
    return d;
}

struct Expected {
    qint64 comparison;
    QString outcome;
    QString timepoint;
    ReconciliationField field;
    std::optional<double> extractor1;
    std::optional<double> extractor2;
    std::optional<double> consensus;
    bool decided;
};

void expectItems(const QList<ReconciliationItem> &items, const QList<Expected> &expected)
{
    ASSERT_EQ(items.size(), expected.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        SCOPED_TRACE(testing::Message() << "item " << i);
        EXPECT_EQ(items[i].comparison.value, expected[i].comparison);
        EXPECT_EQ(items[i].outcome, expected[i].outcome);
        EXPECT_EQ(items[i].timepoint, expected[i].timepoint);
        EXPECT_EQ(items[i].field, expected[i].field);
        EXPECT_EQ(items[i].extractor1, expected[i].extractor1);
        EXPECT_EQ(items[i].extractor2, expected[i].extractor2);
        EXPECT_EQ(items[i].consensus, expected[i].consensus);
        EXPECT_EQ(items[i].decided, expected[i].decided);
    }
}

/// Two comparisons of one study; outcome "healing" (binary) and "abi" (continuous).
EvidenceBase handBuiltBase()
{
    EvidenceBase base;
    base.studies.append(
        Study { StudyId(1), QStringLiteral("Alpha 2020"), {}, 2020, {}, {}, StudyDesign::Rct, {}, {}, {}, {} });
    Comparison c1;
    c1.id = ComparisonId(10);
    c1.study = StudyId(1);
    c1.label = QStringLiteral("Alpha1");
    Comparison c2 = c1;
    c2.id = ComparisonId(11);
    c2.label = QStringLiteral("Alpha2");
    base.comparisons = { c1, c2 };
    OutcomeDefinition healing;
    healing.code = QStringLiteral("healing");
    healing.label = QStringLiteral("Ulcer healing");
    OutcomeDefinition abi;
    abi.code = QStringLiteral("abi");
    abi.kind = OutcomeKind::Continuous;
    base.outcomes = { healing, abi };

    using R = ExtractionRole;
    QList<OutcomeData> data;
    // A: both extractors, only events in the control arm differ (3 vs 4); no
    // consensus yet, so the three equal fields are agreed, not yet accepted.
    data << binary(10, QStringLiteral("12 weeks"), R::Extractor1, 8, 20, 3, 20);
    data << binary(10, QStringLiteral("12 weeks"), R::Extractor2, 8, 20, 4, 20);
    // B: a time point only extractor 1 entered.
    data << binary(10, QStringLiteral("24 weeks"), R::Extractor1, 10, 20, 5, 20);
    // C: continuous, with a consensus: SD (treatment) differs (0.1 vs 0.2,
    // consensus 0.1); both give mean (control) 0.7 but the consensus has 0.75;
    // every other field equals the consensus.
    data << continuous(R::Extractor1, 0.8, 0.1, 0.7, 0.1);
    data << continuous(R::Extractor2, 0.8, 0.2, 0.7, 0.1);
    data << continuous(R::Final, 0.8, 0.1, 0.75, 0.1);
    // D: only extractor 2, and a consensus exists: decided.
    data << binary(11, QStringLiteral("12 weeks"), R::Extractor2, 6, 15, 2, 15);
    data << binary(11, QStringLiteral("12 weeks"), R::Final, 6, 15, 2, 15);
    // E: a consensus without any extraction: nothing to reconcile.
    data << binary(11, QStringLiteral("6 months"), R::Final, 7, 15, 3, 15);
    // F: events (treatment) entered by extractor 1 only; everything else
    // agrees and equals the consensus.
    data << binary(11, QString(), R::Extractor1, 5, 12, 1, 12);
    data << binary(11, QString(), R::Extractor2, std::nullopt, 12, 1, 12);
    data << binary(11, QString(), R::Final, 5, 12, 1, 12);
    // G: both agree with the consensus on everything: nothing to list.
    data << binary(10, QStringLiteral("6 months"), R::Extractor1, 9, 20, 4, 20);
    data << binary(10, QStringLiteral("6 months"), R::Extractor2, 9, 20, 4, 20);
    data << binary(10, QStringLiteral("6 months"), R::Final, 9, 20, 4, 20);
    qint64 id = 100;
    for (OutcomeData &d : data)
        d.id = OutcomeDataId(++id);
    base.outcomeData = data;
    return base;
}

} // namespace

TEST(Reconciliation, ListsExactlyTheDisagreements)
{
    const EvidenceBase base = handBuiltBase();
    const ReconciliationResult result = reconcile(base);
    using F = ReconciliationField;
    const QString w12 = QStringLiteral("12 weeks");
    expectItems(result.disagreements,
        {
            { 10, QStringLiteral("healing"), w12, F::EventsControl, 3, 4, std::nullopt, false },
            { 10, QStringLiteral("healing"), QStringLiteral("24 weeks"), F::Result, {}, {}, {}, false },
            { 10, QStringLiteral("abi"), QString(), F::SdTreatment, 0.1, 0.2, 0.1, false },
            { 10, QStringLiteral("abi"), QString(), F::MeanControl, 0.7, 0.7, 0.75, false },
            { 11, QStringLiteral("healing"), w12, F::Result, {}, {}, {}, true },
            { 11, QStringLiteral("healing"), QString(), F::EventsTreatment, 5, std::nullopt, 5, false },
        });
    expectItems(result.agreed,
        {
            { 10, QStringLiteral("healing"), w12, F::EventsTreatment, 8, 8, std::nullopt, false },
            { 10, QStringLiteral("healing"), w12, F::NTreatment, 20, 20, std::nullopt, false },
            { 10, QStringLiteral("healing"), w12, F::NControl, 20, 20, std::nullopt, false },
        });
    EXPECT_EQ(result.openCount(), 5);
    // Labels and both records travel with the item.
    const ReconciliationItem &first = result.disagreements.first();
    EXPECT_EQ(first.studyLabel, QStringLiteral("Alpha 2020"));
    EXPECT_EQ(first.comparisonLabel, QStringLiteral("Alpha1"));
    EXPECT_EQ(first.outcomeLabel, QStringLiteral("Ulcer healing"));
    ASSERT_TRUE(first.data1 && first.data2);
    EXPECT_EQ(first.data1->provenance.enteredBy, QStringLiteral("ann"));
    EXPECT_EQ(first.data2->provenance.enteredBy, QStringLiteral("bob"));
    EXPECT_FALSE(first.final.has_value());
}

TEST(Reconciliation, DecisionNoteDecidesOnlyItsOwnValues)
{
    EvidenceBase base = handBuiltBase();
    EvidenceNote note;
    note.study = StudyId(1);
    note.comparison = ComparisonId(10);
    note.outcome = QStringLiteral("abi");
    note.kind = NoteKind::Conflict;
    note.field = QStringLiteral("sd_t@");
    note.reviewValue = QStringLiteral("0.1");
    note.otherValue = QStringLiteral("0.1|0.3"); // decided when extractor 2 had entered 0.3
    note.text = QStringLiteral("stale");
    base.notes.append(note);
    auto find = [](const ReconciliationResult &r) {
        for (const ReconciliationItem &item : r.disagreements) {
            if (item.field == ReconciliationField::SdTreatment)
                return item;
        }
        return ReconciliationItem();
    };
    EXPECT_FALSE(find(reconcile(base)).decided);
    base.notes.last().otherValue = QStringLiteral("0.1|0.2");
    EXPECT_TRUE(find(reconcile(base)).decided);
    EXPECT_EQ(reconcile(base).openCount(), 4);
    // A consensus changed after the decision reopens it.
    for (OutcomeData &d : base.outcomeData) {
        if (d.outcome == QStringLiteral("abi") && d.role == ExtractionRole::Final)
            d.sdTreatment = 0.15;
    }
    EXPECT_FALSE(find(reconcile(base)).decided);
}

TEST(Reconciliation, EmptyBaseHasNothing)
{
    const ReconciliationResult result = reconcile(EvidenceBase());
    EXPECT_TRUE(result.disagreements.isEmpty());
    EXPECT_TRUE(result.agreed.isEmpty());
}

namespace {

class ReconciliationStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = StudyStore::open(QStringLiteral(":memory:"), StudyStore::OpenMode::Create);
        ASSERT_TRUE(opened.ok()) << opened.error().text().toStdString();
        m_store = std::move(opened).value();
        OutcomeDefinition healing;
        healing.code = QStringLiteral("healing");
        healing.label = QStringLiteral("Ulcer healing");
        ASSERT_TRUE(m_store->putOutcomeDefinition(healing).ok());
        Study study;
        study.label = QStringLiteral("Alpha 2020");
        auto s = m_store->addStudy(study);
        ASSERT_TRUE(s.ok());
        Arm t;
        t.study = s.value();
        t.label = QStringLiteral("cells");
        Arm c = t;
        c.label = QStringLiteral("control");
        c.role = ArmRole::Control;
        auto ta = m_store->addArm(t);
        auto ca = m_store->addArm(c);
        ASSERT_TRUE(ta.ok() && ca.ok());
        Comparison comparison;
        comparison.study = s.value();
        comparison.label = QStringLiteral("Alpha1");
        comparison.treatmentArm = ta.value();
        comparison.controlArm = ca.value();
        auto added = m_store->addComparison(comparison);
        ASSERT_TRUE(added.ok());
        m_comparison = added.value();
    }

    void add(const OutcomeData &data)
    {
        OutcomeData d = data;
        d.comparison = m_comparison;
        auto added = m_store->addOutcomeData(d);
        ASSERT_TRUE(added.ok()) << added.error().text().toStdString();
    }

    ReconciliationResult current() const { return reconcile(m_store->load().value()); }

    std::unique_ptr<StudyStore> m_store;
    ComparisonId m_comparison;
};

} // namespace

TEST_F(ReconciliationStoreTest, DecisionsWriteTheFinalRecordAndCloseTheItem)
{
    using R = ExtractionRole;
    // Extractor 1: 8/20 vs 3/20; extractor 2: 9/20 vs 4/20.
    add(binary(0, QStringLiteral("12 weeks"), R::Extractor1, 8, 20, 3, 20));
    add(binary(0, QStringLiteral("12 weeks"), R::Extractor2, 9, 20, 4, 20));
    ReconciliationResult r = current();
    ASSERT_EQ(r.disagreements.size(), 2); // events_t, events_c
    ASSERT_EQ(r.agreed.size(), 2); // n_t, n_c
    EXPECT_EQ(r.openCount(), 2);

    // Pick extractor 2's events (treatment): the Final record starts as a copy
    // of extractor 2's record, with its provenance.
    const ReconciliationItem eventsT = r.disagreements[0];
    ASSERT_EQ(eventsT.field, ReconciliationField::EventsTreatment);
    ASSERT_TRUE(writeReconciliationDecision(*m_store, eventsT, 2, eventsT.extractor2, eventsT.data2->provenance,
        QStringLiteral("rev"), QStringLiteral("2026-01-01T00:00:00Z"))
                    .ok());
    r = current();
    ASSERT_EQ(r.disagreements.size(), 2);
    EXPECT_TRUE(r.disagreements[0].decided);
    EXPECT_EQ(r.disagreements[0].consensus, 9.0);
    // events_c took extractor 2's value provisionally and stays open.
    EXPECT_FALSE(r.disagreements[1].decided);
    EXPECT_EQ(r.disagreements[1].consensus, 4.0);
    EXPECT_TRUE(r.agreed.isEmpty()); // N equals the consensus now
    EXPECT_EQ(r.openCount(), 1);
    const EvidenceBase base = m_store->load().value();
    const OutcomeData *final = nullptr;
    for (const OutcomeData &d : base.outcomeData) {
        if (d.role == R::Final)
            final = &d;
    }
    ASSERT_NE(final, nullptr);
    EXPECT_EQ(final->eventsTreatment, 9);
    EXPECT_EQ(final->provenance.quote, QStringLiteral("quote 2"));
    ASSERT_EQ(base.notes.size(), 1);
    EXPECT_EQ(base.notes[0].kind, NoteKind::Conflict);
    EXPECT_EQ(base.notes[0].field, QStringLiteral("events_t@12 weeks"));
    EXPECT_EQ(base.notes[0].reviewValue, QStringLiteral("9"));
    EXPECT_EQ(base.notes[0].otherValue, QStringLiteral("8|9"));

    // A typed consensus for events (control): 5, neither extractor's value.
    const ReconciliationItem eventsC = r.disagreements[1];
    Provenance reviewer;
    reviewer.enteredBy = QStringLiteral("rev");
    reviewer.quote = QStringLiteral("consensus");
    ASSERT_TRUE(writeReconciliationDecision(
        *m_store, eventsC, 0, 5.0, reviewer, QStringLiteral("rev"), QStringLiteral("2026-01-01T00:00:01Z"))
                    .ok());
    r = current();
    EXPECT_EQ(r.openCount(), 0);
    EXPECT_EQ(r.disagreements[1].consensus, 5.0);
    // The Final record was updated, not duplicated.
    int finals = 0;
    const EvidenceBase stored = m_store->load().value();
    for (const OutcomeData &d : stored.outcomeData)
        finals += d.role == R::Final ? 1 : 0;
    EXPECT_EQ(finals, 1);
}

TEST_F(ReconciliationStoreTest, InvalidConsensusWritesNothing)
{
    using R = ExtractionRole;
    add(binary(0, QString(), R::Extractor1, 8, 20, 3, 20));
    add(binary(0, QString(), R::Extractor2, 9, 20, 3, 20));
    const EvidenceBase before = m_store->load().value();
    const ReconciliationItem item = current().disagreements.first();
    // 25 events out of 20 patients.
    const Status status = writeReconciliationDecision(
        *m_store, item, 0, 25.0, Provenance(), QStringLiteral("rev"), QStringLiteral("2026-01-01T00:00:00Z"));
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message().contains(QStringLiteral("events_t"))) << status.error().text().toStdString();
    EXPECT_EQ(m_store->load().value(), before);
}

TEST_F(ReconciliationStoreTest, AcceptAgreedValuesWritesOneFinalPerResult)
{
    using R = ExtractionRole;
    add(binary(0, QStringLiteral("12 weeks"), R::Extractor1, 8, 20, 3, 20));
    add(binary(0, QStringLiteral("12 weeks"), R::Extractor2, 8, 20, 3, 20));
    add(binary(0, QStringLiteral("24 weeks"), R::Extractor1, 10, 20, 5, 20));
    add(binary(0, QStringLiteral("24 weeks"), R::Extractor2, 10, 20, 6, 20));
    ReconciliationResult r = current();
    EXPECT_EQ(r.agreed.size(), 4 + 3);
    EXPECT_EQ(r.disagreements.size(), 1);
    ASSERT_TRUE(acceptAgreedValues(*m_store, r).ok());
    r = current();
    EXPECT_TRUE(r.agreed.isEmpty());
    ASSERT_EQ(r.disagreements.size(), 1);
    EXPECT_EQ(r.disagreements[0].consensus, 5.0); // extractor 1's, provisionally
    EXPECT_FALSE(r.disagreements[0].decided);
    int finals = 0;
    const EvidenceBase stored = m_store->load().value();
    for (const OutcomeData &d : stored.outcomeData)
        finals += d.role == R::Final ? 1 : 0;
    EXPECT_EQ(finals, 2);
}
