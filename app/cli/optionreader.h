#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace ee::cli {

/// Walks a command's arguments: "--name value", "--name=value", flags and
/// plain arguments, with the error messages every command gives.
class OptionReader
{
public:
    /// Reads `args` from index `first` on.
    explicit OptionReader(const std::vector<std::string> &args, std::size_t first = 0);

    /// Moves to the next argument; false when there is none left.
    bool next();

    /// The option's name ("--out" of "--out=x.png") or the plain argument.
    const std::string &name() const { return m_name; }
    /// The argument as given.
    const std::string &raw() const { return m_args[m_index]; }
    /// True for "--name=value".
    bool hasInlineValue() const { return m_inline; }

    /// Takes the option's value: the part after '=' or the next argument (which
    /// must not be another option). On failure sets `error` ("option --out
    /// needs a value (FILE.png)") and returns false.
    bool takeValue(const char *what, std::string &error);
    /// The value taken by takeValue().
    const std::string &value() const { return m_value; }
    /// For flags: fails with "option --x takes no value" for "--x=value".
    bool takeNoValue(std::string &error) const;

private:
    const std::vector<std::string> &m_args;
    std::size_t m_index;
    bool m_started = false;
    std::string m_name;
    std::string m_value;
    bool m_inline = false;
};

} // namespace ee::cli
