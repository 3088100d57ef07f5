#include "ui/forms/importwizardmappingpage.h"

#include "core/store/evidencecsv.h"
#include "core/store/studystore.h"
#include "ui/forms/fieldmessage.h"
#include "ui/forms/importwizard.h"
#include "ui/forms/projecteditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ee::ui {

namespace {

constexpr int kSampleCount = 3;

QString samplesOf(const store::CsvTable &table, const QString &column)
{
    QStringList samples;
    for (qsizetype r = 0; r < table.rowCount() && samples.size() < kSampleCount; ++r) {
        const QString value = table.value(r, column);
        if (!value.isEmpty() && !samples.contains(value))
            samples << (value.size() > 40 ? value.left(39) + QChar(0x2026) : value);
    }
    return samples.join(QStringLiteral(" · "));
}

} // namespace

ImportWizardMappingPage::ImportWizardMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Map the columns"));
    setSubTitle(tr("Choose what each column of the file holds. Columns set to “Ignore” are not imported; other "
                   "columns can become moderators."));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({ tr("Column in the file"), tr("Import as"), tr("Sample values") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);

    auto *fixedBox = new QGroupBox(tr("Values for every row (used when no column is mapped)"), this);
    auto *fixedLayout = new QFormLayout(fixedBox);
    const struct {
        const char *column;
        const char *objectName;
        QString label;
    } fixed[] = { { "arm_t", "fixedArmT", tr("Treatment arm (arm_t):") },
        { "arm_c", "fixedArmC", tr("Control arm (arm_c):") }, { "outcome", "fixedOutcome", tr("Outcome (outcome):") },
        { "timepoint", "fixedTimepoint", tr("Time point (timepoint):") } };
    for (const auto &f : fixed) {
        const QString column = QString::fromLatin1(f.column);
        auto *edit = new QLineEdit(fixedBox);
        edit->setObjectName(QString::fromLatin1(f.objectName));
        fixedLayout->addRow(f.label, edit);
        m_fixed.insert(column, edit);
        connect(edit, &QLineEdit::textEdited, this,
            [this, column](const QString &value) { handleFixedValueEdited(column, value); });
    }
    layout->addWidget(fixedBox);

    m_missing = new FieldMessage(this);
    m_missing->setObjectName(QStringLiteral("missingColumns"));
    m_missing->setWordWrap(true);
    layout->addWidget(m_missing);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("mappingNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
}

void ImportWizardMappingPage::initializePage()
{
    const auto &table = m_wizard->table();
    if (!table)
        return;
    const store::ColumnMapping &mapping = m_wizard->mapping();
    const QStringList &sources = mapping.sourceColumns();
    m_table->setRowCount(static_cast<int>(sources.size()));
    for (int r = 0; r < sources.size(); ++r) {
        const QString &source = sources[r];
        auto *name = new QTableWidgetItem(source);
        m_table->setItem(r, 0, name);
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("mapColumn%1").arg(r));
        combo->setAccessibleName(tr("Import column %1 as").arg(source));
        combo->addItem(tr("Ignore"), QString());
        for (const QString &column : store::EvidenceCsv::columns())
            combo->addItem(column, column);
        const QString moderator = store::ColumnMapping::normalisedName(source);
        if (!moderator.isEmpty()) {
            combo->addItem(tr("Moderator (study): %1").arg(moderator), QString(QStringLiteral("mod:") + moderator));
            combo->addItem(
                tr("Moderator (comparison): %1").arg(moderator), QString(QStringLiteral("cmod:") + moderator));
        }
        const QString target = mapping.target(source);
        int index = combo->findData(target);
        if (index < 0) {
            combo->addItem(target, target);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
        connect(combo, &QComboBox::currentIndexChanged, this,
            [this, combo, source](int) { handleTargetChosen(source, combo->currentData().toString()); });
        m_table->setCellWidget(r, 1, combo);
        auto *samples = new QTableWidgetItem(samplesOf(*table, source));
        samples->setForeground(palette().color(QPalette::PlaceholderText));
        m_table->setItem(r, 2, samples);
    }
    m_table->resizeColumnToContents(0);
    m_table->setColumnWidth(1, 260);
    // The project's outcome codes, offered while typing the outcome.
    if (m_wizard->editor() && m_wizard->editor()->store()) {
        auto base = m_wizard->editor()->store()->load();
        if (base) {
            QStringList codes;
            for (const store::OutcomeDefinition &o : base.value().outcomes)
                codes << o.code;
            auto *completer = new QCompleter(codes, m_fixed.value(QStringLiteral("outcome")));
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            m_fixed.value(QStringLiteral("outcome"))->setCompleter(completer);
        }
    }
    for (auto it = m_fixed.constBegin(); it != m_fixed.constEnd(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setText(mapping.fixedValue(it.key()));
    }
    refreshStatus();
}

bool ImportWizardMappingPage::isComplete() const
{
    if (!m_wizard->table())
        return false;
    const store::ColumnMapping &mapping = m_wizard->mapping();
    return mapping.missingRequired().isEmpty() && mapping.problems().isEmpty();
}

void ImportWizardMappingPage::handleTargetChosen(const QString &source, const QString &target)
{
    store::ColumnMapping mapping = m_wizard->mapping();
    mapping.setTarget(source, target);
    m_wizard->setMapping(mapping);
    refreshStatus();
}

void ImportWizardMappingPage::handleFixedValueEdited(const QString &target, const QString &value)
{
    store::ColumnMapping mapping = m_wizard->mapping();
    mapping.setFixedValue(target, value);
    m_wizard->setMapping(mapping);
    refreshStatus();
}

void ImportWizardMappingPage::refreshStatus()
{
    const store::ColumnMapping &mapping = m_wizard->mapping();
    for (auto it = m_fixed.constBegin(); it != m_fixed.constEnd(); ++it) {
        const QString source = mapping.sourceOf(it.key());
        it.value()->setEnabled(source.isEmpty());
        it.value()->setPlaceholderText(source.isEmpty() ? tr("none") : tr("from column “%1”").arg(source));
    }
    QStringList lines;
    const QStringList missing = mapping.missingRequired();
    if (!missing.isEmpty())
        lines << tr("Required but not provided: %1. Map a column to each, or give a value for every row.")
                     .arg(missing.join(QStringLiteral(", ")));
    for (const store::RowError &problem : mapping.problems())
        lines << tr("Column “%1”: %2").arg(problem.column, problem.reason);
    if (lines.isEmpty())
        m_missing->clearMessage();
    else
        m_missing->showProblem(lines.join(QLatin1Char('\n')));
    if (mapping.sourceOf(QStringLiteral("comparison")).isEmpty())
        m_note->setText(tr("No column gives the comparison label: each row's study label is used."));
    else
        m_note->clear();
    Q_EMIT completeChanged();
}

} // namespace ee::ui
