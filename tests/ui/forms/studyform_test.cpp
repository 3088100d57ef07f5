// The study form: valid edits reach the store one undoable edit per field;
// every invalid value is refused with its message beside the field and the
// store unchanged.
#include "ui/forms/formfixture.h"
#include "ui/forms/formtestutil.h"
#include "ui/forms/studyform.h"

#include <QComboBox>
#include <QUndoStack>

using namespace ee;
using namespace ee::formtest;

namespace {

class StudyFormTest : public FormFixture
{
protected:
    void SetUp() override
    {
        FormFixture::SetUp();
        m_form = std::make_unique<ui::StudyForm>(m_editor.get());
        m_study = snapshot().studies.first();
        m_form->setStudy(m_study.id);
        m_form->resize(800, 600);
        m_form->show();
    }
    void TearDown() override
    {
        m_form.reset();
        FormFixture::TearDown();
    }
    std::unique_ptr<ui::StudyForm> m_form;
    store::Study m_study;
};

} // namespace

TEST_F(StudyFormTest, ShowsTheStoredStudy)
{
    EXPECT_EQ(child<QLineEdit>(m_form.get(), "study")->text(), m_study.label);
    EXPECT_EQ(child<QLineEdit>(m_form.get(), "year")->text(), QString::number(*m_study.year));
    EXPECT_EQ(child<QLineEdit>(m_form.get(), "country")->text(), m_study.country);
}

TEST_F(StudyFormTest, AValidYearIsWrittenAndUndoneExactly)
{
    const store::EvidenceBase before = snapshot();
    const int year = *m_study.year + 1;
    typeAndCommit(child<QLineEdit>(m_form.get(), "year"), QString::number(year));
    const store::EvidenceBase after = snapshot();
    EXPECT_EQ(after.studies.first().year, year);
    EXPECT_EQ(reopened(), after);
    ASSERT_EQ(m_editor->undoStack()->count(), 1);
    m_editor->undoStack()->undo();
    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(child<QLineEdit>(m_form.get(), "year")->text(), QString::number(*m_study.year));
    m_editor->undoStack()->redo();
    EXPECT_EQ(snapshot(), after);
    EXPECT_EQ(child<QLineEdit>(m_form.get(), "year")->text(), QString::number(year));
}

TEST_F(StudyFormTest, EachFieldIsItsOwnUndoStep)
{
    typeAndCommit(child<QLineEdit>(m_form.get(), "country"), QStringLiteral("Chile"));
    typeAndCommit(child<QLineEdit>(m_form.get(), "doi"), QStringLiteral("10.1000/example"));
    QComboBox *design = child<QComboBox>(m_form.get(), "design");
    design->setCurrentIndex(design->findData(static_cast<int>(store::StudyDesign::Cct)));
    Q_EMIT design->activated(design->currentIndex());
    store::Study stored = snapshot().studies.first();
    EXPECT_EQ(stored.country, QStringLiteral("Chile"));
    EXPECT_EQ(stored.doi, QStringLiteral("10.1000/example"));
    EXPECT_EQ(stored.design, store::StudyDesign::Cct);
    EXPECT_EQ(m_editor->undoStack()->count(), 3);
    m_editor->undoStack()->undo();
    stored = snapshot().studies.first();
    EXPECT_EQ(stored.design, m_study.design);
    EXPECT_EQ(stored.doi, QStringLiteral("10.1000/example"));
}

struct InvalidStudyCase {
    const char *field;
    QString typed;
    QString message;
};

TEST_F(StudyFormTest, InvalidValuesAreRefusedWithTheirMessageAndNothingIsWritten)
{
    const store::EvidenceBase before = snapshot();
    const QString otherLabel = before.studies.at(1).label;
    const InvalidStudyCase cases[] = {
        { "year", QStringLiteral("1066"), QStringLiteral("year 1066 is not plausible (1800-2200)") },
        { "year", QStringLiteral("2301"), QStringLiteral("year 2301 is not plausible (1800-2200)") },
        { "year", QStringLiteral("2011.5"), QStringLiteral("The year must be a whole number, got 2011.5") },
        { "year", QStringLiteral("20x1"), QStringLiteral("The year must be a number, got \"20x1\"") },
        { "study", QString(), QStringLiteral("the study label is empty") },
    };
    for (const InvalidStudyCase &c : cases) {
        SCOPED_TRACE(std::string(c.field) + " = " + c.typed.toStdString());
        QLineEdit *edit = child<QLineEdit>(m_form.get(), c.field);
        typeAndCommit(edit, c.typed);
        EXPECT_EQ(problemShownFor(edit), c.message);
        // The typed value stays for the user to fix; the store is unchanged.
        EXPECT_EQ(edit->text(), c.typed);
        EXPECT_EQ(snapshot(), before);
        EXPECT_EQ(m_editor->undoStack()->count(), 0);
        // Fixing the value clears the message.
        typeAndCommit(edit, c.field == std::string("year") ? QString::number(*m_study.year) : m_study.label);
        EXPECT_TRUE(problemShownFor(edit).isEmpty());
    }
    // A label another study has: the store refuses it and says so beside the field.
    QLineEdit *label = child<QLineEdit>(m_form.get(), "study");
    typeAndCommit(label, otherLabel);
    EXPECT_FALSE(problemShownFor(label).isEmpty());
    EXPECT_EQ(label->text(), otherLabel);
    EXPECT_EQ(snapshot(), before);
}

TEST_F(StudyFormTest, AReadOnlyProjectIsShownNotEdited)
{
    auto bundled = store::StudyStore::open(kBundledBase, store::StudyStore::OpenMode::ReadOnly);
    ASSERT_TRUE(bundled.ok());
    ui::ProjectEditor editor;
    editor.setStore(bundled.value().get());
    ui::StudyForm form(&editor);
    form.setStudy(m_study.id);
    QLineEdit *year = child<QLineEdit>(&form, "year");
    EXPECT_TRUE(year->isReadOnly());
    EXPECT_EQ(year->text(), QString::number(*m_study.year));
}
