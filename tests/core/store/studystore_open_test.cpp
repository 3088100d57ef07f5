// Opening project files: new, existing, read-only, and every kind of file that
// is not a project we can use. A refused file is never modified.
#include "core/store/storeschema.h"
#include "core/store/studystore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ee::store;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// Runs SQL on a file through a connection of its own (not the store's).
QVariant rawScalar(const QString &path, const QString &sql)
{
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                result = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return result;
}

void rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        for (const QString &sql : statements)
            ASSERT_TRUE(query.exec(sql)) << sql.toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QString makeProject(const QTemporaryDir &dir, const QString &name = QStringLiteral("p.evidence"))
{
    const QString path = dir.filePath(name);
    auto store = StudyStore::open(path, StudyStore::OpenMode::Create);
    EXPECT_TRUE(store.ok()) << store.error().text().toStdString();
    if (store) {
        Study s;
        s.label = QStringLiteral("Trial A 2020");
        EXPECT_TRUE(store.value()->addStudy(s).ok());
    }
    return path;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(StudyStoreOpen, CreatesAVersionedWalProjectWithForeignKeys)
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    EXPECT_EQ(rawScalar(path, QStringLiteral("PRAGMA application_id")).toInt(), StoreSchema::applicationId);
    EXPECT_EQ(rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), StoreSchema::currentVersion);
    EXPECT_EQ(rawScalar(path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));

    auto store = StudyStore::open(path, StudyStore::OpenMode::ReadWrite);
    ASSERT_TRUE(store.ok()) << store.error().text().toStdString();
    // Foreign keys are enforced: an arm of a study that does not exist is refused.
    Arm orphan;
    orphan.study = StudyId(999);
    orphan.label = QStringLiteral("T");
    auto added = store.value()->addArm(orphan);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code(), StoreErrorCode::Constraint);
    EXPECT_TRUE(added.error().text().contains(path));
}

TEST(StudyStoreOpen, ReopensWhatItWrote)
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    auto store = StudyStore::open(path, StudyStore::OpenMode::ReadOnly);
    ASSERT_TRUE(store.ok()) << store.error().text().toStdString();
    auto base = store.value()->load();
    ASSERT_TRUE(base.ok());
    ASSERT_EQ(base->studies.size(), 1);
    EXPECT_EQ(base->studies[0].label, QStringLiteral("Trial A 2020"));
    EXPECT_EQ(store.value()->integrityCheck().value(), QStringLiteral("ok"));
}

TEST(StudyStoreOpen, ReadOnlyStoreRefusesWrites)
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    auto store = StudyStore::open(path, StudyStore::OpenMode::ReadOnly);
    ASSERT_TRUE(store.ok());
    Study s;
    s.label = QStringLiteral("New");
    auto added = store.value()->addStudy(s);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code(), StoreErrorCode::ReadOnly);
    EXPECT_TRUE(added.error().message().contains(QStringLiteral("Save As")));
}

TEST(StudyStoreOpen, MissingFileIsAnErrorUnlessCreating)
{
    QTemporaryDir dir;
    auto store = StudyStore::open(dir.filePath(QStringLiteral("none.evidence")), StudyStore::OpenMode::ReadWrite);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code(), StoreErrorCode::Io);
    EXPECT_TRUE(store.error().text().contains(QStringLiteral("does not exist")));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.evidence"))));
}

TEST(StudyStoreOpen, TextFileIsNotADatabaseAndIsLeftUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.evidence"));
    const QByteArray content("study,year\nA,2020\nThis is a CSV file, not a database.\n");
    writeFile(path, content);
    for (auto mode :
        { StudyStore::OpenMode::ReadOnly, StudyStore::OpenMode::ReadWrite, StudyStore::OpenMode::Create }) {
        auto store = StudyStore::open(path, mode);
        ASSERT_FALSE(store.ok());
        EXPECT_EQ(store.error().code(), StoreErrorCode::NotADatabase);
        EXPECT_TRUE(store.error().text().startsWith(path));
        EXPECT_TRUE(store.error().message().contains(QStringLiteral("not an SQLite database")));
    }
    EXPECT_EQ(readFile(path), content);
}

TEST(StudyStoreOpen, TruncatedFilesGiveAClearErrorAndStayUntouched)
{
    QTemporaryDir dir;
    const QString good = makeProject(dir);
    {
        // Fold the WAL into the main file so the copy is self-contained.
        auto store = StudyStore::open(good, StudyStore::OpenMode::ReadWrite);
        ASSERT_TRUE(store.ok());
        ASSERT_TRUE(store.value()->finalizeForDistribution().ok());
    }
    const QByteArray bytes = readFile(good);
    ASSERT_GT(bytes.size(), 4096);
    for (const qsizetype length :
        { qsizetype(10), qsizetype(60), qsizetype(1024), bytes.size() / 2, bytes.size() - 1 }) {
        const QString path = dir.filePath(QStringLiteral("cut-%1.evidence").arg(length));
        writeFile(path, bytes.left(length));
        auto store = StudyStore::open(path, StudyStore::OpenMode::ReadWrite);
        ASSERT_FALSE(store.ok()) << "length " << length;
        EXPECT_TRUE(
            store.error().code() == StoreErrorCode::Corrupt || store.error().code() == StoreErrorCode::NotADatabase)
            << store.error().text().toStdString();
        EXPECT_TRUE(store.error().message().contains(QStringLiteral("truncated"))
            || store.error().message().contains(QStringLiteral("not an SQLite")))
            << store.error().text().toStdString();
        EXPECT_EQ(readFile(path), bytes.left(length));
    }
}

TEST(StudyStoreOpen, CorruptPagesAreDetectedWithoutACrash)
{
    QTemporaryDir dir;
    const QString good = makeProject(dir);
    {
        auto store = StudyStore::open(good, StudyStore::OpenMode::ReadWrite);
        ASSERT_TRUE(store.ok());
        for (int i = 0; i < 200; ++i) {
            Study s;
            s.label = QStringLiteral("Study %1").arg(i);
            s.notes = QString(200, QLatin1Char('x'));
            ASSERT_TRUE(store.value()->addStudy(s).ok());
        }
        ASSERT_TRUE(store.value()->finalizeForDistribution().ok());
    }
    const QByteArray bytes = readFile(good);
    int detected = 0;
    // Overwrite one page at a time (never the header) with garbage.
    const int pageSize = 4096;
    for (qsizetype offset = pageSize; offset + pageSize <= bytes.size(); offset += pageSize) {
        QByteArray damaged = bytes;
        for (int i = 0; i < pageSize; ++i)
            damaged[offset + i] = static_cast<char>((i * 131 + 7) & 0xff);
        const QString path = dir.filePath(QStringLiteral("bad-%1.evidence").arg(offset));
        writeFile(path, damaged);
        auto store = StudyStore::open(path, StudyStore::OpenMode::ReadOnly);
        if (!store.ok()) {
            ++detected;
            EXPECT_TRUE(store.error().code() == StoreErrorCode::Corrupt) << store.error().text().toStdString();
            EXPECT_TRUE(store.error().text().startsWith(path));
        } else {
            // Whatever opened must still load or fail cleanly.
            auto base = store.value()->load();
            if (!base.ok())
                ++detected;
        }
        EXPECT_EQ(readFile(path), damaged);
    }
    EXPECT_GT(detected, 0);
}

TEST(StudyStoreOpen, ForeignSqliteFileIsRefusedAndLeftUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    rawExec(path,
        { QStringLiteral("CREATE TABLE music (title TEXT)"),
            QStringLiteral("INSERT INTO music VALUES ('Goldberg Variations')") });
    const QByteArray before = readFile(path);
    for (auto mode :
        { StudyStore::OpenMode::ReadOnly, StudyStore::OpenMode::ReadWrite, StudyStore::OpenMode::Create }) {
        auto store = StudyStore::open(path, mode);
        ASSERT_FALSE(store.ok());
        EXPECT_EQ(store.error().code(), StoreErrorCode::ForeignFile);
        EXPECT_TRUE(store.error().message().contains(QStringLiteral("not an Evidence Explorer project")));
    }
    EXPECT_EQ(readFile(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(StudyStoreOpen, NewerSchemaIsRefusedAndLeftUntouched)
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    rawExec(path,
        { QStringLiteral("PRAGMA journal_mode = DELETE"),
            QStringLiteral("PRAGMA user_version = %1").arg(StoreSchema::currentVersion + 1) });
    const QByteArray before = fileHash(path);
    auto store = StudyStore::open(path, StudyStore::OpenMode::ReadWrite);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code(), StoreErrorCode::NewerVersion);
    EXPECT_TRUE(store.error().message().contains(QStringLiteral("newer version")));
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(rawScalar(path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
}

TEST(StudyStoreOpen, OlderSchemaIsUpgradedOnWritableOpenOnly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.evidence"));
    // A project file at schema 0: marked as ours, nothing created yet.
    rawExec(path, { QStringLiteral("PRAGMA application_id = %1").arg(StoreSchema::applicationId) });

    auto readOnly = StudyStore::open(path, StudyStore::OpenMode::ReadOnly);
    ASSERT_FALSE(readOnly.ok());
    EXPECT_TRUE(readOnly.error().message().contains(QStringLiteral("must be upgraded")));
    EXPECT_EQ(rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 0);

    auto store = StudyStore::open(path, StudyStore::OpenMode::ReadWrite);
    ASSERT_TRUE(store.ok()) << store.error().text().toStdString();
    EXPECT_EQ(rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), StoreSchema::currentVersion);
    Study s;
    s.label = QStringLiteral("After upgrade");
    EXPECT_TRUE(store.value()->addStudy(s).ok());
}

TEST(StudyStoreOpen, EmptyFileBecomesAProjectOnlyWhenWritable)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.evidence"));
    writeFile(path, QByteArray());
    auto readOnly = StudyStore::open(path, StudyStore::OpenMode::ReadOnly);
    ASSERT_FALSE(readOnly.ok());
    EXPECT_EQ(readOnly.error().code(), StoreErrorCode::NotADatabase);
    auto store = StudyStore::open(path, StudyStore::OpenMode::ReadWrite);
    ASSERT_TRUE(store.ok()) << store.error().text().toStdString();
    EXPECT_EQ(rawScalar(path, QStringLiteral("PRAGMA application_id")).toInt(), StoreSchema::applicationId);
}

TEST(StoreSchemaMigrate, FailingStepRollsBackEveryStep)
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("migrate"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        const QList<Migration> steps = {
            { 2, QStringLiteral("add a table"), { QStringLiteral("CREATE TABLE added_in_two (x INTEGER)") } },
            { 3, QStringLiteral("a broken step"), { QStringLiteral("ALTER TABLE no_such_table ADD COLUMN y") } },
        };
        Status result = StoreSchema::migrate(db, 1, steps, path);
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code(), StoreErrorCode::MigrationFailed);
        EXPECT_TRUE(result.error().message().contains(QStringLiteral("a broken step")));
        EXPECT_TRUE(result.error().message().contains(QStringLiteral("left at version 1")));
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        EXPECT_EQ(query.value(0).toInt(), 1);
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'added_in_two'"))
            && query.next());
        EXPECT_EQ(query.value(0).toInt(), 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("migrate"));
    auto store = StudyStore::open(path, StudyStore::OpenMode::ReadWrite);
    ASSERT_TRUE(store.ok());
    EXPECT_EQ(store.value()->load()->studies.size(), 1);
}

TEST(StoreSchemaMigrate, StepsApplyInOrderAndRecordTheVersion)
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("migrate"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        const QList<Migration> steps = {
            { 1, QStringLiteral("already applied"), { QStringLiteral("THIS IS NOT SQL") } },
            { 2, QStringLiteral("add a table"), { QStringLiteral("CREATE TABLE added_in_two (x INTEGER)") } },
            { 3, QStringLiteral("fill it"), { QStringLiteral("INSERT INTO added_in_two VALUES (3)") } },
        };
        ASSERT_TRUE(StoreSchema::migrate(db, 1, steps, path).ok());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        EXPECT_EQ(query.value(0).toInt(), 3);
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT x FROM added_in_two")) && query.next());
        EXPECT_EQ(query.value(0).toInt(), 3);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("migrate"));
}

TEST(StudyStoreSaveAs, CopiesAReadOnlyProjectToAWritableFile)
{
    QTemporaryDir dir;
    const QString original = makeProject(dir);
    {
        auto store = StudyStore::open(original, StudyStore::OpenMode::ReadWrite);
        ASSERT_TRUE(store.ok());
        ASSERT_TRUE(store.value()->finalizeForDistribution().ok());
    }
    QFile::setPermissions(original, QFileDevice::ReadOwner);
    const QByteArray before = fileHash(original);

    auto readOnly = StudyStore::open(original, StudyStore::OpenMode::ReadOnly);
    ASSERT_TRUE(readOnly.ok()) << readOnly.error().text().toStdString();
    // (root may write a read-only file, so the refusal is checked for others only.)
    if (!QFileInfo(original).isWritable()) {
        auto writable = StudyStore::open(original, StudyStore::OpenMode::ReadWrite);
        ASSERT_FALSE(writable.ok());
        EXPECT_EQ(writable.error().code(), StoreErrorCode::ReadOnly);
    }

    const QString copy = dir.filePath(QStringLiteral("mine/copy.evidence"));
    Status saved = readOnly.value()->saveAs(copy);
    ASSERT_TRUE(saved.ok()) << saved.error().text().toStdString();
    EXPECT_EQ(fileHash(original), before);
    auto edited = StudyStore::open(copy, StudyStore::OpenMode::ReadWrite);
    ASSERT_TRUE(edited.ok()) << edited.error().text().toStdString();
    Study s;
    s.label = QStringLiteral("Added to the copy");
    ASSERT_TRUE(edited.value()->addStudy(s).ok());
    EXPECT_EQ(edited.value()->load()->studies.size(), 2);
    EXPECT_EQ(readOnly.value()->load()->studies.size(), 1);

    // Saving over an existing file replaces it.
    ASSERT_TRUE(readOnly.value()->saveAs(dir.filePath(QStringLiteral("again.evidence"))).ok());
    ASSERT_TRUE(edited.value()->saveAs(dir.filePath(QStringLiteral("again.evidence"))).ok());
    auto again = StudyStore::open(dir.filePath(QStringLiteral("again.evidence")), StudyStore::OpenMode::ReadOnly);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value()->load()->studies.size(), 2);
}

TEST(StudyStoreTransaction, FailureRollsBackEverythingInside)
{
    auto store = StudyStore::open(QStringLiteral(":memory:"), StudyStore::OpenMode::Create);
    ASSERT_TRUE(store.ok());
    StudyStore &s = *store.value();
    Status result = s.transaction([&]() -> Status {
        Study a;
        a.label = QStringLiteral("A");
        if (auto id = s.addStudy(a); !id)
            return id.error();
        Study b;
        b.label = QStringLiteral("A"); // duplicate label: the second add fails
        if (auto id = s.addStudy(b); !id)
            return id.error();
        return {};
    });
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code(), StoreErrorCode::Constraint);
    EXPECT_TRUE(s.load()->studies.isEmpty());
}
