#include "ui/forms/studyeditordialog.h"

#include "core/store/evidenceindex.h"
#include "core/store/studystore.h"
#include "ui/forms/armform.h"
#include "ui/forms/comparisonform.h"
#include "ui/forms/formsupport.h"
#include "ui/forms/moderatorform.h"
#include "ui/forms/outcomedataform.h"
#include "ui/forms/projecteditor.h"
#include "ui/forms/robform.h"
#include "ui/forms/studyform.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ee::ui {

StudyEditorDialog::StudyEditorDialog(ProjectEditor *editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("studyEditor"));
    setWindowTitle(tr("Study Editor"));
    setModal(false);
    resize(980, 720);

    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Study:")));
    m_studies = new QComboBox;
    m_studies->setObjectName(QStringLiteral("studyPicker"));
    m_studies->setMinimumContentsLength(24);
    header->addWidget(m_studies, 1);
    m_new = new QPushButton(tr("New Study"));
    m_new->setObjectName(QStringLiteral("newStudy"));
    header->addWidget(m_new);
    m_remove = new QPushButton(tr("Remove Study…"));
    m_remove->setObjectName(QStringLiteral("removeStudy"));
    header->addWidget(m_remove);
    header->addSpacing(12);
    // Undo and redo act on the whole project, as in the main window's Edit menu.
    QAction *undo = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo });
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    for (QAction *action : { undo, redo }) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        header->addWidget(button);
    }
    layout->addLayout(header);

    m_tabs = new QTabWidget;
    m_studyForm = new StudyForm(editor);
    m_armForm = new ArmForm(editor);
    m_comparisonForm = new ComparisonForm(editor);
    m_outcomeForm = new OutcomeDataForm(editor);
    m_moderatorForm = new ModeratorForm(editor);
    m_robForm = new RobForm(editor);
    m_tabs->addTab(m_studyForm, tr("Study"));
    m_tabs->addTab(m_armForm, tr("Arms"));
    m_tabs->addTab(m_comparisonForm, tr("Comparisons"));
    m_tabs->addTab(m_outcomeForm, tr("Outcome Data"));
    m_tabs->addTab(m_moderatorForm, tr("Moderators"));
    m_tabs->addTab(m_robForm, tr("Risk of Bias"));
    layout->addWidget(m_tabs, 1);

    auto *footer = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("editorStatus"));
    m_status->setWordWrap(true);
    footer->addWidget(m_status, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    footer->addWidget(buttons);
    layout->addLayout(footer);

    // Enter ends a field's edit; it must never press a button of the dialog
    // (add a study, remove one, or close).
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_studies, &QComboBox::activated, this,
        [this] { showStudy(store::StudyId(m_studies->currentData().toLongLong())); });
    connect(m_new, &QPushButton::clicked, this, &StudyEditorDialog::createStudy);
    connect(m_remove, &QPushButton::clicked, this, &StudyEditorDialog::removeStudy);
    connect(m_editor, &ProjectEditor::dataChanged, this, &StudyEditorDialog::reloadStudies);
    connect(m_editor, &ProjectEditor::editFailed, this,
        [this](const QString &message) { m_status->setText(tr("Not written: %1").arg(message)); });
    reloadStudies();
}

void StudyEditorDialog::reloadStudies()
{
    const store::EvidenceBase *base = FormSupport::base(m_editor);
    const QSignalBlocker blocker(m_studies);
    m_studies->clear();
    bool found = false;
    if (base) {
        for (const store::Study &study : base->studies) {
            m_studies->addItem(study.label, study.id.value);
            found = found || study.id == m_study;
        }
    }
    m_studies->setCurrentIndex(m_studies->findData(m_study.value));
    const bool editable = m_editor->canEdit();
    m_new->setEnabled(editable);
    m_remove->setEnabled(editable && found);
    if (!editable)
        m_status->setText(m_editor->whyReadOnly());
    else if (!m_study.value)
        m_status->setText(tr("Pick a study, or add one with New Study."));
    else if (!found)
        m_status->setText(tr("The study is no longer in the project (removed, or its addition was undone)."));
    else
        m_status->setText(tr("Every change is saved to the project as you make it; Ctrl+Z undoes it."));
}

void StudyEditorDialog::showStudy(store::StudyId study, store::ComparisonId comparison)
{
    m_study = study;
    reloadStudies();
    QString label;
    if (const store::EvidenceBase *base = FormSupport::base(m_editor)) {
        for (const store::Study &candidate : base->studies) {
            if (candidate.id == study)
                label = candidate.label;
        }
    }
    setWindowTitle(label.isEmpty() ? tr("Study Editor") : tr("Study Editor — %1").arg(label));
    m_studyForm->setStudy(study);
    m_armForm->setStudy(study);
    m_comparisonForm->setStudy(study);
    m_outcomeForm->setStudy(study);
    m_moderatorForm->setStudy(study);
    m_robForm->setStudy(study);
    if (comparison.value != 0) {
        m_comparisonForm->selectComparison(comparison);
        m_tabs->setCurrentIndex(OutcomesTab);
    }
}

void StudyEditorDialog::createStudy()
{
    const store::EvidenceBase *base = FormSupport::base(m_editor);
    if (!base || !m_editor->canEdit())
        return;
    QStringList labels;
    for (const store::Study &study : base->studies)
        labels << study.label;
    QString label = tr("New study");
    for (int n = 2; labels.contains(label); ++n)
        label = tr("New study %1").arg(n);
    store::Study study;
    study.label = label;
    store::StudyId added;
    const QString error = m_editor->apply(tr("Add study %1").arg(label), [study, &added](store::StudyStore &s) {
        auto id = s.addStudy(study);
        if (!id)
            return store::Status(id.error());
        added = id.value();
        return store::Status();
    });
    if (!error.isEmpty()) {
        m_status->setText(tr("Not written: %1").arg(error));
        return;
    }
    showStudy(added);
    m_tabs->setCurrentIndex(StudyTab);
}

void StudyEditorDialog::removeStudy()
{
    const store::EvidenceBase *base = FormSupport::base(m_editor);
    if (!base || !m_editor->canEdit())
        return;
    QString label;
    int arms = 0;
    int results = 0;
    for (const store::Study &study : base->studies) {
        if (study.id == m_study)
            label = study.label;
    }
    for (const store::Arm &arm : base->arms)
        arms += arm.study == m_study ? 1 : 0;
    for (const store::OutcomeData &result : base->outcomeData) {
        for (const store::Comparison &comparison : base->comparisons) {
            if (comparison.id == result.comparison && comparison.study == m_study)
                ++results;
        }
    }
    if (label.isEmpty())
        return;
    const QString question = tr("Remove %1 with its %2 arm(s), comparisons, %3 outcome result(s), moderators, risk "
                                "of bias and notes? Edit → Undo brings everything back.")
                                 .arg(label)
                                 .arg(arms)
                                 .arg(results);
    if (QMessageBox::question(this, tr("Remove Study"), question) != QMessageBox::Yes)
        return;
    const store::StudyId id = m_study;
    const QString error =
        m_editor->apply(tr("Remove study %1").arg(label), [id](store::StudyStore &s) { return s.removeStudy(id); });
    if (!error.isEmpty())
        m_status->setText(tr("Not written: %1").arg(error));
}

} // namespace ee::ui
