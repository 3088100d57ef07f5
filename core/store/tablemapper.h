#pragma once

// Internal to the store: maps a plain struct to a table, one column per member,
// so every table is read and written by the same few lines of code.

#include "core/store/ids.h"
#include "core/store/result.h"
#include "core/store/storeenums.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>
#include <type_traits>
#include <vector>

namespace ee::store::detail {

inline QVariant toVariant(const QString &value)
{
    // Empty text is stored as '' (the columns are NOT NULL DEFAULT '').
    return value.isNull() ? QString(QLatin1String("")) : value;
}
inline bool fromVariant(const QVariant &value, QString &out)
{
    out = value.isNull() ? QString() : value.toString();
    return true;
}

inline QVariant toVariant(int value)
{
    return value;
}
inline bool fromVariant(const QVariant &value, int &out)
{
    bool ok = false;
    out = value.toInt(&ok);
    return ok;
}

inline QVariant toVariant(bool value)
{
    return value ? 1 : 0;
}
inline bool fromVariant(const QVariant &value, bool &out)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    out = number != 0;
    return ok && (number == 0 || number == 1);
}

inline QVariant toVariant(qint64 value)
{
    return value;
}
inline bool fromVariant(const QVariant &value, qint64 &out)
{
    bool ok = false;
    out = value.toLongLong(&ok);
    return ok;
}

inline QVariant toVariant(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}
inline bool fromVariant(const QVariant &value, std::optional<int> &out)
{
    if (value.isNull()) {
        out.reset();
        return true;
    }
    bool ok = false;
    out = value.toInt(&ok);
    return ok;
}

inline QVariant toVariant(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}
inline bool fromVariant(const QVariant &value, std::optional<double> &out)
{
    if (value.isNull()) {
        out.reset();
        return true;
    }
    bool ok = false;
    out = value.toDouble(&ok);
    return ok;
}

inline QVariant toVariant(const QStringList &value)
{
    if (value.isEmpty())
        return QString(QLatin1String(""));
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(value)).toJson(QJsonDocument::Compact));
}
inline bool fromVariant(const QVariant &value, QStringList &out)
{
    out.clear();
    const QString text = value.toString();
    if (text.isEmpty())
        return true;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isArray())
        return false;
    for (const QJsonValue &item : document.array()) {
        if (!item.isString())
            return false;
        out << item.toString();
    }
    return true;
}

template<typename Tag> QVariant toVariant(Id<Tag> id)
{
    return id.isValid() ? QVariant(id.value) : QVariant();
}
template<typename Tag> bool fromVariant(const QVariant &value, Id<Tag> &out)
{
    if (value.isNull()) {
        out = Id<Tag>();
        return true;
    }
    bool ok = false;
    out = Id<Tag>(value.toLongLong(&ok));
    return ok;
}

template<typename E>
requires std::is_enum_v<E> QVariant toVariant(E value)
{
    return static_cast<int>(value);
}
template<typename E>
requires std::is_enum_v<E>
bool fromVariant(const QVariant &value, E &out)
{
    bool ok = false;
    const std::optional<E> known = fromInt<E>(value.toInt(&ok));
    if (!ok || !known)
        return false;
    out = *known;
    return true;
}

template<typename T> struct ColumnSpec {
    QString name;
    std::function<QVariant(const T &)> get;
    std::function<bool(T &, const QVariant &)> set;
};

template<typename T, typename M> ColumnSpec<T> column(const char *name, M T::*member)
{
    return { QString::fromLatin1(name), [member](const T &object) { return toVariant(object.*member); },
        [member](T &object, const QVariant &value) { return fromVariant(value, object.*member); } };
}

/// A table and how a struct maps to it. `idColumn` is the INTEGER PRIMARY KEY
/// (empty for tables keyed by their columns, which are written with an upsert
/// on `conflictKey`).
template<typename T> struct TableSpec {
    QString table;
    QString idColumn;
    std::function<qint64(const T &)> getId;
    std::function<void(T &, qint64)> setId;
    std::vector<ColumnSpec<T>> columns;
    QStringList conflictKey;
    QString orderBy;
};

template<typename T> QString columnList(const TableSpec<T> &spec, bool withId)
{
    QStringList names;
    if (withId && !spec.idColumn.isEmpty())
        names << spec.idColumn;
    for (const ColumnSpec<T> &c : spec.columns)
        names << c.name;
    return names.join(QStringLiteral(", "));
}

/// Inserts `object` (its id, if any, is assigned by SQLite) or, for tables
/// without an id column, inserts or updates the row with the same key.
/// Returns the new rowid, or the SQL error text.
template<typename T>
std::optional<QString> insertRow(QSqlDatabase &db, const TableSpec<T> &spec, const T &object, qint64 *newId)
{
    QStringList placeholders;
    for (std::size_t i = 0; i < spec.columns.size(); ++i)
        placeholders << QStringLiteral("?");
    QString sql = QStringLiteral("INSERT INTO ") + spec.table + QStringLiteral(" (") + columnList(spec, false)
        + QStringLiteral(") VALUES (") + placeholders.join(QStringLiteral(", ")) + QLatin1Char(')');
    if (!spec.conflictKey.isEmpty()) {
        QStringList updates;
        for (const ColumnSpec<T> &c : spec.columns) {
            if (!spec.conflictKey.contains(c.name))
                updates << c.name + QStringLiteral(" = excluded.") + c.name;
        }
        sql += QStringLiteral(" ON CONFLICT (") + spec.conflictKey.join(QStringLiteral(", ")) + QStringLiteral(") ");
        sql += updates.isEmpty() ? QStringLiteral("DO NOTHING")
                                 : QStringLiteral("DO UPDATE SET ") + updates.join(QStringLiteral(", "));
    }
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return query.lastError().text();
    for (const ColumnSpec<T> &c : spec.columns)
        query.addBindValue(c.get(object));
    if (!query.exec())
        return query.lastError().text();
    if (newId)
        *newId = query.lastInsertId().toLongLong();
    return std::nullopt;
}

/// Updates the row with the object's id. Returns the SQL error text, or
/// "no row" when the id is not in the table.
template<typename T> std::optional<QString> updateRow(QSqlDatabase &db, const TableSpec<T> &spec, const T &object)
{
    QStringList assignments;
    for (const ColumnSpec<T> &c : spec.columns)
        assignments << c.name + QStringLiteral(" = ?");
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("UPDATE ") + spec.table + QStringLiteral(" SET ")
            + assignments.join(QStringLiteral(", ")) + QStringLiteral(" WHERE ") + spec.idColumn
            + QStringLiteral(" = ?")))
        return query.lastError().text();
    for (const ColumnSpec<T> &c : spec.columns)
        query.addBindValue(c.get(object));
    query.addBindValue(spec.getId(object));
    if (!query.exec())
        return query.lastError().text();
    if (query.numRowsAffected() == 0)
        return QStringLiteral("no row");
    return std::nullopt;
}

/// Reads every row (optionally filtered by a WHERE clause with bound values).
template<typename T>
Result<QList<T>> selectRows(QSqlDatabase &db, const TableSpec<T> &spec, const QString &file, const QString &where = {},
    const QVariantList &bind = {})
{
    QString sql = QStringLiteral("SELECT ") + columnList(spec, true) + QStringLiteral(" FROM ") + spec.table;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    if (!spec.orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + spec.orderBy;
    else if (!spec.idColumn.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + spec.idColumn;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return StoreError(
            StoreErrorCode::Sql, storeTr("cannot read table %1: %2").arg(spec.table, query.lastError().text()), file);
    for (const QVariant &value : bind)
        query.addBindValue(value);
    if (!query.exec())
        return StoreError(
            StoreErrorCode::Sql, storeTr("cannot read table %1: %2").arg(spec.table, query.lastError().text()), file);
    QList<T> rows;
    const int offset = spec.idColumn.isEmpty() ? 0 : 1;
    while (query.next()) {
        T object {};
        if (offset)
            spec.setId(object, query.value(0).toLongLong());
        for (std::size_t i = 0; i < spec.columns.size(); ++i) {
            const QVariant value = query.value(static_cast<int>(i) + offset);
            if (!spec.columns[i].set(object, value)) {
                return StoreError(StoreErrorCode::Corrupt,
                    storeTr("table %1, column %2 holds a value this version does not know: '%3'")
                        .arg(spec.table, spec.columns[i].name, value.toString()),
                    file);
            }
        }
        rows.append(std::move(object));
    }
    if (query.lastError().isValid())
        return StoreError(
            StoreErrorCode::Sql, storeTr("cannot read table %1: %2").arg(spec.table, query.lastError().text()), file);
    return rows;
}

} // namespace ee::store::detail
