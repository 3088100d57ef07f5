#include "core/store/undolog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ee::store {

namespace {

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QString shadowName(const QString &table)
{
    return QStringLiteral("ee_undo_") + table;
}

QString joined(const QStringList &columns, const QString &prefix = {})
{
    QStringList parts;
    for (const QString &column : columns)
        parts << prefix + quoted(column);
    return parts.join(QStringLiteral(", "));
}

} // namespace

UndoLog::UndoLog(QSqlDatabase db, QString file, std::vector<Table> tables)
    : m_db(std::move(db))
    , m_file(std::move(file))
    , m_tables(std::move(tables))
{ }

StoreError UndoLog::sqlError(const QString &what, const QString &reason) const
{
    return StoreError(StoreErrorCode::Sql, what + QStringLiteral(": ") + reason, m_file);
}

Result<UndoLog> UndoLog::install(QSqlDatabase db, const QString &file)
{
    auto fail = [&file](const QString &what, const QSqlQuery &query) {
        return StoreError(StoreErrorCode::Sql, what + QStringLiteral(": ") + query.lastError().text(), file);
    };
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name FROM main.sqlite_schema WHERE type = 'table' "
                                   "AND name NOT LIKE 'sqlite_%' ORDER BY name")))
        return fail(storeTr("cannot list the tables for the undo log"), query);
    QStringList names;
    while (query.next())
        names << query.value(0).toString();

    std::vector<Table> tables;
    for (const QString &name : names) {
        QSqlQuery info(db);
        // WITHOUT ROWID tables (the project's key/value settings) are not
        // edited by the forms; they have no rowid to address a row by.
        if (!info.exec(QStringLiteral("SELECT sql FROM main.sqlite_schema WHERE name = '%1'").arg(name))
            || !info.next())
            return fail(storeTr("cannot read the definition of table %1").arg(name), info);
        if (info.value(0).toString().contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive))
            continue;
        if (!info.exec(QStringLiteral("PRAGMA main.table_info(%1)").arg(quoted(name))))
            return fail(storeTr("cannot read the columns of table %1").arg(name), info);
        Table table;
        table.name = name;
        int primaryKeys = 0;
        bool integerKey = false;
        while (info.next()) {
            table.columns << info.value(1).toString();
            if (info.value(5).toInt() > 0) {
                ++primaryKeys;
                integerKey = info.value(2).toString().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
            }
        }
        table.rowidAlias = primaryKeys == 1 && integerKey;
        tables.push_back(table);
    }

    QStringList statements {
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS ee_undo (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "tbl TEXT NOT NULL, op TEXT NOT NULL, rid INTEGER NOT NULL)"),
    };
    // Trigger bodies may not qualify table names; unqualified names find the
    // TEMP schema first.
    const QString newest = QStringLiteral("(SELECT max(seq) FROM ee_undo)");
    for (const Table &table : tables) {
        const QString shadow = shadowName(table.name);
        const QString columns = joined(table.columns);
        const QString oldValues = joined(table.columns, QStringLiteral("old."));
        statements << QStringLiteral(
            "CREATE TEMP TABLE IF NOT EXISTS %1 AS SELECT NULL AS ee_seq, %2 FROM main.%3 WHERE 0")
                          .arg(quoted(shadow), columns, quoted(table.name))
                   << QStringLiteral("CREATE INDEX IF NOT EXISTS temp.%1 ON %2(ee_seq)")
                          .arg(quoted(shadow + QStringLiteral("_seq")), quoted(shadow))
                   << QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS %1 AFTER INSERT ON main.%2 BEGIN "
                                     "INSERT INTO ee_undo(tbl, op, rid) VALUES('%3', 'I', new.rowid); END")
                          .arg(quoted(shadow + QStringLiteral("_i")), quoted(table.name), table.name)
                   << QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS %1 AFTER UPDATE ON main.%2 BEGIN "
                                     "INSERT INTO ee_undo(tbl, op, rid) VALUES('%3', 'U', old.rowid); "
                                     "INSERT INTO %4(ee_seq, %5) VALUES(%6, %7); END")
                          .arg(quoted(shadow + QStringLiteral("_u")), quoted(table.name), table.name, quoted(shadow),
                              columns, newest, oldValues)
                   << QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS %1 BEFORE DELETE ON main.%2 BEGIN "
                                     "INSERT INTO ee_undo(tbl, op, rid) VALUES('%3', 'D', old.rowid); "
                                     "INSERT INTO %4(ee_seq, %5) VALUES(%6, %7); END")
                          .arg(quoted(shadow + QStringLiteral("_d")), quoted(table.name), table.name, quoted(shadow),
                              columns, newest, oldValues);
    }
    // Rows replaced by an upsert or INSERT OR REPLACE fire delete triggers
    // only with recursive triggers on.
    statements << QStringLiteral("PRAGMA recursive_triggers = ON");
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return fail(storeTr("cannot set up the undo log"), query);
    }
    return UndoLog(db, file, std::move(tables));
}

const UndoLog::Table *UndoLog::table(const QString &name) const
{
    for (const Table &candidate : m_tables) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

Result<qint64> UndoLog::head() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT coalesce((SELECT seq FROM temp.sqlite_sequence WHERE name = 'ee_undo'), 0)"))
        || !query.next())
        return sqlError(storeTr("cannot read the undo log"), query.lastError().text());
    return query.value(0).toLongLong();
}

Status UndoLog::revert(const EditRecord &record)
{
    if (record.isEmpty())
        return {};
    struct Entry {
        qint64 seq;
        QString table;
        QString op;
        qint64 rowid;
    };
    std::vector<Entry> entries;
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT seq, tbl, op, rid FROM temp.ee_undo WHERE seq BETWEEN ? AND ? "
                                     "ORDER BY seq DESC"));
        query.addBindValue(record.first);
        query.addBindValue(record.last);
        if (!query.exec())
            return sqlError(storeTr("cannot read the undo log"), query.lastError().text());
        while (query.next())
            entries.push_back({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                query.value(3).toLongLong() });
    }
    if (entries.size() != static_cast<std::size_t>(record.last - record.first + 1))
        return sqlError(storeTr("cannot undo"), storeTr("the undo log no longer holds this edit"));

    for (const Entry &entry : entries) {
        const Table *spec = table(entry.table);
        if (!spec)
            return sqlError(storeTr("cannot undo"), storeTr("unknown table %1 in the undo log").arg(entry.table));
        const QString target = QStringLiteral("main.") + quoted(spec->name);
        const QString shadow = QStringLiteral("temp.") + quoted(shadowName(spec->name));
        const QString columns = joined(spec->columns);
        QSqlQuery query(m_db);
        if (entry.op == QLatin1String("I")) {
            query.prepare(QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(target));
            query.addBindValue(entry.rowid);
        } else if (entry.op == QLatin1String("U")) {
            query.prepare(QStringLiteral("UPDATE %1 SET (%2) = (SELECT %2 FROM %3 WHERE ee_seq = ?) WHERE rowid = ?")
                              .arg(target, columns, shadow));
            query.addBindValue(entry.seq);
            query.addBindValue(entry.rowid);
        } else {
            if (spec->rowidAlias) {
                query.prepare(QStringLiteral("INSERT INTO %1(%2) SELECT %2 FROM %3 WHERE ee_seq = ?")
                                  .arg(target, columns, shadow));
            } else {
                query.prepare(QStringLiteral("INSERT INTO %1(rowid, %2) SELECT ?, %2 FROM %3 WHERE ee_seq = ?")
                                  .arg(target, columns, shadow));
                query.addBindValue(entry.rowid);
            }
            query.addBindValue(entry.seq);
        }
        if (!query.exec())
            return sqlError(storeTr("cannot undo the change to table %1").arg(spec->name), query.lastError().text());
    }
    return discard(record);
}

Status UndoLog::discard(const EditRecord &record)
{
    if (record.isEmpty())
        return {};
    QSqlQuery query(m_db);
    for (const Table &spec : m_tables) {
        query.prepare(
            QStringLiteral("DELETE FROM temp.%1 WHERE ee_seq BETWEEN ? AND ?").arg(quoted(shadowName(spec.name))));
        query.addBindValue(record.first);
        query.addBindValue(record.last);
        if (!query.exec())
            return sqlError(storeTr("cannot trim the undo log"), query.lastError().text());
    }
    query.prepare(QStringLiteral("DELETE FROM temp.ee_undo WHERE seq BETWEEN ? AND ?"));
    query.addBindValue(record.first);
    query.addBindValue(record.last);
    if (!query.exec())
        return sqlError(storeTr("cannot trim the undo log"), query.lastError().text());
    return {};
}

} // namespace ee::store
