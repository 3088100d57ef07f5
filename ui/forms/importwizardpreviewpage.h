#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
class QTableWidget;

namespace ee::ui {

class ImportWizard;

/// The import wizard's third page: the mapped rows (the first 200) with the
/// cells the importer rejects highlighted, the list of every problem ("row 7,
/// column events_t: events (25) exceed N (20)") and what the import would add.
/// Import stays disabled while there is any problem; Back returns to the
/// mapping. Nothing is written before Import is pressed.
class ImportWizardPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    /// Rows shown in the table; problems are listed for every row.
    static constexpr int kPreviewRows = 200;

    explicit ImportWizardPreviewPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void handleProblemActivated(int index);

    ImportWizard *m_wizard = nullptr;
    QTableWidget *m_table = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_status = nullptr;
    bool m_clean = false;
    QList<std::pair<int, int>> m_problemCells; ///< per list entry: table row, column (-1 if not shown)
};

} // namespace ee::ui
