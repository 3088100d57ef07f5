#pragma once

#include "core/store/result.h"

#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace ee::store {

/// One forward step of the schema: the SQL that takes a file from the previous
/// version to `toVersion`.
struct Migration {
    int toVersion = 0;
    QString description;
    QStringList statements;
};

/// The SQLite schema of a project file. The file says what it is with
/// `PRAGMA application_id` and which schema it has with `PRAGMA user_version`.
class StoreSchema
{
public:
    /// The schema this build writes.
    static constexpr int currentVersion = 1;
    /// 'EEXP': marks an SQLite file as an Evidence Explorer project.
    static constexpr int applicationId = 0x45455850;

    /// The built-in migrations, in order; version 1 creates the schema.
    static const QList<Migration> &migrations();

    /// Applies every migration whose toVersion is above `fromVersion`, in one
    /// transaction (BEGIN IMMEDIATE ... COMMIT). On any failure the transaction
    /// is rolled back, the file keeps its old version, and the error names the
    /// failing step. `file` is only used in messages.
    static Status migrate(QSqlDatabase &db, int fromVersion, const QList<Migration> &steps, const QString &file);
};

} // namespace ee::store
