#include "ui/preferences/preferencesdialog.h"

#include "ui/preferences/languagemanager.h"
#include "ui/preferences/preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QVBoxLayout>

namespace ee::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_extractor(new QLineEdit(this))
    , m_languageLabel(new QLabel(this))
    , m_extractorLabel(new QLabel(this))
    , m_extractorHint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_extractor->setObjectName(QStringLiteral("extractorEdit"));
    // The system entry's text is set by retranslate(); the languages keep their
    // native names whatever language is showing.
    m_language->addItem(QString(), QString());
    for (const QString &code : LanguageManager::availableLanguages())
        m_language->addItem(LanguageManager::nativeName(code), code);
    m_languageLabel->setBuddy(m_language);
    m_extractorLabel->setBuddy(m_extractor);
    m_extractorHint->setWordWrap(true);
    m_extractorHint->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_extractorLabel, m_extractor);
    form->addRow(QString(), m_extractorHint);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setSelectedLanguage(Preferences::language());
    setExtractorName(Preferences::extractorName());
    retranslate();
}

void PreferencesDialog::run(QWidget *parent)
{
    PreferencesDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!dialog.applyChoices())
        QMessageBox::warning(parent, tr("Preferences"),
            tr("The language “%1” could not be loaded; the interface stays as it was.")
                .arg(dialog.m_language->currentText()));
}

QString PreferencesDialog::selectedLanguage() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::setSelectedLanguage(const QString &code)
{
    const int index = m_language->findData(code);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
}

QString PreferencesDialog::extractorName() const
{
    return m_extractor->text().trimmed();
}

void PreferencesDialog::setExtractorName(const QString &name)
{
    m_extractor->setText(name);
}

bool PreferencesDialog::applyChoices() const
{
    Preferences::setExtractorName(extractorName());
    const QString language = selectedLanguage();
    if (!LanguageManager::apply(language))
        return false;
    Preferences::setLanguage(language);
    return true;
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    m_languageLabel->setText(tr("Interface &language:"));
    m_extractorLabel->setText(tr("&Extractor's name:"));
    m_extractorHint->setText(tr("Recorded as “entered by” with every value typed into the extraction forms."));
    m_language->setItemText(
        0, tr("System default (%1)").arg(LanguageManager::nativeName(LanguageManager::systemLanguage())));
}

} // namespace ee::ui
