#include "core/store/csvtable.h"

#include <QFile>
#include <QStringDecoder>

namespace ee::store {

Result<CsvTable> CsvTable::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StoreError(StoreErrorCode::Io, storeTr("cannot be read: %1").arg(file.errorString()), path);
    return parse(file.readAll(), path);
}

Result<CsvTable> CsvTable::parse(const QByteArray &data, const QString &fileName)
{
    auto fail = [&fileName](int row, const QString &reason) {
        StoreError error(StoreErrorCode::InvalidInput, storeTr("is not a valid CSV file"), fileName);
        error.setRowErrors({ { row, QString(), reason } });
        return error;
    };
    if (data.contains('\0'))
        return fail(1, storeTr("the file contains a NUL byte; it is not a text file"));

    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        return fail(1, storeTr("the file is not valid UTF-8 text"));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    CsvTable table;
    table.m_fileName = fileName;
    QList<QStringList> records;
    QList<int> recordNumbers;

    QStringList fields;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool recordHasContent = false;
    int line = 1; // physical line being read
    int recordLine = 1; // line where the current record starts
    const qsizetype length = text.size();

    auto endField = [&]() {
        fields << field;
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&]() {
        endField();
        const bool blank = !recordHasContent && fields.size() == 1 && fields.front().isEmpty();
        if (!blank) {
            records << fields;
            recordNumbers << recordLine;
        }
        fields.clear();
        recordHasContent = false;
        recordLine = line;
    };

    for (qsizetype i = 0; i < length; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < length && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n')
                    || (c == QLatin1Char('\r') && !(i + 1 < length && text[i + 1] == QLatin1Char('\n'))))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted)
                return fail(recordLine,
                    storeTr("a quote inside an unquoted field (enclose the field in quotes and double the quote)"));
            inQuotes = true;
            fieldWasQuoted = true;
            recordHasContent = true;
        } else if (c == QLatin1Char(',')) {
            endField();
            recordHasContent = true;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < length && text[i + 1] == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord();
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else {
            if (fieldWasQuoted)
                return fail(recordLine, storeTr("text after the closing quote of a field"));
            field += c;
            recordHasContent = true;
        }
    }
    if (inQuotes)
        return fail(recordLine, storeTr("a quoted field is not closed before the end of the file"));
    if (recordHasContent || !field.isEmpty() || !fields.isEmpty())
        endRecord();

    if (records.isEmpty())
        return fail(1, storeTr("the file is empty; a header row is required"));
    table.m_header = records.takeFirst();
    recordNumbers.takeFirst();
    for (int c = 0; c < table.m_header.size(); ++c) {
        table.m_header[c] = table.m_header[c].trimmed();
        if (table.m_header[c].isEmpty())
            return fail(1, storeTr("header column %1 has no name").arg(c + 1));
        for (int before = 0; before < c; ++before) {
            if (table.m_header[before] == table.m_header[c])
                return fail(1, storeTr("column '%1' appears twice in the header").arg(table.m_header[c]));
        }
    }
    QList<RowError> ragged;
    for (int r = 0; r < records.size(); ++r) {
        if (records[r].size() != table.m_header.size()) {
            ragged.append({ recordNumbers[r], QString(),
                storeTr("%1 fields, but the header has %2").arg(records[r].size()).arg(table.m_header.size()) });
        }
    }
    if (!ragged.isEmpty()) {
        StoreError error(StoreErrorCode::InvalidInput, storeTr("is not a valid CSV file"), fileName);
        error.setRowErrors(ragged);
        return error;
    }
    table.m_rows = std::move(records);
    table.m_rowNumbers = std::move(recordNumbers);
    return table;
}

CsvTable CsvTable::fromRows(
    const QString &fileName, const QStringList &header, const QList<QStringList> &rows, const QList<int> &rowNumbers)
{
    Q_ASSERT(rows.size() == rowNumbers.size());
    CsvTable table;
    table.m_fileName = fileName;
    table.m_header = header;
    table.m_rows = rows;
    table.m_rowNumbers = rowNumbers;
    return table;
}

QString CsvTable::value(qsizetype i, const QString &column) const
{
    const qsizetype c = columnIndex(column);
    if (c < 0)
        return {};
    return m_rows[i][c].trimmed();
}

QByteArray CsvTable::write(const QStringList &header, const QList<QStringList> &rows)
{
    auto escape = [](const QString &value) -> QString {
        if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
            || value.contains(QLatin1Char('\r'))) {
            QString quoted = value;
            quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
            return QLatin1Char('"') + quoted + QLatin1Char('"');
        }
        return value;
    };
    QString out;
    auto writeRecord = [&](const QStringList &fields) {
        for (int i = 0; i < fields.size(); ++i) {
            if (i)
                out += QLatin1Char(',');
            out += escape(fields[i]);
        }
        out += QLatin1Char('\n');
    };
    writeRecord(header);
    for (const QStringList &row : rows)
        writeRecord(row);
    return out.toUtf8();
}

} // namespace ee::store
