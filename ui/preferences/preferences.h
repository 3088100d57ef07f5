#pragma once

#include <QString>

namespace ee::ui {

/// The user's preferences, kept with QSettings: who is extracting (recorded
/// with every value entered in the forms) and the interface language.
class Preferences
{
public:
    /// The name recorded as "entered by" with every value typed into the
    /// extraction forms. Defaults to the login name.
    static QString extractorName();
    static void setExtractorName(const QString &name);

    /// The interface language as a locale name ("zh_CN", "es"), or empty to
    /// follow the system locale.
    static QString language();
    static void setLanguage(const QString &language);
};

} // namespace ee::ui
