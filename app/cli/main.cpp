// evidence-cli: the headless entry point. Wiring only; the commands live in
// the evidence_cli library so tests can run them in-process.
#include "app/cli/cli.h"

#include <QCoreApplication>

#include <exception>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char **argv)
{
    // A core application so Qt Sql finds its SQLite driver; no display needed.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("evidence-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EE_VERSION));

    std::vector<std::string> args(argv + 1, argv + argc);
    try {
        return ee::cli::runCli(args, std::cout, std::cerr);
    } catch (const std::exception &error) {
        std::cerr << "evidence-cli: internal error: " << error.what() << '\n';
        return 1;
    }
}
