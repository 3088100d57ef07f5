#pragma once

// Reader of study tables in the CSV format of `evidence-cli pool` (RFC 4180,
// UTF-8, optional byte-order mark, header row):
//
//   study, events_t, n_t, events_c, n_c           dichotomous outcome
//   study, mean_t, sd_t, n_t, mean_c, sd_c, n_c   continuous outcome
//   study, yi, vi    or    study, yi, sei          generic effect
//
// Every other column is a moderator (kept as text). Header names are matched
// case-insensitively. Plain C++ (no Qt), so the engine's users can share it.

#include "core/stats/study.h"
#include "core/stats/types.h"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ee::io {

/// Which data columns a study table holds.
enum class StudyDataKind : int {
    Binary = 0, ///< events_t, n_t, events_c, n_c
    Continuous = 1, ///< mean_t, sd_t, n_t, mean_c, sd_c, n_c
    Generic = 2, ///< yi with vi or sei
};

/// The data kind a measure needs (OR/RR/RD binary, MD/SMD continuous, GEN generic).
StudyDataKind dataKindFor(stats::EffectMeasure measure);

/// What went wrong reading an input file, with where. Rows are counted as a
/// spreadsheet shows them: the header is row 1, the first study row 2 (a quoted
/// field spanning lines still counts as one row).
struct InputError {
    enum class Kind : int {
        CannotOpen = 0,
        Syntax = 1, ///< malformed CSV (unterminated quote, wrong field count, ...)
        MissingColumn = 2, ///< a column the measure needs is absent
        BadValue = 3, ///< a cell is empty, not a number or out of range
        NoStudies = 4, ///< the file holds no study rows
    };
    Kind kind = Kind::Syntax;
    std::string file; ///< file name as given
    std::size_t row = 0; ///< 0 when the error concerns the whole file
    std::string column; ///< empty when no particular column
    std::string message;

    /// "trials.csv: row 4, column n_t: events_t (12) exceeds n_t (10)"
    std::string text() const;
};

/// Studies read from a file, in file order.
struct StudyTable {
    std::string file;
    StudyDataKind kind = StudyDataKind::Binary;
    bool standardErrors = false; ///< Generic tables: the file gave sei (vi = sei²)
    std::vector<stats::Study> studies;
    std::vector<std::size_t> rows; ///< file row of each study
    std::vector<std::string> moderatorColumns;
    std::vector<std::vector<std::string>> moderators; ///< [moderator column][study], trimmed text

    /// Values of a moderator column (matched case-insensitively), or nullptr.
    const std::vector<std::string> *moderator(std::string_view column) const;
};

/// Either a table or the error that stopped reading.
struct StudyCsvResult {
    std::optional<StudyTable> table;
    std::optional<InputError> error;
    bool ok() const { return table.has_value(); }
};

/// Parses CSV text. `fileName` only labels messages. With a measure, the columns
/// it needs are required and its constraints checked (e.g. SMD needs n_t + n_c > 3);
/// without, the kind is taken from the header (events, then means, then yi).
/// Checks: counts >= 0, events <= n, n >= 1, sd > 0, vi > 0, sei > 0, finite numbers.
StudyCsvResult parseStudyCsv(
    std::string_view text, const std::string &fileName, std::optional<stats::EffectMeasure> measure = std::nullopt);

/// Reads and parses a file (see parseStudyCsv).
StudyCsvResult readStudyCsv(
    const std::filesystem::path &path, std::optional<stats::EffectMeasure> measure = std::nullopt);

/// Splits RFC 4180 text into records of fields (quoted fields, "" escapes, CRLF,
/// LF or CR line ends, embedded line breaks; a leading UTF-8 byte-order mark is
/// skipped). Blank lines are skipped. On malformed input returns false and sets
/// `error` (file left empty) with the row number.
bool splitCsv(std::string_view text, std::vector<std::vector<std::string>> &records,
    std::vector<std::size_t> &recordRows, InputError &error);

} // namespace ee::io
