// The undo log: every recorded edit, reverted, gives back exactly the project
// as it was (load() compares every stored field), and redo gives back exactly
// the edited project, ids included. Run on a writable copy of the bundled
// base, which fills every table.
#include "core/store/studystore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ee::store;

namespace {

const QString kBundled = QStringLiteral(EE_BINARY_DIR "/share/evidence-explorer/dfu-cell-therapy.evidence");

class UndoLogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto bundled = StudyStore::open(kBundled, StudyStore::OpenMode::ReadOnly);
        ASSERT_TRUE(bundled.ok()) << bundled.error().text().toStdString();
        const QString copy = m_dir.filePath(QStringLiteral("copy.evidence"));
        ASSERT_TRUE(bundled.value()->saveAs(copy).ok());
        auto opened = StudyStore::open(copy, StudyStore::OpenMode::ReadWrite);
        ASSERT_TRUE(opened.ok()) << opened.error().text().toStdString();
        m_store = std::move(opened).value();
        const Status enabled = m_store->enableUndoLog();
        ASSERT_TRUE(enabled.ok()) << enabled.error().text().toStdString();
    }

    EvidenceBase snapshot() const
    {
        auto loaded = m_store->load();
        EXPECT_TRUE(loaded.ok());
        return loaded.ok() ? loaded.value() : EvidenceBase();
    }

    /// Records `work`, then checks undo → before, redo → after, undo → before.
    void checkRoundTrip(const std::function<Status()> &work)
    {
        const EvidenceBase before = snapshot();
        auto recorded = m_store->recordEdit(work);
        ASSERT_TRUE(recorded.ok()) << recorded.error().text().toStdString();
        ASSERT_FALSE(recorded.value().isEmpty());
        const EvidenceBase after = snapshot();
        ASSERT_NE(after, before);

        auto redo = m_store->revertEdit(recorded.value());
        ASSERT_TRUE(redo.ok()) << redo.error().text().toStdString();
        EXPECT_EQ(snapshot(), before);
        auto undo = m_store->revertEdit(redo.value());
        ASSERT_TRUE(undo.ok()) << undo.error().text().toStdString();
        EXPECT_EQ(snapshot(), after);
        auto again = m_store->revertEdit(undo.value());
        ASSERT_TRUE(again.ok()) << again.error().text().toStdString();
        EXPECT_EQ(snapshot(), before);
        EXPECT_EQ(m_store->integrityCheck().value(), QStringLiteral("ok"));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<StudyStore> m_store;
};

} // namespace

TEST_F(UndoLogTest, UpdatingOutcomeDataComesBackBitForBit)
{
    const EvidenceBase base = snapshot();
    ASSERT_FALSE(base.outcomeData.isEmpty());
    OutcomeData data = base.outcomeData.first();
    checkRoundTrip([&]() -> Status {
        OutcomeData edited = data;
        edited.provenance.quote = QStringLiteral("edited quote");
        edited.notes = QStringLiteral("0.1 + 0.2 is not 0.3");
        if (edited.nTreatment)
            edited.nTreatment = *edited.nTreatment + 1;
        return m_store->updateOutcomeData(edited);
    });
}

TEST_F(UndoLogTest, RemovingAStudyWithEverythingUnderItComesBack)
{
    const EvidenceBase base = snapshot();
    // The study with the most arms: its removal cascades to arms,
    // comparisons, outcome data, moderators, notes and risk of bias.
    StudyId largest;
    int most = -1;
    for (const Study &study : base.studies) {
        const auto arms =
            std::count_if(base.arms.cbegin(), base.arms.cend(), [&](const Arm &arm) { return arm.study == study.id; });
        if (arms > most) {
            most = static_cast<int>(arms);
            largest = study.id;
        }
    }
    ASSERT_GE(most, 3);
    checkRoundTrip([&] { return m_store->removeStudy(largest); });
}

TEST_F(UndoLogTest, AddingAStudyArmsAndAComparisonComesBackWithTheSameIds)
{
    checkRoundTrip([&]() -> Status {
        Study study;
        study.label = QStringLiteral("Undo 2026");
        study.year = 2026;
        auto id = m_store->addStudy(study);
        if (!id)
            return id.error();
        Arm treated;
        treated.study = id.value();
        treated.label = QStringLiteral("cells");
        treated.doseCellsMin = 0.1 + 0.2; // not representable in 15 digits
        treated.doseCellsMax = 0.1 + 0.2;
        auto t = m_store->addArm(treated);
        if (!t)
            return t.error();
        Arm control;
        control.study = id.value();
        control.label = QStringLiteral("control");
        control.role = ArmRole::Control;
        auto c = m_store->addArm(control);
        if (!c)
            return c.error();
        Comparison comparison;
        comparison.study = id.value();
        comparison.label = QStringLiteral("Undo1");
        comparison.treatmentArm = t.value();
        comparison.controlArm = c.value();
        auto k = m_store->addComparison(comparison);
        return k ? Status() : Status(k.error());
    });
}

TEST_F(UndoLogTest, SeveralEditsUndoNewestFirstAndRedoInOrder)
{
    const EvidenceBase start = snapshot();
    const Study first = start.studies.first();
    std::vector<EditRecord> records;
    std::vector<EvidenceBase> states { start };
    for (int i = 0; i < 4; ++i) {
        auto recorded = m_store->recordEdit([&] {
            Study edited = snapshot().studies.first();
            edited.notes = QStringLiteral("edit %1").arg(i);
            edited.year = 1990 + i;
            return m_store->updateStudy(edited);
        });
        ASSERT_TRUE(recorded.ok());
        records.push_back(recorded.value());
        states.push_back(snapshot());
    }
    std::vector<EditRecord> redos;
    for (int i = 3; i >= 0; --i) {
        auto redo = m_store->revertEdit(records[static_cast<std::size_t>(i)]);
        ASSERT_TRUE(redo.ok());
        redos.insert(redos.begin(), redo.value());
        EXPECT_EQ(snapshot(), states[static_cast<std::size_t>(i)]) << "after undoing edit " << i;
    }
    EXPECT_EQ(snapshot().studies.first(), first);
    // Redo the first two, then discard the rest (a new edit would drop them).
    for (int i = 0; i < 2; ++i) {
        auto undo = m_store->revertEdit(redos[static_cast<std::size_t>(i)]);
        ASSERT_TRUE(undo.ok());
        EXPECT_EQ(snapshot(), states[static_cast<std::size_t>(i) + 1]);
    }
    m_store->discardEdit(redos[2]);
    m_store->discardEdit(redos[3]);
    auto next = m_store->recordEdit([&] {
        Study edited = snapshot().studies.first();
        edited.notes = QStringLiteral("a new branch");
        return m_store->updateStudy(edited);
    });
    ASSERT_TRUE(next.ok());
    ASSERT_TRUE(m_store->revertEdit(next.value()).ok());
    EXPECT_EQ(snapshot(), states[2]);
}

TEST_F(UndoLogTest, AFailedEditRecordsNothingAndChangesNothing)
{
    const EvidenceBase before = snapshot();
    auto recorded = m_store->recordEdit([&]() -> Status {
        Study edited = before.studies.first();
        edited.notes = QStringLiteral("written, then rolled back");
        if (Status updated = m_store->updateStudy(edited); !updated)
            return updated;
        return StoreError(StoreErrorCode::Constraint, QStringLiteral("the second half failed"));
    });
    ASSERT_FALSE(recorded.ok());
    EXPECT_EQ(recorded.error().message(), QStringLiteral("the second half failed"));
    EXPECT_EQ(snapshot(), before);
}

TEST_F(UndoLogTest, RecordingNeedsTheLogAndAWritableStore)
{
    auto bundled = StudyStore::open(kBundled, StudyStore::OpenMode::ReadOnly);
    ASSERT_TRUE(bundled.ok());
    const Status enabled = bundled.value()->enableUndoLog();
    ASSERT_FALSE(enabled.ok());
    EXPECT_EQ(enabled.error().code(), StoreErrorCode::ReadOnly);
    auto recorded = bundled.value()->recordEdit([] { return Status(); });
    EXPECT_FALSE(recorded.ok());
}
