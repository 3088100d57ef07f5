#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace ee::cli {

/// Exit codes every command uses, so scripts can rely on them.
enum class ExitCode : int {
    Ok = 0,
    Failure = 1, ///< the input was valid but the work could not be done (e.g. a fit did not converge)
    Usage = 2,   ///< bad option, bad input file, bad value: the message names what is wrong
};

/// One sub-command of evidence-cli (`pool`, `studies`, ...).
///
/// A command writes its result to `out` only once it has succeeded, so a failure
/// never leaves half a table or half a JSON object on standard output; messages
/// go to `err` and name the file, row, column or option at fault.
class Command
{
public:
    virtual ~Command() = default;
    /// The word typed after `evidence-cli`.
    virtual std::string name() const = 0;
    /// One line for the command list in `evidence-cli --help`.
    virtual std::string summary() const = 0;
    /// The full usage text printed by `evidence-cli NAME --help`.
    virtual std::string usage() const = 0;
    /// Runs with the arguments after the command name.
    virtual ExitCode run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err) = 0;
};

/// Adds a command to the registry; used through EE_REGISTER_COMMAND.
void registerCommand(std::unique_ptr<Command> command);

/// Every registered command, sorted by name.
std::vector<Command *> registeredCommands();

namespace detail {
template<typename T>
struct CommandRegistrar {
    CommandRegistrar() { registerCommand(std::make_unique<T>()); }
};
} // namespace detail

} // namespace ee::cli

/// Registers a Command subclass at start-up. The CLI library is an OBJECT library,
/// so every command's object file is linked and its registrar runs.
#define EE_REGISTER_COMMAND(Type) \
    static const ::ee::cli::detail::CommandRegistrar<Type> eeCommandRegistrar##Type {}
