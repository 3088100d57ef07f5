#include "app/cli/optionreader.h"

namespace ee::cli {

OptionReader::OptionReader(const std::vector<std::string> &args, std::size_t first)
    : m_args(args)
    , m_index(first)
{ }

bool OptionReader::next()
{
    if (m_started)
        ++m_index;
    m_started = true;
    if (m_index >= m_args.size())
        return false;
    m_name = m_args[m_index];
    m_value.clear();
    m_inline = false;
    if (m_name.rfind("--", 0) == 0) {
        if (const auto eq = m_name.find('='); eq != std::string::npos) {
            m_value = m_name.substr(eq + 1);
            m_name = m_name.substr(0, eq);
            m_inline = true;
        }
    }
    return true;
}

bool OptionReader::takeValue(const char *what, std::string &error)
{
    if (m_inline)
        return true;
    const std::size_t following = m_index + 1;
    if (following >= m_args.size() || (m_args[following].rfind("--", 0) == 0 && m_args[following].size() > 2)) {
        error = "option " + m_name + " needs a value (" + what + ")";
        return false;
    }
    m_index = following;
    m_value = m_args[m_index];
    return true;
}

bool OptionReader::takeNoValue(std::string &error) const
{
    if (m_inline) {
        error = "option " + m_name + " takes no value";
        return false;
    }
    return true;
}

} // namespace ee::cli
