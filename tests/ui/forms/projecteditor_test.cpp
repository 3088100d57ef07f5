// ProjectEditor: edits written at once, each an undoable command whose undo
// and redo restore the exact prior and edited projects.
#include "ui/forms/formfixture.h"
#include "ui/forms/projecteditor.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace ee;
using ee::formtest::FormFixture;

namespace {

class ProjectEditorTest : public FormFixture
{
};

store::Status renameFirstStudy(store::StudyStore &s, const QString &label)
{
    auto base = s.load();
    if (!base)
        return base.error();
    store::Study study = base.value().studies.first();
    study.label = label;
    return s.updateStudy(study);
}

} // namespace

TEST_F(ProjectEditorTest, AnEditIsWrittenAtOnceAndUndoneExactly)
{
    QSignalSpy changed(m_editor.get(), &ui::ProjectEditor::dataChanged);
    const store::EvidenceBase before = snapshot();
    const QString error = m_editor->apply(QStringLiteral("Rename"),
        [](store::StudyStore &s) { return renameFirstStudy(s, QStringLiteral("Renamed 2011")); });
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(changed.count(), 1);
    const store::EvidenceBase after = snapshot();
    EXPECT_EQ(after.studies.first().label, QStringLiteral("Renamed 2011"));
    // Written to the file: a second connection sees it without any save.
    EXPECT_EQ(reopened(), after);

    QUndoStack *stack = m_editor->undoStack();
    ASSERT_EQ(stack->count(), 1);
    EXPECT_EQ(stack->undoText(), QStringLiteral("Rename"));
    stack->undo();
    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(reopened(), before);
    stack->redo();
    EXPECT_EQ(snapshot(), after);
    EXPECT_EQ(changed.count(), 3);
}

TEST_F(ProjectEditorTest, AFailedEditWritesNothingAndPushesNothing)
{
    QSignalSpy failed(m_editor.get(), &ui::ProjectEditor::editFailed);
    const store::EvidenceBase before = snapshot();
    // Two studies cannot share a label: the store refuses the second rename.
    const QString taken = before.studies.at(1).label;
    const QString error =
        m_editor->apply(QStringLiteral("Rename"), [taken](store::StudyStore &s) { return renameFirstStudy(s, taken); });
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(failed.count(), 1);
    EXPECT_EQ(m_editor->undoStack()->count(), 0);
    EXPECT_EQ(snapshot(), before);
}

TEST_F(ProjectEditorTest, AReadOnlyProjectCannotBeEditedAndSaysWhy)
{
    auto bundled = store::StudyStore::open(formtest::kBundledBase, store::StudyStore::OpenMode::ReadOnly);
    ASSERT_TRUE(bundled.ok());
    ui::ProjectEditor editor;
    editor.setStore(bundled.value().get());
    EXPECT_FALSE(editor.canEdit());
    const QString error = editor.apply(
        QStringLiteral("Rename"), [](store::StudyStore &s) { return renameFirstStudy(s, QStringLiteral("x")); });
    EXPECT_TRUE(error.contains(QStringLiteral("read-only"))) << error.toStdString();
    EXPECT_EQ(editor.undoStack()->count(), 0);
}

TEST_F(ProjectEditorTest, SwitchingProjectsDropsTheHistory)
{
    ASSERT_TRUE(m_editor
                    ->apply(QStringLiteral("Rename"),
                        [](store::StudyStore &s) { return renameFirstStudy(s, QStringLiteral("Renamed 2011")); })
                    .isEmpty());
    EXPECT_EQ(m_editor->undoStack()->count(), 1);
    m_editor->setStore(nullptr);
    EXPECT_EQ(m_editor->undoStack()->count(), 0);
    EXPECT_FALSE(m_editor->canEdit());
    EXPECT_EQ(m_editor->whyReadOnly(), QStringLiteral("No project is open."));
}
