#pragma once

#include <QLabel>

namespace ee::ui {

/// The message beside a form field that says what is wrong with its value
/// ("Events (12) cannot exceed N (10)."), or, in the neutral style, how a value
/// was derived ("Derived from 45% of 20"). Hidden when there is nothing to say.
/// Forms keep an invalid value in its field (never changed silently) and do not
/// write it until the message is gone.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    explicit FieldMessage(QWidget *parent = nullptr);

    /// Shows `message` as a problem (red, with the field's accessible
    /// description set to it); an empty message hides the label.
    void showProblem(const QString &message);
    /// Shows `message` as information (grey).
    void showNote(const QString &message);
    void clearMessage();

    bool hasProblem() const { return m_problem; }

    /// Links a field: its accessible description follows the message and its
    /// frame turns red while there is a problem.
    void setField(QWidget *field);

private:
    void applyStyle();

    QWidget *m_field = nullptr;
    bool m_problem = false;
};

} // namespace ee::ui
