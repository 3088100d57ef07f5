#pragma once

#include "core/store/ids.h"
#include "core/store/moderator.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace ee::ui {

class FieldMessage;
class ProjectEditor;

/// The moderator values of one study (follow-up, baseline ulcer area,
/// allocation...): what the source prints, and its number or range, for the
/// whole study or for one comparison. Facets and meta-regression read them.
/// Each cell edit is one undoable edit; a cell with an invalid number keeps
/// the text with the message below and is not written.
class ModeratorForm : public QWidget
{
    Q_OBJECT

public:
    enum Column { Name, Scope, Printed, Lower, Upper, ColumnCount };

    ModeratorForm(ProjectEditor *editor, QWidget *parent = nullptr);

    void setStudy(store::StudyId study);
    QTableWidget *table() const { return m_table; }

private:
    void reload();
    std::optional<store::Moderator> storedModerator(store::ModeratorId id) const;
    void handleCellChanged(int row, int column);
    void addValue();
    void removeValue();

    ProjectEditor *m_editor;
    store::StudyId m_study;
    QTableWidget *m_table = nullptr;
    QComboBox *m_newName = nullptr;
    QComboBox *m_newScope = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    FieldMessage *m_message = nullptr;
    bool m_filling = false;
};

} // namespace ee::ui
