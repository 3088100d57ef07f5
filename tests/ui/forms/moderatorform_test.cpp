// The moderator form: cell edits validated, one undoable edit each.
#include "ui/forms/formfixture.h"
#include "ui/forms/formtestutil.h"
#include "ui/forms/moderatorform.h"

#include <QTableWidget>
#include <QUndoStack>

using namespace ee;
using namespace ee::formtest;

TEST_F(FormFixture, ModeratorCellsAreValidatedAndWrittenOneByOne)
{
    const store::EvidenceBase before = snapshot();
    ASSERT_FALSE(before.moderators.isEmpty());
    const store::Moderator moderator = before.moderators.first();
    ui::ModeratorForm form(m_editor.get());
    form.setStudy(moderator.study);
    form.show();
    QTableWidget *table = form.table();
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, ui::ModeratorForm::Name)->data(Qt::UserRole + 1).toLongLong() == moderator.id.value)
            row = r;
    }
    ASSERT_GE(row, 0);

    table->item(row, ui::ModeratorForm::Lower)->setText(QStringLiteral("twelve"));
    EXPECT_EQ(
        problemShownFor(table), QStringLiteral("The value of %1 must be a number, got \"twelve\"").arg(moderator.name));
    EXPECT_EQ(table->item(row, ui::ModeratorForm::Lower)->text(), QStringLiteral("twelve"));
    EXPECT_EQ(snapshot(), before);

    // A value inside the stored range (or 12 when there is no upper end), different from the stored one.
    const double value = moderator.valueMax && *moderator.valueMax != moderator.valueMin.value_or(-1)
        ? *moderator.valueMax
        : moderator.valueMin.value_or(0) + 12;
    table->item(row, ui::ModeratorForm::Lower)->setText(QString::number(value));
    EXPECT_TRUE(problemShownFor(table).isEmpty()) << problemShownFor(table).toStdString();
    store::Moderator stored;
    // setModerator replaces the value of the same study, comparison and name.
    for (const store::Moderator &m : snapshot().moderators) {
        if (m.study == moderator.study && m.comparison == moderator.comparison && m.name == moderator.name)
            stored = m;
    }
    EXPECT_EQ(stored.valueMin, value);
    m_editor->undoStack()->undo();
    EXPECT_EQ(snapshot(), before);
}
