// The comparison form: which arm is the control, shared controls shown,
// tabulated arm sizes validated.
#include "ui/forms/comparisonform.h"
#include "ui/forms/formfixture.h"
#include "ui/forms/formtestutil.h"

#include <QComboBox>
#include <QLabel>
#include <QUndoStack>

using namespace ee;
using namespace ee::formtest;

namespace {

class ComparisonFormTest : public FormFixture
{
protected:
    void open(const store::Comparison &comparison)
    {
        m_form = std::make_unique<ui::ComparisonForm>(m_editor.get());
        m_form->setStudy(comparison.study);
        m_form->selectComparison(comparison.id);
        m_form->resize(900, 600);
        m_form->show();
        ASSERT_EQ(m_form->currentComparison(), comparison.id);
    }
    void TearDown() override
    {
        m_form.reset();
        FormFixture::TearDown();
    }
    std::unique_ptr<ui::ComparisonForm> m_form;
};

} // namespace

TEST_F(ComparisonFormTest, ASharedControlIsShownWithTheComparisonsThatShareIt)
{
    const store::EvidenceBase base = snapshot();
    // Find two comparisons of one study with the same control arm (multi-arm trials).
    const store::Comparison *first = nullptr;
    const store::Comparison *second = nullptr;
    for (const store::Comparison &a : base.comparisons) {
        for (const store::Comparison &b : base.comparisons) {
            if (!first && a.id != b.id && a.controlArm == b.controlArm) {
                first = &a;
                second = &b;
            }
        }
    }
    ASSERT_NE(first, nullptr) << "the bundled base has multi-arm trials with a shared control";
    open(*first);
    QLabel *shared = child<QLabel>(m_form.get(), "sharedControl");
    EXPECT_TRUE(shared->isVisibleTo(m_form.get()));
    EXPECT_TRUE(shared->text().contains(second->label)) << shared->text().toStdString();

    // A comparison whose control is its own shows no such line.
    for (const store::Comparison &c : base.comparisons) {
        const bool alone = std::none_of(base.comparisons.cbegin(), base.comparisons.cend(),
            [&](const auto &o) { return o.id != c.id && o.controlArm == c.controlArm; });
        if (alone) {
            open(c);
            EXPECT_FALSE(child<QLabel>(m_form.get(), "sharedControl")->isVisibleTo(m_form.get()));
            break;
        }
    }
}

TEST_F(ComparisonFormTest, TabulatedSizesAreValidatedAndWritten)
{
    const store::EvidenceBase before = snapshot();
    const store::Comparison comparison = before.comparisons.first();
    open(comparison);
    QLineEdit *nTreatment = child<QLineEdit>(m_form.get(), "reportedNTreatment");
    const struct {
        QString typed;
        QString message;
    } cases[] = {
        { QStringLiteral("0"), QStringLiteral("N treatment must be at least 1, got 0") },
        { QStringLiteral("12.5"), QStringLiteral("N treatment must be a whole number, got 12.5") },
        { QStringLiteral("many"), QStringLiteral("N treatment must be a number, got \"many\"") },
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.typed.toStdString());
        typeAndCommit(nTreatment, c.typed);
        EXPECT_EQ(problemShownFor(nTreatment), c.message);
        EXPECT_EQ(snapshot(), before);
    }
    typeAndCommit(nTreatment, QStringLiteral("41"));
    EXPECT_TRUE(problemShownFor(nTreatment).isEmpty());
    EXPECT_EQ(snapshot().comparisons.first().reportedNTreatment, 41);
    m_editor->undoStack()->undo();
    EXPECT_EQ(snapshot(), before);
}

TEST_F(ComparisonFormTest, TheTreatmentAndControlArmsMustDiffer)
{
    const store::EvidenceBase before = snapshot();
    const store::Comparison comparison = before.comparisons.first();
    open(comparison);
    QComboBox *control = child<QComboBox>(m_form.get(), "controlArm");
    control->setCurrentIndex(control->findData(comparison.treatmentArm.value));
    Q_EMIT control->activated(control->currentIndex());
    EXPECT_EQ(problemShownFor(control), QStringLiteral("The treatment and control arms must differ."));
    EXPECT_EQ(snapshot(), before);
}
