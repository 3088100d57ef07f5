// Switching the interface language: the catalogs load from the resources, a
// window shows the translations the .ts catalogs hold, numbers follow the
// language, and English comes back.
#include "ui/explorer/explorercontroller.h"
#include "ui/explorer/plotarea.h"
#include "ui/mainwindow.h"
#include "ui/plots/effectformat.h"
#include "ui/plots/forestplot.h"
#include "ui/plots/funnelplot.h"
#include "ui/plots/qcustomplotinclude.h"
#include "ui/preferences/languagemanager.h"
#include "ui/preferences/preferences.h"
#include "ui/preferences/preferencesdialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFile>
#include <QHash>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <cmath>
#include <ostream>

// Readable failure messages (QString lives in the global namespace).
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace {

using ee::ui::LanguageManager;

/// The finished translations of one committed catalog, read straight from the
/// .ts file: what the window must show.
class Catalog
{
public:
    explicit Catalog(const QString &language)
    {
        QFile file(QStringLiteral(EE_SOURCE_DIR "/translations/evidence-explorer_") + language + QStringLiteral(".ts"));
        if (!file.open(QIODevice::ReadOnly))
            return;
        QXmlStreamReader xml(&file);
        QString context;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QStringLiteral("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QStringLiteral("message")) {
                QString source;
                QString translation;
                bool finished = false;
                while (xml.readNextStartElement()) {
                    if (xml.name() == QStringLiteral("source")) {
                        source = xml.readElementText();
                    } else if (xml.name() == QStringLiteral("translation")) {
                        finished = xml.attributes().value(QStringLiteral("type")).isEmpty();
                        translation = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                if (finished && !translation.isEmpty())
                    m_messages.insert(context + QLatin1Char('|') + source, translation);
            }
        }
        m_loaded = !xml.hasError() && !m_messages.isEmpty();
    }

    bool loaded() const { return m_loaded; }
    /// The translation of `source` in `context`; empty when the catalog has none.
    QString translate(const char *context, const QString &source) const
    {
        return m_messages.value(QLatin1String(context) + QLatin1Char('|') + source);
    }

private:
    QHash<QString, QString> m_messages;
    bool m_loaded = false;
};

QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

/// Sorted: a window that rebuilds its docks on a language change may list them in another order.
QStringList dockTitles(const QMainWindow &window)
{
    QStringList titles;
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        titles << dock->windowTitle();
    titles.sort();
    return titles;
}

/// What a window shows of the texts the test follows.
struct ShownTexts {
    QStringList menus;
    QStringList docks;
    QString favoursLeft;
    QString favoursRight;
    QString funnelAxis;
};

ShownTexts shownTexts(const ee::ui::MainWindow &window)
{
    const ee::ui::ForestData &forest = window.plotArea()->forest()->data();
    return { menuTitles(window), dockTitles(window), forest.favoursLeft, forest.favoursRight,
        window.plotArea()->funnel()->findChild<QCustomPlot *>()->yAxis->label() };
}

/// Every English text of `english` must show as the catalog's translation in
/// `shown`, and differ from the English.
void expectTranslated(const ShownTexts &english, const ShownTexts &shown, const Catalog &catalog)
{
    ASSERT_EQ(shown.menus.size(), english.menus.size());
    for (int i = 0; i < english.menus.size(); ++i) {
        const QString expected = catalog.translate("ee::ui::MainWindow", english.menus[i]);
        EXPECT_FALSE(expected.isEmpty()) << "no translation of menu " << english.menus[i].toStdString();
        EXPECT_EQ(shown.menus[i], expected) << "menu " << english.menus[i].toStdString();
        EXPECT_NE(shown.menus[i], english.menus[i]);
    }
    QStringList expectedDocks;
    for (const QString &title : english.docks) {
        const QString expected = catalog.translate("ee::ui::MainWindow", title);
        EXPECT_FALSE(expected.isEmpty()) << "no translation of dock " << title.toStdString();
        EXPECT_FALSE(shown.docks.contains(title)) << "dock still in English: " << title.toStdString();
        expectedDocks << expected;
    }
    expectedDocks.sort();
    EXPECT_EQ(shown.docks, expectedDocks);
    for (const auto &[englishText, shownText] : { std::pair { english.favoursLeft, shown.favoursLeft },
             std::pair { english.favoursRight, shown.favoursRight } }) {
        const QString expected = catalog.translate("ResultBuilder", englishText);
        EXPECT_FALSE(expected.isEmpty()) << "no translation of " << englishText.toStdString();
        EXPECT_EQ(shownText, expected);
        EXPECT_NE(shownText, englishText);
    }
    const QString axis = catalog.translate("ee::ui::FunnelPlot", english.funnelAxis);
    EXPECT_FALSE(axis.isEmpty()) << "no translation of " << english.funnelAxis.toStdString();
    EXPECT_EQ(shown.funnelAxis, axis);
}

class TranslationTest : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
        m_locale = QLocale();
        ASSERT_TRUE(LanguageManager::apply(QStringLiteral("en")));
    }
    void TearDown() override
    {
        LanguageManager::apply(QStringLiteral("en"));
        QLocale::setDefault(m_locale);
    }

    QString language() const { return QString::fromLatin1(GetParam()); }

    QTemporaryDir m_settingsDir;
    QLocale m_locale;
};

TEST_P(TranslationTest, CatalogLoadsFromTheResources)
{
    ASSERT_TRUE(LanguageManager::apply(language()));
    EXPECT_EQ(LanguageManager::currentLanguage(), language());
    const Catalog catalog(language());
    ASSERT_TRUE(catalog.loaded());
    const QString expected = catalog.translate("ee::ui::MainWindow", QStringLiteral("&File"));
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_EQ(QCoreApplication::translate("ee::ui::MainWindow", "&File"), expected);
    // core/store's storeTr() looks its messages up in the one context "ee::store".
    EXPECT_NE(QCoreApplication::translate("ee::store", "does not exist"), QStringLiteral("does not exist"));
}

TEST_P(TranslationTest, NewWindowShowsTheLanguage)
{
    const Catalog catalog(language());
    ASSERT_TRUE(catalog.loaded());
    ShownTexts english;
    {
        ee::ui::MainWindow window;
        ASSERT_EQ(window.openDefaultProject(), QString());
        english = shownTexts(window);
    }
    ASSERT_FALSE(english.favoursLeft.isEmpty());
    ASSERT_TRUE(LanguageManager::apply(language()));
    ee::ui::MainWindow window;
    ASSERT_EQ(window.openDefaultProject(), QString());
    expectTranslated(english, shownTexts(window), catalog);
}

// Needs MainWindow to rebuild its texts on QEvent::LanguageChange.
TEST_P(TranslationTest, OpenWindowSwitchesLanguageAndBack)
{
    const Catalog catalog(language());
    ASSERT_TRUE(catalog.loaded());
    ee::ui::MainWindow window;
    ASSERT_EQ(window.openDefaultProject(), QString());
    window.show();
    const ShownTexts english = shownTexts(window);

    ASSERT_TRUE(LanguageManager::apply(language()));
    expectTranslated(english, shownTexts(window), catalog);

    ASSERT_TRUE(LanguageManager::apply(QStringLiteral("en")));
    const ShownTexts back = shownTexts(window);
    EXPECT_EQ(back.menus, english.menus);
    EXPECT_EQ(back.docks, english.docks);
    EXPECT_EQ(back.favoursLeft, english.favoursLeft);
    EXPECT_EQ(back.favoursRight, english.favoursRight);
    EXPECT_EQ(back.funnelAxis, english.funnelAxis);
}

INSTANTIATE_TEST_SUITE_P(Languages, TranslationTest, ::testing::Values("zh_CN", "es"));

class LanguageManagerTest : public ::testing::Test
{
protected:
    void SetUp() override { m_locale = QLocale(); }
    void TearDown() override
    {
        LanguageManager::apply(QStringLiteral("en"));
        QLocale::setDefault(m_locale);
    }
    QLocale m_locale;
};

TEST_F(LanguageManagerTest, ListsTheLanguagesByNativeName)
{
    EXPECT_EQ(LanguageManager::availableLanguages(),
        (QStringList { QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("es") }));
    EXPECT_EQ(LanguageManager::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    EXPECT_EQ(LanguageManager::nativeName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    EXPECT_EQ(LanguageManager::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
    EXPECT_EQ(LanguageManager::nativeName(QStringLiteral("fr")), QString());
}

TEST_F(LanguageManagerTest, RefusesAnUnknownLanguageAndKeepsTheCurrentOne)
{
    ASSERT_TRUE(LanguageManager::apply(QStringLiteral("es")));
    EXPECT_FALSE(LanguageManager::apply(QStringLiteral("fr")));
    EXPECT_EQ(LanguageManager::currentLanguage(), QStringLiteral("es"));
    EXPECT_EQ(QLocale().language(), QLocale::Spanish);
}

TEST_F(LanguageManagerTest, SpanishWritesDecimalCommasAndSeparatesIntervalsWithSemicolons)
{
    ASSERT_TRUE(LanguageManager::apply(QStringLiteral("es")));
    // OR 0.45 [0.21, 0.96]: the interval's ends are separated by "; " so the
    // decimal commas stay unambiguous (as RevMan writes in such locales).
    EXPECT_EQ(ee::ui::effectformat::estimateWithInterval(std::log(0.45), std::log(0.21), std::log(0.96), true),
        QStringLiteral("0,45 [0,21; 0,96]"));
    EXPECT_EQ(ee::ui::effectformat::number(-0.354, 2), QStringLiteral("\u22120,35"));
    EXPECT_EQ(ee::ui::effectformat::percent(12.345), QStringLiteral("12,3%"));
    EXPECT_EQ(ee::ui::effectformat::pValue(0.0123), QStringLiteral("p = 0,012"));
    EXPECT_EQ(ee::ui::effectformat::pValue(0.0004), QStringLiteral("p < 0,001"));
    // Counts have no thousands separator: 1250 patients, not 1.250.
    EXPECT_EQ(ee::ui::effectformat::count(1250), QStringLiteral("1250"));
    EXPECT_EQ(ee::ui::effectformat::count(12.5), QStringLiteral("12,5"));

    ASSERT_TRUE(LanguageManager::apply(QStringLiteral("zh_CN")));
    EXPECT_EQ(ee::ui::effectformat::estimateWithInterval(std::log(0.45), std::log(0.21), std::log(0.96), true),
        QStringLiteral("0.45 [0.21, 0.96]"));
    ASSERT_TRUE(LanguageManager::apply(QStringLiteral("en")));
    EXPECT_EQ(ee::ui::effectformat::count(1250), QStringLiteral("1250"));
    EXPECT_EQ(ee::ui::effectformat::number(-0.354, 2), QStringLiteral("\u22120.35"));
}

TEST_F(LanguageManagerTest, EnglishRemovesTheTranslators)
{
    ASSERT_TRUE(LanguageManager::apply(QStringLiteral("zh_CN")));
    ASSERT_NE(QCoreApplication::translate("ee::ui::MainWindow", "&File"), QStringLiteral("&File"));
    ASSERT_TRUE(LanguageManager::apply(QStringLiteral("en")));
    EXPECT_EQ(QCoreApplication::translate("ee::ui::MainWindow", "&File"), QStringLiteral("&File"));
    EXPECT_EQ(LanguageManager::currentLanguage(), QStringLiteral("en"));
}

class PreferencesDialogTest : public LanguageManagerTest
{
protected:
    void SetUp() override
    {
        LanguageManagerTest::SetUp();
        ASSERT_TRUE(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
    }
    QTemporaryDir m_settingsDir;
};

TEST_F(PreferencesDialogTest, OkStoresBothChoicesAndSwitchesTheLanguageAtOnce)
{
    const Catalog catalog(QStringLiteral("es"));
    ASSERT_TRUE(catalog.loaded());
    ee::ui::PreferencesDialog dialog;
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("extractorEdit"));
    ASSERT_NE(combo, nullptr);
    ASSERT_NE(name, nullptr);
    // "System default" first, then the languages by their own names.
    ASSERT_EQ(combo->count(), 4);
    EXPECT_EQ(combo->itemData(0).toString(), QString());
    EXPECT_EQ(combo->itemText(2), QStringLiteral("简体中文"));
    EXPECT_EQ(combo->itemText(3), QStringLiteral("Español"));

    combo->setCurrentIndex(3);
    name->setText(QStringLiteral("  Ana Ruiz "));
    ASSERT_TRUE(dialog.applyChoices());
    EXPECT_EQ(ee::ui::Preferences::language(), QStringLiteral("es"));
    EXPECT_EQ(ee::ui::Preferences::extractorName(), QStringLiteral("Ana Ruiz"));
    EXPECT_EQ(LanguageManager::currentLanguage(), QStringLiteral("es"));
    const QString title = catalog.translate("ee::ui::PreferencesDialog", QStringLiteral("Preferences"));
    EXPECT_FALSE(title.isEmpty());
    EXPECT_EQ(dialog.windowTitle(), title);

    // And back to the system's language.
    combo->setCurrentIndex(0);
    ASSERT_TRUE(dialog.applyChoices());
    EXPECT_EQ(ee::ui::Preferences::language(), QString());
    EXPECT_EQ(LanguageManager::currentLanguage(), LanguageManager::systemLanguage());
}

TEST_F(PreferencesDialogTest, ShowsTheStoredChoices)
{
    ee::ui::Preferences::setLanguage(QStringLiteral("zh_CN"));
    ee::ui::Preferences::setExtractorName(QStringLiteral("Li Wei"));
    ee::ui::PreferencesDialog dialog;
    EXPECT_EQ(dialog.selectedLanguage(), QStringLiteral("zh_CN"));
    EXPECT_EQ(dialog.extractorName(), QStringLiteral("Li Wei"));
    // A stored code this version does not know falls back to the system default.
    ee::ui::Preferences::setLanguage(QStringLiteral("xx"));
    ee::ui::PreferencesDialog other;
    EXPECT_EQ(other.selectedLanguage(), QString());
}

} // namespace
