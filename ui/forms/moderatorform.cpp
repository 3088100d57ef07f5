#include "ui/forms/moderatorform.h"

#include "core/store/evidenceindex.h"
#include "core/store/studystore.h"
#include "ui/forms/fieldmessage.h"
#include "ui/forms/focusoutnotifier.h"
#include "ui/forms/formsupport.h"
#include "ui/forms/numberparser.h"
#include "ui/forms/projecteditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ee::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

ModeratorForm::ModeratorForm(ProjectEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("moderators"));
    m_table->setHorizontalHeaderLabels(
        { tr("Moderator"), tr("Applies to"), tr("As printed"), tr("Value (or lower end)"), tr("Upper end") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table);
    m_message = new FieldMessage;
    m_message->setField(m_table);
    layout->addWidget(m_message);

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("New value of")));
    m_newName = new QComboBox;
    m_newName->setObjectName(QStringLiteral("newModerator"));
    row->addWidget(m_newName, 1);
    row->addWidget(new QLabel(tr("for")));
    m_newScope = new QComboBox;
    m_newScope->setObjectName(QStringLiteral("newModeratorScope"));
    row->addWidget(m_newScope, 1);
    m_add = new QPushButton(tr("Add"));
    m_add->setObjectName(QStringLiteral("addModerator"));
    row->addWidget(m_add);
    m_remove = new QPushButton(tr("Remove Selected"));
    m_remove->setObjectName(QStringLiteral("removeModerator"));
    row->addWidget(m_remove);
    layout->addLayout(row);

    connect(m_table, &QTableWidget::cellChanged, this, &ModeratorForm::handleCellChanged);
    connect(m_add, &QPushButton::clicked, this, &ModeratorForm::addValue);
    connect(m_remove, &QPushButton::clicked, this, &ModeratorForm::removeValue);
    connect(m_editor, &ProjectEditor::dataChanged, this, &ModeratorForm::reload);
}

void ModeratorForm::setStudy(store::StudyId study)
{
    m_study = study;
    m_message->clearMessage();
    reload();
}

std::optional<store::Moderator> ModeratorForm::storedModerator(store::ModeratorId id) const
{
    const store::EvidenceBase *base = FormSupport::base(m_editor);
    if (!base)
        return std::nullopt;
    for (const store::Moderator &moderator : base->moderators) {
        if (moderator.id == id)
            return moderator;
    }
    return std::nullopt;
}

void ModeratorForm::reload()
{
    const store::EvidenceBase *base = FormSupport::base(m_editor);
    m_filling = true;
    // Rows the user is still fixing keep their text.
    QHash<qint64, QStringList> pending;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *first = m_table->item(r, Name);
        if (!first)
            continue;
        bool invalid = false;
        QStringList texts;
        for (int c = 0; c < ColumnCount; ++c) {
            const QTableWidgetItem *item = m_table->item(r, c);
            texts << (item ? item->text() : QString());
            invalid = invalid || (item && item->data(Qt::UserRole + 2).toBool());
        }
        if (invalid)
            pending.insert(first->data(kIdRole).toLongLong(), texts);
    }
    m_table->setRowCount(0);
    const bool editable = m_editor->canEdit();
    if (base) {
        QHash<QString, QString> labels;
        for (const store::ModeratorDefinition &definition : base->moderatorDefinitions)
            labels.insert(definition.name,
                definition.label.isEmpty()      ? definition.name
                    : definition.unit.isEmpty() ? definition.label
                                                : tr("%1 (%2)").arg(definition.label, definition.unit));
        QHash<qint64, QString> comparisons;
        for (const store::Comparison &comparison : base->comparisons)
            comparisons.insert(comparison.id.value, comparison.label);
        for (const store::Moderator &moderator : base->moderators) {
            if (moderator.study != m_study)
                continue;
            const int r = m_table->rowCount();
            m_table->insertRow(r);
            const QStringList texts = pending.value(moderator.id.value,
                { labels.value(moderator.name, moderator.name),
                    moderator.comparison.value == 0
                        ? tr("whole study")
                        : tr("comparison %1").arg(comparisons.value(moderator.comparison.value)),
                    moderator.valueText, moderator.valueMin ? NumberParser::display(*moderator.valueMin) : QString(),
                    moderator.valueMax ? NumberParser::display(*moderator.valueMax) : QString() });
            for (int c = 0; c < ColumnCount; ++c) {
                auto *item = new QTableWidgetItem(texts.value(c));
                item->setData(kIdRole, moderator.id.value);
                Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
                if (editable && c >= Printed)
                    flags |= Qt::ItemIsEditable;
                item->setFlags(flags);
                m_table->setItem(r, c, item);
            }
        }
        const QString chosenName = m_newName->currentData().toString();
        m_newName->clear();
        for (const store::ModeratorDefinition &definition : base->moderatorDefinitions)
            m_newName->addItem(labels.value(definition.name), definition.name);
        m_newName->setCurrentIndex(std::max(0, m_newName->findData(chosenName)));
        m_newScope->clear();
        m_newScope->addItem(tr("the whole study"), 0);
        for (const store::Comparison &comparison : base->comparisons) {
            if (comparison.study == m_study)
                m_newScope->addItem(tr("comparison %1").arg(comparison.label), comparison.id.value);
        }
    }
    m_table->resizeColumnsToContents();
    m_add->setEnabled(editable && m_newName->count() > 0 && m_study.value != 0);
    m_remove->setEnabled(editable && m_table->rowCount() > 0);
    if (!editable && m_editor->store())
        m_message->showNote(m_editor->whyReadOnly());
    m_filling = false;
}

void ModeratorForm::handleCellChanged(int row, int column)
{
    if (m_filling || column < Printed)
        return;
    QTableWidgetItem *item = m_table->item(row, column);
    const auto stored = storedModerator(store::ModeratorId(item->data(kIdRole).toLongLong()));
    if (!stored)
        return;
    store::Moderator edited = *stored;
    auto markInvalid = [this, item](const QString &problem) {
        const QSignalBlocker blocker(m_table);
        item->setData(Qt::UserRole + 2, !problem.isEmpty());
        item->setBackground(problem.isEmpty() ? QBrush() : QBrush(QColor(0xfb, 0xe3, 0xd6)));
        item->setToolTip(problem);
        if (problem.isEmpty())
            m_message->clearMessage();
        else
            m_message->showProblem(problem);
    };
    if (column == Printed) {
        edited.valueText = item->text().trimmed();
    } else {
        const QString label =
            column == Lower ? tr("The value of %1").arg(stored->name) : tr("The upper end of %1").arg(stored->name);
        const auto parsed = NumberParser::real(item->text(), label);
        if (!parsed.problem.isEmpty()) {
            markInvalid(parsed.problem);
            return;
        }
        // A single number is its own range (min == max, as the importer
        // stores it): editing the value edits both ends.
        const bool single = stored->valueMin && stored->valueMax && *stored->valueMin == *stored->valueMax;
        if (column == Lower && (single || !stored->valueMax) && parsed.value)
            edited.valueMax = parsed.value;
        (column == Lower ? edited.valueMin : edited.valueMax) = parsed.value;
    }
    if (edited.valueMax && !edited.valueMin) {
        markInvalid(
            tr("%1: an upper end needs a value (give both as the same number for a single value).").arg(stored->name));
        return;
    }
    if (edited.valueMax && edited.valueMin && *edited.valueMax < *edited.valueMin) {
        markInvalid(
            tr("%1: the upper end (%2) is below the value (%3).")
                .arg(stored->name, NumberParser::display(*edited.valueMax), NumberParser::display(*edited.valueMin)));
        return;
    }
    markInvalid({});
    if (edited == *stored)
        return;
    const QString error = m_editor->apply(tr("Edit %1").arg(stored->name), [edited](store::StudyStore &s) {
        auto id = s.setModerator(edited);
        return id ? store::Status() : store::Status(id.error());
    });
    if (!error.isEmpty())
        markInvalid(error);
}

void ModeratorForm::addValue()
{
    if (!m_editor->canEdit() || m_newName->count() == 0)
        return;
    store::Moderator moderator;
    moderator.study = m_study;
    moderator.comparison = store::ComparisonId(m_newScope->currentData().toLongLong());
    moderator.name = m_newName->currentData().toString();
    const QString error =
        m_editor->apply(tr("Add %1").arg(m_newName->currentText()), [moderator](store::StudyStore &s) {
            auto id = s.setModerator(moderator);
            return id ? store::Status() : store::Status(id.error());
        });
    if (!error.isEmpty())
        m_message->showProblem(error);
}

void ModeratorForm::removeValue()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty() || !m_editor->canEdit()) {
        m_message->showNote(tr("Select a moderator value to remove."));
        return;
    }
    const auto stored = storedModerator(store::ModeratorId(selected.first()->data(kIdRole).toLongLong()));
    if (!stored)
        return;
    const store::ModeratorId id = stored->id;
    const QString error = m_editor->apply(
        tr("Remove %1").arg(stored->name), [id](store::StudyStore &s) { return s.removeModerator(id); });
    if (!error.isEmpty())
        m_message->showProblem(error);
}

} // namespace ee::ui
