#include "app/cli/cli.h"

#include <algorithm>
#include <map>
#include <ostream>
#include <sstream>

namespace ee::cli {

namespace {

std::map<std::string, std::unique_ptr<Command>> &registry()
{
    static std::map<std::string, std::unique_ptr<Command>> commands;
    return commands;
}

} // namespace

void registerCommand(std::unique_ptr<Command> command)
{
    const std::string key = command->name();
    registry()[key] = std::move(command);
}

std::vector<Command *> registeredCommands()
{
    std::vector<Command *> result;
    for (auto &[name, command] : registry())
        result.push_back(command.get());
    return result;
}

std::string mainUsage()
{
    std::ostringstream text;
    text << "Usage: evidence-cli COMMAND [OPTIONS]\n"
            "       evidence-cli --help | --version\n"
            "\n"
            "Headless access to the Evidence Explorer pooling engine and study store.\n"
            "\n"
            "Commands:\n";
    std::size_t width = 0;
    for (const Command *command : registeredCommands())
        width = std::max(width, command->name().size());
    for (const Command *command : registeredCommands())
        text << "  " << command->name() << std::string(width - command->name().size() + 2, ' ') << command->summary()
             << '\n';
    text << "\n"
            "Run 'evidence-cli COMMAND --help' for the options of a command.\n"
            "Exit codes: 0 success, 1 the analysis could not be completed, 2 bad usage or bad input.\n";
    return text.str();
}

int runCli(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    if (args.empty()) {
        err << mainUsage();
        return static_cast<int>(ExitCode::Usage);
    }
    const std::string &first = args.front();
    if (first == "--help" || first == "-h" || first == "help") {
        out << mainUsage();
        return static_cast<int>(ExitCode::Ok);
    }
    if (first == "--version" || first == "-V") {
        out << "evidence-cli " << EE_VERSION << '\n';
        return static_cast<int>(ExitCode::Ok);
    }
    if (!first.empty() && first.front() == '-') {
        err << "evidence-cli: unknown option '" << first << "'. Run 'evidence-cli --help' for usage.\n";
        return static_cast<int>(ExitCode::Usage);
    }
    auto found = registry().find(first);
    if (found == registry().end()) {
        err << "evidence-cli: unknown command '" << first << "'. Run 'evidence-cli --help' for the list of commands.\n";
        return static_cast<int>(ExitCode::Usage);
    }
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (std::find(rest.begin(), rest.end(), "--help") != rest.end()) {
        out << found->second->usage();
        return static_cast<int>(ExitCode::Ok);
    }
    return static_cast<int>(found->second->run(rest, out, err));
}

} // namespace ee::cli
