#pragma once

#include "core/store/comparison.h"
#include "core/store/ids.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace ee::ui {

class FieldMessage;
class ProjectEditor;
class RecordListPane;

/// The comparisons of one study (rows of the forest plot): which arm is
/// treated and which is the control, the arm sizes the review's table lists,
/// and notes. A control arm shared with other comparisons (multi-arm trials)
/// is shown with the comparisons that share it. Each field is one undoable edit.
class ComparisonForm : public QWidget
{
    Q_OBJECT

public:
    ComparisonForm(ProjectEditor *editor, QWidget *parent = nullptr);

    void setStudy(store::StudyId study);
    void selectComparison(store::ComparisonId comparison);
    store::ComparisonId currentComparison() const { return m_comparison; }

private:
    void reloadList();
    void reloadFields(bool force);
    std::optional<store::Comparison> storedComparison() const;
    void write(const QString &what, const store::Comparison &edited, FieldMessage *message);
    void commitReportedN(QLineEdit *edit, FieldMessage *message, bool treatment);
    void addComparison();
    void removeComparison();

    ProjectEditor *m_editor;
    store::StudyId m_study;
    store::ComparisonId m_comparison;

    RecordListPane *m_pane = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_details = nullptr;
    FieldMessage *m_formMessage = nullptr;
    QLineEdit *m_label = nullptr;
    FieldMessage *m_labelMessage = nullptr;
    QComboBox *m_treatment = nullptr;
    QComboBox *m_control = nullptr;
    FieldMessage *m_armsMessage = nullptr;
    QLabel *m_shared = nullptr;
    QLineEdit *m_nTreatment = nullptr;
    FieldMessage *m_nTreatmentMessage = nullptr;
    QLineEdit *m_nControl = nullptr;
    FieldMessage *m_nControlMessage = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace ee::ui
