#pragma once

#include "core/store/arm.h"
#include "core/store/ids.h"

#include <QWidget>

#include <functional>
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
class ProvenanceEditor;

/// The arms of one study: a list, and the selected arm's fields: label, role,
/// cell type (from the project's vocabulary, or free text), origin, dose as
/// printed with its cell count, unit and provenance, the dose tier derived
/// from the count with the project's cut-offs (overridable, with the basis
/// recorded), route, and arm sizes. Each field is one undoable edit.
class ArmForm : public QWidget
{
    Q_OBJECT

public:
    ArmForm(ProjectEditor *editor, QWidget *parent = nullptr);

    void setStudy(store::StudyId study);
    /// Selects an arm of the study (e.g. the treatment arm of a double-clicked comparison).
    void selectArm(store::ArmId arm);
    store::ArmId currentArm() const { return m_arm; }

private:
    void handleDataChanged();
    void reloadList();
    void reloadFields(bool force);
    std::optional<store::Arm> storedArm() const;
    /// The tier the project's cut-offs give for `arm`'s dose.
    std::pair<store::DoseTier, store::DoseTierBasis> derivedTier(const store::Arm &arm) const;
    /// Validates and writes `edited` (one undoable edit named `what`); problems go to `message`.
    void write(const QString &what, store::Arm edited, FieldMessage *message, const QString &field);
    void commitNumber(QLineEdit *edit, FieldMessage *message, const QString &field, const QString &label, bool integer);
    void addArm();
    void removeArm();

    ProjectEditor *m_editor;
    store::StudyId m_study;
    store::ArmId m_arm;

    RecordListPane *m_pane = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_details = nullptr;
    FieldMessage *m_formMessage = nullptr;
    QLineEdit *m_label = nullptr;
    FieldMessage *m_labelMessage = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_cellType = nullptr;
    FieldMessage *m_cellTypeMessage = nullptr;
    QComboBox *m_origin = nullptr;
    QLineEdit *m_doseText = nullptr;
    QLineEdit *m_doseMin = nullptr;
    FieldMessage *m_doseMinMessage = nullptr;
    QLineEdit *m_doseMax = nullptr;
    FieldMessage *m_doseMaxMessage = nullptr;
    QComboBox *m_doseUnit = nullptr;
    QComboBox *m_tier = nullptr;
    FieldMessage *m_tierMessage = nullptr;
    ProvenanceEditor *m_doseProvenance = nullptr;
    QComboBox *m_route = nullptr;
    QLineEdit *m_routeText = nullptr;
    QLineEdit *m_nRandomized = nullptr;
    FieldMessage *m_nRandomizedMessage = nullptr;
    QLineEdit *m_nAnalysed = nullptr;
    FieldMessage *m_nAnalysedMessage = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace ee::ui
