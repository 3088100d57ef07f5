#include "ui/forms/importwizardfilepage.h"

#include "ui/forms/fieldmessage.h"
#include "ui/forms/importwizard.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ee::ui {

ImportWizardFilePage::ImportWizardFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Choose a CSV file"));
    setSubTitle(tr("Each row is a comparison × outcome × time point, or a study. Comma-separated, UTF-8, with a "
                   "header row. The file is only read, never changed."));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&File:"), this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setPlaceholderText(tr("Path of a .csv file"));
    label->setBuddy(m_path);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    layout->addLayout(row);

    m_message = new FieldMessage(this);
    m_message->setObjectName(QStringLiteral("fileMessage"));
    m_message->setField(m_path);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("fileInfo"));
    m_info->setWordWrap(true);
    layout->addWidget(m_info);
    layout->addStretch(1);

    connect(m_path, &QLineEdit::editingFinished, this, &ImportWizardFilePage::handlePathEntered);
    connect(m_path, &QLineEdit::textEdited, this, [this] { Q_EMIT completeChanged(); });
    connect(m_browse, &QPushButton::clicked, this, &ImportWizardFilePage::handleBrowse);
}

bool ImportWizardFilePage::isComplete() const
{
    return m_wizard->table().has_value() && !m_loadedPath.isEmpty() && m_path->text().trimmed() == m_loadedPath;
}

bool ImportWizardFilePage::validatePage()
{
    if (m_path->text().trimmed() != m_loadedPath)
        load();
    return isComplete();
}

void ImportWizardFilePage::handlePathEntered()
{
    if (m_path->text().trimmed() != m_loadedPath)
        load();
}

void ImportWizardFilePage::handleBrowse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import CSV"), QFileInfo(m_path->text()).absolutePath(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    m_path->setText(path);
    load();
}

void ImportWizardFilePage::load()
{
    const QString path = m_path->text().trimmed();
    const QString problem = m_wizard->loadFile(path);
    if (!problem.isEmpty()) {
        m_loadedPath.clear();
        m_message->showProblem(problem);
        m_info->clear();
    } else {
        m_loadedPath = path;
        m_message->clearMessage();
        const auto &table = *m_wizard->table();
        m_info->setText(
            tr("“%1”: %n data row(s)", nullptr, static_cast<int>(table.rowCount())).arg(QFileInfo(path).fileName())
            + QStringLiteral(", ")
            + tr("%n column(s): %1", nullptr, static_cast<int>(table.header().size()))
                  .arg(table.header().join(QStringLiteral(", "))));
    }
    Q_EMIT completeChanged();
}

} // namespace ee::ui
