#pragma once

#include "core/store/ids.h"
#include "core/store/study.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace ee::ui {

class FieldMessage;
class ProjectEditor;

/// The study's own fields: label, first author, year, country, region,
/// design, registry id, citation, DOI and notes. Each field is written when
/// the user finishes it (one undoable edit per field) if it is valid; an
/// invalid value stays in its field with the message beside it.
class StudyForm : public QWidget
{
    Q_OBJECT

public:
    StudyForm(ProjectEditor *editor, QWidget *parent = nullptr);

    void setStudy(store::StudyId study);
    store::StudyId study() const { return m_study; }

private:
    struct TextField {
        QString name; ///< the evidence CSV column the validation names
        QString label;
        QLineEdit *edit = nullptr;
        FieldMessage *message = nullptr;
        std::function<QString(const store::Study &)> get;
        std::function<void(store::Study &, const QString &)> set;
    };

    void handleDataChanged();
    void reload(bool force);
    std::optional<store::Study> storedStudy() const;
    void commitText(TextField &field);
    void commitYear();
    void commitDesign();
    void commitNotes();
    void write(const QString &what, const store::Study &edited, FieldMessage *message);

    ProjectEditor *m_editor;
    store::StudyId m_study;
    std::vector<TextField> m_fields;
    QLineEdit *m_year = nullptr;
    FieldMessage *m_yearMessage = nullptr;
    QComboBox *m_design = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    FieldMessage *m_formMessage = nullptr;
};

} // namespace ee::ui
