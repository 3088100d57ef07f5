#include "ui/forms/reconciliationdialog.h"

#include "core/store/evidenceindex.h"
#include "core/store/storevalidation.h"
#include "core/store/studystore.h"
#include "ui/forms/fieldmessage.h"
#include "ui/forms/projecteditor.h"
#include "ui/preferences/preferences.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ee::ui {

using store::ReconciliationField;
using store::ReconciliationItem;

namespace {

enum Column {
    StudyColumn,
    ComparisonColumn,
    OutcomeColumn,
    TimepointColumn,
    FieldColumn,
    Extractor1Column,
    Extractor2Column,
    ConsensusColumn,
    ColumnCount
};

QString fieldName(ReconciliationField field)
{
    switch (field) {
    case ReconciliationField::Result:
        return ReconciliationDialog::tr("Whole result");
    case ReconciliationField::EventsTreatment:
        return ReconciliationDialog::tr("Events (treatment)");
    case ReconciliationField::NTreatment:
        return ReconciliationDialog::tr("N (treatment)");
    case ReconciliationField::EventsControl:
        return ReconciliationDialog::tr("Events (control)");
    case ReconciliationField::NControl:
        return ReconciliationDialog::tr("N (control)");
    case ReconciliationField::MeanTreatment:
        return ReconciliationDialog::tr("Mean (treatment)");
    case ReconciliationField::SdTreatment:
        return ReconciliationDialog::tr("SD (treatment)");
    case ReconciliationField::MeanControl:
        return ReconciliationDialog::tr("Mean (control)");
    case ReconciliationField::SdControl:
        return ReconciliationDialog::tr("SD (control)");
    }
    return {};
}

QString number(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

QString numberOrEmpty(const std::optional<double> &value)
{
    return value ? number(*value) : ReconciliationDialog::tr("(empty)");
}

/// "8/20 vs 3/20" or "0.8 (SD 0.1, N 10) vs 0.7 (SD 0.1, N 10)".
QString recordSummary(const store::OutcomeData &data)
{
    const auto part = [](const std::optional<double> &v) { return v ? number(*v) : QStringLiteral("?"); };
    using F = ReconciliationField;
    if (data.isBinary() || data.eventsControl) {
        return ReconciliationDialog::tr("%1/%2 vs %3/%4")
            .arg(part(store::fieldValue(data, F::EventsTreatment)), part(store::fieldValue(data, F::NTreatment)),
                part(store::fieldValue(data, F::EventsControl)), part(store::fieldValue(data, F::NControl)));
    }
    return ReconciliationDialog::tr("%1 (SD %2, N %3) vs %4 (SD %5, N %6)")
        .arg(part(data.meanTreatment), part(data.sdTreatment), part(store::fieldValue(data, F::NTreatment)),
            part(data.meanControl), part(data.sdControl), part(store::fieldValue(data, F::NControl)));
}

QString confidenceName(store::Confidence confidence)
{
    switch (confidence) {
    case store::Confidence::NotStated:
        return ReconciliationDialog::tr("not stated");
    case store::Confidence::Exact:
        return ReconciliationDialog::tr("exact");
    case store::Confidence::DerivedFromPercent:
        return ReconciliationDialog::tr("derived from percent");
    case store::Confidence::Derived:
        return ReconciliationDialog::tr("derived");
    case store::Confidence::Approximate:
        return ReconciliationDialog::tr("approximate");
    case store::Confidence::Unclear:
        return ReconciliationDialog::tr("unclear");
    case store::Confidence::AsTranscribed:
        return ReconciliationDialog::tr("as transcribed");
    }
    return {};
}

QString provenanceText(const std::optional<store::OutcomeData> &data)
{
    if (!data)
        return ReconciliationDialog::tr("Not extracted at this time point.");
    const store::Provenance &p = data->provenance;
    const QString none = ReconciliationDialog::tr("(none)");
    QStringList lines;
    lines << ReconciliationDialog::tr("Result: %1").arg(recordSummary(*data));
    lines << ReconciliationDialog::tr("Quote: %1").arg(p.quote.isEmpty() ? none : p.quote);
    lines << ReconciliationDialog::tr("Where: %1").arg(p.locator.isEmpty() ? none : p.locator);
    if (!p.citation.isEmpty())
        lines << ReconciliationDialog::tr("Source: %1").arg(p.citation);
    if (!p.counted.isEmpty())
        lines << ReconciliationDialog::tr("Counted: %1").arg(p.counted);
    lines << ReconciliationDialog::tr("Confidence: %1").arg(confidenceName(p.confidence));
    lines << ReconciliationDialog::tr("Entered by %1 on %2")
                 .arg(p.enteredBy.isEmpty() ? ReconciliationDialog::tr("(unknown)") : p.enteredBy,
                     p.enteredAt.isEmpty() ? ReconciliationDialog::tr("(unknown date)") : p.enteredAt);
    return lines.join(QLatin1Char('\n'));
}

bool sameItem(const ReconciliationItem &a, const ReconciliationItem &b)
{
    return a.comparison == b.comparison && a.outcome == b.outcome && a.timepoint == b.timepoint && a.field == b.field;
}

} // namespace

ReconciliationDialog::ReconciliationDialog(ProjectEditor *editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
{
    setWindowTitle(tr("Reconcile dual extraction"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reconciliationSummary"));
    m_summary->setWordWrap(true);
    m_showDecided = new QCheckBox(tr("Show decided"), this);
    m_showDecided->setObjectName(QStringLiteral("showDecided"));
    m_showDecided->setToolTip(tr("Also list disagreements that already have a reviewer's consensus value."));
    top->addWidget(m_summary, 1);
    top->addWidget(m_showDecided);
    layout->addLayout(top);

    m_readOnly = new QLabel(this);
    m_readOnly->setObjectName(QStringLiteral("reconciliationReadOnly"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setVisible(false);
    layout->addWidget(m_readOnly);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(0, ColumnCount, splitter);
    m_table->setObjectName(QStringLiteral("disagreements"));
    m_table->setHorizontalHeaderLabels({ tr("Study"), tr("Comparison"), tr("Outcome"), tr("Time point"), tr("Field"),
        tr("Extractor 1"), tr("Extractor 2"), tr("Consensus") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto *provenance = new QWidget(splitter);
    auto *provenanceLayout = new QHBoxLayout(provenance);
    provenanceLayout->setContentsMargins(0, 0, 0, 0);
    const auto makePanel = [&](const QString &title, const QString &name) {
        auto *box = new QGroupBox(title, provenance);
        auto *boxLayout = new QVBoxLayout(box);
        auto *label = new QLabel(box);
        label->setObjectName(name);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        boxLayout->addWidget(label);
        provenanceLayout->addWidget(box, 1);
        return label;
    };
    m_provenance1 = makePanel(tr("Extractor 1"), QStringLiteral("provenance1"));
    m_provenance2 = makePanel(tr("Extractor 2"), QStringLiteral("provenance2"));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *decision = new QHBoxLayout;
    m_use1 = new QPushButton(tr("Use extractor 1's value"), this);
    m_use1->setObjectName(QStringLiteral("useExtractor1"));
    m_use2 = new QPushButton(tr("Use extractor 2's value"), this);
    m_use2->setObjectName(QStringLiteral("useExtractor2"));
    auto *consensusLabel = new QLabel(tr("Consensus value:"), this);
    m_consensus = new QLineEdit(this);
    m_consensus->setObjectName(QStringLiteral("consensusValue"));
    m_consensus->setAccessibleName(tr("Consensus value"));
    consensusLabel->setBuddy(m_consensus);
    m_useConsensus = new QPushButton(tr("Use this value"), this);
    m_useConsensus->setObjectName(QStringLiteral("useConsensus"));
    decision->addWidget(m_use1);
    decision->addWidget(m_use2);
    decision->addSpacing(12);
    decision->addWidget(consensusLabel);
    decision->addWidget(m_consensus, 1);
    decision->addWidget(m_useConsensus);
    layout->addLayout(decision);
    m_message = new FieldMessage(this);
    m_message->setObjectName(QStringLiteral("consensusMessage"));
    m_message->setField(m_consensus);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_acceptAgreed = buttons->addButton(tr("Accept all agreed values"), QDialogButtonBox::ActionRole);
    m_acceptAgreed->setObjectName(QStringLiteral("acceptAgreed"));
    m_acceptAgreed->setAutoDefault(false);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_use1, &QPushButton::clicked, this, [this] { decide(1); });
    connect(m_use2, &QPushButton::clicked, this, [this] { decide(2); });
    connect(m_useConsensus, &QPushButton::clicked, this, &ReconciliationDialog::decideTyped);
    connect(m_consensus, &QLineEdit::returnPressed, this, &ReconciliationDialog::decideTyped);
    // Enter in the consensus field decides the typed value only: no button of
    // the dialog may also take it as its own.
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_consensus, &QLineEdit::textEdited, this, [this] { m_message->clearMessage(); });
    connect(m_showDecided, &QCheckBox::toggled, this, &ReconciliationDialog::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReconciliationDialog::handleSelectionChanged);
    connect(m_acceptAgreed, &QPushButton::clicked, this, [this] {
        const store::ReconciliationResult result = m_result;
        const QString error = m_editor->apply(tr("Accept agreed values"),
            [&result](store::StudyStore &store) { return store::acceptAgreedValues(store, result); });
        if (!error.isEmpty())
            m_message->showProblem(error);
    });
    if (m_editor)
        connect(m_editor, &ProjectEditor::dataChanged, this, &ReconciliationDialog::handleDataChanged);

    resize(900, 600);
    reload();
}

void ReconciliationDialog::run(ProjectEditor *editor, QWidget *parent)
{
    ReconciliationDialog dialog(editor, parent);
    dialog.exec();
}

void ReconciliationDialog::handleDataChanged()
{
    reload();
}

void ReconciliationDialog::reload()
{
    const int previousRow = m_table->currentRow();
    std::optional<ReconciliationItem> previous;
    if (previousRow >= 0 && previousRow < m_items.size())
        previous = m_items[previousRow];

    m_result = {};
    const store::StudyStore *storePtr = m_editor ? m_editor->store() : nullptr;
    QString loadError;
    if (storePtr) {
        auto index = storePtr->index();
        if (index)
            m_result = store::reconcile(index.value()->base());
        else
            loadError = index.error().text();
    }
    m_items.clear();
    for (const ReconciliationItem &item : std::as_const(m_result.disagreements)) {
        if (!item.decided || m_showDecided->isChecked())
            m_items.append(item);
    }

    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(static_cast<int>(m_items.size()));
        for (int row = 0; row < m_items.size(); ++row) {
            const ReconciliationItem &item = m_items[row];
            const QString cells[ColumnCount] = { item.studyLabel, item.comparisonLabel,
                item.outcomeLabel.isEmpty() ? item.outcome : item.outcomeLabel,
                item.timepoint.isEmpty() ? tr("(not stated)") : item.timepoint, fieldName(item.field),
                itemText(item, 1), itemText(item, 2), itemText(item, 0) };
            for (int column = 0; column < ColumnCount; ++column) {
                auto *cell = new QTableWidgetItem(cells[column]);
                if (column >= Extractor1Column)
                    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                if (item.decided)
                    cell->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
                m_table->setItem(row, column, cell);
            }
        }
        m_table->resizeColumnsToContents();
        int select = -1;
        if (!m_items.isEmpty()) {
            select = qMin(qMax(previousRow, 0), static_cast<int>(m_items.size()) - 1);
            if (previous) {
                for (int row = 0; row < m_items.size(); ++row) {
                    if (sameItem(m_items[row], *previous))
                        select = row;
                }
            }
        }
        m_table->setCurrentCell(select, select < 0 ? -1 : 0);
    }

    const int open = m_result.openCount();
    const int agreed = static_cast<int>(m_result.agreed.size());
    QString summary;
    if (!loadError.isEmpty())
        summary = loadError;
    else if (m_result.disagreements.isEmpty() && agreed == 0)
        summary = tr("Nothing to reconcile: no result was extracted by two extractors differently.");
    else if (open == 0)
        summary = tr("Nothing left to decide: every disagreement has a consensus value.");
    else
        summary = tr("%n disagreement(s) left to decide.", nullptr, open);
    if (agreed > 0)
        summary += QLatin1Char(' ') + tr("%n agreed value(s) not yet accepted.", nullptr, agreed);
    m_summary->setText(summary);

    const QString why = m_editor && !m_editor->canEdit() ? m_editor->whyReadOnly() : QString();
    m_readOnly->setText(why);
    m_readOnly->setVisible(!why.isEmpty());
    handleSelectionChanged();
}

QString ReconciliationDialog::itemText(const ReconciliationItem &item, int side) const
{
    if (item.field == ReconciliationField::Result) {
        const std::optional<store::OutcomeData> &record = side == 1 ? item.data1 : side == 2 ? item.data2 : item.final;
        return record ? recordSummary(*record) : tr("(not extracted)");
    }
    if (side == 0) {
        if (!item.final)
            return tr("(none yet)");
        return item.decided ? numberOrEmpty(item.consensus) : tr("%1 (undecided)").arg(numberOrEmpty(item.consensus));
    }
    return numberOrEmpty(side == 1 ? item.extractor1 : item.extractor2);
}

void ReconciliationDialog::handleSelectionChanged()
{
    m_message->clearMessage();
    showProvenance();
    updateButtons();
}

void ReconciliationDialog::showProvenance()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_items.size()) {
        m_provenance1->setText(tr("Select a disagreement to see where each extractor found the value."));
        m_provenance2->clear();
        return;
    }
    m_provenance1->setText(provenanceText(m_items[row].data1));
    m_provenance2->setText(provenanceText(m_items[row].data2));
}

void ReconciliationDialog::updateButtons()
{
    const bool editable = m_editor && m_editor->canEdit();
    const int row = m_table->currentRow();
    const bool selected = row >= 0 && row < m_items.size();
    const ReconciliationItem *item = selected ? &m_items[row] : nullptr;
    const bool result = item && item->field == ReconciliationField::Result;
    m_use1->setEnabled(editable && item && (result ? item->data1.has_value() : item->extractor1.has_value()));
    m_use2->setEnabled(editable && item && (result ? item->data2.has_value() : item->extractor2.has_value()));
    m_use1->setText(result ? tr("Use extractor 1's result") : tr("Use extractor 1's value"));
    m_use2->setText(result ? tr("Use extractor 2's result") : tr("Use extractor 2's value"));
    m_consensus->setEnabled(editable && item && !result);
    m_useConsensus->setEnabled(editable && item && !result);
    m_acceptAgreed->setEnabled(editable && !m_result.agreed.isEmpty());
}

void ReconciliationDialog::decide(int chosen)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_items.size() || !m_editor)
        return;
    const ReconciliationItem item = m_items[row];
    const std::optional<store::OutcomeData> &source = chosen == 1 ? item.data1 : item.data2;
    if (!source)
        return;
    const std::optional<double> value = chosen == 1 ? item.extractor1 : item.extractor2;
    const store::Provenance provenance = source->provenance;
    const QString reviewer = Preferences::extractorName();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString text = item.field == ReconciliationField::Result
        ? tr("Use extractor %1's result (%2, %3)").arg(chosen).arg(item.comparisonLabel, item.outcome)
        : tr("Use extractor %1's %2 (%3)").arg(chosen).arg(fieldName(item.field), item.comparisonLabel);
    const QString error = m_editor->apply(text, [&](store::StudyStore &store) {
        return store::writeReconciliationDecision(store, item, chosen, value, provenance, reviewer, now);
    });
    if (!error.isEmpty())
        m_message->showProblem(error);
}

void ReconciliationDialog::decideTyped()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_items.size() || !m_editor || !m_consensus->isEnabled())
        return;
    const ReconciliationItem item = m_items[row];
    const QString text = m_consensus->text().trimmed();
    if (text.isEmpty()) {
        m_message->showProblem(tr("Type the consensus value for %1.").arg(fieldName(item.field)));
        return;
    }
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value)) {
        m_message->showProblem(tr("%1: \"%2\" is not a number.").arg(fieldName(item.field), text));
        return;
    }
    if (store::isIntegerField(item.field) && (value != std::floor(value) || std::abs(value) > 1e9)) {
        m_message->showProblem(tr("%1 must be a whole number, got %2.").arg(fieldName(item.field), text));
        return;
    }
    // A consensus names the reviewer; where both extractors read it from is
    // kept when they agree on it.
    store::Provenance provenance;
    const store::Provenance *p1 = item.data1 ? &item.data1->provenance : nullptr;
    const store::Provenance *p2 = item.data2 ? &item.data2->provenance : nullptr;
    const auto shared = [&](QString store::Provenance::*member) {
        if (p1 && p2)
            return p1->*member == p2->*member ? p1->*member : QString();
        return p1 ? p1->*member : p2 ? p2->*member : QString();
    };
    provenance.citation = shared(&store::Provenance::citation);
    provenance.locator = shared(&store::Provenance::locator);
    provenance.counted = shared(&store::Provenance::counted);
    provenance.quote = tr("Consensus of both extractors' readings, set by the reviewer.");
    provenance.enteredBy = Preferences::extractorName();
    provenance.enteredAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const store::OutcomeData record = store::consensusRecord(item, 0, value, provenance);
    const QList<store::FieldProblem> problems = store::validateOutcomeData(record, item.kind);
    if (!problems.isEmpty()) {
        m_message->showProblem(tr("Not saved: %1").arg(store::joinProblems(problems)));
        return;
    }
    const QString reviewer = provenance.enteredBy;
    const QString now = provenance.enteredAt;
    const QString error = m_editor->apply(
        tr("Set consensus %1 (%2)").arg(fieldName(item.field), item.comparisonLabel), [&](store::StudyStore &store) {
            return store::writeReconciliationDecision(store, item, 0, value, provenance, reviewer, now);
        });
    if (error.isEmpty())
        m_consensus->clear();
    else
        m_message->showProblem(error);
}

} // namespace ee::ui
