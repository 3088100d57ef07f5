// One main() for every test executable that touches Qt: widget tests need a
// QApplication, and Qt Sql needs a core application to find its drivers.
#include <QApplication>
#include <QLocale>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // Headless by default, so the suite runs on CI machines without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("EvidenceExplorerTests"));
    QApplication::setApplicationName(QStringLiteral("evidence-explorer-tests"));
    // Tests that expect '.' decimals must not depend on the machine's LANG;
    // tests of other locales set theirs.
    QLocale::setDefault(QLocale::c());
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
