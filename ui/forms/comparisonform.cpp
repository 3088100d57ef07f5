#include "ui/forms/comparisonform.h"

#include "core/store/evidenceindex.h"
#include "core/store/studystore.h"
#include "ui/forms/fieldmessage.h"
#include "ui/forms/focusoutnotifier.h"
#include "ui/forms/formsupport.h"
#include "ui/forms/numberparser.h"
#include "ui/forms/projecteditor.h"
#include "ui/forms/recordlistpane.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <functional>

namespace ee::ui {

ComparisonForm::ComparisonForm(ProjectEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    auto *splitter = new QSplitter(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(splitter);

    m_pane = new RecordListPane(
        { QStringLiteral("comparisons"), QStringLiteral("addComparison"), QStringLiteral("removeComparison") },
        tr("Comparisons of the study"), tr("Add Comparison"), tr("Remove…"));
    m_list = m_pane->list();
    m_add = m_pane->addButton();
    m_remove = m_pane->removeButton();
    splitter->addWidget(m_pane);

    m_details = new QWidget;
    auto *form = new QFormLayout(m_details);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_formMessage = new FieldMessage;
    form->addRow(m_formMessage);
    m_label = new QLineEdit;
    m_label->setObjectName(QStringLiteral("comparisonLabel"));
    m_label->setPlaceholderText(tr("Unique in the project, e.g. Lu1"));
    m_labelMessage = new FieldMessage;
    form->addRow(tr("Label"), FormSupport::withMessage(m_label, m_labelMessage));
    m_treatment = new QComboBox;
    m_treatment->setObjectName(QStringLiteral("treatmentArm"));
    form->addRow(tr("Treatment arm"), m_treatment);
    m_control = new QComboBox;
    m_control->setObjectName(QStringLiteral("controlArm"));
    m_armsMessage = new FieldMessage;
    form->addRow(tr("Control arm"), FormSupport::withMessage(m_control, m_armsMessage));
    m_shared = new QLabel;
    m_shared->setObjectName(QStringLiteral("sharedControl"));
    m_shared->setWordWrap(true);
    form->addRow(QString(), m_shared);
    m_nTreatment = new QLineEdit;
    m_nTreatment->setObjectName(QStringLiteral("reportedNTreatment"));
    m_nTreatmentMessage = new FieldMessage;
    form->addRow(tr("N treatment (as tabulated)"), FormSupport::withMessage(m_nTreatment, m_nTreatmentMessage));
    m_nControl = new QLineEdit;
    m_nControl->setObjectName(QStringLiteral("reportedNControl"));
    m_nControlMessage = new FieldMessage;
    form->addRow(tr("N control (as tabulated)"), FormSupport::withMessage(m_nControl, m_nControlMessage));
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("comparisonNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    form->addRow(tr("Notes"), m_notes);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 180, 560 });

    connect(m_label, &QLineEdit::textEdited, this, [this] {
        m_labelMessage->showProblem(
            m_label->text().trimmed().isEmpty() ? tr("The comparison label is empty.") : QString());
    });
    connect(m_label, &QLineEdit::editingFinished, this, [this] {
        const auto stored = storedComparison();
        if (!stored)
            return;
        store::Comparison edited = *stored;
        edited.label = m_label->text().trimmed();
        if (edited.label.isEmpty()) {
            m_labelMessage->showProblem(tr("The comparison label is empty."));
            return;
        }
        write(tr("label"), edited, m_labelMessage);
    });
    auto commitArms = [this] {
        const auto stored = storedComparison();
        if (!stored)
            return;
        store::Comparison edited = *stored;
        edited.treatmentArm = store::ArmId(m_treatment->currentData().toLongLong());
        edited.controlArm = store::ArmId(m_control->currentData().toLongLong());
        if (edited.treatmentArm == edited.controlArm) {
            m_armsMessage->showProblem(tr("The treatment and control arms must differ."));
            return;
        }
        write(tr("arms"), edited, m_armsMessage);
    };
    connect(m_treatment, &QComboBox::activated, this, commitArms);
    connect(m_control, &QComboBox::activated, this, commitArms);
    for (const bool treatment : { true, false }) {
        QLineEdit *edit = treatment ? m_nTreatment : m_nControl;
        FieldMessage *message = treatment ? m_nTreatmentMessage : m_nControlMessage;
        const QString label = treatment ? tr("N treatment") : tr("N control");
        connect(edit, &QLineEdit::textEdited, this, [this, edit, message, label] {
            const auto parsed = NumberParser::integer(edit->text(), label);
            if (!parsed.problem.isEmpty())
                message->showProblem(parsed.problem);
            else if (parsed.value && *parsed.value < 1)
                message->showProblem(tr("%1 must be at least 1, got %2").arg(label).arg(*parsed.value));
            else
                message->clearMessage();
        });
        connect(edit, &QLineEdit::editingFinished, this,
            [this, edit, message, treatment] { commitReportedN(edit, message, treatment); });
    }
    FocusOutNotifier::watch(m_notes, [this] {
        const auto stored = storedComparison();
        if (!stored || m_notes->isReadOnly())
            return;
        store::Comparison edited = *stored;
        edited.notes = m_notes->toPlainText();
        write(tr("notes"), edited, m_formMessage);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_comparison =
            row >= 0 ? store::ComparisonId(m_list->item(row)->data(Qt::UserRole).toLongLong()) : store::ComparisonId();
        reloadFields(true);
    });
    connect(m_add, &QPushButton::clicked, this, &ComparisonForm::addComparison);
    connect(m_remove, &QPushButton::clicked, this, &ComparisonForm::removeComparison);
    connect(m_editor, &ProjectEditor::dataChanged, this, [this] {
        reloadList();
        reloadFields(false);
    });
}

void ComparisonForm::setStudy(store::StudyId study)
{
    m_study = study;
    m_comparison = {};
    reloadList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        reloadFields(true);
}

void ComparisonForm::selectComparison(store::ComparisonId comparison)
{
    m_pane->selectRecord(comparison.value);
}

void ComparisonForm::reloadList()
{
    const store::EvidenceBase *base = FormSupport::base(m_editor);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int current = -1;
    if (base) {
        for (const store::Comparison &comparison : base->comparisons) {
            if (comparison.study != m_study)
                continue;
            auto *item = new QListWidgetItem(comparison.label);
            item->setData(Qt::UserRole, comparison.id.value);
            m_list->addItem(item);
            if (comparison.id == m_comparison)
                current = m_list->count() - 1;
        }
    }
    m_list->setCurrentRow(current);
    if (current < 0)
        m_comparison = {};
    m_add->setEnabled(m_editor->canEdit() && m_study.value != 0);
    m_remove->setEnabled(m_editor->canEdit() && current >= 0);
}

std::optional<store::Comparison> ComparisonForm::storedComparison() const
{
    const store::EvidenceBase *base = FormSupport::base(m_editor);
    if (!base)
        return std::nullopt;
    for (const store::Comparison &comparison : base->comparisons) {
        if (comparison.id == m_comparison)
            return comparison;
    }
    return std::nullopt;
}

void ComparisonForm::reloadFields(bool force)
{
    const auto comparison = storedComparison();
    const store::EvidenceBase *base = FormSupport::base(m_editor);
    m_details->setEnabled(comparison.has_value());
    if (!comparison || !base) {
        m_shared->clear();
        m_formMessage->showNote(m_study.value != 0 && m_list->count() == 0
                ? tr("This study has no comparisons yet: Add Comparison pairs a treated arm "
                     "with a control arm.")
                : QString());
        return;
    }
    const bool editable = m_editor->canEdit();
    if (!editable)
        m_formMessage->showNote(m_editor->whyReadOnly());
    else if (force || !m_formMessage->hasProblem())
        m_formMessage->clearMessage();
    for (QLineEdit *edit : m_details->findChildren<QLineEdit *>())
        edit->setReadOnly(!editable);
    m_treatment->setEnabled(editable);
    m_control->setEnabled(editable);
    m_notes->setReadOnly(!editable);

    if (force || !m_labelMessage->hasProblem()) {
        if (m_label->text() != comparison->label)
            m_label->setText(comparison->label);
        m_labelMessage->clearMessage();
    }
    {
        const QSignalBlocker treatmentBlocker(m_treatment);
        const QSignalBlocker controlBlocker(m_control);
        m_treatment->clear();
        m_control->clear();
        for (const store::Arm &arm : base->arms) {
            if (arm.study != m_study)
                continue;
            const QString text = arm.role == store::ArmRole::Control ? tr("%1 (control)").arg(arm.label) : arm.label;
            m_treatment->addItem(text, arm.id.value);
            m_control->addItem(text, arm.id.value);
        }
        m_treatment->setCurrentIndex(m_treatment->findData(comparison->treatmentArm.value));
        m_control->setCurrentIndex(m_control->findData(comparison->controlArm.value));
        if (force)
            m_armsMessage->clearMessage();
    }
    QStringList sharing;
    for (const store::Comparison &other : base->comparisons) {
        if (other.id != comparison->id && other.controlArm == comparison->controlArm)
            sharing << other.label;
    }
    m_shared->setText(sharing.isEmpty()
            ? QString()
            : tr("Shared control: this control arm is also the control of %1. The explorer flags "
                 "these rows, or splits the control group (Cochrane Handbook 23.3.4).")
                  .arg(sharing.join(QStringLiteral(", "))));
    m_shared->setVisible(!sharing.isEmpty());
    auto refresh = [force](QLineEdit *edit, FieldMessage *message, const std::optional<int> &value) {
        if (!force && message->hasProblem())
            return;
        const QString text = value ? NumberParser::display(*value) : QString();
        if (edit->text() != text)
            edit->setText(text);
        message->clearMessage();
    };
    refresh(m_nTreatment, m_nTreatmentMessage, comparison->reportedNTreatment);
    refresh(m_nControl, m_nControlMessage, comparison->reportedNControl);
    if (force || !m_notes->hasFocus()) {
        if (m_notes->toPlainText() != comparison->notes)
            m_notes->setPlainText(comparison->notes);
    }
}

void ComparisonForm::commitReportedN(QLineEdit *edit, FieldMessage *message, bool treatment)
{
    const auto stored = storedComparison();
    if (!stored || !m_editor->canEdit())
        return;
    const QString label = treatment ? tr("N treatment") : tr("N control");
    const auto parsed = NumberParser::integer(edit->text(), label);
    if (!parsed.problem.isEmpty()) {
        message->showProblem(parsed.problem);
        return;
    }
    if (parsed.value && *parsed.value < 1) {
        message->showProblem(tr("%1 must be at least 1, got %2").arg(label).arg(*parsed.value));
        return;
    }
    store::Comparison edited = *stored;
    (treatment ? edited.reportedNTreatment : edited.reportedNControl) = parsed.value;
    write(label, edited, message);
}

void ComparisonForm::write(const QString &what, const store::Comparison &edited, FieldMessage *message)
{
    const auto stored = storedComparison();
    if (!stored || !m_editor->canEdit())
        return;
    if (edited == *stored) {
        message->clearMessage();
        return;
    }
    const QString error = m_editor->apply(tr("Edit %1 of comparison %2").arg(what, edited.label),
        [edited](store::StudyStore &s) { return s.updateComparison(edited); });
    if (!error.isEmpty())
        message->showProblem(error);
    else
        message->clearMessage();
}

void ComparisonForm::addComparison()
{
    const store::EvidenceBase *base = FormSupport::base(m_editor);
    if (!base || !m_editor->canEdit())
        return;
    // A new comparison pairs the first treated arm with the first control arm.
    store::Comparison comparison;
    comparison.study = m_study;
    QString studyLabel;
    for (const store::Study &study : base->studies) {
        if (study.id == m_study)
            studyLabel = study.label;
    }
    for (const store::Arm &arm : base->arms) {
        if (arm.study != m_study)
            continue;
        if (arm.role == store::ArmRole::Control && comparison.controlArm.value == 0)
            comparison.controlArm = arm.id;
        if (arm.role == store::ArmRole::Treatment && comparison.treatmentArm.value == 0)
            comparison.treatmentArm = arm.id;
    }
    if (comparison.treatmentArm.value == 0 || comparison.controlArm.value == 0) {
        m_formMessage->showProblem(tr("A comparison needs a treatment arm and a control arm: add them on the Arms "
                                      "tab first."));
        return;
    }
    QStringList labels;
    for (const store::Comparison &other : base->comparisons)
        labels << other.label;
    QString stem = studyLabel.section(QLatin1Char(' '), 0, 0);
    if (stem.isEmpty())
        stem = tr("Comparison");
    QString label;
    for (int n = 1; label.isEmpty() || labels.contains(label); ++n)
        label = stem + QString::number(n);
    comparison.label = label;
    store::ComparisonId added;
    const QString error =
        m_editor->apply(tr("Add comparison %1").arg(label), [comparison, &added](store::StudyStore &s) {
            auto id = s.addComparison(comparison);
            if (!id)
                return store::Status(id.error());
            added = id.value();
            return store::Status();
        });
    if (!error.isEmpty()) {
        m_formMessage->showProblem(error);
        return;
    }
    m_comparison = added;
    reloadList();
    reloadFields(true);
}

void ComparisonForm::removeComparison()
{
    const auto comparison = storedComparison();
    const store::EvidenceBase *base = FormSupport::base(m_editor);
    if (!comparison || !base || !m_editor->canEdit())
        return;
    int results = 0;
    for (const store::OutcomeData &result : base->outcomeData)
        results += result.comparison == comparison->id ? 1 : 0;
    const QString question = results == 0
        ? tr("Remove comparison %1?").arg(comparison->label)
        : tr("Remove comparison %1 with its %n outcome result(s)? Edit → Undo brings them back.", nullptr, results)
              .arg(comparison->label);
    if (QMessageBox::question(this, tr("Remove Comparison"), question) != QMessageBox::Yes)
        return;
    const store::ComparisonId id = comparison->id;
    const QString error = m_editor->apply(tr("Remove comparison %1").arg(comparison->label),
        [id](store::StudyStore &s) { return s.removeComparison(id); });
    if (!error.isEmpty())
        m_formMessage->showProblem(error);
}

} // namespace ee::ui
