#pragma once

#include "core/store/editrecord.h"
#include "core/store/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace ee::store {

/// Row-level undo for a project file, after SQLite's own undo/redo recipe
/// (https://sqlite.org/undoredo.html): temporary triggers on every table
/// record, for each inserted, updated or deleted row, what puts it back. Old
/// values are copied into temporary shadow tables, column by column, so
/// numbers come back bit for bit (no text round trip). Cascaded deletes are
/// recorded too, so one entry span reverts a whole edit.
///
/// The triggers and log live in the connection's TEMP schema: nothing is
/// written to the file, and the log ends with the connection.
class UndoLog
{
public:
    /// Creates the log tables and triggers on `db` for every table of the main
    /// schema that has a rowid. `file` names the project in error messages.
    static Result<UndoLog> install(QSqlDatabase db, const QString &file);

    /// The number of the newest log entry ever made (0 before the first); new
    /// entries are numbered above it, even after entries were discarded.
    Result<qint64> head() const;

    /// Applies, newest first, what the entries in `record` say, inside the
    /// caller's transaction (foreign keys must be deferred by the caller).
    /// The entries are removed; the changes this makes are logged as new
    /// entries, which the caller reads with head() to redo.
    Status revert(const EditRecord &record);

    /// Drops the entries in `record` (an edit that can no longer be undone).
    Status discard(const EditRecord &record);

private:
    struct Table {
        QString name;
        QStringList columns;
        bool rowidAlias = false; ///< the table's INTEGER PRIMARY KEY is its rowid
    };

    UndoLog(QSqlDatabase db, QString file, std::vector<Table> tables);
    const Table *table(const QString &name) const;
    StoreError sqlError(const QString &what, const QString &reason) const;

    QSqlDatabase m_db;
    QString m_file;
    std::vector<Table> m_tables;
};

} // namespace ee::store
