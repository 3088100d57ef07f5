#pragma once

#include <QWizardPage>

class QLabel;

namespace ee::ui {

class ImportWizard;

/// The import wizard's last page: what the import added, and how to take it
/// back (one Undo).
class ImportWizardResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportWizardResultPage(ImportWizard *wizard);

    void initializePage() override;

private:
    ImportWizard *m_wizard = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace ee::ui
