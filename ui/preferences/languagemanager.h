#pragma once

#include <QString>
#include <QStringList>

namespace ee::ui {

/// The interface language: which catalogs exist, and switching between them
/// while the program runs.
class LanguageManager
{
public:
    /// The interface languages, as locale names: "en" (the source language),
    /// "zh_CN", "es".
    static QStringList availableLanguages();
    /// A language's name in that language ("English", "简体中文", "Español"),
    /// so a user can find theirs whatever language is showing. Empty for an
    /// unknown code.
    static QString nativeName(const QString &code);
    /// The available language the system locale asks for, "en" when it asks
    /// for none of them.
    static QString systemLanguage();
    /// The language last applied ("en" before any apply()).
    static QString currentLanguage();

    /// Switches the interface to `code` (empty: the system locale, whose number
    /// conventions are then kept as they are). Removes
    /// the translators installed by an earlier call, installs the program's
    /// catalog from the resources and Qt's own (qtbase) catalog when the
    /// system has it, and makes the language's locale the default so numbers
    /// are written as that language writes them (0,45 in Spanish). Qt then
    /// sends QEvent::LanguageChange to every widget; this call delivers those
    /// events before it returns. Returns false, changing nothing, for a code
    /// that is not available or whose catalog cannot be loaded.
    static bool apply(const QString &code);
};

} // namespace ee::ui
