#pragma once

#include <QList>
#include <QString>

namespace ee::store {

/// What kind of failure a StoreError reports, so callers can react without
/// parsing the message.
enum class StoreErrorCode : int {
    Io = 1, ///< the file could not be read, written, created or copied
    NotADatabase = 2, ///< not an SQLite file at all, or truncated before its header ends
    Corrupt = 3, ///< an SQLite file that fails the integrity check
    ForeignFile = 4, ///< a valid SQLite file that is not an Evidence Explorer project
    NewerVersion = 5, ///< written by a newer Evidence Explorer; left untouched
    MigrationFailed = 6,
    ReadOnly = 7, ///< a write was attempted on a store opened read-only
    Constraint = 8, ///< a value breaks a rule of the schema (range, uniqueness, reference)
    NotFound = 9, ///< an id or label that is not in the store
    InvalidInput = 10, ///< a CSV or argument that cannot be imported; see rowErrors
    Sql = 11, ///< any other database error
};

/// One rejected cell or row of an imported file: 1-based row as a spreadsheet
/// shows it (the header is row 1), the column name and the reason.
struct RowError {
    int row = 0;
    QString column;
    QString reason;
    bool operator==(const RowError &) const = default;
};

/// A recoverable store or I/O failure. The message is translated and names the
/// file, and where relevant the row and column, so it can be shown as is.
class StoreError
{
public:
    StoreError() = default;
    StoreError(StoreErrorCode code, QString message, QString file = {});

    StoreErrorCode code() const { return m_code; }
    /// The translated message, without the file name.
    const QString &message() const { return m_message; }
    /// The file the error is about (may be empty for in-memory stores).
    const QString &file() const { return m_file; }
    /// Per-row problems of an import; empty for other errors.
    const QList<RowError> &rowErrors() const { return m_rowErrors; }
    void setRowErrors(QList<RowError> errors) { m_rowErrors = std::move(errors); }

    /// "FILE: message", followed by one line per row error
    /// ("FILE:ROW: column 'X': reason").
    QString text() const;

private:
    StoreErrorCode m_code = StoreErrorCode::Sql;
    QString m_message;
    QString m_file;
    QList<RowError> m_rowErrors;
};

/// Translates a store message; the context is "ee::store".
QString storeTr(const char *text);

} // namespace ee::store
