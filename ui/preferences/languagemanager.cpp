#include "ui/preferences/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <memory>
#include <vector>

namespace ee::ui {

namespace {

const QString kEnglish = QStringLiteral("en");

/// The translators this class installed, so the next apply() removes exactly those.
QList<QPointer<QTranslator>> &installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

QString &current()
{
    static QString language = kEnglish;
    return language;
}

QString catalogPath(const QString &code)
{
    return QStringLiteral(":/evidence/i18n/evidence-explorer_") + code + QStringLiteral(".qm");
}

/// Numbers as the language writes them, but without thousands separators:
/// study tables and plots show counts such as 1250 patients, never 1,250.
QLocale numberLocale(const QLocale &base)
{
    QLocale locale = base;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale;
}

} // namespace

QStringList LanguageManager::availableLanguages()
{
    return { kEnglish, QStringLiteral("zh_CN"), QStringLiteral("es") };
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == kEnglish)
        return QStringLiteral("English");
    if (code == QStringLiteral("zh_CN"))
        return QStringLiteral("简体中文");
    if (code == QStringLiteral("es"))
        return QStringLiteral("Español");
    return {};
}

QString LanguageManager::systemLanguage()
{
    // uiLanguages() lists the user's languages in order of preference
    // ("es-ES", "zh-Hans-CN", "en-US", ...): the first one we have wins.
    const QStringList wanted = QLocale::system().uiLanguages();
    for (const QString &name : wanted) {
        const QLocale locale(name);
        if (locale.language() == QLocale::Chinese
            && (locale.script() == QLocale::SimplifiedChineseScript || locale.territory() == QLocale::China
                || locale.territory() == QLocale::Singapore))
            return QStringLiteral("zh_CN");
        if (locale.language() == QLocale::Spanish)
            return QStringLiteral("es");
        if (locale.language() == QLocale::English)
            return kEnglish;
    }
    return kEnglish;
}

QString LanguageManager::currentLanguage()
{
    return current();
}

bool LanguageManager::apply(const QString &code)
{
    const bool followSystem = code.isEmpty();
    const QString language = followSystem ? systemLanguage() : code;
    if (!availableLanguages().contains(language))
        return false;

    std::vector<std::unique_ptr<QTranslator>> translators;
    if (language != kEnglish) {
        auto own = std::make_unique<QTranslator>();
        if (!own->load(catalogPath(language)))
            return false;
        translators.push_back(std::move(own));
        // Qt's own texts (standard buttons, file dialogs), when the system has them.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            translators.push_back(std::move(qt));
    }

    // The locale first: widgets that retranslate read it to format their numbers.
    // Following the system keeps its own number conventions (es_MX writes
    // 0.45, es_ES 0,45); a chosen language uses that language's.
    if (followSystem)
        QLocale::setDefault(numberLocale(QLocale::system()));
    else if (language == kEnglish)
        QLocale::setDefault(numberLocale(QLocale(QLocale::English, QLocale::UnitedStates)));
    else
        QLocale::setDefault(numberLocale(QLocale(language)));

    for (const QPointer<QTranslator> &old : installedTranslators()) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old.data();
        }
    }
    installedTranslators().clear();
    for (std::unique_ptr<QTranslator> &translator : translators) {
        QTranslator *installed = translator.release();
        installed->setParent(QCoreApplication::instance());
        QCoreApplication::installTranslator(installed);
        installedTranslators() << installed;
    }
    current() = language;
    // QApplication posts LanguageChange to every window; deliver them now so
    // the switch shows before this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    return true;
}

} // namespace ee::ui
