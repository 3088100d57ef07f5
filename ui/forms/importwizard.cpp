#include "ui/forms/importwizard.h"

#include "core/store/studystore.h"
#include "ui/forms/importwizardfilepage.h"
#include "ui/forms/importwizardmappingpage.h"
#include "ui/forms/importwizardpreviewpage.h"
#include "ui/forms/importwizardresultpage.h"
#include "ui/forms/projecteditor.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

namespace ee::ui {

ImportWizard::ImportWizard(ProjectEditor *editor, QWidget *parent)
    : QWizard(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, new ImportWizardFilePage(this));
    setPage(MappingPage, new ImportWizardMappingPage(this));
    setPage(PreviewPage, new ImportWizardPreviewPage(this));
    setPage(ResultPage, new ImportWizardResultPage(this));
    setStartId(FilePage);
    resize(900, 600);
}

void ImportWizard::run(ProjectEditor *editor, QWidget *parent)
{
    ImportWizard wizard(editor, parent);
    wizard.exec();
}

QString ImportWizard::loadFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (path.trimmed().isEmpty())
        return tr("Choose a CSV file to import.");
    if (!info.exists())
        return tr("“%1” does not exist.").arg(path);
    if (info.isDir())
        return tr("“%1” is a folder; choose a CSV file.").arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("“%1” cannot be read: %2").arg(path, file.errorString());
    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty())
        return tr("“%1” is empty; a CSV file with a header row and data rows is needed.").arg(name);
    if (bytes.contains('\0'))
        return tr("“%1” is not a text file (it contains binary data); choose a CSV file.").arg(name);
    {
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder.decode(bytes);
        Q_UNUSED(text);
        if (decoder.hasError())
            return tr("“%1” is not UTF-8 text. Save it from your spreadsheet as “CSV UTF-8” and choose it again.")
                .arg(name);
    }
    auto parsed = store::CsvTable::parse(bytes, name);
    if (!parsed) {
        QStringList lines;
        for (const store::RowError &e : parsed.error().rowErrors())
            lines << tr("line %1: %2").arg(e.row).arg(e.reason);
        if (lines.isEmpty())
            lines << parsed.error().message();
        return tr("“%1” is not a valid CSV file:\n%2").arg(name, lines.join(QLatin1Char('\n')));
    }
    const store::CsvTable &table = parsed.value();
    if (table.header().size() == 1
        && (table.header().front().contains(QLatin1Char(';')) || table.header().front().contains(QLatin1Char('\t'))))
        return tr("“%1” has a single column: it seems separated by semicolons or tabs. Save it as comma-separated "
                  "CSV and choose it again.")
            .arg(name);
    if (table.rowCount() == 0)
        return tr("“%1” has a header but no data rows.").arg(name);
    m_table = table;
    m_mapping = store::ColumnMapping::suggest(table.header(), tr("Treatment"), tr("Control"));
    m_imported.reset();
    m_importedStudies.clear();
    return {};
}

void ImportWizard::setMapping(const store::ColumnMapping &mapping)
{
    m_mapping = mapping;
}

store::CsvTable ImportWizard::mappedTable() const
{
    if (!m_table)
        return {};
    return m_mapping.apply(*m_table);
}

ImportWizard::Check ImportWizard::check() const
{
    Check result;
    if (!m_table) {
        result.failure = tr("No file is loaded.");
        return result;
    }
    result.problems = m_mapping.problems();
    for (const QString &column : m_mapping.missingRequired())
        result.problems.append({ 1, column, tr("required, but no column is mapped to it") });
    if (!result.problems.isEmpty())
        return result;
    if (!m_editor || !m_editor->canEdit()) {
        result.failure = m_editor ? m_editor->whyReadOnly() : tr("No project is open.");
        return result;
    }
    const store::CsvTable mapped = mappedTable();
    auto checked = store::EvidenceCsv::check(*m_editor->store(), mapped);
    if (checked) {
        result.summary = checked.value();
        return result;
    }
    if (checked.error().rowErrors().isEmpty())
        result.failure = checked.error().text();
    else
        result.problems = checked.error().rowErrors();
    return result;
}

QString ImportWizard::importNow()
{
    if (!m_table)
        return tr("No file is loaded.");
    if (!m_editor)
        return tr("No project is open.");
    const store::CsvTable mapped = mappedTable();
    std::optional<store::ImportSummary> summary;
    const QString fileName = QFileInfo(m_table->fileName()).fileName();
    const QString error =
        m_editor->apply(tr("Import %1").arg(fileName), [&mapped, &summary](store::StudyStore &s) -> store::Status {
            auto imported = store::EvidenceCsv::import(s, mapped);
            if (!imported)
                return imported.error();
            summary = imported.value();
            return {};
        });
    if (!error.isEmpty())
        return error;
    m_imported = summary;
    m_importedStudies.clear();
    QSet<QString> seen;
    for (qsizetype r = 0; r < mapped.rowCount(); ++r) {
        const QString study = mapped.value(r, QStringLiteral("study"));
        if (!study.isEmpty() && !seen.contains(study)) {
            seen.insert(study);
            m_importedStudies << study;
        }
    }
    return {};
}

QString ImportWizard::describe(const store::RowError &error)
{
    if (error.row <= 1 && !error.column.isEmpty())
        return tr("header, column %1: %2").arg(error.column, error.reason);
    if (error.column.isEmpty())
        return tr("row %1: %2").arg(error.row).arg(error.reason);
    return tr("row %1, column %2: %3").arg(error.row).arg(error.column, error.reason);
}

} // namespace ee::ui
