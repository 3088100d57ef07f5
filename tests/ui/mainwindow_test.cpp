#include "ui/mainwindow.h"

#include <QDockWidget>
#include <QImage>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text().remove(QLatin1Char('&'));
    return titles;
}

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Each test starts from empty settings in a scratch folder.
        ASSERT_TRUE(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
    }
    QTemporaryDir m_settingsDir;
};

TEST_F(MainWindowTest, HasTheFiveMenusInOrder)
{
    ee::ui::MainWindow window;
    EXPECT_EQ(menuTitles(window),
              (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                           QStringLiteral("Analysis"), QStringLiteral("Help")}));
}

TEST_F(MainWindowTest, HelpMenuHasAbout)
{
    ee::ui::MainWindow window;
    QMenu *help = window.menuBar()->actions().last()->menu();
    ASSERT_NE(help, nullptr);
    bool found = false;
    for (QAction *action : help->actions())
        found = found || action->menuRole() == QAction::AboutRole;
    EXPECT_TRUE(found);
}

TEST_F(MainWindowTest, ViewMenuTogglesEveryDock)
{
    ee::ui::MainWindow window;
    const auto docks = window.findChildren<QDockWidget *>();
    ASSERT_GE(docks.size(), 3);
    QMenu *view = window.menuBar()->actions().at(2)->menu();
    for (QDockWidget *dock : docks)
        EXPECT_TRUE(view->actions().contains(dock->toggleViewAction())) << dock->objectName().toStdString();
}

TEST_F(MainWindowTest, GeometryAndDockStatePersistAcrossSessions)
{
    {
        ee::ui::MainWindow window;
        window.show();
        window.resize(1111, 777);
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("studiesDock"));
        ASSERT_NE(dock, nullptr);
        dock->hide();
        window.close();
    }
    ee::ui::MainWindow restored;
    restored.show();
    EXPECT_EQ(restored.size(), QSize(1111, 777));
    auto *dock = restored.findChild<QDockWidget *>(QStringLiteral("studiesDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_FALSE(dock->isVisible());
}

TEST_F(MainWindowTest, ScreenshotWritesANonBlankPng)
{
    ee::ui::MainWindow window;
    window.show();
    const QString file = m_settingsDir.filePath(QStringLiteral("shot.png"));
    EXPECT_EQ(window.saveScreenshot(file), QString());
    const QImage image(file);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), window.size() * window.devicePixelRatio());
    // Not a single flat colour: the menus and docks are drawn.
    const QRgb first = image.pixel(0, 0);
    bool varied = false;
    for (int y = 0; y < image.height() && !varied; y += 7)
        for (int x = 0; x < image.width() && !varied; x += 7)
            varied = image.pixel(x, y) != first;
    EXPECT_TRUE(varied);
}

TEST_F(MainWindowTest, ScreenshotToAnUnwritablePathSaysSo)
{
    ee::ui::MainWindow window;
    const QString message = window.saveScreenshot(QStringLiteral("/nonexistent-folder/shot.png"));
    EXPECT_TRUE(message.contains(QStringLiteral("/nonexistent-folder/shot.png"))) << message.toStdString();
}

} // namespace
