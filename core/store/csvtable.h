#pragma once

#include "core/store/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ee::store {

/// A CSV file read into memory (RFC 4180: comma-separated, fields with commas,
/// quotes or line breaks enclosed in double quotes, "" for a quote; CRLF or LF
/// line ends; UTF-8 with or without a byte-order mark; first record = header).
class CsvTable
{
public:
    /// Parses `data`. Fails, naming `fileName` and the row, on invalid UTF-8,
    /// a NUL byte, a stray or unterminated quote, a row with a different number
    /// of fields than the header, an empty or duplicate header name.
    /// Blank lines are skipped.
    static Result<CsvTable> parse(const QByteArray &data, const QString &fileName);

    /// A table built in memory (e.g. a CSV with its columns renamed).
    /// `rowNumbers` gives the file line of each row (same length as `rows`);
    /// every row must have as many fields as `header`.
    static CsvTable fromRows(const QString &fileName, const QStringList &header, const QList<QStringList> &rows,
        const QList<int> &rowNumbers);

    /// Reads and parses a file.
    static Result<CsvTable> read(const QString &path);

    /// Writes a header and rows as RFC 4180 text (LF line ends, quoting only
    /// where needed).
    static QByteArray write(const QStringList &header, const QList<QStringList> &rows);

    const QString &fileName() const { return m_fileName; }
    const QStringList &header() const { return m_header; }
    qsizetype rowCount() const { return m_rows.size(); }
    const QStringList &row(qsizetype i) const { return m_rows[i]; }
    /// The line of the file where data row i starts (the header is line 1), as
    /// an editor or spreadsheet shows it when no field spans lines.
    int rowNumber(qsizetype i) const { return m_rowNumbers[i]; }
    /// Index of a header name, or -1.
    qsizetype columnIndex(const QString &name) const { return m_header.indexOf(name); }
    /// The cell of row i in the named column (trimmed), or an empty string if
    /// the column is absent.
    QString value(qsizetype i, const QString &column) const;

private:
    QString m_fileName;
    QStringList m_header;
    QList<QStringList> m_rows;
    QList<int> m_rowNumbers;
};

} // namespace ee::store
