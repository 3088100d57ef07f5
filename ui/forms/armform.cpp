#include "ui/forms/armform.h"

#include "core/store/dosetier.h"
#include "core/store/evidenceindex.h"
#include "core/store/storevalidation.h"
#include "core/store/studystore.h"
#include "ui/forms/enumlabels.h"
#include "ui/forms/fieldmessage.h"
#include "ui/forms/focusoutnotifier.h"
#include "ui/forms/formsupport.h"
#include "ui/forms/numberparser.h"
#include "ui/forms/projecteditor.h"
#include "ui/forms/provenanceeditor.h"
#include "ui/forms/recordlistpane.h"
#include "ui/preferences/preferences.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace ee::ui {

namespace {

QString optionalText(const std::optional<double> &value)
{
    return value ? NumberParser::display(*value) : QString();
}

QString optionalText(const std::optional<int> &value)
{
    return value ? NumberParser::display(*value) : QString();
}

void setTextIfChanged(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

} // namespace

ArmForm::ArmForm(ProjectEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    auto *splitter = new QSplitter(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(splitter);

    m_pane = new RecordListPane({ QStringLiteral("arms"), QStringLiteral("addArm"), QStringLiteral("removeArm") },
        tr("Arms of the study"), tr("Add Arm"), tr("Remove Arm…"));
    m_list = m_pane->list();
    m_add = m_pane->addButton();
    m_remove = m_pane->removeButton();
    splitter->addWidget(m_pane);

    m_details = new QWidget;
    auto *form = new QFormLayout(m_details);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_formMessage = new FieldMessage;
    form->addRow(m_formMessage);

    auto lineEdit = [](const QString &name, const QString &placeholder = {}) {
        auto *edit = new QLineEdit;
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    auto combo = [](const QString &name) {
        auto *box = new QComboBox;
        box->setObjectName(name);
        return box;
    };

    m_label = lineEdit(QStringLiteral("armLabel"), tr("Unique within the study, e.g. BM-MNC"));
    m_labelMessage = new FieldMessage;
    form->addRow(tr("Label"), FormSupport::withMessage(m_label, m_labelMessage));
    m_role = combo(QStringLiteral("armRole"));
    for (const auto &[value, label] : EnumLabels::armRoles())
        m_role->addItem(label, static_cast<int>(value));
    form->addRow(tr("Role"), m_role);

    m_cellType = combo(QStringLiteral("cellType"));
    m_cellType->setEditable(true);
    m_cellType->setInsertPolicy(QComboBox::NoInsert);
    m_cellTypeMessage = new FieldMessage;
    form->addRow(tr("Cell type"), FormSupport::withMessage(m_cellType, m_cellTypeMessage));
    m_origin = combo(QStringLiteral("origin"));
    for (const auto &[value, label] : EnumLabels::origins())
        m_origin->addItem(label, static_cast<int>(value));
    form->addRow(tr("Origin"), m_origin);

    auto *dose = new QGroupBox(tr("Dose"));
    auto *doseForm = new QFormLayout(dose);
    m_doseText = lineEdit(QStringLiteral("doseText"), tr("As the source prints it, e.g. 9.3 × 10⁸ cells per leg"));
    doseForm->addRow(tr("As printed"), m_doseText);
    m_doseMin = lineEdit(QStringLiteral("doseCellsMin"), tr("Cells, e.g. 9.3e8"));
    m_doseMinMessage = new FieldMessage;
    doseForm->addRow(tr("Cells (lower or only value)"), FormSupport::withMessage(m_doseMin, m_doseMinMessage));
    m_doseMax = lineEdit(QStringLiteral("doseCellsMax"), tr("Empty for a single value or a lower bound only"));
    m_doseMaxMessage = new FieldMessage;
    doseForm->addRow(tr("Cells (upper value)"), FormSupport::withMessage(m_doseMax, m_doseMaxMessage));
    m_doseUnit = combo(QStringLiteral("doseUnit"));
    for (const auto &[value, label] : EnumLabels::doseUnits())
        m_doseUnit->addItem(label, static_cast<int>(value));
    doseForm->addRow(tr("Unit"), m_doseUnit);
    m_tier = combo(QStringLiteral("doseTier"));
    m_tierMessage = new FieldMessage;
    doseForm->addRow(tr("Tier"), FormSupport::withMessage(m_tier, m_tierMessage));
    m_doseProvenance = new ProvenanceEditor;
    m_doseProvenance->setObjectName(QStringLiteral("doseProvenance"));
    doseForm->addRow(tr("Source of the dose"), m_doseProvenance);
    form->addRow(dose);

    m_route = combo(QStringLiteral("route"));
    for (const auto &[value, label] : EnumLabels::routes())
        m_route->addItem(label, static_cast<int>(value));
    form->addRow(tr("Route"), m_route);
    m_routeText = lineEdit(QStringLiteral("routeText"), tr("As printed, e.g. IM + SC"));
    form->addRow(tr("Route as printed"), m_routeText);
    m_nRandomized = lineEdit(QStringLiteral("nRandomized"));
    m_nRandomizedMessage = new FieldMessage;
    form->addRow(tr("N randomised"), FormSupport::withMessage(m_nRandomized, m_nRandomizedMessage));
    m_nAnalysed = lineEdit(QStringLiteral("nAnalysed"));
    m_nAnalysedMessage = new FieldMessage;
    form->addRow(tr("N analysed"), FormSupport::withMessage(m_nAnalysed, m_nAnalysedMessage));
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("armNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    form->addRow(tr("Notes"), m_notes);

    auto *scroll = new QScrollArea;
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 180, 560 });

    // Text fields: checked as typed, written when finished.
    auto checkText = [this](QLineEdit *edit, FieldMessage *message, const QString &field, const QString &label,
                         bool integer) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit, message, field, label, integer] {
            const auto stored = storedArm();
            if (!stored)
                return;
            QString problem = integer ? NumberParser::integer(edit->text(), label).problem
                                      : NumberParser::real(edit->text(), label).problem;
            if (problem.isEmpty()) {
                store::Arm probe = *stored;
                if (integer) {
                    const auto value = NumberParser::integer(edit->text(), label).value;
                    (field == QLatin1String("n_randomized") ? probe.nRandomized : probe.nAnalysed) = value;
                } else {
                    const auto value = NumberParser::real(edit->text(), label).value;
                    (field == QLatin1String("dose_cells_min") ? probe.doseCellsMin : probe.doseCellsMax) = value;
                }
                for (const store::FieldProblem &p : store::validateArm(probe)) {
                    if (p.field == field)
                        problem = p.message;
                }
            }
            message->showProblem(problem);
        });
        connect(edit, &QLineEdit::editingFinished, this,
            [this, edit, message, field, label, integer] { commitNumber(edit, message, field, label, integer); });
    };
    checkText(m_doseMin, m_doseMinMessage, QStringLiteral("dose_cells_min"), tr("The lower cell count"), false);
    checkText(m_doseMax, m_doseMaxMessage, QStringLiteral("dose_cells_max"), tr("The upper cell count"), false);
    checkText(m_nRandomized, m_nRandomizedMessage, QStringLiteral("n_randomized"), tr("N randomised"), true);
    checkText(m_nAnalysed, m_nAnalysedMessage, QStringLiteral("n_analysed"), tr("N analysed"), true);

    connect(m_label, &QLineEdit::textEdited, this, [this] {
        m_labelMessage->showProblem(m_label->text().trimmed().isEmpty() ? tr("The arm label is empty.") : QString());
    });
    connect(m_label, &QLineEdit::editingFinished, this, [this] {
        const auto stored = storedArm();
        if (!stored)
            return;
        store::Arm edited = *stored;
        edited.label = m_label->text().trimmed();
        write(tr("label"), edited, m_labelMessage, QStringLiteral("arm"));
    });
    connect(m_role, &QComboBox::activated, this, [this] {
        const auto stored = storedArm();
        if (!stored)
            return;
        store::Arm edited = *stored;
        edited.role = static_cast<store::ArmRole>(m_role->currentData().toInt());
        write(tr("role"), edited, m_formMessage, {});
    });
    auto commitCellType = [this] {
        const auto stored = storedArm();
        if (!stored)
            return;
        store::Arm edited = *stored;
        // A vocabulary entry carries its code; typed text is kept as typed.
        const int match = m_cellType->findText(m_cellType->currentText(), Qt::MatchFixedString);
        edited.cellType = match >= 0 ? m_cellType->itemData(match).toString() : m_cellType->currentText().trimmed();
        if (edited.cellType == stored->cellType)
            return;
        m_cellTypeMessage->showNote(match >= 0 || edited.cellType.isEmpty()
                ? QString()
                : tr("Not in the project's cell-type vocabulary: stored as typed."));
        write(tr("cell type"), edited, m_formMessage, {});
    };
    connect(m_cellType, &QComboBox::activated, this, commitCellType);
    connect(m_cellType->lineEdit(), &QLineEdit::editingFinished, this, commitCellType);
    connect(m_origin, &QComboBox::activated, this, [this] {
        const auto stored = storedArm();
        if (!stored)
            return;
        store::Arm edited = *stored;
        edited.origin = static_cast<store::CellOrigin>(m_origin->currentData().toInt());
        write(tr("origin"), edited, m_formMessage, {});
    });
    connect(m_doseText, &QLineEdit::editingFinished, this, [this] {
        const auto stored = storedArm();
        if (!stored)
            return;
        store::Arm edited = *stored;
        edited.doseText = m_doseText->text().trimmed();
        write(tr("dose as printed"), edited, m_formMessage, {});
    });
    connect(m_doseUnit, &QComboBox::activated, this, [this] {
        const auto stored = storedArm();
        if (!stored)
            return;
        store::Arm edited = *stored;
        edited.doseUnit = static_cast<store::DoseUnit>(m_doseUnit->currentData().toInt());
        write(tr("dose unit"), edited, m_formMessage, {});
    });
    connect(m_tier, &QComboBox::activated, this, [this] {
        const auto stored = storedArm();
        if (!stored)
            return;
        store::Arm edited = *stored;
        const int chosen = m_tier->currentData().toInt();
        if (chosen < 0) {
            // Back to the tier the cut-offs give.
            edited.doseTierBasis = store::DoseTierBasis::NotAssigned;
        } else {
            edited.doseTier = static_cast<store::DoseTier>(chosen);
            edited.doseTierBasis = store::DoseTierBasis::ReviewerJudgement;
        }
        write(tr("dose tier"), edited, m_tierMessage, {});
    });
    connect(m_doseProvenance, &ProvenanceEditor::provenanceEdited, this, [this] {
        const auto stored = storedArm();
        if (!stored)
            return;
        store::Arm edited = *stored;
        store::Provenance provenance = m_doseProvenance->provenance();
        edited.doseProvenance = provenance;
        write(tr("source of the dose"), edited, m_formMessage, {});
    });
    connect(m_route, &QComboBox::activated, this, [this] {
        const auto stored = storedArm();
        if (!stored)
            return;
        store::Arm edited = *stored;
        edited.route = static_cast<store::Route>(m_route->currentData().toInt());
        write(tr("route"), edited, m_formMessage, {});
    });
    connect(m_routeText, &QLineEdit::editingFinished, this, [this] {
        const auto stored = storedArm();
        if (!stored)
            return;
        store::Arm edited = *stored;
        edited.routeText = m_routeText->text().trimmed();
        write(tr("route as printed"), edited, m_formMessage, {});
    });
    FocusOutNotifier::watch(m_notes, [this] {
        const auto stored = storedArm();
        if (!stored || m_notes->isReadOnly())
            return;
        store::Arm edited = *stored;
        edited.notes = m_notes->toPlainText();
        write(tr("notes"), edited, m_formMessage, {});
    });

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_arm = store::ArmId(m_pane->recordAt(row));
        reloadFields(true);
    });
    connect(m_add, &QPushButton::clicked, this, &ArmForm::addArm);
    connect(m_remove, &QPushButton::clicked, this, &ArmForm::removeArm);
    connect(m_editor, &ProjectEditor::dataChanged, this, &ArmForm::handleDataChanged);
}

void ArmForm::setStudy(store::StudyId study)
{
    m_study = study;
    m_arm = {};
    reloadList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        reloadFields(true);
}

void ArmForm::selectArm(store::ArmId arm)
{
    m_pane->selectRecord(arm.value);
}

void ArmForm::handleDataChanged()
{
    reloadList();
    reloadFields(false);
}

void ArmForm::reloadList()
{
    const store::EvidenceBase *base = FormSupport::base(m_editor);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int current = -1;
    if (base) {
        for (const store::Arm &arm : base->arms) {
            if (arm.study != m_study)
                continue;
            const QString role = arm.role == store::ArmRole::Control ? tr("control") : arm.cellType;
            auto *item = new QListWidgetItem(role.isEmpty() ? arm.label : tr("%1 (%2)").arg(arm.label, role));
            item->setData(Qt::UserRole, arm.id.value);
            m_list->addItem(item);
            if (arm.id == m_arm)
                current = m_list->count() - 1;
        }
        // Vocabulary for the cell-type picker: code, with its meaning as a tooltip.
        const QString typed = m_cellType->currentText();
        const QSignalBlocker cellBlocker(m_cellType);
        m_cellType->clear();
        for (const store::CellType &type : base->cellTypes) {
            m_cellType->addItem(type.code, type.code);
            m_cellType->setItemData(m_cellType->count() - 1, type.label, Qt::ToolTipRole);
        }
        m_cellType->setEditText(typed);
        QStringList citations;
        for (const store::Study &study : base->studies) {
            if (study.id == m_study && !study.citation.isEmpty())
                citations << study.citation;
        }
        for (const store::Arm &arm : base->arms) {
            if (arm.doseProvenance && !arm.doseProvenance->citation.isEmpty()
                && !citations.contains(arm.doseProvenance->citation))
                citations << arm.doseProvenance->citation;
        }
        m_doseProvenance->setCitations(citations);
    }
    if (current < 0 && m_list->count() > 0 && m_arm.value != 0)
        m_arm = {}; // the arm was removed (or an undo took it away)
    m_list->setCurrentRow(current);
    const bool editable = m_editor->canEdit();
    m_add->setEnabled(editable && m_study.value != 0);
    m_remove->setEnabled(editable && current >= 0);
}

std::optional<store::Arm> ArmForm::storedArm() const
{
    const store::EvidenceBase *base = FormSupport::base(m_editor);
    if (!base)
        return std::nullopt;
    for (const store::Arm &arm : base->arms) {
        if (arm.id == m_arm)
            return arm;
    }
    return std::nullopt;
}

std::pair<store::DoseTier, store::DoseTierBasis> ArmForm::derivedTier(const store::Arm &arm) const
{
    const store::EvidenceBase *base = FormSupport::base(m_editor);
    if (!base)
        return { store::DoseTier::NotAssigned, store::DoseTierBasis::NotAssigned };
    for (const store::FacetDefinition &facet : base->facets) {
        if (facet.name == QLatin1String("dose_tier")) {
            const store::DoseTierAssignment assigned =
                store::deriveDoseTier(!arm.doseText.isEmpty() || arm.doseCellsMin.has_value(), arm.doseCellsMin,
                    arm.doseCellsMax, arm.doseUnit, facet);
            return { assigned.tier, assigned.basis };
        }
    }
    return { store::DoseTier::NotAssigned, store::DoseTierBasis::NotAssigned };
}

void ArmForm::reloadFields(bool force)
{
    const std::optional<store::Arm> arm = storedArm();
    m_details->setEnabled(arm.has_value());
    if (!arm) {
        m_formMessage->showNote(
            m_study.value != 0 && m_list->count() == 0 ? tr("This study has no arms yet: Add Arm.") : QString());
        return;
    }
    const bool editable = m_editor->canEdit();
    for (QLineEdit *edit : m_details->findChildren<QLineEdit *>())
        edit->setReadOnly(!editable);
    for (QComboBox *box : m_details->findChildren<QComboBox *>())
        box->setEnabled(editable);
    m_notes->setReadOnly(!editable);
    if (!editable)
        m_formMessage->showNote(m_editor->whyReadOnly());
    else if (!m_formMessage->hasProblem() || force)
        m_formMessage->clearMessage();

    auto refresh = [force](QLineEdit *edit, FieldMessage *message, const QString &text) {
        if (!force && message && message->hasProblem())
            return; // the user is still fixing this field
        setTextIfChanged(edit, text);
        if (message)
            message->clearMessage();
    };
    refresh(m_label, m_labelMessage, arm->label);
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(arm->role)));
    {
        const QSignalBlocker blocker(m_cellType);
        const int match = m_cellType->findData(arm->cellType);
        if (match >= 0)
            m_cellType->setCurrentIndex(match);
        m_cellType->setEditText(arm->cellType);
        if (force)
            m_cellTypeMessage->clearMessage();
    }
    m_origin->setCurrentIndex(m_origin->findData(static_cast<int>(arm->origin)));
    refresh(m_doseText, nullptr, arm->doseText);
    refresh(m_doseMin, m_doseMinMessage, optionalText(arm->doseCellsMin));
    refresh(m_doseMax, m_doseMaxMessage, optionalText(arm->doseCellsMax));
    m_doseUnit->setCurrentIndex(m_doseUnit->findData(static_cast<int>(arm->doseUnit)));

    // Tier: the first entry follows the cut-offs; the others override them.
    const auto [derived, derivedBasis] = derivedTier(*arm);
    {
        const QSignalBlocker blocker(m_tier);
        m_tier->clear();
        m_tier->addItem(tr("From the cut-offs: %1").arg(EnumLabels::label(derived, EnumLabels::doseTiers())), -1);
        for (const auto &[value, label] : EnumLabels::doseTiers())
            m_tier->addItem(tr("Set by reviewer: %1").arg(label), static_cast<int>(value));
        const bool overridden = arm->doseTierBasis == store::DoseTierBasis::ReviewerJudgement;
        m_tier->setCurrentIndex(overridden ? m_tier->findData(static_cast<int>(arm->doseTier)) : 0);
        if (overridden && arm->doseTier != derived)
            m_tierMessage->showNote(tr("The cut-offs give %1; the reviewer's tier is used.")
                                        .arg(EnumLabels::label(derived, EnumLabels::doseTiers())));
        else if (!overridden && arm->doseTier != derived)
            m_tierMessage->showNote(tr("Stored tier %1 differs from the cut-offs (%2); any dose edit re-derives it.")
                                        .arg(EnumLabels::label(arm->doseTier, EnumLabels::doseTiers()),
                                            EnumLabels::label(derived, EnumLabels::doseTiers())));
        else
            m_tierMessage->clearMessage();
    }
    m_doseProvenance->setProvenance(arm->doseProvenance.value_or(store::Provenance()));
    m_doseProvenance->setEnabled(editable);
    m_route->setCurrentIndex(m_route->findData(static_cast<int>(arm->route)));
    refresh(m_routeText, nullptr, arm->routeText);
    refresh(m_nRandomized, m_nRandomizedMessage, optionalText(arm->nRandomized));
    refresh(m_nAnalysed, m_nAnalysedMessage, optionalText(arm->nAnalysed));
    if (force || !m_notes->hasFocus()) {
        if (m_notes->toPlainText() != arm->notes)
            m_notes->setPlainText(arm->notes);
    }
}

void ArmForm::commitNumber(
    QLineEdit *edit, FieldMessage *message, const QString &field, const QString &label, bool integer)
{
    const auto stored = storedArm();
    if (!stored || !m_editor->canEdit())
        return;
    store::Arm edited = *stored;
    if (integer) {
        const auto parsed = NumberParser::integer(edit->text(), label);
        if (!parsed.problem.isEmpty()) {
            message->showProblem(parsed.problem);
            return;
        }
        (field == QLatin1String("n_randomized") ? edited.nRandomized : edited.nAnalysed) = parsed.value;
    } else {
        const auto parsed = NumberParser::real(edit->text(), label);
        if (!parsed.problem.isEmpty()) {
            message->showProblem(parsed.problem);
            return;
        }
        (field == QLatin1String("dose_cells_min") ? edited.doseCellsMin : edited.doseCellsMax) = parsed.value;
    }
    write(label, edited, message, field);
}

void ArmForm::write(const QString &what, store::Arm edited, FieldMessage *message, const QString &field)
{
    const auto stored = storedArm();
    if (!stored || !m_editor->canEdit())
        return;
    // The tier follows the dose unless a reviewer set it.
    if (edited.doseTierBasis != store::DoseTierBasis::ReviewerJudgement) {
        const auto [tier, basis] = derivedTier(edited);
        edited.doseTier = tier;
        edited.doseTierBasis = basis;
    }
    // A changed dose, or its source, records who entered it and when.
    const bool doseChanged = edited.doseText != stored->doseText || edited.doseCellsMin != stored->doseCellsMin
        || edited.doseCellsMax != stored->doseCellsMax || edited.doseUnit != stored->doseUnit
        || edited.doseProvenance != stored->doseProvenance;
    if (doseChanged && (edited.doseProvenance || !edited.doseText.isEmpty() || edited.doseCellsMin)) {
        store::Provenance provenance = edited.doseProvenance.value_or(store::Provenance());
        provenance.enteredBy = Preferences::extractorName();
        provenance.enteredAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        edited.doseProvenance = provenance;
    }
    if (edited == *stored) {
        if (message)
            message->clearMessage();
        return;
    }
    for (const store::FieldProblem &problem : store::validateArm(edited)) {
        if (field.isEmpty() || problem.field == field) {
            (message ? message : m_formMessage)->showProblem(problem.message);
            return;
        }
    }
    const QString error = m_editor->apply(tr("Edit %1 of arm %2").arg(what, edited.label),
        [edited](store::StudyStore &s) { return s.updateArm(edited); });
    if (!error.isEmpty())
        (message ? message : m_formMessage)->showProblem(error);
    else if (message)
        message->clearMessage();
}

void ArmForm::addArm()
{
    const store::EvidenceBase *base = FormSupport::base(m_editor);
    if (!base || !m_editor->canEdit())
        return;
    QStringList labels;
    for (const store::Arm &arm : base->arms) {
        if (arm.study == m_study)
            labels << arm.label;
    }
    QString label = tr("Arm %1").arg(labels.size() + 1);
    for (int n = static_cast<int>(labels.size()) + 2; labels.contains(label); ++n)
        label = tr("Arm %1").arg(n);
    store::Arm arm;
    arm.study = m_study;
    arm.label = label;
    store::ArmId added;
    const QString error = m_editor->apply(tr("Add arm %1").arg(label), [arm, &added](store::StudyStore &s) {
        auto id = s.addArm(arm);
        if (!id)
            return store::Status(id.error());
        added = id.value();
        return store::Status();
    });
    if (!error.isEmpty()) {
        m_formMessage->showProblem(error);
        return;
    }
    m_arm = added;
    reloadList();
    reloadFields(true);
    m_label->setFocus();
    m_label->selectAll();
}

void ArmForm::removeArm()
{
    const auto arm = storedArm();
    const store::EvidenceBase *base = FormSupport::base(m_editor);
    if (!arm || !base || !m_editor->canEdit())
        return;
    int comparisons = 0;
    int results = 0;
    for (const store::Comparison &comparison : base->comparisons) {
        if (comparison.treatmentArm != arm->id && comparison.controlArm != arm->id)
            continue;
        ++comparisons;
        for (const store::OutcomeData &result : base->outcomeData)
            results += result.comparison == comparison.id ? 1 : 0;
    }
    const QString detail = comparisons == 0
        ? tr("Remove arm %1?").arg(arm->label)
        : tr("Remove arm %1 with its %n comparison(s) and their %2 outcome result(s)? Edit → Undo brings them back.",
            nullptr, comparisons)
              .arg(arm->label)
              .arg(results);
    if (QMessageBox::question(this, tr("Remove Arm"), detail) != QMessageBox::Yes)
        return;
    const store::ArmId id = arm->id;
    const QString error =
        m_editor->apply(tr("Remove arm %1").arg(arm->label), [id](store::StudyStore &s) { return s.removeArm(id); });
    if (!error.isEmpty())
        m_formMessage->showProblem(error);
}

} // namespace ee::ui
