#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ee::ui {

/// Edit → Preferences…: the interface language (the system's, or one of
/// LanguageManager::availableLanguages() shown by its native name) and the
/// extractor's name recorded as "entered by" in the extraction forms. OK
/// stores both and switches the language at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /// Shows the dialog modally; on OK stores and applies the choices.
    static void run(QWidget *parent);

    /// The chosen language code; empty for the system default.
    QString selectedLanguage() const;
    void setSelectedLanguage(const QString &code);
    QString extractorName() const;
    void setExtractorName(const QString &name);

    /// Stores the choices with Preferences and applies the language. Returns
    /// false when the language could not be loaded (the previous one stays).
    bool applyChoices() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QComboBox *m_language = nullptr;
    QLineEdit *m_extractor = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_extractorLabel = nullptr;
    QLabel *m_extractorHint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ee::ui
