#pragma once

#include "core/store/ids.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace ee::ui {

class ArmForm;
class ComparisonForm;
class ModeratorForm;
class OutcomeDataForm;
class ProjectEditor;
class RobForm;
class StudyForm;

/// The study editor: one window per project with the study's fields, arms,
/// comparisons, outcome data with provenance, moderators and risk of bias on
/// tabs. Every field is written to the project when the user finishes it and
/// can be undone (Ctrl+Z here or in the main window); there is no Save button.
class StudyEditorDialog : public QDialog
{
    Q_OBJECT

public:
    enum Tab { StudyTab, ArmsTab, ComparisonsTab, OutcomesTab, ModeratorsTab, RiskOfBiasTab };

    StudyEditorDialog(ProjectEditor *editor, QWidget *parent = nullptr);

    /// Shows `study`; with a comparison, opens its outcome data (a study
    /// double-clicked in a plot or the table).
    void showStudy(store::StudyId study, store::ComparisonId comparison = {});
    store::StudyId study() const { return m_study; }

    /// Adds a new, empty study (one undoable edit) and shows it.
    void createStudy();

    QTabWidget *tabs() const { return m_tabs; }
    StudyForm *studyForm() const { return m_studyForm; }
    ArmForm *armForm() const { return m_armForm; }
    ComparisonForm *comparisonForm() const { return m_comparisonForm; }
    OutcomeDataForm *outcomeForm() const { return m_outcomeForm; }
    ModeratorForm *moderatorForm() const { return m_moderatorForm; }
    RobForm *robForm() const { return m_robForm; }

private:
    void reloadStudies();
    void removeStudy();

    ProjectEditor *m_editor;
    store::StudyId m_study;
    QComboBox *m_studies = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    StudyForm *m_studyForm = nullptr;
    ArmForm *m_armForm = nullptr;
    ComparisonForm *m_comparisonForm = nullptr;
    OutcomeDataForm *m_outcomeForm = nullptr;
    ModeratorForm *m_moderatorForm = nullptr;
    RobForm *m_robForm = nullptr;
};

} // namespace ee::ui
