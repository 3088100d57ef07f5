#include "ui/forms/outcomedataform.h"

#include "core/store/evidencebase.h"
#include "core/store/evidenceindex.h"
#include "core/store/numbertext.h"
#include "core/store/studystore.h"
#include "ui/forms/fieldmessage.h"
#include "ui/forms/projecteditor.h"
#include "ui/forms/provenanceeditor.h"
#include "ui/preferences/preferences.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace ee::ui {

namespace {

const QString kRoleSetting = QStringLiteral("forms/outcomeData/role");

const QString kEventsT = QStringLiteral("events_t");
const QString kEventsC = QStringLiteral("events_c");
const QString kNT = QStringLiteral("n_t");
const QString kNC = QStringLiteral("n_c");
const QString kMeanT = QStringLiteral("mean_t");
const QString kMeanC = QStringLiteral("mean_c");
const QString kSdT = QStringLiteral("sd_t");
const QString kSdC = QStringLiteral("sd_c");

enum ListColumn {
    ComparisonColumn,
    ControlArmColumn,
    OutcomeColumn,
    TimepointColumn,
    TreatmentColumn,
    ControlColumn,
    StatusColumn,
    ColumnCount
};

bool isCount(const QString &field)
{
    return field == kEventsT || field == kEventsC || field == kNT || field == kNC;
}

QString widgetName(const QString &field)
{
    static const QHash<QString, QString> names = { { kEventsT, QStringLiteral("eventsTreatment") },
        { kEventsC, QStringLiteral("eventsControl") }, { kNT, QStringLiteral("nTreatment") },
        { kNC, QStringLiteral("nControl") }, { kMeanT, QStringLiteral("meanTreatment") },
        { kMeanC, QStringLiteral("meanControl") }, { kSdT, QStringLiteral("sdTreatment") },
        { kSdC, QStringLiteral("sdControl") } };
    return names.value(field, field);
}

QLocale uiLocale()
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
    return locale;
}

/// A number typed in the UI language's notation or in the C notation.
std::optional<double> parseDouble(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    const double value = uiLocale().toDouble(trimmed, &ok);
    if (ok && std::isfinite(value))
        return value;
    return store::parseNumber(trimmed);
}

QString formatInt(int value)
{
    return uiLocale().toString(value);
}

QString formatDouble(double value)
{
    return uiLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

std::optional<int> intValue(const store::OutcomeData &data, const QString &field)
{
    if (field == kEventsT)
        return data.eventsTreatment;
    if (field == kEventsC)
        return data.eventsControl;
    if (field == kNT)
        return data.nTreatment;
    if (field == kNC)
        return data.nControl;
    return std::nullopt;
}

std::optional<double> doubleValue(const store::OutcomeData &data, const QString &field)
{
    if (field == kMeanT)
        return data.meanTreatment;
    if (field == kMeanC)
        return data.meanControl;
    if (field == kSdT)
        return data.sdTreatment;
    if (field == kSdC)
        return data.sdControl;
    return std::nullopt;
}

void setValue(store::OutcomeData &data, const QString &field, std::optional<double> value)
{
    auto asInt = [&value]() -> std::optional<int> {
        if (!value)
            return std::nullopt;
        return static_cast<int>(std::lround(*value));
    };
    if (field == kEventsT)
        data.eventsTreatment = asInt();
    else if (field == kEventsC)
        data.eventsControl = asInt();
    else if (field == kNT)
        data.nTreatment = asInt();
    else if (field == kNC)
        data.nControl = asInt();
    else if (field == kMeanT)
        data.meanTreatment = value;
    else if (field == kMeanC)
        data.meanControl = value;
    else if (field == kSdT)
        data.sdTreatment = value;
    else if (field == kSdC)
        data.sdControl = value;
}

/// The stored value of a field as the form shows it; empty when absent.
QString storedText(const store::OutcomeData &data, const QString &field)
{
    if (isCount(field)) {
        const auto v = intValue(data, field);
        return v ? formatInt(*v) : QString();
    }
    const auto v = doubleValue(data, field);
    return v ? formatDouble(*v) : QString();
}

const QStringList &allFields()
{
    static const QStringList fields = { kEventsT, kMeanT, kSdT, kNT, kEventsC, kMeanC, kSdC, kNC };
    return fields;
}

/// Parses a value field's text: the value, or a problem sentence.
struct Parsed {
    std::optional<double> value;
    QString problem;
};

Parsed parseField(const QString &field, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QString name = store::outcomeFieldSentenceName(field);
    if (trimmed.endsWith(QLatin1Char('%'))) {
        if (field == kEventsT || field == kEventsC)
            return { std::nullopt,
                OutcomeDataForm::tr("%1 must be a count, not a percentage: use “From percent…” to convert %2 of N.")
                    .arg(name, trimmed) };
        return { std::nullopt,
            OutcomeDataForm::tr("%1 must be a number, not a percentage (got %2).").arg(name, trimmed) };
    }
    const auto value = parseDouble(trimmed);
    if (isCount(field)) {
        if (!value || *value != std::floor(*value))
            return { std::nullopt, OutcomeDataForm::tr("%1 must be a whole number (got “%2”).").arg(name, trimmed) };
        if (std::abs(*value) > 1e9)
            return { std::nullopt, OutcomeDataForm::tr("%1 is too large (got %2).").arg(name, trimmed) };
        return { value, {} };
    }
    if (!value)
        return { std::nullopt, OutcomeDataForm::tr("%1 must be a number (got “%2”).").arg(name, trimmed) };
    return { value, {} };
}

} // namespace

OutcomeDataForm::OutcomeDataForm(ProjectEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    const int storedRole = QSettings().value(kRoleSetting, 0).toInt();
    m_role = store::fromInt<store::ExtractionRole>(storedRole).value_or(store::ExtractionRole::Final);
    buildUi();
    connect(m_editor, &ProjectEditor::dataChanged, this, &OutcomeDataForm::reload);
    reload();
}

OutcomeDataForm::~OutcomeDataForm()
{
    // Closing the window moves the focus out of a field while the form is
    // being destroyed: that is not an edit.
    m_filling = true;
    const auto children = findChildren<QWidget *>();
    for (QWidget *child : children)
        child->blockSignals(true);
}

void OutcomeDataForm::buildUi()
{
    m_roleBox = new QComboBox(this);
    m_roleBox->setObjectName(QStringLiteral("extractionRole"));
    m_roleBox->addItem(tr("Consensus"), static_cast<int>(store::ExtractionRole::Final));
    m_roleBox->addItem(tr("Extractor 1"), static_cast<int>(store::ExtractionRole::Extractor1));
    m_roleBox->addItem(tr("Extractor 2"), static_cast<int>(store::ExtractionRole::Extractor2));
    m_roleBox->setCurrentIndex(m_roleBox->findData(static_cast<int>(m_role)));
    m_roleBox->setToolTip(tr("Consensus values are the ones the analysis uses. Values entered as an extractor are kept "
                             "apart for reconciliation and do not change the consensus."));
    auto *roleLabel = new QLabel(tr("&Entering as:"), this);
    roleLabel->setBuddy(m_roleBox);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("resultStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_readOnly = new QLabel(this);
    m_readOnly->setObjectName(QStringLiteral("readOnlyReason"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setVisible(false);

    m_add = new QPushButton(tr("&Add result"), this);
    m_add->setObjectName(QStringLiteral("addResult"));
    m_remove = new QPushButton(tr("&Remove result…"), this);
    m_remove->setObjectName(QStringLiteral("removeResult"));

    auto *top = new QHBoxLayout;
    top->addWidget(roleLabel);
    top->addWidget(m_roleBox);
    top->addWidget(m_readOnly, 1);
    top->addStretch();
    top->addWidget(m_add);
    top->addWidget(m_remove);

    m_list = new QTableWidget(0, ColumnCount, this);
    m_list->setObjectName(QStringLiteral("resultList"));
    m_list->setHorizontalHeaderLabels({ tr("Comparison"), tr("Control arm"), tr("Outcome"), tr("Time point"),
        tr("Treatment"), tr("Control"), tr("Status") });
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->setVisible(false);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    m_list->setMinimumHeight(90);
    m_list->setMaximumHeight(140);
    m_list->setWordWrap(false);

    // The editor of the selected result.
    m_editorPanel = new QWidget(this);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(3, 1);
    grid->setColumnMinimumWidth(3, 160);
    int row = 0;

    m_comparisonBox = new QComboBox(m_editorPanel);
    m_comparisonBox->setObjectName(QStringLiteral("comparison"));
    m_comparisonBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_comparisonBox->setMinimumContentsLength(18);
    m_comparisonMessage = new FieldMessage(m_editorPanel);
    m_comparisonMessage->setObjectName(QStringLiteral("comparisonMessage"));
    m_comparisonMessage->setField(m_comparisonBox);
    auto *comparisonLabel = new QLabel(tr("&Comparison:"), m_editorPanel);
    comparisonLabel->setBuddy(m_comparisonBox);
    grid->addWidget(comparisonLabel, row, 0);
    grid->addWidget(m_comparisonBox, row, 1, 1, 2);
    grid->addWidget(m_comparisonMessage, row, 3);
    ++row;
    m_controlInfo = new QLabel(m_editorPanel);
    m_controlInfo->setObjectName(QStringLiteral("controlInfo"));
    m_controlInfo->setWordWrap(true);
    grid->addWidget(m_controlInfo, row, 1, 1, 3);
    ++row;

    m_outcomeBox = new QComboBox(m_editorPanel);
    m_outcomeBox->setObjectName(QStringLiteral("outcome"));
    m_outcomeBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_outcomeBox->setMinimumContentsLength(18);
    m_outcomeMessage = new FieldMessage(m_editorPanel);
    m_outcomeMessage->setObjectName(QStringLiteral("outcomeMessage"));
    m_outcomeMessage->setField(m_outcomeBox);
    auto *outcomeLabel = new QLabel(tr("&Outcome:"), m_editorPanel);
    outcomeLabel->setBuddy(m_outcomeBox);
    grid->addWidget(outcomeLabel, row, 0);
    grid->addWidget(m_outcomeBox, row, 1, 1, 2);
    grid->addWidget(m_outcomeMessage, row, 3);
    ++row;

    m_timepoint = new QLineEdit(m_editorPanel);
    m_timepoint->setObjectName(QStringLiteral("timepoint"));
    m_timepoint->setPlaceholderText(tr("as reported, e.g. 12 weeks"));
    m_timepointMessage = new FieldMessage(m_editorPanel);
    m_timepointMessage->setObjectName(QStringLiteral("timepointMessage"));
    m_timepointMessage->setField(m_timepoint);
    auto *timepointLabel = new QLabel(tr("&Time point:"), m_editorPanel);
    timepointLabel->setBuddy(m_timepoint);
    grid->addWidget(timepointLabel, row, 0);
    grid->addWidget(m_timepoint, row, 1, 1, 2);
    grid->addWidget(m_timepointMessage, row, 3);
    ++row;

    auto addField = [&](const QString &field, const QString &label) {
        FieldWidgets w;
        w.field = field;
        w.label = new QLabel(label, m_editorPanel);
        w.edit = new QLineEdit(m_editorPanel);
        w.edit->setObjectName(widgetName(field));
        w.edit->setMaximumWidth(110);
        w.edit->setAccessibleName(store::outcomeFieldSentenceName(field));
        w.label->setBuddy(w.edit);
        w.message = new FieldMessage(m_editorPanel);
        w.message->setObjectName(widgetName(field) + QStringLiteral("Message"));
        w.message->setField(w.edit);
        grid->addWidget(w.label, row, 0);
        grid->addWidget(w.edit, row, 1);
        if (field == kEventsT || field == kEventsC) {
            w.percent = new QToolButton(m_editorPanel);
            w.percent->setObjectName(widgetName(field) + QStringLiteral("Percent"));
            w.percent->setText(tr("From percent…"));
            w.percent->setToolTip(tr("Convert a printed percentage of this arm's N to a number of events"));
            grid->addWidget(w.percent, row, 2);
            connect(w.percent, &QToolButton::clicked, this, [this, field] { handlePercentRequested(field); });
        }
        grid->addWidget(w.message, row, 3);
        connect(w.edit, &QLineEdit::textChanged, this,
            [this, field](const QString &text) { handleTextChanged(field, text); });
        connect(w.edit, &QLineEdit::editingFinished, this, [this, field] { handleFieldFinished(field); });
        m_fields.append(w);
        ++row;
    };

    m_treatmentHeader = new QLabel(m_editorPanel);
    m_treatmentHeader->setObjectName(QStringLiteral("treatmentHeader"));
    m_treatmentHeader->setTextFormat(Qt::PlainText);
    QFont bold = m_treatmentHeader->font();
    bold.setBold(true);
    m_treatmentHeader->setFont(bold);
    grid->addWidget(m_treatmentHeader, row++, 0, 1, 4);
    addField(kEventsT, tr("Events:"));
    addField(kMeanT, tr("Mean:"));
    addField(kSdT, tr("SD:"));
    addField(kNT, tr("N:"));
    m_controlHeader = new QLabel(m_editorPanel);
    m_controlHeader->setObjectName(QStringLiteral("controlHeader"));
    m_controlHeader->setTextFormat(Qt::PlainText);
    m_controlHeader->setFont(bold);
    grid->addWidget(m_controlHeader, row++, 0, 1, 4);
    addField(kEventsC, tr("Events:"));
    addField(kMeanC, tr("Mean:"));
    addField(kSdC, tr("SD:"));
    addField(kNC, tr("N:"));

    grid->setRowStretch(row, 1);

    m_provenance = new ProvenanceEditor(m_editorPanel);
    m_provenance->setObjectName(QStringLiteral("provenance"));
    auto *provenanceBox = new QGroupBox(tr("Source of these values"), m_editorPanel);
    auto *provenanceLayout = new QVBoxLayout(provenanceBox);
    provenanceLayout->addWidget(m_provenance);
    provenanceLayout->addStretch();

    auto *panelLayout = new QHBoxLayout(m_editorPanel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addLayout(grid, 11);
    panelLayout->addWidget(provenanceBox, 9);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list);
    layout->addWidget(m_status);
    layout->addWidget(m_editorPanel, 1);

    connect(m_roleBox, &QComboBox::currentIndexChanged, this, &OutcomeDataForm::handleRoleChosen);
    connect(m_add, &QPushButton::clicked, this, &OutcomeDataForm::addResult);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelectedResult(); });
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &OutcomeDataForm::handleSelectionChanged);
    connect(m_comparisonBox, &QComboBox::currentIndexChanged, this, &OutcomeDataForm::handleComparisonChosen);
    connect(m_outcomeBox, &QComboBox::currentIndexChanged, this, &OutcomeDataForm::handleOutcomeChosen);
    connect(m_timepoint, &QLineEdit::editingFinished, this, &OutcomeDataForm::handleTimepointFinished);
    connect(m_timepoint, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_filling)
            return;
        if (Entry *entry = currentEntry()) {
            entry->draft.timepoint = text.trimmed();
            revalidate();
        }
    });
    connect(m_provenance, &ProvenanceEditor::provenanceEdited, this, &OutcomeDataForm::handleProvenanceEdited);
}

void OutcomeDataForm::setStudy(store::StudyId study)
{
    if (study == m_study)
        return;
    m_study = study;
    m_entries.clear();
    m_currentKey = 0;
    reload();
}

void OutcomeDataForm::setRole(store::ExtractionRole role)
{
    m_roleBox->setCurrentIndex(m_roleBox->findData(static_cast<int>(role)));
}

void OutcomeDataForm::handleRoleChosen()
{
    const auto role = store::fromInt<store::ExtractionRole>(m_roleBox->currentData().toInt());
    if (!role || *role == m_role)
        return;
    m_role = *role;
    QSettings().setValue(kRoleSetting, static_cast<int>(m_role));
    m_currentKey = 0;
    refreshList();
    fillEditor();
}

// Reading the project ------------------------------------------------------

void OutcomeDataForm::reload()
{
    m_comparisons.clear();
    m_allComparisons.clear();
    m_arms.clear();
    m_outcomes.clear();
    m_studyCitation.clear();
    QList<store::OutcomeData> stored;
    QStringList citations;
    store::StudyStore *storePtr = m_editor->store();
    const auto index = storePtr ? storePtr->index() : store::Result<const store::EvidenceIndex *>(nullptr);
    if (index.ok() && index.value()) {
        const store::EvidenceBase &base = index.value()->base();
        m_outcomes = base.outcomes;
        std::stable_sort(m_outcomes.begin(), m_outcomes.end(),
            [](const store::OutcomeDefinition &a, const store::OutcomeDefinition &b) {
                return a.position < b.position;
            });
        m_allComparisons = base.comparisons;
        for (const store::Comparison &c : base.comparisons) {
            if (c.study == m_study)
                m_comparisons.append(c);
        }
        for (const store::Arm &a : base.arms) {
            if (a.study == m_study)
                m_arms.append(a);
        }
        for (const store::Study &s : base.studies) {
            if (s.id == m_study) {
                m_studyCitation = s.citation;
                citations << s.citation;
            }
        }
        citations << base.project.citation;
        for (const store::RegistryRecord &r : base.registryRecords) {
            if (r.study == m_study && m_study.isValid())
                citations << r.trialId;
        }
        for (const store::OutcomeData &d : base.outcomeData) {
            citations << d.provenance.citation;
            const bool ours = std::any_of(m_comparisons.cbegin(), m_comparisons.cend(),
                [&d](const store::Comparison &c) { return c.id == d.comparison; });
            if (ours)
                stored.append(d);
        }
        for (const store::Arm &a : base.arms) {
            if (a.doseProvenance)
                citations << a.doseProvenance->citation;
        }
    }
    m_citations.clear();
    for (const QString &c : std::as_const(citations)) {
        const QString t = c.trimmed();
        if (!t.isEmpty() && !m_citations.contains(t))
            m_citations << t;
    }

    // Merge: what the user is typing survives a reload unless its stored value changed.
    QList<Entry> merged;
    for (const store::OutcomeData &d : std::as_const(stored)) {
        auto old = std::find_if(
            m_entries.begin(), m_entries.end(), [&d](const Entry &e) { return e.saved() && e.stored.id == d.id; });
        Entry entry;
        if (old == m_entries.end()) {
            entry.key = m_nextKey++;
            entry.stored = d;
            entry.draft = d;
            for (const QString &f : allFields())
                entry.text.insert(f, storedText(d, f));
        } else {
            entry = *old;
            for (const QString &f : allFields()) {
                const QString before = storedText(old->stored, f);
                const QString after = storedText(d, f);
                if (before != after || entry.text.value(f) == before)
                    entry.text.insert(f, after);
            }
            if (old->draft.comparison == old->stored.comparison || old->stored.comparison != d.comparison)
                entry.draft.comparison = d.comparison;
            if (old->draft.outcome == old->stored.outcome || old->stored.outcome != d.outcome)
                entry.draft.outcome = d.outcome;
            if (old->draft.timepoint == old->stored.timepoint || old->stored.timepoint != d.timepoint)
                entry.draft.timepoint = d.timepoint;
            entry.draft.provenance = d.provenance;
            entry.draft.notes = d.notes;
            entry.draft.role = d.role;
            entry.draft.id = d.id;
            entry.stored = d;
        }
        merged.append(entry);
    }
    auto comparisonIndex = [this](store::ComparisonId id) {
        for (int i = 0; i < m_comparisons.size(); ++i) {
            if (m_comparisons.at(i).id == id)
                return i;
        }
        return int(m_comparisons.size());
    };
    auto outcomeIndex = [this](const QString &code) {
        for (int i = 0; i < m_outcomes.size(); ++i) {
            if (m_outcomes.at(i).code == code)
                return i;
        }
        return int(m_outcomes.size());
    };
    std::stable_sort(merged.begin(), merged.end(), [&](const Entry &a, const Entry &b) {
        const auto ka = std::make_tuple(comparisonIndex(a.stored.comparison), outcomeIndex(a.stored.outcome));
        const auto kb = std::make_tuple(comparisonIndex(b.stored.comparison), outcomeIndex(b.stored.outcome));
        if (ka != kb)
            return ka < kb;
        return a.stored.timepoint < b.stored.timepoint;
    });
    for (const Entry &e : std::as_const(m_entries)) {
        if (!e.saved())
            merged.append(e);
    }
    m_entries = merged;

    const bool editable = m_editor->canEdit() && m_study.isValid();
    m_readOnly->setText(m_editor->canEdit() ? QString() : m_editor->whyReadOnly());
    m_readOnly->setVisible(!m_editor->canEdit());
    m_add->setEnabled(editable && !m_comparisons.isEmpty() && !m_outcomes.isEmpty());

    m_filling = true;
    {
        const QSignalBlocker blockComparison(m_comparisonBox);
        const QSignalBlocker blockOutcome(m_outcomeBox);
        m_comparisonBox->clear();
        for (const store::Comparison &c : std::as_const(m_comparisons))
            m_comparisonBox->addItem(tr("%1: %2 vs %3").arg(c.label, armLabel(c.treatmentArm), armLabel(c.controlArm)),
                QVariant::fromValue(c.id.value));
        m_outcomeBox->clear();
        for (const store::OutcomeDefinition &o : std::as_const(m_outcomes)) {
            const QString kind = o.kind == store::OutcomeKind::Binary ? tr("events / N") : tr("mean, SD, N");
            m_outcomeBox->addItem(tr("%1 (%2)").arg(o.label.isEmpty() ? o.code : o.label, kind), o.code);
        }
    }
    m_provenance->setCitations(m_citations);
    m_filling = false;
    refreshList();
    fillEditor();
}

QString OutcomeDataForm::armLabel(store::ArmId arm) const
{
    for (const store::Arm &a : m_arms) {
        if (a.id == arm)
            return a.label;
    }
    return tr("arm %1").arg(arm.value);
}

QString OutcomeDataForm::comparisonLabel(store::ComparisonId comparison) const
{
    for (const store::Comparison &c : m_comparisons) {
        if (c.id == comparison)
            return c.label;
    }
    return tr("comparison %1").arg(comparison.value);
}

QString OutcomeDataForm::sharedWith(const store::Comparison &comparison) const
{
    QStringList others;
    for (const store::Comparison &c : m_allComparisons) {
        if (c.id != comparison.id && c.controlArm == comparison.controlArm)
            others << c.label;
    }
    return others.join(QStringLiteral(", "));
}

QString OutcomeDataForm::outcomeLabel(const QString &outcome) const
{
    for (const store::OutcomeDefinition &o : m_outcomes) {
        if (o.code == outcome)
            return o.label.isEmpty() ? o.code : o.label;
    }
    return outcome;
}

store::OutcomeKind OutcomeDataForm::kindOf(const QString &outcome) const
{
    for (const store::OutcomeDefinition &o : m_outcomes) {
        if (o.code == outcome)
            return o.kind;
    }
    return store::OutcomeKind::Binary;
}

// Entries ------------------------------------------------------------------

QList<int> OutcomeDataForm::visibleEntryIndexes() const
{
    QList<int> result;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).draft.role == m_role)
            result << i;
    }
    return result;
}

OutcomeDataForm::Entry *OutcomeDataForm::entryByKey(quint64 key)
{
    for (Entry &e : m_entries) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

OutcomeDataForm::Entry *OutcomeDataForm::currentEntry()
{
    return m_currentKey ? entryByKey(m_currentKey) : nullptr;
}

const OutcomeDataForm::Entry *OutcomeDataForm::currentEntry() const
{
    for (const Entry &e : m_entries) {
        if (e.key == m_currentKey && m_currentKey)
            return &e;
    }
    return nullptr;
}

int OutcomeDataForm::resultCount() const
{
    return int(visibleEntryIndexes().size());
}

void OutcomeDataForm::selectResult(int row)
{
    const QList<int> visible = visibleEntryIndexes();
    if (row < 0 || row >= visible.size())
        return;
    m_list->selectRow(row);
}

int OutcomeDataForm::selectedResult() const
{
    const QList<int> visible = visibleEntryIndexes();
    for (int row = 0; row < visible.size(); ++row) {
        if (m_entries.at(visible.at(row)).key == m_currentKey)
            return row;
    }
    return -1;
}

bool OutcomeDataForm::selectedResultSaved() const
{
    const Entry *entry = currentEntry();
    return entry && entry->saved();
}

store::OutcomeData OutcomeDataForm::parsedValues(const Entry &entry) const
{
    store::OutcomeData values = entry.draft;
    for (const QString &f : allFields())
        setValue(values, f, std::nullopt);
    for (const QString &f : store::outcomeValueFields(kindOf(entry.draft.outcome))) {
        const Parsed p = parseField(f, entry.text.value(f));
        if (p.problem.isEmpty())
            setValue(values, f, p.value);
    }
    return values;
}

QHash<QString, QString> OutcomeDataForm::problemsOf(const Entry &entry) const
{
    QHash<QString, QString> problems;
    const store::OutcomeKind kind = kindOf(entry.draft.outcome);
    const QStringList fields = store::outcomeValueFields(kind);
    for (const QString &f : fields) {
        const QString text = entry.text.value(f);
        const Parsed p = parseField(f, text);
        if (!p.problem.isEmpty())
            problems.insert(f, p.problem);
        else if (text.trimmed().isEmpty() && (entry.saved() || entry.touched.contains(f)))
            problems.insert(f, tr("%1 is required.").arg(store::outcomeFieldSentenceName(f)));
    }
    for (const store::FieldProblem &p : store::validatePartialOutcomeData(parsedValues(entry), kind)) {
        if (!problems.contains(p.field))
            problems.insert(p.field, p.message);
    }
    return problems;
}

QString OutcomeDataForm::keyProblem(const Entry &entry) const
{
    if (!entry.draft.comparison.isValid())
        return tr("Choose the comparison.");
    if (entry.draft.outcome.isEmpty())
        return tr("Choose the outcome.");
    if (entry.saved() && kindOf(entry.draft.outcome) != kindOf(entry.stored.outcome))
        return tr("“%1” takes %2, but this result holds %3: add a new result for it instead.")
            .arg(outcomeLabel(entry.draft.outcome),
                kindOf(entry.draft.outcome) == store::OutcomeKind::Binary ? tr("events and N") : tr("means and SDs"),
                entry.stored.isBinary() ? tr("events") : tr("means and SDs"));
    for (const Entry &other : m_entries) {
        if (other.key == entry.key || !other.saved())
            continue;
        const store::OutcomeData &o = other.stored;
        if (o.comparison == entry.draft.comparison && o.outcome == entry.draft.outcome
            && o.timepoint == entry.draft.timepoint && o.role == entry.draft.role)
            return entry.draft.timepoint.isEmpty()
                ? tr("%1 already has a result for “%2” without a time point.")
                      .arg(comparisonLabel(o.comparison), outcomeLabel(o.outcome))
                : tr("%1 already has a result for “%2” at “%3”.")
                      .arg(comparisonLabel(o.comparison), outcomeLabel(o.outcome), o.timepoint);
    }
    return {};
}

QString OutcomeDataForm::statusText(const Entry &entry) const
{
    const QHash<QString, QString> problems = problemsOf(entry);
    const QString key = keyProblem(entry);
    QStringList wrong;
    for (const QString &f : store::outcomeValueFields(kindOf(entry.draft.outcome))) {
        if (problems.contains(f))
            wrong << store::outcomeFieldShortName(f);
    }
    if (entry.saved()) {
        if (!wrong.isEmpty())
            return tr("Saved; the edit of %1 is not saved until it is fixed").arg(wrong.join(QStringLiteral(", ")));
        if (!key.isEmpty())
            return tr("Saved; the new comparison, outcome or time point is not saved: %1").arg(key);
        return tr("Saved");
    }
    if (!wrong.isEmpty())
        return tr("Not saved yet: fix %1").arg(wrong.join(QStringLiteral(", ")));
    const QStringList missing = store::missingOutcomeFields(parsedValues(entry), kindOf(entry.draft.outcome));
    if (!missing.isEmpty()) {
        QStringList names;
        for (const QString &f : missing)
            names << store::outcomeFieldShortName(f);
        return tr("Not saved yet: needs %1").arg(names.join(QStringLiteral(", ")));
    }
    if (!key.isEmpty())
        return tr("Not saved yet: %1").arg(key);
    return tr("Not saved yet");
}

QString OutcomeDataForm::valuesText(const Entry &entry, bool treatment) const
{
    auto text = [&entry](const QString &f) {
        const QString t = entry.text.value(f).trimmed();
        return t.isEmpty() ? QStringLiteral("–") : t;
    };
    if (kindOf(entry.draft.outcome) == store::OutcomeKind::Binary)
        return treatment ? tr("%1 / %2").arg(text(kEventsT), text(kNT)) : tr("%1 / %2").arg(text(kEventsC), text(kNC));
    return treatment ? tr("%1 ± %2 (N %3)").arg(text(kMeanT), text(kSdT), text(kNT))
                     : tr("%1 ± %2 (N %3)").arg(text(kMeanC), text(kSdC), text(kNC));
}

// Showing ------------------------------------------------------------------

void OutcomeDataForm::refreshList()
{
    const QList<int> visible = visibleEntryIndexes();
    const QSignalBlocker blocker(m_list);
    m_list->setRowCount(int(visible.size()));
    int selectedRow = -1;
    for (int row = 0; row < visible.size(); ++row) {
        const Entry &entry = m_entries.at(visible.at(row));
        QString control;
        for (const store::Comparison &c : std::as_const(m_comparisons)) {
            if (c.id == entry.draft.comparison) {
                control = armLabel(c.controlArm);
                const QString shared = sharedWith(c);
                if (!shared.isEmpty())
                    control = tr("%1 (shared with %2)").arg(control, shared);
            }
        }
        const QString cells[ColumnCount] = { comparisonLabel(entry.draft.comparison), control,
            outcomeLabel(entry.draft.outcome), entry.draft.timepoint, valuesText(entry, true), valuesText(entry, false),
            statusText(entry) };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = m_list->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_list->setItem(row, column, item);
            }
            item->setText(cells[column]);
            item->setToolTip(cells[column]);
        }
        if (entry.key == m_currentKey)
            selectedRow = row;
    }
    if (selectedRow < 0 && !visible.isEmpty()) {
        selectedRow = 0;
        m_currentKey = m_entries.at(visible.first()).key;
    }
    if (visible.isEmpty())
        m_currentKey = 0;
    if (selectedRow >= 0)
        m_list->selectRow(selectedRow);
    else
        m_list->clearSelection();
}

void OutcomeDataForm::handleSelectionChanged()
{
    const QList<int> visible = visibleEntryIndexes();
    const auto rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.first().row();
    if (row < 0 || row >= visible.size())
        return;
    const quint64 key = m_entries.at(visible.at(row)).key;
    if (key == m_currentKey)
        return;
    m_currentKey = key;
    fillEditor();
}

void OutcomeDataForm::fillEditor()
{
    Entry *entry = currentEntry();
    if (m_filledKey != m_currentKey) {
        m_filledKey = m_currentKey;
        m_typedSinceFill.clear();
    }
    const bool editable = m_editor->canEdit() && m_study.isValid();
    m_editorPanel->setEnabled(entry != nullptr && editable);
    m_remove->setEnabled(entry != nullptr && editable);
    m_filling = true;
    {
        const QSignalBlocker blockComparison(m_comparisonBox);
        const QSignalBlocker blockOutcome(m_outcomeBox);
        if (entry) {
            m_comparisonBox->setCurrentIndex(
                m_comparisonBox->findData(QVariant::fromValue(entry->draft.comparison.value)));
            m_outcomeBox->setCurrentIndex(m_outcomeBox->findData(entry->draft.outcome));
            if (m_timepoint->text().trimmed() != entry->draft.timepoint)
                m_timepoint->setText(entry->draft.timepoint);
        } else {
            m_comparisonBox->setCurrentIndex(-1);
            m_outcomeBox->setCurrentIndex(-1);
            m_timepoint->clear();
        }
        for (const FieldWidgets &w : std::as_const(m_fields)) {
            const QString text = entry ? entry->text.value(w.field) : QString();
            if (w.edit->text() != text)
                w.edit->setText(text);
        }
    }
    store::Provenance provenance = entry ? entry->draft.provenance : store::Provenance();
    m_provenance->setProvenance(provenance);
    m_filling = false;
    updateVisibility();
    updateControlInfo();
    revalidate();
}

void OutcomeDataForm::updateVisibility()
{
    const Entry *entry = currentEntry();
    const bool binary = !entry || kindOf(entry->draft.outcome) == store::OutcomeKind::Binary;
    for (const FieldWidgets &w : std::as_const(m_fields)) {
        const bool isEvents = w.field == kEventsT || w.field == kEventsC;
        const bool isMeanOrSd = w.field == kMeanT || w.field == kMeanC || w.field == kSdT || w.field == kSdC;
        const bool show = (binary && !isMeanOrSd) || (!binary && !isEvents);
        w.label->setVisible(show);
        w.edit->setVisible(show);
        if (w.percent)
            w.percent->setVisible(show);
        if (!show)
            w.message->clearMessage();
    }
}

void OutcomeDataForm::updateControlInfo()
{
    const Entry *entry = currentEntry();
    m_treatmentHeader->setText(tr("Treatment arm"));
    m_controlHeader->setText(tr("Control arm"));
    m_controlInfo->clear();
    if (!entry)
        return;
    for (const store::Comparison &c : std::as_const(m_comparisons)) {
        if (c.id != entry->draft.comparison)
            continue;
        m_treatmentHeader->setText(tr("Treatment arm: %1").arg(armLabel(c.treatmentArm)));
        m_controlHeader->setText(tr("Control arm: %1").arg(armLabel(c.controlArm)));
        const QString shared = sharedWith(c);
        m_controlInfo->setText(shared.isEmpty()
                ? QString()
                : tr("The control arm %1 is shared with %2: its numbers should be the same in each comparison.")
                      .arg(armLabel(c.controlArm), shared));
    }
    m_controlInfo->setVisible(!m_controlInfo->text().isEmpty());
}

void OutcomeDataForm::revalidate()
{
    const Entry *entry = currentEntry();
    if (!entry) {
        for (const FieldWidgets &w : std::as_const(m_fields))
            w.message->clearMessage();
        m_timepointMessage->clearMessage();
        m_outcomeMessage->clearMessage();
        m_comparisonMessage->clearMessage();
        m_status->setText(m_study.isValid() && m_comparisons.isEmpty()
                ? tr("This study has no comparisons yet: add them on the Comparisons tab.")
                : (m_study.isValid() ? tr("No results entered as %1 yet: use Add result.").arg(m_roleBox->currentText())
                                     : QString()));
        return;
    }
    const QHash<QString, QString> problems = problemsOf(*entry);
    const bool derivedMark = entry->draft.provenance.confidence == store::Confidence::DerivedFromPercent;
    for (const FieldWidgets &w : std::as_const(m_fields)) {
        if (!w.edit->isVisibleTo(this)) {
            w.message->clearMessage();
            continue;
        }
        if (problems.contains(w.field))
            w.message->showProblem(problems.value(w.field));
        else if (derivedMark && hasPercentMark(entry->draft.notes, w.field))
            w.message->showNote(tr("derived from percent: %1").arg(percentMark(entry->draft.notes, w.field)));
        else
            w.message->clearMessage();
    }
    const QString key = keyProblem(*entry);
    m_comparisonMessage->clearMessage();
    m_outcomeMessage->clearMessage();
    m_timepointMessage->clearMessage();
    if (!key.isEmpty()) {
        if (!entry->draft.comparison.isValid())
            m_comparisonMessage->showProblem(key);
        else if (entry->draft.outcome.isEmpty()
            || (entry->saved() && kindOf(entry->draft.outcome) != kindOf(entry->stored.outcome)))
            m_outcomeMessage->showProblem(key);
        else
            m_timepointMessage->showProblem(key);
    }
    // The details are beside each derived field; the source box says that there are some.
    QStringList derived;
    for (const QString &f : { kEventsT, kEventsC }) {
        if (hasPercentMark(entry->draft.notes, f))
            derived << store::outcomeFieldShortName(f);
    }
    m_provenance->setDerivationNote(
        derived.isEmpty() ? QString() : tr("derived from percent: %1").arg(derived.join(QStringLiteral(", "))));
    m_status->setText(statusText(*entry));
    // Keep the list row in step with what is typed.
    const int row = selectedResult();
    if (row >= 0 && m_list->item(row, StatusColumn)) {
        m_list->item(row, TreatmentColumn)->setText(valuesText(*entry, true));
        m_list->item(row, ControlColumn)->setText(valuesText(*entry, false));
        m_list->item(row, StatusColumn)->setText(m_status->text());
        m_list->item(row, StatusColumn)->setToolTip(m_status->text());
    }
}

QString OutcomeDataForm::fieldMessage(const QString &field) const
{
    if (field == QLatin1String("timepoint"))
        return m_timepointMessage->isVisibleTo(this) ? m_timepointMessage->text() : QString();
    if (field == QLatin1String("outcome"))
        return m_outcomeMessage->isVisibleTo(this) ? m_outcomeMessage->text() : QString();
    if (field == QLatin1String("comparison"))
        return m_comparisonMessage->isVisibleTo(this) ? m_comparisonMessage->text() : QString();
    for (const FieldWidgets &w : m_fields) {
        if (w.field == field)
            return w.message->isVisibleTo(this) ? w.message->text() : QString();
    }
    return {};
}

// Editing ------------------------------------------------------------------

void OutcomeDataForm::addResult()
{
    if (!m_editor->canEdit() || m_comparisons.isEmpty() || m_outcomes.isEmpty())
        return;
    Entry entry;
    entry.key = m_nextKey++;
    const Entry *current = currentEntry();
    entry.draft.comparison = current ? current->draft.comparison : m_comparisons.first().id;
    entry.draft.outcome = current ? current->draft.outcome : m_outcomes.first().code;
    entry.draft.role = m_role;
    entry.draft.provenance.citation = m_studyCitation;
    for (const QString &f : allFields())
        entry.text.insert(f, QString());
    m_entries.append(entry);
    m_currentKey = entry.key;
    refreshList();
    fillEditor();
    m_timepoint->setFocus();
}

bool OutcomeDataForm::removeSelectedResult()
{
    Entry *entry = currentEntry();
    if (!entry || !m_editor->canEdit())
        return false;
    const QString what = entry->draft.timepoint.isEmpty()
        ? tr("%1, %2").arg(comparisonLabel(entry->draft.comparison), outcomeLabel(entry->draft.outcome))
        : tr("%1, %2 at %3")
              .arg(
                  comparisonLabel(entry->draft.comparison), outcomeLabel(entry->draft.outcome), entry->draft.timepoint);
    const QString question = entry->saved()
        ? tr("Remove the result %1 (entered as %2)?\n\nEdit → Undo brings it back.").arg(what, m_roleBox->currentText())
        : tr("Discard the result %1? It has not been saved.").arg(what);
    const auto answer = QMessageBox::question(this, tr("Remove result"), question,
        QMessageBox::StandardButtons(QMessageBox::Yes | QMessageBox::No), QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    entry = currentEntry(); // the project may have been reloaded while the question was open
    if (!entry)
        return false;
    if (!entry->saved()) {
        const quint64 key = entry->key;
        m_entries.erase(
            std::remove_if(m_entries.begin(), m_entries.end(), [key](const Entry &e) { return e.key == key; }),
            m_entries.end());
        m_currentKey = 0;
        refreshList();
        fillEditor();
        return true;
    }
    const store::OutcomeDataId id = entry->stored.id;
    const QString error = m_editor->apply(
        tr("Remove result %1").arg(what), [id](store::StudyStore &s) { return s.removeOutcomeData(id); });
    if (!error.isEmpty()) {
        m_status->setText(tr("Could not remove the result: %1").arg(error));
        return false;
    }
    Q_EMIT resultWritten();
    return true;
}

void OutcomeDataForm::handleTextChanged(const QString &field, const QString &text)
{
    if (m_filling)
        return;
    Entry *entry = currentEntry();
    if (!entry)
        return;
    entry->text.insert(field, text);
    m_typedSinceFill.insert(field);
    revalidate();
}

void OutcomeDataForm::stamp(store::Provenance &provenance)
{
    provenance.enteredBy = Preferences::extractorName();
    provenance.enteredAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

bool OutcomeDataForm::writeUpdate(Entry &entry, store::OutcomeData candidate, const QString &text, const QString &field)
{
    if (candidate == entry.stored)
        return false;
    stamp(candidate.provenance);
    const QString error =
        m_editor->apply(text, [candidate](store::StudyStore &s) { return s.updateOutcomeData(candidate); });
    if (!error.isEmpty()) {
        if (field == QLatin1String("timepoint") || field == QLatin1String("outcome")
            || field == QLatin1String("comparison"))
            (field == QLatin1String("timepoint")        ? m_timepointMessage
                    : field == QLatin1String("outcome") ? m_outcomeMessage
                                                        : m_comparisonMessage)
                ->showProblem(error);
        else
            m_status->setText(tr("Not saved: %1").arg(error));
        return false;
    }
    Q_EMIT resultWritten();
    return true;
}

bool OutcomeDataForm::tryAdd(Entry &entry, const QString &field)
{
    const store::OutcomeKind kind = kindOf(entry.draft.outcome);
    if (!problemsOf(entry).isEmpty() || !keyProblem(entry).isEmpty())
        return false;
    store::OutcomeData candidate = parsedValues(entry);
    if (!store::missingOutcomeFields(candidate, kind).isEmpty())
        return false;
    if (!store::validateOutcomeData(candidate, kind).isEmpty())
        return false;
    candidate.id = {};
    candidate.role = m_role;
    stamp(candidate.provenance);
    const quint64 key = entry.key;
    const QString text = entry.draft.timepoint.isEmpty()
        ? tr("Add result %1, %2").arg(comparisonLabel(candidate.comparison), outcomeLabel(candidate.outcome))
        : tr("Add result %1, %2 at %3")
              .arg(comparisonLabel(candidate.comparison), outcomeLabel(candidate.outcome), candidate.timepoint);
    store::OutcomeDataId newId;
    const QString error = m_editor->apply(text, [&, candidate](store::StudyStore &s) -> store::Status {
        auto id = s.addOutcomeData(candidate);
        if (!id)
            return id.error();
        newId = id.value();
        // Known before the reload that dataChanged triggers, so the entry is
        // matched with its stored row instead of being listed twice.
        if (Entry *e = entryByKey(key)) {
            e->stored = candidate;
            e->stored.id = newId;
            e->draft.id = newId;
        }
        return {};
    });
    if (!error.isEmpty()) {
        if (Entry *e = entryByKey(key); e && newId.isValid() && e->stored.id == newId) {
            e->stored = store::OutcomeData();
            e->draft.id = {};
        }
        m_status->setText(tr("Not saved: %1").arg(error));
        Q_UNUSED(field);
        return false;
    }
    Q_EMIT resultWritten();
    return true;
}

void OutcomeDataForm::handleFieldFinished(const QString &field)
{
    if (m_filling)
        return;
    Entry *entry = currentEntry();
    if (!entry)
        return;
    const store::OutcomeKind kind = kindOf(entry->draft.outcome);
    // A field left after another result was selected (focus moving on) is not an edit of this one.
    if (!store::outcomeValueFields(kind).contains(field) || !m_typedSinceFill.contains(field))
        return;
    entry->touched.insert(field);
    const QHash<QString, QString> problems = problemsOf(*entry);
    revalidate();
    if (problems.contains(field))
        return;
    const Parsed parsed = parseField(field, entry->text.value(field));
    if (!entry->saved()) {
        const bool manual = entry->derivedValue.contains(field)
            && (!parsed.value || static_cast<int>(*parsed.value) != entry->derivedValue.value(field));
        if (manual && hasPercentMark(entry->draft.notes, field)) {
            entry->derivedValue.remove(field);
            entry->draft.notes = withoutPercentMark(entry->draft.notes, field);
            if (!hasPercentMark(entry->draft.notes, kEventsT) && !hasPercentMark(entry->draft.notes, kEventsC)
                && entry->draft.provenance.confidence == store::Confidence::DerivedFromPercent)
                entry->draft.provenance.confidence = store::Confidence::NotStated;
            m_provenance->setProvenance(entry->draft.provenance);
        }
        tryAdd(*entry, field);
        revalidate();
        return;
    }
    store::OutcomeData candidate = entry->stored;
    setValue(candidate, field, parsed.value);
    if (candidate == entry->stored)
        return;
    if (!store::validateOutcomeData(candidate, kind).isEmpty())
        return;
    // A manual edit of a number derived from a percentage takes back the mark.
    if (hasPercentMark(candidate.notes, field)) {
        candidate.notes = withoutPercentMark(candidate.notes, field);
        if (!hasPercentMark(candidate.notes, kEventsT) && !hasPercentMark(candidate.notes, kEventsC)
            && candidate.provenance.confidence == store::Confidence::DerivedFromPercent)
            candidate.provenance.confidence = store::Confidence::NotStated;
    }
    writeUpdate(*entry, candidate, tr("Edit %1").arg(store::outcomeFieldShortName(field)), field);
}

void OutcomeDataForm::commitKeyField(
    Entry &entry, const QString &field, const QString &undoText,
    const std::function<void(store::OutcomeData &, const store::OutcomeData &)> &take)
{
    // The comparison, outcome and time point identify a result: an unsaved
    // one is added once complete; a saved one is moved unless the new key is taken.
    revalidate();
    if (!entry.saved()) {
        tryAdd(entry, field);
        refreshList();
        revalidate();
        return;
    }
    if (!keyProblem(entry).isEmpty()) {
        refreshList();
        return;
    }
    store::OutcomeData candidate = entry.stored;
    take(candidate, entry.draft);
    writeUpdate(entry, candidate, undoText, field);
}

void OutcomeDataForm::handleComparisonChosen()
{
    if (m_filling)
        return;
    Entry *entry = currentEntry();
    if (!entry)
        return;
    entry->draft.comparison = store::ComparisonId(m_comparisonBox->currentData().toLongLong());
    updateControlInfo();
    commitKeyField(*entry, QStringLiteral("comparison"), tr("Change comparison"),
                   [](store::OutcomeData &stored, const store::OutcomeData &draft) { stored.comparison = draft.comparison; });
}

void OutcomeDataForm::handleOutcomeChosen()
{
    if (m_filling)
        return;
    Entry *entry = currentEntry();
    if (!entry)
        return;
    entry->draft.outcome = m_outcomeBox->currentData().toString();
    updateVisibility();
    commitKeyField(*entry, QStringLiteral("outcome"), tr("Change outcome"),
                   [](store::OutcomeData &stored, const store::OutcomeData &draft) { stored.outcome = draft.outcome; });
}

void OutcomeDataForm::handleTimepointFinished()
{
    if (m_filling)
        return;
    Entry *entry = currentEntry();
    if (!entry)
        return;
    entry->draft.timepoint = m_timepoint->text().trimmed();
    commitKeyField(*entry, QStringLiteral("timepoint"), tr("Edit time point"),
                   [](store::OutcomeData &stored, const store::OutcomeData &draft) { stored.timepoint = draft.timepoint; });
}

void OutcomeDataForm::handleProvenanceEdited()
{
    if (m_filling)
        return;
    Entry *entry = currentEntry();
    if (!entry)
        return;
    const store::Provenance edited = m_provenance->provenance();
    entry->draft.provenance = edited;
    if (!entry->saved()) {
        revalidate();
        return;
    }
    store::OutcomeData candidate = entry->stored;
    candidate.provenance.citation = edited.citation;
    candidate.provenance.quote = edited.quote;
    candidate.provenance.locator = edited.locator;
    candidate.provenance.counted = edited.counted;
    candidate.provenance.confidence = edited.confidence;
    // Choosing another confidence by hand drops the percent derivation notes.
    if (candidate.provenance.confidence != store::Confidence::DerivedFromPercent)
        candidate.notes = withoutPercentMark(withoutPercentMark(candidate.notes, kEventsT), kEventsC);
    writeUpdate(*entry, candidate, tr("Edit source of values"), QString());
}

void OutcomeDataForm::handlePercentRequested(const QString &field)
{
    Entry *entry = currentEntry();
    if (!entry)
        return;
    const QString typed = entry->text.value(field).trimmed();
    bool ok = false;
    const QString percent = QInputDialog::getText(this, tr("Events from a percentage"),
        tr("%1 as a percentage of its N (e.g. 45%):").arg(store::outcomeFieldSentenceName(field)), QLineEdit::Normal,
        typed.endsWith(QLatin1Char('%')) ? typed : QString(), &ok);
    if (!ok)
        return;
    convertFromPercent(field, percent);
}

bool OutcomeDataForm::convertFromPercent(const QString &field, const QString &percentText)
{
    Entry *entry = currentEntry();
    if (!entry || (field != kEventsT && field != kEventsC))
        return false;
    FieldMessage *message = nullptr;
    QLineEdit *edit = nullptr;
    for (const FieldWidgets &w : std::as_const(m_fields)) {
        if (w.field == field) {
            message = w.message;
            edit = w.edit;
        }
    }
    const QString nField = field == kEventsT ? kNT : kNC;
    QString trimmed = percentText.trimmed();
    if (trimmed.endsWith(QLatin1Char('%')))
        trimmed.chop(1);
    const auto percent = parseDouble(trimmed.trimmed());
    if (!percent || *percent < 0 || *percent > 100) {
        message->showProblem(tr("“%1” is not a percentage between 0% and 100%.").arg(percentText.trimmed()));
        return false;
    }
    const Parsed n = parseField(nField, entry->text.value(nField));
    if (!n.value || *n.value < 1) {
        message->showProblem(
            tr("Enter %1 first: the percentage is taken of it.").arg(store::outcomeFieldShortName(nField)));
        return false;
    }
    const int nValue = static_cast<int>(*n.value);
    const double exact = *percent * nValue / 100.0;
    const int events = static_cast<int>(std::lround(exact));
    // Language-neutral: the note is data of the project, not interface text.
    QString description = QStringLiteral("%1% of %2 = %3")
                              .arg(store::formatNumber(*percent), QString::number(nValue), store::formatNumber(exact));
    if (std::abs(exact - events) > 1e-9)
        description += QStringLiteral(", rounded to %1").arg(events);
    const QString line = percentMarkPrefix(field) + description;
    QString notes = withoutPercentMark(entry->draft.notes, field);
    notes = notes.isEmpty() ? line : notes + QLatin1Char('\n') + line;

    entry->text.insert(field, formatInt(events));
    entry->touched.insert(field);
    entry->derivedValue.insert(field, events);
    m_filling = true;
    edit->setText(formatInt(events));
    m_filling = false;
    const QString undoText = tr("Convert percent to %1").arg(store::outcomeFieldShortName(field));
    if (!entry->saved()) {
        entry->draft.notes = notes;
        entry->draft.provenance.confidence = store::Confidence::DerivedFromPercent;
        m_provenance->setProvenance(entry->draft.provenance);
        revalidate();
        tryAdd(*entry, field);
        refreshList();
        revalidate();
        return true;
    }
    store::OutcomeData candidate = entry->stored;
    setValue(candidate, field, events);
    candidate.notes = notes;
    candidate.provenance.confidence = store::Confidence::DerivedFromPercent;
    if (!store::validateOutcomeData(candidate, kindOf(candidate.outcome)).isEmpty()) {
        revalidate();
        return false;
    }
    entry->draft.notes = notes;
    entry->draft.provenance.confidence = store::Confidence::DerivedFromPercent;
    return writeUpdate(*entry, candidate, undoText, field);
}

QString OutcomeDataForm::percentMarkPrefix(const QString &field)
{
    return field + QStringLiteral(" derived from percent: ");
}

bool OutcomeDataForm::hasPercentMark(const QString &notes, const QString &field)
{
    return !percentMark(notes, field).isEmpty();
}

QString OutcomeDataForm::percentMark(const QString &notes, const QString &field)
{
    const QString prefix = percentMarkPrefix(field);
    const QStringList lines = notes.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size());
    }
    return {};
}

QString OutcomeDataForm::withoutPercentMark(const QString &notes, const QString &field)
{
    const QString prefix = percentMarkPrefix(field);
    QStringList kept;
    const QStringList lines = notes.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.startsWith(prefix))
            kept << line;
    }
    return kept.join(QLatin1Char('\n'));
}

} // namespace ee::ui
