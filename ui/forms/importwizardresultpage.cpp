#include "ui/forms/importwizardresultpage.h"

#include "ui/forms/importwizard.h"

#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

namespace ee::ui {

ImportWizardResultPage::ImportWizardResultPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Imported"));
    setSubTitle(tr("The rows are in the project now; the explorer shows them."));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_summary, 1);
}

void ImportWizardResultPage::initializePage()
{
    const auto &summary = m_wizard->importedSummary();
    if (!summary) {
        m_summary->setText(tr("Nothing was imported."));
        return;
    }
    QStringList lines;
    lines << tr("Imported from “%1”:").arg(QFileInfo(m_wizard->table()->fileName()).fileName());
    lines << tr("• %n study(ies): %1", nullptr, summary->studies)
                 .arg(m_wizard->importedStudies().join(QStringLiteral(", ")));
    lines << tr("• %n arm(s)", nullptr, summary->arms);
    lines << tr("• %n comparison(s)", nullptr, summary->comparisons);
    lines << tr("• %n outcome result(s)", nullptr, summary->outcomeData);
    if (summary->outcomesCreated > 0)
        lines << tr("• %n new outcome(s)", nullptr, summary->outcomesCreated);
    if (summary->moderators > 0)
        lines << tr("• %n moderator value(s)", nullptr, summary->moderators);
    lines << QString();
    lines << tr("Edit → Undo (Ctrl+Z) removes the whole import in one step.");
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

} // namespace ee::ui
