// evidence-explorer: the GUI entry point. Wiring only.
#include "ui/mainwindow.h"
#include "ui/preferences/languagemanager.h"
#include "ui/preferences/preferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTimer>

#include <clocale>
#include <cstdio>
#include <exception>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("EvidenceExplorer"));
    QApplication::setApplicationName(QStringLiteral("evidence-explorer"));
    QApplication::setApplicationDisplayName(QStringLiteral("Evidence Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(EE_VERSION));
    // Lets Wayland docks match the window to installer/evidence-explorer.desktop and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("evidence-explorer"));
    // QApplication adopts the system locale for C library conversions too; the
    // engine's text (std::to_string, error messages) keeps '.' decimals. What
    // the interface shows follows QLocale, set by the language below.
    std::setlocale(LC_NUMERIC, "C");
    // The language from Preferences (empty: the system's), before any text is made.
    if (!ee::ui::LanguageManager::apply(ee::ui::Preferences::language()))
        ee::ui::LanguageManager::apply(QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Explore meta-analytic evidence."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringList { QStringLiteral("screenshot") },
        QApplication::translate("main", "Render the main window to a PNG file and exit."),
        QApplication::translate("main", "file"));
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("project"),
        QApplication::translate("main",
            "Project file to open (default: the bundled "
            "cell-therapy evidence base)."),
        QStringLiteral("[project.evidence]"));
    parser.process(app);

    try {
        ee::ui::MainWindow window;
        const QStringList files = parser.positionalArguments();
        const QString error = files.isEmpty()
            ? window.openDefaultProject()
            : window.openProject(files.first(), !QFileInfo(files.first()).isWritable());
        if (!error.isEmpty())
            std::fprintf(stderr, "evidence-explorer: %s\n", qPrintable(error));
        if (parser.isSet(screenshot)) {
            window.show();
            QApplication::processEvents();
            const QString failed = window.saveScreenshot(parser.value(screenshot));
            if (!failed.isEmpty()) {
                std::fprintf(stderr, "evidence-explorer: %s\n", qPrintable(failed));
                return 1;
            }
            return 0;
        }
        window.show();
        return app.exec();
    } catch (const std::exception &error) {
        std::fprintf(stderr, "evidence-explorer: internal error: %s\n", error.what());
        return 1;
    }
}
