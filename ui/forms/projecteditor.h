#pragma once

#include "core/store/editrecord.h"
#include "core/store/result.h"

#include <QObject>
#include <QString>

#include <functional>

class QUndoStack;

namespace ee::store {
class StudyStore;
} // namespace ee::store

namespace ee::ui {

/// The edit session of an open project: every change a form makes goes
/// through apply(), which writes it to the file at once, in its own
/// transaction, and pushes an undoable command (EditCommand) on the undo
/// stack. No Save button is needed for data, and a crash loses nothing that
/// apply() reported as written.
class ProjectEditor : public QObject
{
    Q_OBJECT

public:
    explicit ProjectEditor(QObject *parent = nullptr);
    ~ProjectEditor() override;

    /// Starts editing `store` (nullptr: nothing open). The undo history of the
    /// previous store is dropped. Read-only stores can be shown, not edited.
    void setStore(store::StudyStore *store);
    store::StudyStore *store() const { return m_store; }
    /// True when a writable project is open.
    bool canEdit() const;
    /// Why canEdit() is false, as a sentence for the user; empty when it is true.
    QString whyReadOnly() const;

    QUndoStack *undoStack() const { return m_undoStack; }

    /// Runs `work` against the store as one undoable edit named `text`
    /// ("Edit events in the treatment arm"). Returns an empty string when the
    /// edit was written, or the error (nothing was written, nothing pushed).
    QString apply(const QString &text, const std::function<store::Status(store::StudyStore &)> &work);

    /// For EditCommand: takes back a recorded edit; on success `record` becomes
    /// the record that takes back the revert. Emits dataChanged or editFailed.
    bool revert(store::EditRecord &record);
    /// For EditCommand: frees a record's undo log rows.
    void discard(const store::EditRecord &record);

Q_SIGNALS:
    /// The project's data changed: an edit, an undo or a redo was written.
    void dataChanged();
    /// An edit, undo or redo could not be written; nothing changed.
    void editFailed(const QString &message);

private:
    store::StudyStore *m_store = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QString m_logError;
};

} // namespace ee::ui
