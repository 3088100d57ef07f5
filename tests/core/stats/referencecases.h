#pragma once

// Test support, header-only and free of Qt so both test_stats (no Qt) and
// test_app use it: a small JSON reader, a small RFC 4180 reader, access to the
// metafor reference cases in EE_REFERENCE_DIR (written by
// tests/reference/generate.R) and a tolerant JSON comparison.

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ee::test {

// ------------------------------------------------------------------ JSON

struct Json {
    enum class Type { Null, Bool, Number, String, Array, Object };
    Type type = Type::Null;
    bool boolean = false;
    double number = 0;
    std::string string;
    std::vector<Json> array;
    std::vector<std::pair<std::string, Json>> object;

    bool isNull() const { return type == Type::Null; }
    const Json *find(std::string_view key) const
    {
        for (const auto &[k, v] : object) {
            if (k == key)
                return &v;
        }
        return nullptr;
    }
    const Json &at(std::string_view key) const
    {
        const Json *v = find(key);
        if (!v)
            throw std::runtime_error("JSON object has no key '" + std::string(key) + "'");
        return *v;
    }
};

class JsonParser
{
public:
    explicit JsonParser(std::string_view text)
        : m_text(text)
    { }

    Json parseDocument()
    {
        Json value = parseValue();
        skipSpace();
        if (m_pos != m_text.size())
            error("trailing characters");
        return value;
    }

private:
    [[noreturn]] void error(const std::string &what) const
    {
        throw std::runtime_error("JSON: " + what + " at offset " + std::to_string(m_pos));
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()
            && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r' || m_text[m_pos] == '\t'))
            ++m_pos;
    }

    bool consume(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) == word) {
            m_pos += word.size();
            return true;
        }
        return false;
    }

    Json parseValue()
    {
        skipSpace();
        if (m_pos >= m_text.size())
            error("unexpected end");
        Json v;
        const char c = m_text[m_pos];
        if (c == '{') {
            v.type = Json::Type::Object;
            ++m_pos;
            skipSpace();
            if (consume("}"))
                return v;
            while (true) {
                skipSpace();
                if (m_pos >= m_text.size() || m_text[m_pos] != '"')
                    error("expected a key");
                std::string key = parseString();
                skipSpace();
                if (!consume(":"))
                    error("expected ':'");
                v.object.emplace_back(std::move(key), parseValue());
                skipSpace();
                if (consume("}"))
                    return v;
                if (!consume(","))
                    error("expected ',' or '}'");
            }
        }
        if (c == '[') {
            v.type = Json::Type::Array;
            ++m_pos;
            skipSpace();
            if (consume("]"))
                return v;
            while (true) {
                v.array.push_back(parseValue());
                skipSpace();
                if (consume("]"))
                    return v;
                if (!consume(","))
                    error("expected ',' or ']'");
            }
        }
        if (c == '"') {
            v.type = Json::Type::String;
            v.string = parseString();
            return v;
        }
        if (consume("null"))
            return v;
        if (consume("true")) {
            v.type = Json::Type::Bool;
            v.boolean = true;
            return v;
        }
        if (consume("false")) {
            v.type = Json::Type::Bool;
            return v;
        }
        v.type = Json::Type::Number;
        const char *begin = m_text.data() + m_pos;
        const char *end = m_text.data() + m_text.size();
        const auto [ptr, ec] = std::from_chars(begin, end, v.number);
        if (ec != std::errc() || ptr == begin)
            error("bad number");
        m_pos += static_cast<std::size_t>(ptr - begin);
        return v;
    }

    static void appendUtf8(std::string &out, unsigned cp)
    {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    unsigned hex4()
    {
        if (m_pos + 4 > m_text.size())
            error("bad \\u escape");
        unsigned cp = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = m_text[m_pos++];
            cp <<= 4;
            if (h >= '0' && h <= '9')
                cp |= static_cast<unsigned>(h - '0');
            else if (h >= 'a' && h <= 'f')
                cp |= static_cast<unsigned>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F')
                cp |= static_cast<unsigned>(h - 'A' + 10);
            else
                error("bad \\u escape");
        }
        return cp;
    }

    std::string parseString()
    {
        ++m_pos; // opening quote
        std::string out;
        while (true) {
            if (m_pos >= m_text.size())
                error("unterminated string");
            const char c = m_text[m_pos++];
            if (c == '"')
                return out;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size())
                error("unterminated escape");
            const char e = m_text[m_pos++];
            switch (e) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                unsigned cp = hex4();
                if (cp >= 0xD800 && cp < 0xDC00 && consume("\\u")) {
                    const unsigned low = hex4();
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                error("bad escape");
            }
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

inline Json parseJson(std::string_view text)
{
    return JsonParser(text).parseDocument();
}

inline std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path.string());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// ------------------------------------------------------------------ CSV

/// Minimal RFC 4180 reader for the fixtures (quoted fields, "" escapes, embedded newlines).
inline std::vector<std::vector<std::string>> parseCsv(std::string_view text)
{
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    bool any = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"') {
            quoted = true;
            any = true;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
            any = true;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            if (any || !field.empty()) {
                row.push_back(std::move(field));
                rows.push_back(std::move(row));
            }
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
    }
    return rows;
}

// ------------------------------------------------------------------ cases

inline std::filesystem::path referenceDir()
{
    return std::filesystem::path(EE_REFERENCE_DIR);
}

/// Names of all reference cases, sorted.
inline std::vector<std::string> referenceCaseNames()
{
    std::vector<std::string> names;
    if (!std::filesystem::exists(referenceDir()))
        return names;
    for (const auto &entry : std::filesystem::directory_iterator(referenceDir())) {
        if (entry.is_directory() && std::filesystem::exists(entry.path() / "expected.json"))
            names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

struct ReferenceCase {
    std::string name;
    std::filesystem::path csvPath;
    std::vector<std::vector<std::string>> csv; ///< header row first
    Json options;
    Json expected;
};

inline ReferenceCase loadReferenceCase(const std::string &name)
{
    ReferenceCase c;
    c.name = name;
    const auto dir = referenceDir() / name;
    c.csvPath = dir / "input.csv";
    c.csv = parseCsv(readFile(c.csvPath));
    c.options = parseJson(readFile(dir / "options.json"));
    c.expected = parseJson(readFile(dir / "expected.json"));
    return c;
}

// ------------------------------------------------------------------ comparison

/// Largest relative difference seen, for the agreement report.
struct Agreement {
    double maxRelative = 0;
    std::string where;
};

/// Compares `actual` with `expected` (metafor): every key of an expected object must
/// be present; numbers agree when |a - e| <= tol * |e| + floor; per-study effects
/// (studies[].yi / vi) are closed forms and always use 1e-8.
inline void compareJson(const Json &expected, const Json &actual, double tol, double floor, const std::string &path,
    std::vector<std::string> &failures, Agreement &agreement)
{
    auto failure = [&](const std::string &what) { failures.push_back(path + ": " + what); };
    if (expected.type == Json::Type::Null) {
        if (!actual.isNull())
            failure("expected null");
        return;
    }
    if (expected.type == Json::Type::Number) {
        if (actual.type != Json::Type::Number) {
            failure("expected the number " + std::to_string(expected.number));
            return;
        }
        const bool closedForm = path.find("].yi") != std::string::npos || path.find("].vi") != std::string::npos;
        const double t = closedForm ? 1e-8 : tol;
        const double f = closedForm ? 1e-14 : floor;
        const double diff = std::fabs(actual.number - expected.number);
        const double scale = std::fabs(expected.number);
        const double relative = scale > 0 ? diff / scale : diff;
        if (relative > agreement.maxRelative) {
            agreement.maxRelative = relative;
            agreement.where = path;
        }
        if (!(diff <= t * scale + f)) {
            std::ostringstream text;
            text.precision(17);
            text << "expected " << expected.number << ", got " << actual.number << " (relative difference " << relative
                 << ", tolerance " << t << ")";
            failure(text.str());
        }
        return;
    }
    if (expected.type != actual.type) {
        failure("type differs");
        return;
    }
    switch (expected.type) {
    case Json::Type::Bool:
        if (expected.boolean != actual.boolean)
            failure("boolean differs");
        break;
    case Json::Type::String:
        if (expected.string != actual.string)
            failure("expected \"" + expected.string + "\", got \"" + actual.string + "\"");
        break;
    case Json::Type::Array:
        if (expected.array.size() != actual.array.size()) {
            failure("expected " + std::to_string(expected.array.size()) + " elements, got "
                + std::to_string(actual.array.size()));
            break;
        }
        for (std::size_t i = 0; i < expected.array.size(); ++i)
            compareJson(expected.array[i], actual.array[i], tol, floor, path + "[" + std::to_string(i) + "]", failures,
                agreement);
        break;
    case Json::Type::Object:
        for (const auto &[key, value] : expected.object) {
            const Json *a = actual.find(key);
            if (!a) {
                failures.push_back(path + "." + key + ": missing");
                continue;
            }
            compareJson(value, *a, tol, floor, path + "." + key, failures, agreement);
        }
        break;
    default:
        break;
    }
}

/// Absolute floor for a case tolerance: differences below it are numerically zero
/// (e.g. tau² truncated at 0 in both, or a residual of 1e-17).
inline double absoluteFloor(double tol)
{
    return tol < 1e-6 ? 1e-12 : 1e-9;
}

} // namespace ee::test
