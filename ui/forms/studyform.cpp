#include "ui/forms/studyform.h"

#include "core/store/evidenceindex.h"
#include "core/store/storevalidation.h"
#include "core/store/studystore.h"
#include "ui/forms/enumlabels.h"
#include "ui/forms/fieldmessage.h"
#include "ui/forms/focusoutnotifier.h"
#include "ui/forms/formsupport.h"
#include "ui/forms/numberparser.h"
#include "ui/forms/projecteditor.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace ee::ui {

StudyForm::StudyForm(ProjectEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_formMessage = new FieldMessage(this);
    form->addRow(m_formMessage);

    using store::Study;
    auto addText = [&](const QString &name, const QString &label, const QString &placeholder,
                       std::function<QString(const Study &)> get, std::function<void(Study &, const QString &)> set) {
        TextField field;
        field.name = name;
        field.label = label;
        field.edit = new QLineEdit;
        field.edit->setObjectName(name);
        field.edit->setPlaceholderText(placeholder);
        field.message = new FieldMessage;
        field.get = std::move(get);
        field.set = std::move(set);
        form->addRow(label, FormSupport::withMessage(field.edit, field.message));
        m_fields.push_back(field);
    };
    addText(
        QStringLiteral("study"), tr("Label"), tr("First author and year, e.g. Lu 2011"),
        [](const Study &s) { return s.label; }, [](Study &s, const QString &v) { s.label = v.trimmed(); });
    addText(
        QStringLiteral("first_author"), tr("First author"), QString(), [](const Study &s) { return s.firstAuthor; },
        [](Study &s, const QString &v) { s.firstAuthor = v.trimmed(); });

    m_year = new QLineEdit;
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setPlaceholderText(tr("Publication year"));
    m_yearMessage = new FieldMessage;
    form->addRow(tr("Year"), FormSupport::withMessage(m_year, m_yearMessage));
    connect(m_year, &QLineEdit::textEdited, this, [this] {
        const auto parsed = NumberParser::integer(m_year->text(), tr("The year"));
        if (!parsed.problem.isEmpty())
            m_yearMessage->showProblem(parsed.problem);
        else if (parsed.value) {
            store::Study probe;
            probe.label = QStringLiteral("x");
            probe.year = parsed.value;
            const auto problems = store::validateStudy(probe);
            m_yearMessage->showProblem(problems.isEmpty() ? QString() : problems.first().message);
        } else
            m_yearMessage->clearMessage();
    });
    connect(m_year, &QLineEdit::editingFinished, this, &StudyForm::commitYear);

    addText(
        QStringLiteral("country"), tr("Country"), tr("As the source prints it"),
        [](const Study &s) { return s.country; }, [](Study &s, const QString &v) { s.country = v.trimmed(); });
    addText(
        QStringLiteral("region"), tr("Region"), tr("Continent used for region subgroups"),
        [](const Study &s) { return s.region; }, [](Study &s, const QString &v) { s.region = v.trimmed(); });

    m_design = new QComboBox;
    m_design->setObjectName(QStringLiteral("design"));
    for (const auto &[value, label] : EnumLabels::designs())
        m_design->addItem(label, static_cast<int>(value));
    form->addRow(tr("Design"), m_design);
    connect(m_design, &QComboBox::activated, this, &StudyForm::commitDesign);

    addText(
        QStringLiteral("registry_id"), tr("Registry ID"), tr("e.g. NCT01065337"),
        [](const Study &s) { return s.registryId; }, [](Study &s, const QString &v) { s.registryId = v.trimmed(); });
    addText(
        QStringLiteral("citation"), tr("Citation"), tr("Authors, title, journal, year"),
        [](const Study &s) { return s.citation; }, [](Study &s, const QString &v) { s.citation = v.trimmed(); });
    addText(
        QStringLiteral("doi"), tr("DOI"), tr("e.g. 10.1016/j.diabres.2011.01.018"),
        [](const Study &s) { return s.doi; }, [](Study &s, const QString &v) { s.doi = v.trimmed(); });

    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    form->addRow(tr("Notes"), m_notes);
    FocusOutNotifier::watch(m_notes, [this] { commitNotes(); });

    for (TextField &field : m_fields) {
        const QString name = field.name;
        connect(field.edit, &QLineEdit::textEdited, this, [this, name] {
            for (TextField &f : m_fields) {
                if (f.name != name)
                    continue;
                const auto stored = storedStudy();
                if (!stored)
                    return;
                store::Study probe = *stored;
                f.set(probe, f.edit->text());
                QString problem;
                for (const store::FieldProblem &p : store::validateStudy(probe)) {
                    if (p.field == f.name)
                        problem = p.message;
                }
                f.message->showProblem(problem);
            }
        });
        connect(field.edit, &QLineEdit::editingFinished, this, [this, name] {
            for (TextField &f : m_fields) {
                if (f.name == name)
                    commitText(f);
            }
        });
    }
    connect(m_editor, &ProjectEditor::dataChanged, this, &StudyForm::handleDataChanged);
}

void StudyForm::setStudy(store::StudyId study)
{
    m_study = study;
    reload(true);
}

std::optional<store::Study> StudyForm::storedStudy() const
{
    if (!m_editor->store())
        return std::nullopt;
    auto index = m_editor->store()->index();
    if (!index.ok())
        return std::nullopt;
    for (const store::Study &study : index.value()->base().studies) {
        if (study.id == m_study)
            return study;
    }
    return std::nullopt;
}

void StudyForm::handleDataChanged()
{
    reload(false);
}

void StudyForm::reload(bool force)
{
    const std::optional<store::Study> study = storedStudy();
    setEnabled(study.has_value() && m_editor->canEdit());
    if (!study) {
        m_formMessage->showNote(m_editor->store() ? tr("This study is no longer in the project.") : QString());
        return;
    }
    if (!m_editor->canEdit()) {
        setEnabled(true);
        for (QLineEdit *edit : findChildren<QLineEdit *>())
            edit->setReadOnly(true);
        m_notes->setReadOnly(true);
        m_design->setEnabled(false);
        m_formMessage->showNote(m_editor->whyReadOnly());
    } else {
        m_formMessage->clearMessage();
    }
    // A field the user is still fixing keeps their text; everything else shows the store.
    for (TextField &field : m_fields) {
        if (!force && field.message->hasProblem())
            continue;
        const QString value = field.get(*study);
        if (field.edit->text() != value)
            field.edit->setText(value);
        field.message->clearMessage();
    }
    if (force || !m_yearMessage->hasProblem()) {
        const QString year = study->year ? NumberParser::display(*study->year) : QString();
        if (m_year->text() != year)
            m_year->setText(year);
        m_yearMessage->clearMessage();
    }
    m_design->setCurrentIndex(m_design->findData(static_cast<int>(study->design)));
    if (force || !m_notes->hasFocus()) {
        if (m_notes->toPlainText() != study->notes)
            m_notes->setPlainText(study->notes);
    }
}

void StudyForm::write(const QString &what, const store::Study &edited, FieldMessage *message)
{
    const QString error = m_editor->apply(
        tr("Edit %1 of %2").arg(what, edited.label), [edited](store::StudyStore &s) { return s.updateStudy(edited); });
    if (!error.isEmpty())
        message->showProblem(error);
}

void StudyForm::commitText(TextField &field)
{
    const auto stored = storedStudy();
    if (!stored || !m_editor->canEdit())
        return;
    store::Study edited = *stored;
    field.set(edited, field.edit->text());
    if (edited == *stored) {
        field.message->clearMessage();
        return;
    }
    for (const store::FieldProblem &problem : store::validateStudy(edited)) {
        if (problem.field == field.name) {
            field.message->showProblem(problem.message);
            return;
        }
    }
    field.message->clearMessage();
    write(field.label.toLower(), edited, field.message);
}

void StudyForm::commitYear()
{
    const auto stored = storedStudy();
    if (!stored || !m_editor->canEdit())
        return;
    const auto parsed = NumberParser::integer(m_year->text(), tr("The year"));
    if (!parsed.problem.isEmpty()) {
        m_yearMessage->showProblem(parsed.problem);
        return;
    }
    store::Study edited = *stored;
    edited.year = parsed.value;
    if (edited == *stored)
        return;
    for (const store::FieldProblem &problem : store::validateStudy(edited)) {
        if (problem.field == QLatin1String("year")) {
            m_yearMessage->showProblem(problem.message);
            return;
        }
    }
    m_yearMessage->clearMessage();
    write(tr("year"), edited, m_yearMessage);
}

void StudyForm::commitDesign()
{
    const auto stored = storedStudy();
    if (!stored || !m_editor->canEdit())
        return;
    store::Study edited = *stored;
    edited.design = static_cast<store::StudyDesign>(m_design->currentData().toInt());
    if (edited != *stored)
        write(tr("design"), edited, m_formMessage);
}

void StudyForm::commitNotes()
{
    const auto stored = storedStudy();
    if (!stored || !m_editor->canEdit())
        return;
    store::Study edited = *stored;
    edited.notes = m_notes->toPlainText();
    if (edited != *stored)
        write(tr("notes"), edited, m_formMessage);
}

} // namespace ee::ui
