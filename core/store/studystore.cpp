#include "core/store/studystore.h"

#include "core/store/evidenceindex.h"
#include "core/store/storeschema.h"
#include "core/store/storevalidation.h"
#include "core/store/tablemapper.h"
#include "core/store/undolog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <optional>
#include <filesystem>
#include <system_error>

namespace ee::store {

using namespace detail;

namespace {

// ---------------------------------------------------------------------------
// Table mappings

template<typename T> TableSpec<T> withPlainId(QString table, qint64 T::*member, std::vector<ColumnSpec<T>> columns)
{
    TableSpec<T> spec;
    spec.table = std::move(table);
    spec.idColumn = QStringLiteral("id");
    spec.getId = [member](const T &o) { return o.*member; };
    spec.setId = [member](T &o, qint64 v) { o.*member = v; };
    spec.columns = std::move(columns);
    return spec;
}

template<typename T>
TableSpec<T> keyed(QString table, QStringList key, std::vector<ColumnSpec<T>> columns, QString orderBy)
{
    TableSpec<T> spec;
    spec.table = std::move(table);
    spec.conflictKey = std::move(key);
    spec.columns = std::move(columns);
    spec.orderBy = std::move(orderBy);
    return spec;
}

/// A column holding the id of an embedded Provenance.
template<typename T> ColumnSpec<T> provenanceColumn(const char *name, Provenance T::*member)
{
    return { QString::fromLatin1(name), [member](const T &o) { return toVariant((o.*member).id); },
        [member](T &o, const QVariant &v) { return fromVariant(v, (o.*member).id); } };
}

template<typename T> ColumnSpec<T> optionalProvenanceColumn(const char *name, std::optional<Provenance> T::*member)
{
    return { QString::fromLatin1(name),
        [member](const T &o) { return (o.*member) ? toVariant((o.*member)->id) : QVariant(); },
        [member](T &o, const QVariant &v) {
            if (v.isNull()) {
                (o.*member).reset();
                return true;
            }
            Provenance p;
            if (!fromVariant(v, p.id))
                return false;
            o.*member = p;
            return true;
        } };
}

const TableSpec<Provenance> &provenanceTable()
{
    static const auto spec = [] {
        TableSpec<Provenance> s;
        s.table = QStringLiteral("provenance");
        s.idColumn = QStringLiteral("id");
        s.getId = [](const Provenance &p) { return p.id.value; };
        s.setId = [](Provenance &p, qint64 v) { p.id.value = v; };
        s.columns = { column("citation", &Provenance::citation), column("quote", &Provenance::quote),
            column("locator", &Provenance::locator), column("counted", &Provenance::counted),
            column("confidence", &Provenance::confidence), column("entered_by", &Provenance::enteredBy),
            column("entered_at", &Provenance::enteredAt) };
        return s;
    }();
    return spec;
}

template<typename T, typename Tag>
TableSpec<T> idTable(const char *table, Id<Tag> T::*member, std::vector<ColumnSpec<T>> columns)
{
    TableSpec<T> s;
    s.table = QString::fromLatin1(table);
    s.idColumn = QStringLiteral("id");
    s.getId = [member](const T &o) { return (o.*member).value; };
    s.setId = [member](T &o, qint64 v) { (o.*member).value = v; };
    s.columns = std::move(columns);
    return s;
}

const TableSpec<Study> &studyTable()
{
    static const TableSpec<Study> spec = idTable("study", &Study::id,
        { column("label", &Study::label), column("first_author", &Study::firstAuthor), column("year", &Study::year),
            column("country", &Study::country), column("region", &Study::region), column("design", &Study::design),
            column("registry_id", &Study::registryId), column("citation", &Study::citation), column("doi", &Study::doi),
            column("notes", &Study::notes) });
    return spec;
}

const TableSpec<Arm> &armTable()
{
    static const TableSpec<Arm> spec = idTable("arm", &Arm::id,
        { column("study_id", &Arm::study), column("label", &Arm::label), column("role", &Arm::role),
            column("cell_type", &Arm::cellType), column("origin", &Arm::origin), column("dose_text", &Arm::doseText),
            column("dose_cells_min", &Arm::doseCellsMin), column("dose_cells_max", &Arm::doseCellsMax),
            column("dose_unit", &Arm::doseUnit), column("dose_tier", &Arm::doseTier),
            column("dose_tier_basis", &Arm::doseTierBasis),
            optionalProvenanceColumn("dose_provenance_id", &Arm::doseProvenance), column("route", &Arm::route),
            column("route_text", &Arm::routeText), column("n_randomized", &Arm::nRandomized),
            column("n_analysed", &Arm::nAnalysed), column("notes", &Arm::notes) });
    return spec;
}

const TableSpec<Comparison> &comparisonTable()
{
    static const TableSpec<Comparison> spec = idTable("comparison", &Comparison::id,
        { column("study_id", &Comparison::study), column("label", &Comparison::label),
            column("treatment_arm_id", &Comparison::treatmentArm), column("control_arm_id", &Comparison::controlArm),
            column("reported_n_t", &Comparison::reportedNTreatment),
            column("reported_n_c", &Comparison::reportedNControl), column("notes", &Comparison::notes) });
    return spec;
}

const TableSpec<OutcomeDefinition> &outcomeTable()
{
    static const TableSpec<OutcomeDefinition> spec =
        keyed<OutcomeDefinition>(QStringLiteral("outcome"), { QStringLiteral("code") },
            { column("code", &OutcomeDefinition::code), column("label", &OutcomeDefinition::label),
                column("kind", &OutcomeDefinition::kind), column("unit", &OutcomeDefinition::unit),
                column("better", &OutcomeDefinition::better), column("description", &OutcomeDefinition::description),
                column("position", &OutcomeDefinition::position) },
            QStringLiteral("position, code"));
    return spec;
}

const TableSpec<OutcomeData> &outcomeDataTable()
{
    static const TableSpec<OutcomeData> spec = idTable("outcome_data", &OutcomeData::id,
        { column("comparison_id", &OutcomeData::comparison), column("outcome", &OutcomeData::outcome),
            column("timepoint", &OutcomeData::timepoint), column("role", &OutcomeData::role),
            column("events_t", &OutcomeData::eventsTreatment), column("n_t", &OutcomeData::nTreatment),
            column("events_c", &OutcomeData::eventsControl), column("n_c", &OutcomeData::nControl),
            column("mean_t", &OutcomeData::meanTreatment), column("sd_t", &OutcomeData::sdTreatment),
            column("mean_c", &OutcomeData::meanControl), column("sd_c", &OutcomeData::sdControl),
            provenanceColumn("provenance_id", &OutcomeData::provenance), column("notes", &OutcomeData::notes) });
    return spec;
}

const TableSpec<ModeratorDefinition> &moderatorDefinitionTable()
{
    static const TableSpec<ModeratorDefinition> spec =
        keyed<ModeratorDefinition>(QStringLiteral("moderator_def"), { QStringLiteral("name") },
            { column("name", &ModeratorDefinition::name), column("label", &ModeratorDefinition::label),
                column("unit", &ModeratorDefinition::unit), column("description", &ModeratorDefinition::description) },
            QStringLiteral("rowid"));
    return spec;
}

const TableSpec<Moderator> &moderatorTable()
{
    static const TableSpec<Moderator> spec = idTable("moderator", &Moderator::id,
        { column("study_id", &Moderator::study), column("comparison_id", &Moderator::comparison),
            column("name", &Moderator::name), column("value_text", &Moderator::valueText),
            column("value_min", &Moderator::valueMin), column("value_max", &Moderator::valueMax),
            optionalProvenanceColumn("provenance_id", &Moderator::provenance) });
    return spec;
}

const TableSpec<FacetDefinition> &facetTable()
{
    static const TableSpec<FacetDefinition> spec =
        keyed<FacetDefinition>(QStringLiteral("facet"), { QStringLiteral("name") },
            { column("name", &FacetDefinition::name), column("label", &FacetDefinition::label),
                column("kind", &FacetDefinition::kind), column("attribute", &FacetDefinition::attribute),
                column("grp", &FacetDefinition::group), column("derivation", &FacetDefinition::derivation),
                column("position", &FacetDefinition::position) },
            QStringLiteral("position, name"));
    return spec;
}

/// facet_level rows carry their facet's name and position beside the level.
struct StoredFacetLevel {
    QString facet;
    int position = 0;
    FacetLevel level;
};

const TableSpec<StoredFacetLevel> &facetLevelTable()
{
    static const auto spec = [] {
        auto member = [](auto FacetLevel::*m, const char *name) {
            using M = std::remove_reference_t<decltype(std::declval<FacetLevel>().*m)>;
            return ColumnSpec<StoredFacetLevel> { QString::fromLatin1(name),
                [m](const StoredFacetLevel &o) { return toVariant(o.level.*m); },
                [m](StoredFacetLevel &o, const QVariant &v) {
                    M value {};
                    if (!fromVariant(v, value))
                        return false;
                    o.level.*m = value;
                    return true;
                } };
        };
        return keyed<StoredFacetLevel>(QStringLiteral("facet_level"),
            { QStringLiteral("facet"), QStringLiteral("code") },
            { column("facet", &StoredFacetLevel::facet), column("position", &StoredFacetLevel::position),
                member(&FacetLevel::code, "code"), member(&FacetLevel::label, "label"),
                member(&FacetLevel::lower, "lower"), member(&FacetLevel::lowerInclusive, "lower_inclusive"),
                member(&FacetLevel::upper, "upper"), member(&FacetLevel::upperInclusive, "upper_inclusive"),
                member(&FacetLevel::match, "match") },
            QStringLiteral("facet, position"));
    }();
    return spec;
}

const TableSpec<RobAssessment> &robTable()
{
    static const TableSpec<RobAssessment> spec = keyed<RobAssessment>(QStringLiteral("rob"),
        { QStringLiteral("study_id"), QStringLiteral("outcome"), QStringLiteral("domain") },
        { column("study_id", &RobAssessment::study), column("outcome", &RobAssessment::outcome),
            column("domain", &RobAssessment::domain), column("judgement", &RobAssessment::judgement),
            column("support", &RobAssessment::support), column("assessed_by", &RobAssessment::assessedBy),
            column("assessed_at", &RobAssessment::assessedAt) },
        QStringLiteral("study_id, outcome, domain"));
    return spec;
}

const TableSpec<EvidenceNote> &noteTable()
{
    static const TableSpec<EvidenceNote> spec = idTable("note", &EvidenceNote::id,
        { column("study_id", &EvidenceNote::study), column("arm_id", &EvidenceNote::arm),
            column("comparison_id", &EvidenceNote::comparison), column("outcome", &EvidenceNote::outcome),
            column("kind", &EvidenceNote::kind), column("field", &EvidenceNote::field),
            column("review_value", &EvidenceNote::reviewValue), column("other_value", &EvidenceNote::otherValue),
            column("text", &EvidenceNote::text),
            optionalProvenanceColumn("provenance_id", &EvidenceNote::provenance) });
    return spec;
}

const TableSpec<CellType> &cellTypeTable()
{
    static const TableSpec<CellType> spec = keyed<CellType>(QStringLiteral("cell_type"), { QStringLiteral("code") },
        { column("code", &CellType::code), column("label", &CellType::label), column("aliases", &CellType::aliases),
            column("tissue_source", &CellType::tissueSource), column("fetal_or_adult", &CellType::fetalOrAdult),
            column("kind", &CellType::kind), column("equivalent_code", &CellType::equivalentCode),
            column("found_in", &CellType::foundIn) },
        QStringLiteral("rowid"));
    return spec;
}

const TableSpec<GlossaryEntry> &glossaryTable()
{
    static const TableSpec<GlossaryEntry> spec =
        keyed<GlossaryEntry>(QStringLiteral("glossary"), { QStringLiteral("scope"), QStringLiteral("abbreviation") },
            { column("scope", &GlossaryEntry::scope), column("abbreviation", &GlossaryEntry::abbreviation),
                column("meaning", &GlossaryEntry::meaning) },
            QStringLiteral("rowid"));
    return spec;
}

const TableSpec<PublishedResult> &publishedResultTable()
{
    static const TableSpec<PublishedResult> spec = idTable("published_result", &PublishedResult::id,
        { column("outcome", &PublishedResult::outcome), column("measure", &PublishedResult::measure),
            column("facet", &PublishedResult::facet), column("level", &PublishedResult::level),
            column("estimate", &PublishedResult::estimate), column("ci_lb", &PublishedResult::ciLower),
            column("ci_ub", &PublishedResult::ciUpper), column("estimate_value", &PublishedResult::estimateValue),
            column("ci_lb_value", &PublishedResult::ciLowerValue),
            column("ci_ub_value", &PublishedResult::ciUpperValue), column("model", &PublishedResult::model),
            column("i2", &PublishedResult::i2), column("k", &PublishedResult::k),
            column("patients", &PublishedResult::patients), column("p_value", &PublishedResult::pValue),
            column("figure", &PublishedResult::figure), column("section", &PublishedResult::section),
            column("quote", &PublishedResult::quote), column("het_p", &PublishedResult::heterogeneityP),
            column("note", &PublishedResult::note) });
    return spec;
}

const TableSpec<SubgroupTest> &subgroupTestTable()
{
    static const TableSpec<SubgroupTest> spec =
        withPlainId<SubgroupTest>(QStringLiteral("subgroup_test"), &SubgroupTest::id,
            { column("outcome", &SubgroupTest::outcome), column("facet", &SubgroupTest::facet),
                column("chi2", &SubgroupTest::chi2), column("df", &SubgroupTest::df),
                column("p_value", &SubgroupTest::pValue), column("section", &SubgroupTest::section),
                column("quote", &SubgroupTest::quote), column("stated_result", &SubgroupTest::statedResult),
                column("note", &SubgroupTest::note) });
    return spec;
}

const TableSpec<LeaveOneOutRange> &leaveOneOutTable()
{
    static const TableSpec<LeaveOneOutRange> spec =
        withPlainId<LeaveOneOutRange>(QStringLiteral("leave_one_out"), &LeaveOneOutRange::id,
            { column("outcome", &LeaveOneOutRange::outcome), column("loo_min", &LeaveOneOutRange::minimum),
                column("loo_max", &LeaveOneOutRange::maximum), column("quote", &LeaveOneOutRange::quote),
                column("measure", &LeaveOneOutRange::measure), column("figure", &LeaveOneOutRange::figure) });
    return spec;
}

const TableSpec<MetaRegressionResult> &metaRegressionTable()
{
    static const TableSpec<MetaRegressionResult> spec =
        withPlainId<MetaRegressionResult>(QStringLiteral("metaregression"), &MetaRegressionResult::id,
            { column("outcome", &MetaRegressionResult::outcome), column("moderator", &MetaRegressionResult::moderator),
                column("p_value", &MetaRegressionResult::pValue), column("quote", &MetaRegressionResult::quote) });
    return spec;
}

const TableSpec<HeterogeneityResult> &heterogeneityTable()
{
    static const TableSpec<HeterogeneityResult> spec =
        withPlainId<HeterogeneityResult>(QStringLiteral("heterogeneity"), &HeterogeneityResult::id,
            { column("outcome", &HeterogeneityResult::outcome), column("i2", &HeterogeneityResult::i2),
                column("baujat_top_contributor", &HeterogeneityResult::baujatTopContributor),
                column("quote", &HeterogeneityResult::quote) });
    return spec;
}

const TableSpec<QualitativeResult> &qualitativeTable()
{
    static const TableSpec<QualitativeResult> spec =
        withPlainId<QualitativeResult>(QStringLiteral("qualitative_result"), &QualitativeResult::id,
            { column("outcome", &QualitativeResult::outcome), column("measure", &QualitativeResult::measure),
                column("facet", &QualitativeResult::facet), column("level", &QualitativeResult::level),
                column("statement", &QualitativeResult::statement), column("figure", &QualitativeResult::figure),
                column("section", &QualitativeResult::section), column("quote", &QualitativeResult::quote) });
    return spec;
}

const TableSpec<RegistryRecord> &registryTable()
{
    static const TableSpec<RegistryRecord> spec = idTable("registry_record", &RegistryRecord::id,
        { column("number", &RegistryRecord::number), column("trial_id", &RegistryRecord::trialId),
            column("phase", &RegistryRecord::phase), column("status", &RegistryRecord::status),
            column("cell_product", &RegistryRecord::cellProduct), column("cell_source", &RegistryRecord::cellSource),
            column("origin_text", &RegistryRecord::originText), column("disease_stage", &RegistryRecord::diseaseStage),
            column("dose_text", &RegistryRecord::doseText), column("dose_cells_min", &RegistryRecord::doseCellsMin),
            column("dose_cells_max", &RegistryRecord::doseCellsMax), column("route", &RegistryRecord::route),
            column("endpoints", &RegistryRecord::endpoints), column("followup_months", &RegistryRecord::followupMonths),
            column("enrollment_total", &RegistryRecord::enrollmentTotal),
            column("enrollment_arms", &RegistryRecord::enrollmentArms), column("study_id", &RegistryRecord::study) });
    return spec;
}

// ---------------------------------------------------------------------------
// Opening

/// Reads the fixed 100-byte SQLite header and checks what can be checked
/// without SQLite: the magic string, the page size and, when no WAL file is
/// pending, that the file is as long as the header says.
Status checkHeader(const QString &path, bool *isEmpty)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StoreError(StoreErrorCode::Io, storeTr("cannot be read: %1").arg(file.errorString()), path);
    const qint64 size = file.size();
    *isEmpty = size == 0;
    if (size == 0)
        return {};
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic.left(qMin<qsizetype>(header.size(), 16))) || header.size() < 16) {
        return StoreError(StoreErrorCode::NotADatabase,
            storeTr("is not an Evidence Explorer project: it is not an SQLite database"), path);
    }
    if (header.size() < 100) {
        return StoreError(StoreErrorCode::Corrupt,
            storeTr("is truncated: only %1 bytes, shorter than an SQLite header").arg(size), path);
    }
    auto byteAt = [&header](int i) { return static_cast<quint32>(static_cast<unsigned char>(header[i])); };
    auto be32 = [&byteAt](
                    int i) { return (byteAt(i) << 24) | (byteAt(i + 1) << 16) | (byteAt(i + 2) << 8) | byteAt(i + 3); };
    quint32 pageSize = (byteAt(16) << 8) | byteAt(17);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return StoreError(StoreErrorCode::Corrupt, storeTr("is corrupt: its header gives an invalid page size"), path);
    const quint32 pageCount = be32(28);
    const bool countValid = be32(24) == be32(92) && pageCount > 0;
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (countValid && !(wal.exists() && wal.size() > 0)) {
        const qint64 expected = static_cast<qint64>(pageCount) * pageSize;
        if (size < expected) {
            return StoreError(StoreErrorCode::Corrupt,
                storeTr("is truncated: %1 bytes of the %2 its header announces").arg(size).arg(expected), path);
        }
    }
    return {};
}

QString nextConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("ee-store-%1").arg(++counter);
}

/// A connection that closes and unregisters itself.
class Connection
{
public:
    Connection() = default;
    ~Connection() { close(); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool open(const QString &path, bool readOnly)
    {
        m_name = nextConnectionName();
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        m_db.setConnectOptions(options);
        return m_db.open();
    }
    void close()
    {
        if (m_name.isEmpty())
            return;
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        m_name.clear();
    }
    QSqlDatabase &db() { return m_db; }
    QString errorText() const { return m_db.lastError().text(); }

private:
    QString m_name;
    QSqlDatabase m_db;
};

StoreErrorCode codeFor(const QSqlError &error)
{
    const QString native = error.nativeErrorCode();
    if (native == QLatin1String("19"))
        return StoreErrorCode::Constraint;
    if (native == QLatin1String("8"))
        return StoreErrorCode::ReadOnly;
    if (native == QLatin1String("26"))
        return StoreErrorCode::NotADatabase;
    if (native == QLatin1String("11"))
        return StoreErrorCode::Corrupt;
    return StoreErrorCode::Sql;
}

struct Inspection {
    int applicationId = 0;
    int userVersion = 0;
    int objectCount = 0;
};

Result<Inspection> inspect(QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    Inspection result;
    const struct {
        const char *sql;
        int *target;
    } reads[] = { { "PRAGMA application_id", &result.applicationId }, { "PRAGMA user_version", &result.userVersion },
        { "SELECT count(*) FROM sqlite_master", &result.objectCount } };
    for (const auto &read : reads) {
        if (!query.exec(QString::fromLatin1(read.sql)) || !query.next()) {
            const QSqlError error = query.lastError();
            const StoreErrorCode code = codeFor(error);
            if (code == StoreErrorCode::NotADatabase || code == StoreErrorCode::Corrupt)
                return StoreError(
                    StoreErrorCode::Corrupt, storeTr("is corrupt or not a database: %1").arg(error.text()), path);
            return StoreError(StoreErrorCode::Io, storeTr("cannot be read: %1").arg(error.text()), path);
        }
        *read.target = query.value(0).toInt();
    }
    return result;
}

Status quickCheck(QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        return StoreError(StoreErrorCode::Corrupt, storeTr("is corrupt: %1").arg(query.lastError().text()), path);
    }
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    if (problems != QStringList { QStringLiteral("ok") }) {
        const QStringList shown = problems.mid(0, 3);
        return StoreError(StoreErrorCode::Corrupt,
            storeTr("is corrupt (integrity check: %1)").arg(shown.join(QStringLiteral("; "))), path);
    }
    return {};
}

Status checkIdentity(const Inspection &info, const QString &path)
{
    if (info.applicationId != StoreSchema::applicationId) {
        if (info.applicationId == 0 && info.objectCount == 0)
            return {}; // an empty SQLite database: initialised on a writable open
        return StoreError(StoreErrorCode::ForeignFile,
            storeTr("is an SQLite database but not an Evidence Explorer project; it was left untouched"), path);
    }
    if (info.userVersion > StoreSchema::currentVersion) {
        return StoreError(StoreErrorCode::NewerVersion,
            storeTr("was written by a newer version of Evidence Explorer (schema %1; this version reads "
                    "up to %2). It was left untouched; open it with a newer version.")
                .arg(info.userVersion)
                .arg(StoreSchema::currentVersion),
            path);
    }
    return {};
}

Status execAll(QSqlDatabase &db, const QStringList &statements, const QString &path)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            return StoreError(codeFor(query.lastError()),
                storeTr("cannot configure the database (%1): %2").arg(statement, query.lastError().text()), path);
        }
    }
    return {};
}

} // namespace

// ---------------------------------------------------------------------------

struct StudyStore::Private {
    QString path;
    bool readOnly = false;
    Connection connection;
    int transactionDepth = 0;
    mutable std::unique_ptr<EvidenceIndex> index;
    std::optional<UndoLog> undoLog;

    QSqlDatabase &db() { return connection.db(); }

    StoreError sqlError(const QString &what, const QSqlError &error) const
    {
        return StoreError(codeFor(error), what + QStringLiteral(": ") + error.text(), path);
    }
    StoreError sqlError(const QString &what, const QString &reason, StoreErrorCode code = StoreErrorCode::Sql) const
    {
        if (reason.contains(QLatin1String("constraint"), Qt::CaseInsensitive)
            || reason.contains(QLatin1String("must belong"), Qt::CaseInsensitive)
            || reason.contains(QLatin1String("does not match"), Qt::CaseInsensitive))
            code = StoreErrorCode::Constraint;
        if (reason == QLatin1String("no row"))
            return StoreError(
                StoreErrorCode::NotFound, what + QStringLiteral(": ") + storeTr("not in the project"), path);
        return StoreError(code, what + QStringLiteral(": ") + reason, path);
    }

    template<typename T> Result<qint64> insert(const TableSpec<T> &spec, const T &object, const QString &what)
    {
        qint64 id = 0;
        if (const auto failure = insertRow(db(), spec, object, &id))
            return sqlError(what, *failure);
        return id;
    }
    template<typename T> Status update(const TableSpec<T> &spec, const T &object, const QString &what)
    {
        if (const auto failure = updateRow(db(), spec, object))
            return sqlError(what, *failure);
        return {};
    }
    Status exec(const QString &sql, const QVariantList &bind, const QString &what, int *affected = nullptr)
    {
        QSqlQuery query(db());
        if (!query.prepare(sql))
            return sqlError(what, query.lastError());
        for (const QVariant &v : bind)
            query.addBindValue(v);
        if (!query.exec())
            return sqlError(what, query.lastError());
        if (affected)
            *affected = query.numRowsAffected();
        return {};
    }
    Result<ProvenanceId> insertProvenance(const Provenance &provenance)
    {
        auto id = insert(provenanceTable(), provenance, storeTr("cannot store provenance"));
        if (!id)
            return id.error();
        return ProvenanceId(id.value());
    }
    Status updateProvenance(Provenance provenance, ProvenanceId id)
    {
        provenance.id = id;
        return update(provenanceTable(), provenance, storeTr("cannot store provenance"));
    }
    Result<std::optional<qint64>> scalarId(const QString &sql, const QVariantList &bind, const QString &what)
    {
        QSqlQuery query(db());
        if (!query.prepare(sql))
            return sqlError(what, query.lastError());
        for (const QVariant &v : bind)
            query.addBindValue(v);
        if (!query.exec())
            return sqlError(what, query.lastError());
        if (!query.next())
            return std::optional<qint64>();
        const QVariant value = query.value(0);
        return value.isNull() ? std::optional<qint64>() : std::optional<qint64>(value.toLongLong());
    }
};

StudyStore::StudyStore(std::unique_ptr<Private> p)
    : d(std::move(p))
{ }

StudyStore::~StudyStore() = default;

Result<std::unique_ptr<StudyStore>> StudyStore::open(const QString &path, OpenMode mode)
{
    auto p = std::make_unique<Private>();
    p->path = path;
    p->readOnly = mode == OpenMode::ReadOnly;

    const bool inMemory = path == QLatin1String(":memory:");
    bool needsInit = false;
    int fromVersion = 0; // the schema the file has; 0 for a file to initialise

    if (inMemory) {
        if (mode != OpenMode::Create)
            return StoreError(StoreErrorCode::Io, storeTr("an in-memory project can only be created"), path);
        needsInit = true;
    } else {
        const QFileInfo info(path);
        if (!info.exists()) {
            if (mode != OpenMode::Create)
                return StoreError(StoreErrorCode::Io, storeTr("does not exist"), path);
            if (!QDir().mkpath(info.absolutePath()))
                return StoreError(
                    StoreErrorCode::Io, storeTr("cannot create the folder %1").arg(info.absolutePath()), path);
            needsInit = true;
        } else {
            if (info.isDir())
                return StoreError(StoreErrorCode::Io, storeTr("is a folder, not a project file"), path);
            if (mode != OpenMode::ReadOnly && !info.isWritable()) {
                return StoreError(StoreErrorCode::ReadOnly,
                    storeTr("is read-only; open it read-only or save a copy with Save As"), path);
            }
            bool empty = false;
            if (Status header = checkHeader(path, &empty); !header)
                return header.error();
            if (empty) {
                if (mode == OpenMode::ReadOnly)
                    return StoreError(
                        StoreErrorCode::NotADatabase, storeTr("is empty, not an Evidence Explorer project"), path);
                needsInit = true;
            } else {
                // Look before touching: identify the file over a read-only
                // connection, so a foreign or newer file is never modified.
                Connection probe;
                if (!probe.open(path, true))
                    return StoreError(StoreErrorCode::Io, storeTr("cannot be opened: %1").arg(probe.errorText()), path);
                auto inspection = inspect(probe.db(), path);
                if (!inspection)
                    return inspection.error();
                if (Status identity = checkIdentity(inspection.value(), path); !identity)
                    return identity.error();
                if (Status check = quickCheck(probe.db(), path); !check)
                    return check.error();
                probe.close();
                if (inspection->applicationId == 0) {
                    if (mode == OpenMode::ReadOnly)
                        return StoreError(StoreErrorCode::ForeignFile,
                            storeTr("is an empty SQLite database, not an Evidence Explorer project"), path);
                    needsInit = true;
                } else if (inspection->userVersion >= StoreSchema::currentVersion) {
                    fromVersion = inspection->userVersion;
                } else {
                    if (mode == OpenMode::ReadOnly) {
                        return StoreError(StoreErrorCode::ReadOnly,
                            storeTr("uses schema %1 and must be upgraded to %2; open it for writing or "
                                    "save a copy first")
                                .arg(inspection->userVersion)
                                .arg(StoreSchema::currentVersion),
                            path);
                    }
                    fromVersion = inspection->userVersion;
                }
            }
        }
    }

    if (!p->connection.open(path, p->readOnly))
        return StoreError(StoreErrorCode::Io, storeTr("cannot be opened: %1").arg(p->connection.errorText()), path);

    QStringList pragmas = { QStringLiteral("PRAGMA foreign_keys = ON") };
    if (!p->readOnly && !inMemory) {
        // WAL: readers never block the writer, and a killed writer leaves the
        // last committed transaction. FULL: a commit is on disk when it returns.
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    }
    if (p->readOnly)
        pragmas << QStringLiteral("PRAGMA query_only = ON");
    if (Status configured = execAll(p->db(), pragmas, path); !configured)
        return configured.error();

    if (needsInit || fromVersion < StoreSchema::currentVersion) {
        if (Status migrated = StoreSchema::migrate(p->db(), fromVersion, StoreSchema::migrations(), path); !migrated)
            return migrated.error();
    }
    return std::unique_ptr<StudyStore>(new StudyStore(std::move(p)));
}

QString StudyStore::path() const
{
    return d->path;
}

bool StudyStore::isReadOnly() const
{
    return d->readOnly;
}

Status StudyStore::requireWritable() const
{
    if (d->readOnly) {
        return StoreError(
            StoreErrorCode::ReadOnly, storeTr("is open read-only; save a copy with Save As to edit it"), d->path);
    }
    return {};
}

void StudyStore::invalidate()
{
    d->index.reset();
}

Status StudyStore::transaction(const std::function<Status()> &work)
{
    if (Status writable = requireWritable(); !writable)
        return writable;
    if (d->transactionDepth > 0) {
        ++d->transactionDepth;
        Status result = work();
        --d->transactionDepth;
        return result;
    }
    QSqlQuery query(d->db());
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return d->sqlError(storeTr("cannot start a transaction"), query.lastError());
    ++d->transactionDepth;
    Status result = work();
    --d->transactionDepth;
    invalidate();
    if (!result) {
        query.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = query.lastError();
        query.exec(QStringLiteral("ROLLBACK"));
        return d->sqlError(storeTr("cannot commit the change; nothing was written"), error);
    }
    return {};
}

Status StudyStore::enableUndoLog()
{
    if (Status writable = requireWritable(); !writable)
        return writable;
    if (d->undoLog)
        return {};
    Result<UndoLog> installed = UndoLog::install(d->db(), d->path);
    if (!installed)
        return installed.error();
    d->undoLog.emplace(std::move(installed).value());
    return {};
}

bool StudyStore::undoLogEnabled() const
{
    return d->undoLog.has_value();
}

Result<EditRecord> StudyStore::recordEdit(const std::function<Status()> &work)
{
    if (!d->undoLog)
        return StoreError(StoreErrorCode::Sql, storeTr("edits cannot be recorded: the undo log is off"), d->path);
    if (d->transactionDepth > 0)
        return StoreError(StoreErrorCode::Sql, storeTr("an edit cannot be recorded inside another transaction"),
                          d->path);
    EditRecord record;
    const Status done = transaction([&]() -> Status {
        const Result<qint64> before = d->undoLog->head();
        if (!before)
            return before.error();
        if (Status worked = work(); !worked)
            return worked;
        const Result<qint64> after = d->undoLog->head();
        if (!after)
            return after.error();
        record = EditRecord{before.value() + 1, after.value()};
        return {};
    });
    if (!done)
        return done.error();
    return record;
}

Result<EditRecord> StudyStore::revertEdit(const EditRecord &record)
{
    if (!d->undoLog)
        return StoreError(StoreErrorCode::Sql, storeTr("edits cannot be reverted: the undo log is off"), d->path);
    if (d->transactionDepth > 0)
        return StoreError(StoreErrorCode::Sql, storeTr("an edit cannot be reverted inside another transaction"),
                          d->path);
    EditRecord redo;
    const Status done = transaction([&]() -> Status {
        // Rows come back child first (cascaded deletes are logged after their
        // parent), so references are checked at commit, not row by row.
        QSqlQuery query(d->db());
        if (!query.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
            return d->sqlError(storeTr("cannot undo"), query.lastError());
        const Result<qint64> before = d->undoLog->head();
        if (!before)
            return before.error();
        if (Status reverted = d->undoLog->revert(record); !reverted)
            return reverted;
        const Result<qint64> after = d->undoLog->head();
        if (!after)
            return after.error();
        redo = EditRecord{before.value() + 1, after.value()};
        return {};
    });
    if (!done)
        return done.error();
    return redo;
}

void StudyStore::discardEdit(const EditRecord &record)
{
    if (d->undoLog && d->transactionDepth == 0)
        (void)d->undoLog->discard(record);
}

Status StudyStore::saveAs(const QString &target) const
{
    const QFileInfo info(target);
    if (!QDir().mkpath(info.absolutePath()))
        return StoreError(StoreErrorCode::Io, storeTr("cannot create the folder %1").arg(info.absolutePath()), target);
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(d->path).absoluteFilePath())
        return StoreError(StoreErrorCode::Io, storeTr("cannot save a project over itself"), target);
    const QString temporary = target + QStringLiteral(".saving");
    QFile::remove(temporary);
    QSqlQuery query(d->db());
    // query_only guards a read-only store against writes; VACUUM INTO only
    // reads it (the connection itself is opened read-only), so lift the guard
    // for the copy.
    if (d->readOnly)
        query.exec(QStringLiteral("PRAGMA query_only = OFF"));
    const auto restoreGuard = qScopeGuard([this] {
        if (d->readOnly)
            QSqlQuery(d->db()).exec(QStringLiteral("PRAGMA query_only = ON"));
    });
    if (!query.prepare(QStringLiteral("VACUUM INTO ?")))
        return StoreError(
            StoreErrorCode::Io, storeTr("cannot write the copy: %1").arg(query.lastError().text()), target);
    query.addBindValue(temporary);
    if (!query.exec()) {
        const QString reason = query.lastError().text();
        QFile::remove(temporary);
        return StoreError(StoreErrorCode::Io, storeTr("cannot write the copy: %1").arg(reason), target);
    }
    // Make the copy writable even if the original was a read-only file.
    QFile::setPermissions(temporary, QFile::permissions(temporary) | QFileDevice::WriteOwner | QFileDevice::ReadOwner);
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(temporary).toStdString(), QFile::encodeName(target).toStdString(), error);
    if (error) {
        QFile::remove(temporary);
        return StoreError(StoreErrorCode::Io,
            storeTr("cannot replace the file: %1").arg(QString::fromStdString(error.message())), target);
    }
    return {};
}

Status StudyStore::finalizeForDistribution()
{
    if (Status writable = requireWritable(); !writable)
        return writable;
    return execAll(d->db(),
        { QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), QStringLiteral("PRAGMA journal_mode = DELETE"),
            QStringLiteral("VACUUM") },
        d->path);
}

Result<QString> StudyStore::integrityCheck() const
{
    QSqlQuery query(d->db());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return d->sqlError(storeTr("cannot check the file"), query.lastError());
    QStringList lines;
    while (query.next())
        lines << query.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

// ---------------------------------------------------------------------------
// Loading

Result<EvidenceBase> StudyStore::load() const
{
    EvidenceBase base;
    QSqlDatabase &db = d->db();
    const QString &file = d->path;

    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT key, value FROM project")))
            return d->sqlError(storeTr("cannot read the project description"), query.lastError());
        while (query.next()) {
            const QString key = query.value(0).toString();
            const QString value = query.value(1).toString();
            if (key == QLatin1String("name"))
                base.project.name = value;
            else if (key == QLatin1String("title"))
                base.project.title = value;
            else if (key == QLatin1String("description"))
                base.project.description = value;
            else if (key == QLatin1String("citation"))
                base.project.citation = value;
            else if (key == QLatin1String("source"))
                base.project.source = value;
        }
    }

    auto provenanceRows = selectRows(db, provenanceTable(), file);
    if (!provenanceRows)
        return provenanceRows.error();
    QHash<qint64, Provenance> provenance;
    for (const Provenance &p : provenanceRows.value())
        provenance.insert(p.id.value, p);
    auto attach = [&](Provenance &target, const QString &table) -> Status {
        auto found = provenance.constFind(target.id.value);
        if (found == provenance.constEnd())
            return StoreError(StoreErrorCode::Corrupt,
                storeTr("table %1 refers to provenance %2, which is missing").arg(table).arg(target.id.value), file);
        target = found.value();
        return {};
    };

#define EE_LOAD(member, spec)                                                                                          \
    do {                                                                                                               \
        auto rows = selectRows(db, spec, file);                                                                        \
        if (!rows)                                                                                                     \
            return rows.error();                                                                                       \
        base.member = std::move(rows.value());                                                                         \
    } while (false)

    EE_LOAD(cellTypes, cellTypeTable());
    EE_LOAD(glossary, glossaryTable());
    EE_LOAD(studies, studyTable());
    EE_LOAD(arms, armTable());
    EE_LOAD(comparisons, comparisonTable());
    EE_LOAD(outcomes, outcomeTable());
    EE_LOAD(outcomeData, outcomeDataTable());
    EE_LOAD(moderatorDefinitions, moderatorDefinitionTable());
    EE_LOAD(moderators, moderatorTable());
    EE_LOAD(facets, facetTable());
    EE_LOAD(riskOfBias, robTable());
    EE_LOAD(notes, noteTable());
    EE_LOAD(publishedResults, publishedResultTable());
    EE_LOAD(subgroupTests, subgroupTestTable());
    EE_LOAD(leaveOneOutRanges, leaveOneOutTable());
    EE_LOAD(metaRegressionResults, metaRegressionTable());
    EE_LOAD(heterogeneityResults, heterogeneityTable());
    EE_LOAD(qualitativeResults, qualitativeTable());
    EE_LOAD(registryRecords, registryTable());
#undef EE_LOAD

    for (Arm &arm : base.arms) {
        if (arm.doseProvenance) {
            if (Status s = attach(*arm.doseProvenance, QStringLiteral("arm")); !s)
                return s.error();
        }
    }
    for (OutcomeData &data : base.outcomeData) {
        if (Status s = attach(data.provenance, QStringLiteral("outcome_data")); !s)
            return s.error();
    }
    for (Moderator &moderator : base.moderators) {
        if (moderator.provenance) {
            if (Status s = attach(*moderator.provenance, QStringLiteral("moderator")); !s)
                return s.error();
        }
    }
    for (EvidenceNote &note : base.notes) {
        if (note.provenance) {
            if (Status s = attach(*note.provenance, QStringLiteral("note")); !s)
                return s.error();
        }
    }

    auto levels = selectRows(db, facetLevelTable(), file);
    if (!levels)
        return levels.error();
    QHash<QString, int> facetIndex;
    for (int i = 0; i < base.facets.size(); ++i)
        facetIndex.insert(base.facets[i].name, i);
    for (const StoredFacetLevel &stored : levels.value()) {
        const auto found = facetIndex.constFind(stored.facet);
        if (found != facetIndex.constEnd())
            base.facets[found.value()].levels.append(stored.level);
    }
    return base;
}

// ---------------------------------------------------------------------------
// Writing

Status StudyStore::setProjectInfo(const ProjectInfo &info)
{
    return transaction([&]() -> Status {
        const std::pair<const char *, QString> entries[] = { { "name", info.name }, { "title", info.title },
            { "description", info.description }, { "citation", info.citation }, { "source", info.source } };
        for (const auto &[key, value] : entries) {
            if (Status s = d->exec(QStringLiteral("INSERT INTO project (key, value) VALUES (?, ?) "
                                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                    { QString::fromLatin1(key), toVariant(value) }, storeTr("cannot store the project description"));
                !s)
                return s;
        }
        return {};
    });
}

Status StudyStore::putCellType(const CellType &cellType)
{
    return transaction([&]() -> Status {
        auto id = d->insert(cellTypeTable(), cellType, storeTr("cannot store cell type '%1'").arg(cellType.code));
        return id ? Status() : Status(id.error());
    });
}

Status StudyStore::putGlossaryEntry(const GlossaryEntry &entry)
{
    return transaction([&]() -> Status {
        auto id = d->insert(glossaryTable(), entry, storeTr("cannot store abbreviation '%1'").arg(entry.abbreviation));
        return id ? Status() : Status(id.error());
    });
}

Result<StudyId> StudyStore::addStudy(const Study &study)
{
    StudyId result;
    Status status = transaction([&]() -> Status {
        if (const auto problems = validateStudy(study); !problems.isEmpty())
            return StoreError(StoreErrorCode::Constraint,
                storeTr("study '%1': %2").arg(study.label, joinProblems(problems)), d->path);
        auto id = d->insert(studyTable(), study, storeTr("cannot add study '%1'").arg(study.label));
        if (!id)
            return id.error();
        result = StudyId(id.value());
        return {};
    });
    if (!status)
        return status.error();
    return result;
}

Status StudyStore::updateStudy(const Study &study)
{
    return transaction([&]() -> Status {
        if (const auto problems = validateStudy(study); !problems.isEmpty())
            return StoreError(StoreErrorCode::Constraint,
                storeTr("study '%1': %2").arg(study.label, joinProblems(problems)), d->path);
        return d->update(studyTable(), study, storeTr("cannot update study '%1'").arg(study.label));
    });
}

Status StudyStore::removeStudy(StudyId id)
{
    return transaction([&]() -> Status {
        int affected = 0;
        // Comparisons first: they refer to arms of the same study.
        if (Status s = d->exec(QStringLiteral("DELETE FROM comparison WHERE study_id = ?"), { id.value },
                storeTr("cannot remove study %1").arg(id.value));
            !s)
            return s;
        if (Status s = d->exec(QStringLiteral("DELETE FROM study WHERE id = ?"), { id.value },
                storeTr("cannot remove study %1").arg(id.value), &affected);
            !s)
            return s;
        if (affected == 0)
            return StoreError(
                StoreErrorCode::NotFound, storeTr("study %1 is not in the project").arg(id.value), d->path);
        return {};
    });
}

Result<ArmId> StudyStore::addArm(const Arm &arm)
{
    ArmId result;
    Status status = transaction([&]() -> Status {
        if (const auto problems = validateArm(arm); !problems.isEmpty())
            return StoreError(
                StoreErrorCode::Constraint, storeTr("arm '%1': %2").arg(arm.label, joinProblems(problems)), d->path);
        Arm stored = arm;
        if (stored.doseProvenance) {
            auto provenance = d->insertProvenance(*stored.doseProvenance);
            if (!provenance)
                return provenance.error();
            stored.doseProvenance->id = provenance.value();
        }
        auto id = d->insert(armTable(), stored, storeTr("cannot add arm '%1'").arg(arm.label));
        if (!id)
            return id.error();
        result = ArmId(id.value());
        return {};
    });
    if (!status)
        return status.error();
    return result;
}

Status StudyStore::updateArm(const Arm &arm)
{
    return transaction([&]() -> Status {
        if (const auto problems = validateArm(arm); !problems.isEmpty())
            return StoreError(
                StoreErrorCode::Constraint, storeTr("arm '%1': %2").arg(arm.label, joinProblems(problems)), d->path);
        const QString what = storeTr("cannot update arm '%1'").arg(arm.label);
        auto existing =
            d->scalarId(QStringLiteral("SELECT dose_provenance_id FROM arm WHERE id = ?"), { arm.id.value }, what);
        if (!existing)
            return existing.error();
        Arm stored = arm;
        if (stored.doseProvenance) {
            if (existing.value()) {
                stored.doseProvenance->id = ProvenanceId(*existing.value());
                if (Status s = d->updateProvenance(*stored.doseProvenance, stored.doseProvenance->id); !s)
                    return s;
            } else {
                auto provenance = d->insertProvenance(*stored.doseProvenance);
                if (!provenance)
                    return provenance.error();
                stored.doseProvenance->id = provenance.value();
            }
        }
        if (Status s = d->update(armTable(), stored, what); !s)
            return s;
        if (!stored.doseProvenance && existing.value())
            return d->exec(QStringLiteral("DELETE FROM provenance WHERE id = ?"), { *existing.value() }, what);
        return {};
    });
}

Status StudyStore::removeArm(ArmId id)
{
    return transaction([&]() -> Status {
        int affected = 0;
        if (Status s = d->exec(QStringLiteral("DELETE FROM arm WHERE id = ?"), { id.value },
                storeTr("cannot remove arm %1").arg(id.value), &affected);
            !s)
            return s;
        if (affected == 0)
            return StoreError(StoreErrorCode::NotFound, storeTr("arm %1 is not in the project").arg(id.value), d->path);
        return {};
    });
}

Result<ComparisonId> StudyStore::addComparison(const Comparison &comparison)
{
    ComparisonId result;
    Status status = transaction([&]() -> Status {
        auto id = d->insert(comparisonTable(), comparison, storeTr("cannot add comparison '%1'").arg(comparison.label));
        if (!id)
            return id.error();
        result = ComparisonId(id.value());
        return {};
    });
    if (!status)
        return status.error();
    return result;
}

Status StudyStore::updateComparison(const Comparison &comparison)
{
    return transaction([&]() -> Status {
        return d->update(comparisonTable(), comparison, storeTr("cannot update comparison '%1'").arg(comparison.label));
    });
}

Status StudyStore::removeComparison(ComparisonId id)
{
    return transaction([&]() -> Status {
        int affected = 0;
        if (Status s = d->exec(QStringLiteral("DELETE FROM comparison WHERE id = ?"), { id.value },
                storeTr("cannot remove comparison %1").arg(id.value), &affected);
            !s)
            return s;
        if (affected == 0)
            return StoreError(
                StoreErrorCode::NotFound, storeTr("comparison %1 is not in the project").arg(id.value), d->path);
        return {};
    });
}

Status StudyStore::putOutcomeDefinition(const OutcomeDefinition &outcome)
{
    return transaction([&]() -> Status {
        auto id = d->insert(outcomeTable(), outcome, storeTr("cannot store outcome '%1'").arg(outcome.code));
        return id ? Status() : Status(id.error());
    });
}

namespace {

Result<OutcomeKind> outcomeKind(QSqlDatabase &db, const QString &code, const QString &file)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT kind FROM outcome WHERE code = ?"));
    query.addBindValue(code);
    if (!query.exec())
        return StoreError(codeFor(query.lastError()), query.lastError().text(), file);
    if (!query.next())
        return StoreError(
            StoreErrorCode::NotFound, storeTr("outcome '%1' is not defined in the project").arg(code), file);
    const auto kind = fromInt<OutcomeKind>(query.value(0).toInt());
    if (!kind)
        return StoreError(StoreErrorCode::Corrupt, storeTr("outcome '%1' has an unknown kind").arg(code), file);
    return *kind;
}

} // namespace

Result<OutcomeDataId> StudyStore::addOutcomeData(const OutcomeData &data)
{
    OutcomeDataId result;
    Status status = transaction([&]() -> Status {
        auto kind = outcomeKind(d->db(), data.outcome, d->path);
        if (!kind)
            return kind.error();
        if (const auto problems = validateOutcomeData(data, kind.value()); !problems.isEmpty())
            return StoreError(StoreErrorCode::Constraint,
                storeTr("outcome '%1': %2").arg(data.outcome, joinProblems(problems)), d->path);
        OutcomeData stored = data;
        auto provenance = d->insertProvenance(stored.provenance);
        if (!provenance)
            return provenance.error();
        stored.provenance.id = provenance.value();
        auto id = d->insert(outcomeDataTable(), stored, storeTr("cannot add outcome data for '%1'").arg(data.outcome));
        if (!id)
            return id.error();
        result = OutcomeDataId(id.value());
        return {};
    });
    if (!status)
        return status.error();
    return result;
}

Status StudyStore::updateOutcomeData(const OutcomeData &data)
{
    return transaction([&]() -> Status {
        auto kind = outcomeKind(d->db(), data.outcome, d->path);
        if (!kind)
            return kind.error();
        if (const auto problems = validateOutcomeData(data, kind.value()); !problems.isEmpty())
            return StoreError(StoreErrorCode::Constraint,
                storeTr("outcome '%1': %2").arg(data.outcome, joinProblems(problems)), d->path);
        const QString what = storeTr("cannot update outcome data %1").arg(data.id.value);
        auto existing =
            d->scalarId(QStringLiteral("SELECT provenance_id FROM outcome_data WHERE id = ?"), { data.id.value }, what);
        if (!existing)
            return existing.error();
        if (!existing.value())
            return StoreError(
                StoreErrorCode::NotFound, storeTr("outcome data %1 is not in the project").arg(data.id.value), d->path);
        OutcomeData stored = data;
        stored.provenance.id = ProvenanceId(*existing.value());
        if (Status s = d->updateProvenance(stored.provenance, stored.provenance.id); !s)
            return s;
        return d->update(outcomeDataTable(), stored, what);
    });
}

Status StudyStore::removeOutcomeData(OutcomeDataId id)
{
    return transaction([&]() -> Status {
        int affected = 0;
        if (Status s = d->exec(QStringLiteral("DELETE FROM outcome_data WHERE id = ?"), { id.value },
                storeTr("cannot remove outcome data %1").arg(id.value), &affected);
            !s)
            return s;
        if (affected == 0)
            return StoreError(
                StoreErrorCode::NotFound, storeTr("outcome data %1 is not in the project").arg(id.value), d->path);
        return {};
    });
}

Status StudyStore::putModeratorDefinition(const ModeratorDefinition &definition)
{
    return transaction([&]() -> Status {
        auto id = d->insert(
            moderatorDefinitionTable(), definition, storeTr("cannot store moderator '%1'").arg(definition.name));
        return id ? Status() : Status(id.error());
    });
}

Result<ModeratorId> StudyStore::setModerator(const Moderator &moderator)
{
    ModeratorId result;
    Status status = transaction([&]() -> Status {
        const QString what = storeTr("cannot set moderator '%1'").arg(moderator.name);
        if (Status s =
                d->exec(QStringLiteral("DELETE FROM moderator WHERE study_id = ? AND IFNULL(comparison_id, 0) = ? "
                                       "AND name = ?"),
                    { moderator.study.value, moderator.comparison.value, moderator.name }, what);
            !s)
            return s;
        Moderator stored = moderator;
        if (stored.provenance) {
            auto provenance = d->insertProvenance(*stored.provenance);
            if (!provenance)
                return provenance.error();
            stored.provenance->id = provenance.value();
        }
        auto id = d->insert(moderatorTable(), stored, what);
        if (!id)
            return id.error();
        result = ModeratorId(id.value());
        return {};
    });
    if (!status)
        return status.error();
    return result;
}

Status StudyStore::removeModerator(ModeratorId id)
{
    return transaction([&]() -> Status {
        return d->exec(QStringLiteral("DELETE FROM moderator WHERE id = ?"), { id.value },
            storeTr("cannot remove moderator %1").arg(id.value));
    });
}

Status StudyStore::putFacet(const FacetDefinition &facet)
{
    return transaction([&]() -> Status {
        const QString what = storeTr("cannot store facet '%1'").arg(facet.name);
        if (facet.kind == FacetKind::NumericBinned) {
            for (const FacetLevel &level : facet.levels) {
                if (level.lower && level.upper && *level.upper < *level.lower)
                    return StoreError(StoreErrorCode::Constraint,
                        storeTr("facet '%1': level '%2' has its upper cut-off below its lower one")
                            .arg(facet.name, level.code),
                        d->path);
            }
        }
        if (!facet.attribute.startsWith(QLatin1String("moderator."))
            && !facetAttributeNames().contains(facet.attribute))
            return StoreError(StoreErrorCode::Constraint,
                storeTr("facet '%1': unknown attribute '%2'").arg(facet.name, facet.attribute), d->path);
        auto id = d->insert(facetTable(), facet, what);
        if (!id)
            return id.error();
        if (Status s = d->exec(QStringLiteral("DELETE FROM facet_level WHERE facet = ?"), { facet.name }, what); !s)
            return s;
        for (int i = 0; i < facet.levels.size(); ++i) {
            auto level = d->insert(facetLevelTable(), StoredFacetLevel { facet.name, i, facet.levels[i] },
                storeTr("cannot store level '%1' of facet '%2'").arg(facet.levels[i].code, facet.name));
            if (!level)
                return level.error();
        }
        return {};
    });
}

Status StudyStore::removeFacet(const QString &name)
{
    return transaction([&]() -> Status {
        return d->exec(QStringLiteral("DELETE FROM facet WHERE name = ?"), { name },
            storeTr("cannot remove facet '%1'").arg(name));
    });
}

Status StudyStore::putRiskOfBias(const RobAssessment &assessment)
{
    return transaction([&]() -> Status {
        auto id = d->insert(
            robTable(), assessment, storeTr("cannot store the risk of bias of study %1").arg(assessment.study.value));
        return id ? Status() : Status(id.error());
    });
}

Result<NoteId> StudyStore::addNote(const EvidenceNote &note)
{
    NoteId result;
    Status status = transaction([&]() -> Status {
        EvidenceNote stored = note;
        if (stored.provenance) {
            auto provenance = d->insertProvenance(*stored.provenance);
            if (!provenance)
                return provenance.error();
            stored.provenance->id = provenance.value();
        }
        auto id = d->insert(noteTable(), stored, storeTr("cannot add a note"));
        if (!id)
            return id.error();
        result = NoteId(id.value());
        return {};
    });
    if (!status)
        return status.error();
    return result;
}

Status StudyStore::removeNote(NoteId id)
{
    return transaction([&]() -> Status {
        return d->exec(QStringLiteral("DELETE FROM note WHERE id = ?"), { id.value },
            storeTr("cannot remove note %1").arg(id.value));
    });
}

Result<PublishedResultId> StudyStore::addPublishedResult(const PublishedResult &published)
{
    PublishedResultId result;
    Status status = transaction([&]() -> Status {
        auto id = d->insert(publishedResultTable(), published, storeTr("cannot add a published result"));
        if (!id)
            return id.error();
        result = PublishedResultId(id.value());
        return {};
    });
    if (!status)
        return status.error();
    return result;
}

Status StudyStore::addSubgroupTest(const SubgroupTest &test)
{
    return transaction([&]() -> Status {
        auto id = d->insert(subgroupTestTable(), test, storeTr("cannot add a subgroup test"));
        return id ? Status() : Status(id.error());
    });
}

Status StudyStore::addLeaveOneOutRange(const LeaveOneOutRange &range)
{
    return transaction([&]() -> Status {
        auto id = d->insert(leaveOneOutTable(), range, storeTr("cannot add a leave-one-out range"));
        return id ? Status() : Status(id.error());
    });
}

Status StudyStore::addMetaRegressionResult(const MetaRegressionResult &result)
{
    return transaction([&]() -> Status {
        auto id = d->insert(metaRegressionTable(), result, storeTr("cannot add a meta-regression result"));
        return id ? Status() : Status(id.error());
    });
}

Status StudyStore::addHeterogeneityResult(const HeterogeneityResult &result)
{
    return transaction([&]() -> Status {
        auto id = d->insert(heterogeneityTable(), result, storeTr("cannot add a heterogeneity result"));
        return id ? Status() : Status(id.error());
    });
}

Status StudyStore::addQualitativeResult(const QualitativeResult &result)
{
    return transaction([&]() -> Status {
        auto id = d->insert(qualitativeTable(), result, storeTr("cannot add a qualitative result"));
        return id ? Status() : Status(id.error());
    });
}

Result<RegistryRecordId> StudyStore::addRegistryRecord(const RegistryRecord &record)
{
    RegistryRecordId result;
    Status status = transaction([&]() -> Status {
        auto id = d->insert(registryTable(), record, storeTr("cannot add registry record '%1'").arg(record.trialId));
        if (!id)
            return id.error();
        result = RegistryRecordId(id.value());
        return {};
    });
    if (!status)
        return status.error();
    return result;
}

// ---------------------------------------------------------------------------
// Queries

Result<const EvidenceIndex *> StudyStore::index() const
{
    if (!d->index) {
        auto base = load();
        if (!base)
            return base.error();
        d->index = std::make_unique<EvidenceIndex>(std::move(base.value()));
    }
    return static_cast<const EvidenceIndex *>(d->index.get());
}

Result<QueryResult> StudyStore::query(const QueryRequest &request) const
{
    auto idx = index();
    if (!idx)
        return idx.error();
    return idx.value()->query(request);
}

} // namespace ee::store
