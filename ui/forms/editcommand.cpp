#include "ui/forms/editcommand.h"

#include "ui/forms/projecteditor.h"

namespace ee::ui {

EditCommand::EditCommand(ProjectEditor *editor, const QString &text, const store::EditRecord &undo)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_record(undo)
{ }

EditCommand::~EditCommand()
{
    if (m_editor)
        m_editor->discard(m_record);
}

void EditCommand::undo()
{
    if (!m_editor || !m_editor->revert(m_record))
        setObsolete(true);
}

void EditCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    if (!m_editor || !m_editor->revert(m_record))
        setObsolete(true);
}

} // namespace ee::ui
