#include "ui/forms/fieldmessage.h"

namespace ee::ui {

FieldMessage::FieldMessage(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setVisible(false);
}

void FieldMessage::showProblem(const QString &message)
{
    if (message.isEmpty()) {
        clearMessage();
        return;
    }
    m_problem = true;
    setText(message);
    applyStyle();
    setVisible(true);
}

void FieldMessage::showNote(const QString &message)
{
    m_problem = false;
    setText(message);
    applyStyle();
    setVisible(!message.isEmpty());
}

void FieldMessage::clearMessage()
{
    m_problem = false;
    clear();
    applyStyle();
    setVisible(false);
}

void FieldMessage::setField(QWidget *field)
{
    m_field = field;
    applyStyle();
}

void FieldMessage::applyStyle()
{
    // Okabe-Ito vermilion reads as "problem" without relying on red-green contrast.
    setStyleSheet(m_problem ? QStringLiteral("color: #b23c00;") : QStringLiteral("color: palette(mid);"));
    if (m_field) {
        m_field->setAccessibleDescription(m_problem ? text() : QString());
        m_field->setProperty("invalid", m_problem);
        m_field->setStyleSheet(m_problem ? QStringLiteral("border: 1px solid #b23c00;") : QString());
    }
}

} // namespace ee::ui
