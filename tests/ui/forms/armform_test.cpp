// The arm form: dose with unit, derived tier (overridable), provenance with
// who and when, arm sizes; invalid values refused beside their field.
#include "core/store/dosetier.h"
#include "ui/forms/armform.h"
#include "ui/forms/formfixture.h"
#include "ui/forms/formtestutil.h"
#include "ui/preferences/preferences.h"

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>

using namespace ee;
using namespace ee::formtest;

namespace {

class ArmFormTest : public FormFixture
{
protected:
    void SetUp() override
    {
        FormFixture::SetUp();
        const store::EvidenceBase base = snapshot();
        // A treated arm with a stated cell count.
        for (const store::Arm &arm : base.arms) {
            if (arm.role == store::ArmRole::Treatment && arm.doseCellsMin && *arm.doseCellsMin > 1) {
                m_arm = arm;
                break;
            }
        }
        ASSERT_NE(m_arm.id.value, 0);
        m_form = std::make_unique<ui::ArmForm>(m_editor.get());
        m_form->setStudy(m_arm.study);
        m_form->selectArm(m_arm.id);
        m_form->resize(900, 800);
        m_form->show();
        ASSERT_EQ(m_form->currentArm(), m_arm.id);
    }
    void TearDown() override
    {
        m_form.reset();
        FormFixture::TearDown();
    }
    store::Arm storedArm() const
    {
        for (const store::Arm &arm : snapshot().arms) {
            if (arm.id == m_arm.id)
                return arm;
        }
        return {};
    }
    std::unique_ptr<ui::ArmForm> m_form;
    store::Arm m_arm;
};

} // namespace

TEST_F(ArmFormTest, ADoseEditDerivesTheTierAndRecordsWhoEnteredIt)
{
    ui::Preferences::setExtractorName(QStringLiteral("Reviewer A"));
    typeAndCommit(child<QLineEdit>(m_form.get(), "doseCellsMax"), QString());
    QComboBox *unit = child<QComboBox>(m_form.get(), "doseUnit");
    unit->setCurrentIndex(unit->findData(static_cast<int>(store::DoseUnit::PerPatient)));
    Q_EMIT unit->activated(unit->currentIndex());
    // 5e9 cells per patient: the review's cut-offs put it in a tier (docs/store.md).
    typeAndCommit(child<QLineEdit>(m_form.get(), "doseCellsMin"), QStringLiteral("5e9"));
    typeAndCommit(child<QLineEdit>(m_form.get(), "doseCellsMax"), QStringLiteral("5e9"));
    const store::Arm stored = storedArm();
    EXPECT_DOUBLE_EQ(*stored.doseCellsMin, 5e9);
    EXPECT_DOUBLE_EQ(*stored.doseCellsMax, 5e9);
    // The tier the store's own derivation gives for this dose.
    store::FacetDefinition tiers;
    for (const store::FacetDefinition &facet : snapshot().facets) {
        if (facet.name == QLatin1String("dose_tier"))
            tiers = facet;
    }
    const auto expected = store::deriveDoseTier(true, 5e9, 5e9, store::DoseUnit::PerPatient, tiers);
    EXPECT_EQ(stored.doseTier, expected.tier);
    EXPECT_NE(stored.doseTier, store::DoseTier::NotAssigned);
    ASSERT_TRUE(stored.doseProvenance.has_value());
    EXPECT_EQ(stored.doseProvenance->enteredBy, QStringLiteral("Reviewer A"));
    EXPECT_FALSE(stored.doseProvenance->enteredAt.isEmpty());
    while (m_editor->undoStack()->canUndo())
        m_editor->undoStack()->undo();
    EXPECT_EQ(storedArm(), m_arm);
}

TEST_F(ArmFormTest, TheReviewerCanOverrideTheTierAndGoBack)
{
    QComboBox *tier = child<QComboBox>(m_form.get(), "doseTier");
    const store::DoseTier other =
        m_arm.doseTier == store::DoseTier::Low ? store::DoseTier::VeryHigh : store::DoseTier::Low;
    tier->setCurrentIndex(tier->findData(static_cast<int>(other)));
    Q_EMIT tier->activated(tier->currentIndex());
    EXPECT_EQ(storedArm().doseTier, other);
    EXPECT_EQ(storedArm().doseTierBasis, store::DoseTierBasis::ReviewerJudgement);
    // Back to the cut-offs: the first entry.
    tier->setCurrentIndex(0);
    Q_EMIT tier->activated(0);
    EXPECT_EQ(storedArm().doseTier, m_arm.doseTier);
    EXPECT_NE(storedArm().doseTierBasis, store::DoseTierBasis::ReviewerJudgement);
}

struct InvalidArmCase {
    const char *field;
    QString typed;
    QString message;
};

TEST_F(ArmFormTest, InvalidValuesAreRefusedWithTheirMessageAndNothingIsWritten)
{
    const store::EvidenceBase before = snapshot();
    const InvalidArmCase cases[] = {
        { "nRandomized", QStringLiteral("0"), QStringLiteral("N randomized must be at least 1, got 0") },
        { "nRandomized", QStringLiteral("-3"), QStringLiteral("N randomized must be at least 1, got -3") },
        { "nRandomized", QStringLiteral("12.5"), QStringLiteral("N randomised must be a whole number, got 12.5") },
        { "nAnalysed", QStringLiteral("abc"), QStringLiteral("N analysed must be a number, got \"abc\"") },
        { "doseCellsMin", QStringLiteral("-5"), QStringLiteral("a cell count must be a positive number") },
        { "doseCellsMin", QStringLiteral("0"), QStringLiteral("a cell count must be a positive number") },
        { "doseCellsMin", QStringLiteral("lots"),
            QStringLiteral("The lower cell count must be a number, got \"lots\"") },
        { "doseCellsMax", QStringLiteral("1"), QStringLiteral("the upper cell count must be at least the lower one") },
    };
    for (const InvalidArmCase &c : cases) {
        SCOPED_TRACE(std::string(c.field) + " = " + c.typed.toStdString());
        QLineEdit *edit = child<QLineEdit>(m_form.get(), c.field);
        const QString original = edit->text();
        typeAndCommit(edit, c.typed);
        EXPECT_EQ(problemShownFor(edit), c.message);
        EXPECT_EQ(edit->text(), c.typed);
        EXPECT_EQ(snapshot(), before);
        EXPECT_EQ(m_editor->undoStack()->count(), 0);
        typeAndCommit(edit, original);
        EXPECT_TRUE(problemShownFor(edit).isEmpty());
    }
    QLineEdit *label = child<QLineEdit>(m_form.get(), "armLabel");
    typeAndCommit(label, QString());
    EXPECT_EQ(problemShownFor(label), QStringLiteral("the arm label is empty"));
    EXPECT_EQ(snapshot(), before);
}

TEST_F(ArmFormTest, AddingAndRemovingAnArmAreUndoable)
{
    const store::EvidenceBase before = snapshot();
    QListWidget *list = child<QListWidget>(m_form.get(), "arms");
    const int arms = list->count();
    QTest::mouseClick(child<QPushButton>(m_form.get(), "addArm"), Qt::LeftButton);
    EXPECT_EQ(list->count(), arms + 1);
    EXPECT_EQ(snapshot().arms.size(), before.arms.size() + 1);
    typeAndCommit(child<QLineEdit>(m_form.get(), "armLabel"), QStringLiteral("Placebo"));
    EXPECT_EQ(snapshot().arms.last().label, QStringLiteral("Placebo"));
    m_editor->undoStack()->undo();
    m_editor->undoStack()->undo();
    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(list->count(), arms);
}
