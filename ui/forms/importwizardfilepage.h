#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ee::ui {

class FieldMessage;
class ImportWizard;

/// The import wizard's first page: which CSV file. Reads it at once and says
/// clearly, naming the file, why it cannot be used.
class ImportWizardFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportWizardFilePage(ImportWizard *wizard);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void handlePathEntered();
    void handleBrowse();
    void load();

    ImportWizard *m_wizard = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    FieldMessage *m_message = nullptr;
    QLabel *m_info = nullptr;
    QString m_loadedPath;
};

} // namespace ee::ui
