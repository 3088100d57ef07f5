#include "ui/forms/importwizardpreviewpage.h"

#include "ui/forms/importwizard.h"

#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ee::ui {

namespace {

const QColor kProblemBackground(0xfd, 0xd8, 0xd8);

QString summaryText(const store::ImportSummary &s)
{
    QStringList parts;
    parts << ImportWizard::tr("%n study(ies)", nullptr, s.studies) << ImportWizard::tr("%n arm(s)", nullptr, s.arms)
          << ImportWizard::tr("%n comparison(s)", nullptr, s.comparisons)
          << ImportWizard::tr("%n outcome result(s)", nullptr, s.outcomeData);
    if (s.outcomesCreated > 0)
        parts << ImportWizard::tr("%n new outcome(s)", nullptr, s.outcomesCreated);
    if (s.moderators > 0)
        parts << ImportWizard::tr("%n moderator value(s)", nullptr, s.moderators);
    return parts.join(QStringLiteral(", "));
}

} // namespace

ImportWizardPreviewPage::ImportWizardPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Check the rows"));
    setSubTitle(tr("Every row is checked with the same rules as the extraction forms. Nothing is written until "
                   "you press Import, and then all rows are imported as one step that Undo takes back."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(splitter);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems = new QListWidget(splitter);
    m_problems->setObjectName(QStringLiteral("problemList"));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_problems, &QListWidget::currentRowChanged, this, &ImportWizardPreviewPage::handleProblemActivated);
}

void ImportWizardPreviewPage::initializePage()
{
    const store::CsvTable mapped = m_wizard->mappedTable();
    const ImportWizard::Check check = m_wizard->check();

    const int shownRows = static_cast<int>(std::min<qsizetype>(mapped.rowCount(), kPreviewRows));
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(mapped.header().size()));
    m_table->setHorizontalHeaderLabels(mapped.header());
    m_table->setRowCount(shownRows);
    QHash<int, int> tableRowOfLine;
    QStringList lineLabels;
    for (int r = 0; r < shownRows; ++r) {
        const QStringList &row = mapped.row(r);
        for (int c = 0; c < row.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(row[c]));
        tableRowOfLine.insert(mapped.rowNumber(r), r);
        lineLabels << QString::number(mapped.rowNumber(r));
    }
    m_table->setVerticalHeaderLabels(lineLabels);

    m_problems->clear();
    m_problemCells.clear();
    for (const store::RowError &problem : check.problems) {
        auto *entry = new QListWidgetItem(ImportWizard::describe(problem), m_problems);
        entry->setForeground(QColor(0xa0, 0x10, 0x10));
        const int row = tableRowOfLine.value(problem.row, -1);
        const int column = static_cast<int>(mapped.header().indexOf(problem.column));
        m_problemCells.append({ row, column });
        if (row < 0)
            continue;
        if (column >= 0) {
            if (QTableWidgetItem *cell = m_table->item(row, column)) {
                cell->setBackground(kProblemBackground);
                const QString previous = cell->toolTip();
                cell->setToolTip(previous.isEmpty() ? problem.reason : previous + QLatin1Char('\n') + problem.reason);
            }
        } else {
            for (int c = 0; c < m_table->columnCount(); ++c) {
                if (QTableWidgetItem *cell = m_table->item(row, c))
                    cell->setBackground(kProblemBackground);
            }
        }
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 220));

    m_clean = check.problems.isEmpty() && check.failure.isEmpty();
    QString status;
    if (!check.failure.isEmpty()) {
        status = tr("The project cannot be checked: %1").arg(check.failure);
    } else if (!m_clean) {
        QSet<int> rows;
        for (const store::RowError &p : check.problems)
            rows.insert(p.row);
        status = tr("%n problem(s) found", nullptr, static_cast<int>(check.problems.size())) + QStringLiteral(" ")
            + tr("in %n row(s).", nullptr, static_cast<int>(rows.size())) + QStringLiteral(" ")
            + tr("Nothing can be imported until they are fixed: go Back to change the mapping, or correct the file "
                 "and choose it again.");
    } else {
        status = tr("Ready to import %1 from %n row(s).", nullptr, static_cast<int>(mapped.rowCount()))
                     .arg(summaryText(check.summary));
    }
    if (mapped.rowCount() > kPreviewRows)
        status += QStringLiteral(" ")
            + tr("The table shows the first %1 of %2 rows; the list names problems in every row.")
                  .arg(kPreviewRows)
                  .arg(mapped.rowCount());
    m_status->setText(status);
    m_status->setStyleSheet(m_clean ? QString() : QStringLiteral("color: #a01010;"));
    m_problems->setVisible(!check.problems.isEmpty());
    Q_EMIT completeChanged();
}

bool ImportWizardPreviewPage::isComplete() const
{
    return m_clean;
}

bool ImportWizardPreviewPage::validatePage()
{
    if (!m_clean)
        return false;
    const QString error = m_wizard->importNow();
    if (error.isEmpty())
        return true;
    // The project changed since the check, or the write failed: show why.
    initializePage();
    m_status->setText(tr("Nothing was imported: %1").arg(error));
    m_status->setStyleSheet(QStringLiteral("color: #a01010;"));
    return false;
}

void ImportWizardPreviewPage::handleProblemActivated(int index)
{
    if (index < 0 || index >= m_problemCells.size())
        return;
    const auto [row, column] = m_problemCells[index];
    if (row < 0)
        return;
    m_table->setCurrentCell(row, std::max(column, 0));
    m_table->scrollToItem(m_table->item(row, std::max(column, 0)));
}

} // namespace ee::ui
