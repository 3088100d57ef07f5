#pragma once

#include <QMap>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace ee::ui {

class FieldMessage;
class ImportWizard;

/// The import wizard's second page: one row per CSV column with the evidence
/// column it becomes (pre-filled by ColumnMapping::suggest), a few sample
/// values, fixed values for labels the file lacks, and the required columns
/// nothing provides yet. Next is disabled until the mapping is complete.
class ImportWizardMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportWizardMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    void handleTargetChosen(const QString &source, const QString &target);
    void handleFixedValueEdited(const QString &target, const QString &value);
    void refreshStatus();

    ImportWizard *m_wizard = nullptr;
    QTableWidget *m_table = nullptr;
    QMap<QString, QLineEdit *> m_fixed; ///< by evidence column
    FieldMessage *m_missing = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace ee::ui
