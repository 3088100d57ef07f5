#include "ui/preferences/preferences.h"

#include <QSettings>
#include <QtGlobal>

namespace ee::ui {

namespace {
constexpr auto kExtractorKey = "preferences/extractorName";
constexpr auto kLanguageKey = "preferences/language";
} // namespace

QString Preferences::extractorName()
{
    const QString stored = QSettings().value(QLatin1String(kExtractorKey)).toString().trimmed();
    if (!stored.isEmpty())
        return stored;
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    return login;
}

void Preferences::setExtractorName(const QString &name)
{
    QSettings().setValue(QLatin1String(kExtractorKey), name.trimmed());
}

QString Preferences::language()
{
    return QSettings().value(QLatin1String(kLanguageKey)).toString();
}

void Preferences::setLanguage(const QString &language)
{
    QSettings().setValue(QLatin1String(kLanguageKey), language);
}

} // namespace ee::ui
