#pragma once

#include "core/store/columnmapping.h"
#include "core/store/csvtable.h"
#include "core/store/evidencecsv.h"

#include <QStringList>
#include <QWizard>

#include <optional>

namespace ee::ui {

class ProjectEditor;

/// Imports a CSV file into the open project in four steps: choose the file,
/// map its columns to evidence CSV columns (docs/store.md), preview the mapped
/// rows with every problem the importer (and so the forms' validation) finds,
/// and import them as one undoable edit. The user's file is only read.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage = 0, MappingPage = 1, PreviewPage = 2, ResultPage = 3 };

    ImportWizard(ProjectEditor *editor, QWidget *parent = nullptr);

    /// Shows the wizard (modal) for the project `editor` edits.
    static void run(ProjectEditor *editor, QWidget *parent);

    ProjectEditor *editor() const { return m_editor; }

    /// Reads and parses `path`; on failure returns a message naming the file
    /// and keeps the previous table. Resets the mapping to the suggestion.
    QString loadFile(const QString &path);
    const std::optional<store::CsvTable> &table() const { return m_table; }

    const store::ColumnMapping &mapping() const { return m_mapping; }
    void setMapping(const store::ColumnMapping &mapping);

    /// The table as evidence CSV, with the current mapping.
    store::CsvTable mappedTable() const;

    /// Runs the importer's dry run on the mapped table. Mapping problems
    /// (required column missing, a target twice) come first, on row 1.
    struct Check {
        QList<store::RowError> problems;
        QString failure; ///< the store could not be read
        store::ImportSummary summary;
    };
    Check check() const;

    /// Imports the mapped table with one ProjectEditor::apply(); returns the
    /// error or "" (then importedSummary() says what was added).
    QString importNow();
    const std::optional<store::ImportSummary> &importedSummary() const { return m_imported; }
    const QStringList &importedStudies() const { return m_importedStudies; }

    /// "row 7, column events_t: events (25) exceed N (20)".
    static QString describe(const store::RowError &error);

private:
    ProjectEditor *m_editor = nullptr;
    std::optional<store::CsvTable> m_table;
    store::ColumnMapping m_mapping;
    std::optional<store::ImportSummary> m_imported;
    QStringList m_importedStudies;
};

} // namespace ee::ui
