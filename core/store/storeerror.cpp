#include "core/store/storeerror.h"

#include <QCoreApplication>

namespace ee::store {

StoreError::StoreError(StoreErrorCode code, QString message, QString file)
    : m_code(code)
    , m_message(std::move(message))
    , m_file(std::move(file))
{ }

QString StoreError::text() const
{
    QString result = m_file.isEmpty() ? m_message : m_file + QStringLiteral(": ") + m_message;
    for (const RowError &error : m_rowErrors) {
        result += QLatin1Char('\n');
        if (!m_file.isEmpty())
            result += m_file + QLatin1Char(':');
        result += QString::number(error.row) + QStringLiteral(": ");
        if (!error.column.isEmpty())
            result += storeTr("column '%1': ").arg(error.column);
        result += error.reason;
    }
    return result;
}

QString storeTr(const char *text)
{
    return QCoreApplication::translate("ee::store", text);
}

} // namespace ee::store
