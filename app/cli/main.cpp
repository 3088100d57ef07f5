// evidence-cli: the headless entry point. Wiring only; the commands live in
// the evidence_cli library so tests can run them in-process.
#include "app/cli/cli.h"

#include <QApplication>
#include <QLocale>

#include <clocale>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char **argv)
{
    // Headless always: the CLI never opens a window, but `plot` renders the
    // explorer's plots (widgets) offscreen, and Qt Sql needs an application
    // object to find its SQLite driver.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("evidence-cli"));
    QApplication::setApplicationVersion(QStringLiteral(EE_VERSION));
    // Output is data, read by scripts: '.' decimals and no thousands separators
    // whatever the user's locale, in tables, JSON, CSV and rendered plots alike.
    std::setlocale(LC_NUMERIC, "C");
    QLocale::setDefault(QLocale::c());

    std::vector<std::string> args(argv + 1, argv + argc);
    try {
        return ee::cli::runCli(args, std::cout, std::cerr);
    } catch (const std::exception &error) {
        std::cerr << "evidence-cli: internal error: " << error.what() << '\n';
        return 1;
    }
}
