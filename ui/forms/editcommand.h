#pragma once

#include "core/store/editrecord.h"

#include <QPointer>
#include <QUndoCommand>

namespace ee::ui {

class ProjectEditor;

/// One user edit on the undo stack. The edit is already written when the
/// command is pushed (ProjectEditor::apply); undo and redo revert it through
/// the store's undo log, each in its own transaction, so rows come back with
/// their ids and exact values.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(ProjectEditor *editor, const QString &text, const store::EditRecord &undo);
    ~EditCommand() override;

    void undo() override;
    void redo() override;

private:
    QPointer<ProjectEditor> m_editor;
    store::EditRecord m_record; ///< what the next undo (or redo) applies
    bool m_pushed = false; ///< the first redo() comes from QUndoStack::push: already done
};

} // namespace ee::ui
