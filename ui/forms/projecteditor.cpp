#include "ui/forms/projecteditor.h"

#include "core/store/studystore.h"
#include "ui/forms/editcommand.h"

#include <QUndoStack>

namespace ee::ui {

ProjectEditor::ProjectEditor(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{ }

ProjectEditor::~ProjectEditor()
{
    // Commands free their undo log rows through this editor: clear them first.
    m_undoStack->clear();
}

void ProjectEditor::setStore(store::StudyStore *store)
{
    if (store == m_store && store)
        return;
    // The previous store may already be closed: the commands dropped here
    // must not touch it.
    m_store = nullptr;
    m_undoStack->clear();
    m_store = store;
    m_logError.clear();
    if (m_store && !m_store->isReadOnly()) {
        const store::Status enabled = m_store->enableUndoLog();
        if (!enabled)
            m_logError = enabled.error().text();
    }
}

bool ProjectEditor::canEdit() const
{
    return m_store && !m_store->isReadOnly() && m_store->undoLogEnabled();
}

QString ProjectEditor::whyReadOnly() const
{
    if (!m_store)
        return tr("No project is open.");
    if (m_store->isReadOnly())
        return tr("This project is open read-only. Use File → Save As to make an editable copy.");
    if (!m_logError.isEmpty())
        return tr("Editing is off because the undo log could not be set up: %1").arg(m_logError);
    return {};
}

QString ProjectEditor::apply(const QString &text, const std::function<store::Status(store::StudyStore &)> &work)
{
    if (!canEdit())
        return whyReadOnly();
    auto recorded = m_store->recordEdit([&] { return work(*m_store); });
    if (!recorded) {
        const QString message = recorded.error().text();
        Q_EMIT editFailed(message);
        return message;
    }
    if (!recorded.value().isEmpty())
        m_undoStack->push(new EditCommand(this, text, recorded.value()));
    Q_EMIT dataChanged();
    return {};
}

bool ProjectEditor::revert(store::EditRecord &record)
{
    if (!canEdit())
        return false;
    auto reverted = m_store->revertEdit(record);
    if (!reverted) {
        Q_EMIT editFailed(reverted.error().text());
        return false;
    }
    record = reverted.value();
    Q_EMIT dataChanged();
    return true;
}

void ProjectEditor::discard(const store::EditRecord &record)
{
    if (m_store && !m_store->isReadOnly())
        m_store->discardEdit(record);
}

} // namespace ee::ui
