#include "core/io/studycsv.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <fstream>
#include <iterator>
#include <sstream>

namespace ee::io {

namespace {

using stats::EffectMeasure;

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(
        out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string trim(std::string_view s)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
    std::size_t b = 0, e = s.size();
    while (b < e && isSpace(s[b]))
        ++b;
    while (e > b && isSpace(s[e - 1]))
        --e;
    return std::string(s.substr(b, e - b));
}

std::string shown(double x)
{
    std::ostringstream text;
    text.precision(15);
    text << x;
    return text.str();
}

// True when `s` is well-formed UTF-8 (no overlongs, surrogates or code points above U+10FFFF).
bool validUtf8(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t extra = 0;
        unsigned cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= s.size())
            return false;
        for (std::size_t j = 1; j <= extra; ++j) {
            const auto d = static_cast<unsigned char>(s[i + j]);
            if ((d & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (d & 0x3F);
        }
        static constexpr unsigned kMin[] = { 0, 0x80, 0x800, 0x10000 };
        if (cp < kMin[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

InputError makeError(
    InputError::Kind kind, const std::string &file, std::size_t row, std::string column, std::string message)
{
    InputError e;
    e.kind = kind;
    e.file = file;
    e.row = row;
    e.column = std::move(column);
    e.message = std::move(message);
    return e;
}

struct Layout {
    StudyDataKind kind;
    std::vector<const char *> columns;
};

Layout layoutFor(StudyDataKind kind, bool standardErrors)
{
    switch (kind) {
    case StudyDataKind::Binary:
        return { kind, { "events_t", "n_t", "events_c", "n_c" } };
    case StudyDataKind::Continuous:
        return { kind, { "mean_t", "sd_t", "n_t", "mean_c", "sd_c", "n_c" } };
    case StudyDataKind::Generic:
        break;
    }
    if (standardErrors)
        return { kind, { "yi", "sei" } };
    return { kind, { "yi", "vi" } };
}

} // namespace

StudyDataKind dataKindFor(EffectMeasure measure)
{
    if (stats::isBinaryMeasure(measure))
        return StudyDataKind::Binary;
    if (stats::isContinuousMeasure(measure))
        return StudyDataKind::Continuous;
    return StudyDataKind::Generic;
}

std::string InputError::text() const
{
    std::string out = file;
    if (row > 0)
        out += ": row " + std::to_string(row);
    if (!column.empty())
        out += (row > 0 ? ", column " : ": column ") + column;
    out += ": " + message;
    return out;
}

const std::vector<std::string> *StudyTable::moderator(std::string_view column) const
{
    const std::string wanted = lower(trim(column));
    for (std::size_t i = 0; i < moderatorColumns.size(); ++i) {
        if (lower(moderatorColumns[i]) == wanted)
            return &moderators[i];
    }
    return nullptr;
}

bool splitCsv(std::string_view text, std::vector<std::vector<std::string>> &records,
    std::vector<std::size_t> &recordRows, InputError &error)
{
    records.clear();
    recordRows.clear();
    if (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF && static_cast<unsigned char>(text[1]) == 0xBB
        && static_cast<unsigned char>(text[2]) == 0xBF)
        text.remove_prefix(3);

    std::vector<std::string> record;
    std::string field;
    std::size_t row = 1;
    bool fieldStarted = false; // the record has content (a field, a delimiter or a quote)
    std::size_t i = 0;
    const std::size_t n = text.size();

    auto endRecord = [&]() {
        if (fieldStarted) {
            record.push_back(std::move(field));
            records.push_back(std::move(record));
            recordRows.push_back(row);
        }
        record.clear();
        field.clear();
        fieldStarted = false;
    };
    auto skipLineEnd = [&]() {
        // i is at '\r' or '\n'
        if (text[i] == '\r' && i + 1 < n && text[i + 1] == '\n')
            ++i;
        ++i;
    };

    while (i < n) {
        const char c = text[i];
        if (c == '"' && field.empty()) {
            // A quoted field: only when the quote opens the field (elsewhere a quote is text).
            const std::size_t startRow = row;
            fieldStarted = true;
            ++i;
            while (true) {
                if (i >= n) {
                    error.kind = InputError::Kind::Syntax;
                    error.row = startRow;
                    error.column.clear();
                    error.message = "a quoted field is not closed (missing '\"')";
                    return false;
                }
                const char q = text[i];
                if (q == '"') {
                    if (i + 1 < n && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                // An embedded line break belongs to the field; the row number stays the record's.
                field += q;
                ++i;
            }
            // After the closing quote: a delimiter, a line end or the end of the text.
            if (i < n && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
                error.kind = InputError::Kind::Syntax;
                error.row = startRow;
                error.column.clear();
                error.message = "unexpected text after a closing quote";
                return false;
            }
            continue;
        }
        if (c == ',') {
            record.push_back(std::move(field));
            field.clear();
            fieldStarted = true;
            ++i;
            continue;
        }
        if (c == '\r' || c == '\n') {
            endRecord();
            skipLineEnd();
            ++row;
            continue;
        }
        field += c;
        fieldStarted = true;
        ++i;
    }
    endRecord();
    // Records made only of empty fields (",,,") are blank lines too.
    std::size_t out = 0;
    for (std::size_t r = 0; r < records.size(); ++r) {
        const bool blank =
            std::all_of(records[r].begin(), records[r].end(), [](const std::string &f) { return trim(f).empty(); });
        if (blank)
            continue;
        if (out != r) {
            records[out] = std::move(records[r]);
            recordRows[out] = recordRows[r];
        }
        ++out;
    }
    records.resize(out);
    recordRows.resize(out);
    return true;
}

StudyCsvResult parseStudyCsv(std::string_view text, const std::string &fileName, std::optional<EffectMeasure> measure)
{
    StudyCsvResult result;
    auto fail = [&](InputError::Kind kind, std::size_t row, std::string column, std::string message) {
        result.error = makeError(kind, fileName, row, std::move(column), std::move(message));
        return result;
    };

    std::vector<std::vector<std::string>> records;
    std::vector<std::size_t> rows;
    InputError syntax;
    if (!splitCsv(text, records, rows, syntax)) {
        syntax.file = fileName;
        result.error = syntax;
        return result;
    }
    if (records.empty())
        return fail(InputError::Kind::NoStudies, 0, {}, "the file is empty (expected a header row and studies)");

    // Header.
    const std::size_t headerRow = rows[0];
    std::vector<std::string> names;
    std::vector<std::string> keys;
    for (const std::string &raw : records[0]) {
        if (!validUtf8(raw))
            return fail(InputError::Kind::BadValue, headerRow, {}, "the header is not valid UTF-8 text");
        std::string name = trim(raw);
        if (name.empty())
            return fail(InputError::Kind::Syntax, headerRow, {}, "a column of the header has no name");
        std::string key = lower(name);
        if (std::find(keys.begin(), keys.end(), key) != keys.end())
            return fail(InputError::Kind::Syntax, headerRow, name, "the column appears twice in the header");
        names.push_back(std::move(name));
        keys.push_back(std::move(key));
    }
    auto columnIndex = [&](std::string_view key) -> std::optional<std::size_t> {
        const auto it = std::find(keys.begin(), keys.end(), key);
        if (it == keys.end())
            return std::nullopt;
        return static_cast<std::size_t>(it - keys.begin());
    };

    const auto studyColumn = columnIndex("study");
    if (!studyColumn)
        return fail(
            InputError::Kind::MissingColumn, headerRow, "study", "missing column (every file needs a study column)");

    StudyDataKind kind = StudyDataKind::Binary;
    if (measure) {
        kind = dataKindFor(*measure);
    } else if (columnIndex("events_t")) {
        kind = StudyDataKind::Binary;
    } else if (columnIndex("mean_t")) {
        kind = StudyDataKind::Continuous;
    } else if (columnIndex("yi")) {
        kind = StudyDataKind::Generic;
    } else {
        return fail(InputError::Kind::MissingColumn, headerRow, {},
            "no data columns: expected events_t,n_t,events_c,n_c or mean_t,sd_t,n_t,mean_c,sd_c,n_c "
            "or yi,vi or yi,sei");
    }
    bool standardErrors = false;
    if (kind == StudyDataKind::Generic) {
        const bool hasVi = columnIndex("vi").has_value();
        const bool hasSei = columnIndex("sei").has_value();
        if (hasVi && hasSei)
            return fail(InputError::Kind::Syntax, headerRow, "sei", "give either vi or sei, not both");
        standardErrors = hasSei;
    }
    const Layout layout = layoutFor(kind, standardErrors);
    std::vector<std::size_t> dataColumns;
    for (const char *column : layout.columns) {
        const auto index = columnIndex(column);
        if (!index) {
            std::string needed;
            for (const char *c : layout.columns)
                needed += (needed.empty() ? "" : ",") + std::string(c);
            std::string why = measure ? "needed for measure " + std::string(stats::toString(*measure))
                                      : "needed with the other data columns";
            return fail(InputError::Kind::MissingColumn, headerRow, column,
                "missing column (" + why + "; expected " + needed + ")");
        }
        dataColumns.push_back(*index);
    }

    StudyTable table;
    table.file = fileName;
    table.kind = kind;
    table.standardErrors = standardErrors;
    std::vector<std::size_t> moderatorIndex;
    for (std::size_t j = 0; j < names.size(); ++j) {
        if (j == *studyColumn || std::find(dataColumns.begin(), dataColumns.end(), j) != dataColumns.end())
            continue;
        moderatorIndex.push_back(j);
        table.moderatorColumns.push_back(names[j]);
    }
    table.moderators.resize(moderatorIndex.size());

    for (std::size_t r = 1; r < records.size(); ++r) {
        const std::vector<std::string> &record = records[r];
        const std::size_t row = rows[r];
        if (record.size() != names.size())
            return fail(InputError::Kind::Syntax, row, {},
                "has " + std::to_string(record.size()) + " fields, the header has " + std::to_string(names.size()));
        for (std::size_t j = 0; j < record.size(); ++j) {
            if (!validUtf8(record[j]))
                return fail(InputError::Kind::BadValue, row, names[j], "not valid UTF-8 text (save the file as UTF-8)");
        }
        stats::Study study;
        study.label = trim(record[*studyColumn]);
        if (study.label.empty())
            return fail(InputError::Kind::BadValue, row, names[*studyColumn], "empty study label");

        std::vector<double> values;
        for (std::size_t c = 0; c < dataColumns.size(); ++c) {
            const std::string &column = names[dataColumns[c]];
            const std::string cell = trim(record[dataColumns[c]]);
            if (cell.empty())
                return fail(InputError::Kind::BadValue, row, column, "empty cell (a number is needed)");
            double value = 0;
            const char *begin = cell.data();
            const char *end = cell.data() + cell.size();
            if (*begin == '+')
                ++begin;
            const auto [ptr, ec] = std::from_chars(begin, end, value);
            if (ec != std::errc() || ptr != end || !std::isfinite(value))
                return fail(InputError::Kind::BadValue, row, column, "'" + cell + "' is not a number");
            values.push_back(value);
        }
        auto bad = [&](std::size_t c, const std::string &message) {
            return fail(InputError::Kind::BadValue, row, names[dataColumns[c]], message);
        };
        switch (kind) {
        case StudyDataKind::Binary: {
            const stats::BinaryArms a { values[0], values[1], values[2], values[3] };
            if (a.nT < 1)
                return bad(1, "n_t must be at least 1, got " + shown(a.nT));
            if (a.nC < 1)
                return bad(3, "n_c must be at least 1, got " + shown(a.nC));
            if (a.eventsT < 0)
                return bad(0, "events_t must not be negative, got " + shown(a.eventsT));
            if (a.eventsC < 0)
                return bad(2, "events_c must not be negative, got " + shown(a.eventsC));
            if (a.eventsT > a.nT)
                return bad(1, "events_t (" + shown(a.eventsT) + ") exceeds n_t (" + shown(a.nT) + ")");
            if (a.eventsC > a.nC)
                return bad(3, "events_c (" + shown(a.eventsC) + ") exceeds n_c (" + shown(a.nC) + ")");
            study.data = a;
            break;
        }
        case StudyDataKind::Continuous: {
            const stats::ContinuousArms a { values[0], values[1], values[2], values[3], values[4], values[5] };
            if (!(a.sdT > 0))
                return bad(1, "sd_t must be positive, got " + shown(a.sdT));
            if (!(a.sdC > 0))
                return bad(4, "sd_c must be positive, got " + shown(a.sdC));
            if (a.nT < 1)
                return bad(2, "n_t must be at least 1, got " + shown(a.nT));
            if (a.nC < 1)
                return bad(5, "n_c must be at least 1, got " + shown(a.nC));
            if (measure == EffectMeasure::SMD && !(a.nT + a.nC > 3))
                return bad(5, "SMD needs n_t + n_c > 3 for Hedges' correction, got " + shown(a.nT + a.nC));
            study.data = a;
            break;
        }
        case StudyDataKind::Generic: {
            if (!(values[1] > 0))
                return bad(
                    1, std::string(standardErrors ? "sei" : "vi") + " must be positive, got " + shown(values[1]));
            study.data = stats::GenericEffect { values[0], standardErrors ? values[1] * values[1] : values[1] };
            break;
        }
        }
        table.studies.push_back(std::move(study));
        table.rows.push_back(row);
        for (std::size_t m = 0; m < moderatorIndex.size(); ++m)
            table.moderators[m].push_back(trim(record[moderatorIndex[m]]));
    }
    if (table.studies.empty())
        return fail(InputError::Kind::NoStudies, 0, {}, "no studies (the file has a header row only)");
    result.table = std::move(table);
    return result;
}

StudyCsvResult readStudyCsv(const std::filesystem::path &path, std::optional<EffectMeasure> measure)
{
    const std::string name = path.string();
    std::ifstream in(path, std::ios::binary);
    if (!in || std::filesystem::is_directory(path)) {
        StudyCsvResult result;
        result.error = makeError(InputError::Kind::CannotOpen, name, 0, {}, "cannot open the file for reading");
        return result;
    }
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return parseStudyCsv(text, name, measure);
}

} // namespace ee::io
