#include "core/store/storeschema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <iterator>

namespace ee::store {

namespace {

// Schema version 1. Integers stored for enums are the values of the enum class
// types in storeenums.h; CHECK constraints repeat their ranges so a damaged or
// hand-edited file cannot smuggle in a value the code does not know.
const char *const kSchemaV1[] = {
    R"(PRAGMA application_id = 1162172496)",
    R"(CREATE TABLE project (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID)",
    R"(CREATE TABLE provenance (
        id INTEGER PRIMARY KEY,
        citation TEXT NOT NULL DEFAULT '',
        quote TEXT NOT NULL DEFAULT '',
        locator TEXT NOT NULL DEFAULT '',
        counted TEXT NOT NULL DEFAULT '',
        confidence INTEGER NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 6),
        entered_by TEXT NOT NULL DEFAULT '',
        entered_at TEXT NOT NULL DEFAULT ''
    ))",
    R"(CREATE TABLE cell_type (
        code TEXT PRIMARY KEY CHECK (code <> ''),
        label TEXT NOT NULL DEFAULT '',
        aliases TEXT NOT NULL DEFAULT '',
        tissue_source TEXT NOT NULL DEFAULT '',
        fetal_or_adult TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT '',
        equivalent_code TEXT NOT NULL DEFAULT '',
        found_in TEXT NOT NULL DEFAULT ''
    ))",
    R"(CREATE TABLE glossary (
        scope TEXT NOT NULL,
        abbreviation TEXT NOT NULL CHECK (abbreviation <> ''),
        meaning TEXT NOT NULL,
        PRIMARY KEY (scope, abbreviation)
    ))",
    R"(CREATE TABLE study (
        id INTEGER PRIMARY KEY,
        label TEXT NOT NULL UNIQUE CHECK (label <> ''),
        first_author TEXT NOT NULL DEFAULT '',
        year INTEGER CHECK (year IS NULL OR year BETWEEN 1800 AND 2200),
        country TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        design INTEGER NOT NULL DEFAULT 0 CHECK (design BETWEEN 0 AND 4),
        registry_id TEXT NOT NULL DEFAULT '',
        citation TEXT NOT NULL DEFAULT '',
        doi TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
    ))",
    R"(CREATE TABLE arm (
        id INTEGER PRIMARY KEY,
        study_id INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        label TEXT NOT NULL CHECK (label <> ''),
        role INTEGER NOT NULL CHECK (role IN (1, 2)),
        cell_type TEXT NOT NULL DEFAULT '',
        origin INTEGER NOT NULL DEFAULT 0 CHECK (origin BETWEEN 0 AND 2),
        dose_text TEXT NOT NULL DEFAULT '',
        dose_cells_min REAL CHECK (dose_cells_min IS NULL OR dose_cells_min > 0),
        dose_cells_max REAL CHECK (dose_cells_max IS NULL OR (dose_cells_min IS NOT NULL AND dose_cells_max >= dose_cells_min)),
        dose_unit INTEGER NOT NULL DEFAULT 0 CHECK (dose_unit BETWEEN 0 AND 6),
        dose_tier INTEGER NOT NULL DEFAULT 0 CHECK (dose_tier BETWEEN 0 AND 5),
        dose_tier_basis INTEGER NOT NULL DEFAULT 0 CHECK (dose_tier_basis BETWEEN 0 AND 5),
        dose_provenance_id INTEGER REFERENCES provenance(id),
        route INTEGER NOT NULL DEFAULT 0 CHECK (route BETWEEN 0 AND 6),
        route_text TEXT NOT NULL DEFAULT '',
        n_randomized INTEGER CHECK (n_randomized IS NULL OR n_randomized >= 1),
        n_analysed INTEGER CHECK (n_analysed IS NULL OR n_analysed >= 1),
        notes TEXT NOT NULL DEFAULT '',
        UNIQUE (study_id, label)
    ))",
    R"(CREATE TABLE comparison (
        id INTEGER PRIMARY KEY,
        study_id INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        label TEXT NOT NULL UNIQUE CHECK (label <> ''),
        treatment_arm_id INTEGER NOT NULL REFERENCES arm(id) ON DELETE CASCADE,
        control_arm_id INTEGER NOT NULL REFERENCES arm(id) ON DELETE CASCADE,
        reported_n_t INTEGER CHECK (reported_n_t IS NULL OR reported_n_t >= 1),
        reported_n_c INTEGER CHECK (reported_n_c IS NULL OR reported_n_c >= 1),
        notes TEXT NOT NULL DEFAULT '',
        CHECK (treatment_arm_id <> control_arm_id),
        UNIQUE (treatment_arm_id, control_arm_id)
    ))",
    R"(CREATE TRIGGER comparison_arms_in_study_insert BEFORE INSERT ON comparison
       WHEN (SELECT study_id FROM arm WHERE id = NEW.treatment_arm_id) IS NOT NEW.study_id
         OR (SELECT study_id FROM arm WHERE id = NEW.control_arm_id) IS NOT NEW.study_id
       BEGIN SELECT RAISE(ABORT, 'both arms of a comparison must belong to its study'); END)",
    R"(CREATE TRIGGER comparison_arms_in_study_update BEFORE UPDATE ON comparison
       WHEN (SELECT study_id FROM arm WHERE id = NEW.treatment_arm_id) IS NOT NEW.study_id
         OR (SELECT study_id FROM arm WHERE id = NEW.control_arm_id) IS NOT NEW.study_id
       BEGIN SELECT RAISE(ABORT, 'both arms of a comparison must belong to its study'); END)",
    R"(CREATE TABLE outcome (
        code TEXT PRIMARY KEY CHECK (code <> ''),
        label TEXT NOT NULL DEFAULT '',
        kind INTEGER NOT NULL CHECK (kind IN (1, 2)),
        unit TEXT NOT NULL DEFAULT '',
        better INTEGER NOT NULL DEFAULT 0 CHECK (better IN (0, 1, 2)),
        description TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0
    ))",
    R"(CREATE TABLE outcome_data (
        id INTEGER PRIMARY KEY,
        comparison_id INTEGER NOT NULL REFERENCES comparison(id) ON DELETE CASCADE,
        outcome TEXT NOT NULL REFERENCES outcome(code) ON UPDATE CASCADE,
        timepoint TEXT NOT NULL DEFAULT '',
        role INTEGER NOT NULL DEFAULT 0 CHECK (role IN (0, 1, 2)),
        events_t INTEGER,
        n_t INTEGER NOT NULL CHECK (n_t >= 1),
        events_c INTEGER,
        n_c INTEGER NOT NULL CHECK (n_c >= 1),
        mean_t REAL,
        sd_t REAL,
        mean_c REAL,
        sd_c REAL,
        provenance_id INTEGER NOT NULL REFERENCES provenance(id),
        notes TEXT NOT NULL DEFAULT '',
        UNIQUE (comparison_id, outcome, timepoint, role),
        CHECK ((events_t IS NOT NULL AND events_c IS NOT NULL
                AND events_t BETWEEN 0 AND n_t AND events_c BETWEEN 0 AND n_c
                AND mean_t IS NULL AND sd_t IS NULL AND mean_c IS NULL AND sd_c IS NULL)
            OR (events_t IS NULL AND events_c IS NULL
                AND mean_t IS NOT NULL AND mean_c IS NOT NULL AND sd_t > 0 AND sd_c > 0))
    ))",
    R"(CREATE TRIGGER outcome_data_kind_insert BEFORE INSERT ON outcome_data
       WHEN (SELECT kind FROM outcome WHERE code = NEW.outcome) IS NOT (CASE WHEN NEW.events_t IS NULL THEN 2 ELSE 1 END)
       BEGIN SELECT RAISE(ABORT, 'outcome data does not match the kind of its outcome'); END)",
    R"(CREATE TRIGGER outcome_data_kind_update BEFORE UPDATE ON outcome_data
       WHEN (SELECT kind FROM outcome WHERE code = NEW.outcome) IS NOT (CASE WHEN NEW.events_t IS NULL THEN 2 ELSE 1 END)
       BEGIN SELECT RAISE(ABORT, 'outcome data does not match the kind of its outcome'); END)",
    R"(CREATE TABLE moderator_def (
        name TEXT PRIMARY KEY CHECK (name <> ''),
        label TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT ''
    ))",
    R"(CREATE TABLE moderator (
        id INTEGER PRIMARY KEY,
        study_id INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        comparison_id INTEGER REFERENCES comparison(id) ON DELETE CASCADE,
        name TEXT NOT NULL REFERENCES moderator_def(name) ON UPDATE CASCADE,
        value_text TEXT NOT NULL DEFAULT '',
        value_min REAL,
        value_max REAL CHECK (value_max IS NULL OR (value_min IS NOT NULL AND value_max >= value_min)),
        provenance_id INTEGER REFERENCES provenance(id)
    ))",
    R"(CREATE UNIQUE INDEX moderator_unique ON moderator (study_id, IFNULL(comparison_id, 0), name))",
    R"(CREATE TABLE facet (
        name TEXT PRIMARY KEY CHECK (name <> ''),
        label TEXT NOT NULL DEFAULT '',
        kind INTEGER NOT NULL CHECK (kind IN (1, 2)),
        attribute TEXT NOT NULL CHECK (attribute <> ''),
        grp TEXT NOT NULL DEFAULT '',
        derivation TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0
    ))",
    R"(CREATE TABLE facet_level (
        facet TEXT NOT NULL REFERENCES facet(name) ON DELETE CASCADE ON UPDATE CASCADE,
        position INTEGER NOT NULL,
        code TEXT NOT NULL CHECK (code <> ''),
        label TEXT NOT NULL DEFAULT '',
        lower REAL,
        lower_inclusive INTEGER NOT NULL DEFAULT 1 CHECK (lower_inclusive IN (0, 1)),
        upper REAL,
        upper_inclusive INTEGER NOT NULL DEFAULT 0 CHECK (upper_inclusive IN (0, 1)),
        match TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (facet, code)
    ))",
    R"(CREATE TABLE rob (
        study_id INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        outcome TEXT NOT NULL DEFAULT '',
        domain INTEGER NOT NULL CHECK (domain BETWEEN 1 AND 6),
        judgement INTEGER NOT NULL DEFAULT 0 CHECK (judgement BETWEEN 0 AND 3),
        support TEXT NOT NULL DEFAULT '',
        assessed_by TEXT NOT NULL DEFAULT '',
        assessed_at TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (study_id, outcome, domain)
    ))",
    R"(CREATE TABLE note (
        id INTEGER PRIMARY KEY,
        study_id INTEGER REFERENCES study(id) ON DELETE CASCADE,
        arm_id INTEGER REFERENCES arm(id) ON DELETE CASCADE,
        comparison_id INTEGER REFERENCES comparison(id) ON DELETE CASCADE,
        outcome TEXT NOT NULL DEFAULT '',
        kind INTEGER NOT NULL DEFAULT 0 CHECK (kind BETWEEN 0 AND 6),
        field TEXT NOT NULL DEFAULT '',
        review_value TEXT NOT NULL DEFAULT '',
        other_value TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL CHECK (text <> ''),
        provenance_id INTEGER REFERENCES provenance(id)
    ))",
    R"(CREATE TABLE published_result (
        id INTEGER PRIMARY KEY,
        outcome TEXT NOT NULL,
        measure TEXT NOT NULL DEFAULT '',
        facet TEXT NOT NULL,
        level TEXT NOT NULL,
        estimate TEXT NOT NULL DEFAULT '',
        ci_lb TEXT NOT NULL DEFAULT '',
        ci_ub TEXT NOT NULL DEFAULT '',
        estimate_value REAL,
        ci_lb_value REAL,
        ci_ub_value REAL,
        model TEXT NOT NULL DEFAULT '',
        i2 TEXT NOT NULL DEFAULT '',
        k TEXT NOT NULL DEFAULT '',
        patients TEXT NOT NULL DEFAULT '',
        p_value TEXT NOT NULL DEFAULT '',
        figure TEXT NOT NULL DEFAULT '',
        section TEXT NOT NULL DEFAULT '',
        quote TEXT NOT NULL DEFAULT '',
        het_p TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''
    ))",
    R"(CREATE INDEX published_result_lookup ON published_result (outcome, facet, level))",
    R"(CREATE TABLE subgroup_test (
        id INTEGER PRIMARY KEY,
        outcome TEXT NOT NULL, facet TEXT NOT NULL,
        chi2 TEXT NOT NULL DEFAULT '', df TEXT NOT NULL DEFAULT '', p_value TEXT NOT NULL DEFAULT '',
        section TEXT NOT NULL DEFAULT '', quote TEXT NOT NULL DEFAULT '',
        stated_result TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT ''
    ))",
    R"(CREATE TABLE leave_one_out (
        id INTEGER PRIMARY KEY,
        outcome TEXT NOT NULL,
        loo_min TEXT NOT NULL DEFAULT '', loo_max TEXT NOT NULL DEFAULT '',
        quote TEXT NOT NULL DEFAULT '', measure TEXT NOT NULL DEFAULT '', figure TEXT NOT NULL DEFAULT ''
    ))",
    R"(CREATE TABLE metaregression (
        id INTEGER PRIMARY KEY,
        outcome TEXT NOT NULL, moderator TEXT NOT NULL,
        p_value TEXT NOT NULL DEFAULT '', quote TEXT NOT NULL DEFAULT ''
    ))",
    R"(CREATE TABLE heterogeneity (
        id INTEGER PRIMARY KEY,
        outcome TEXT NOT NULL,
        i2 TEXT NOT NULL DEFAULT '', baujat_top_contributor TEXT NOT NULL DEFAULT '', quote TEXT NOT NULL DEFAULT ''
    ))",
    R"(CREATE TABLE qualitative_result (
        id INTEGER PRIMARY KEY,
        outcome TEXT NOT NULL, measure TEXT NOT NULL DEFAULT '', facet TEXT NOT NULL DEFAULT '',
        level TEXT NOT NULL DEFAULT '', statement TEXT NOT NULL DEFAULT '', figure TEXT NOT NULL DEFAULT '',
        section TEXT NOT NULL DEFAULT '', quote TEXT NOT NULL DEFAULT ''
    ))",
    R"(CREATE TABLE registry_record (
        id INTEGER PRIMARY KEY,
        number INTEGER,
        trial_id TEXT NOT NULL DEFAULT '',
        phase TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT '',
        cell_product TEXT NOT NULL DEFAULT '',
        cell_source TEXT NOT NULL DEFAULT '',
        origin_text TEXT NOT NULL DEFAULT '',
        disease_stage TEXT NOT NULL DEFAULT '',
        dose_text TEXT NOT NULL DEFAULT '',
        dose_cells_min REAL,
        dose_cells_max REAL,
        route TEXT NOT NULL DEFAULT '',
        endpoints TEXT NOT NULL DEFAULT '',
        followup_months REAL,
        enrollment_total INTEGER,
        enrollment_arms TEXT NOT NULL DEFAULT '',
        study_id INTEGER REFERENCES study(id) ON DELETE SET NULL
    ))",
    // Provenance rows belong to exactly one value: remove them with it.
    R"(CREATE TRIGGER outcome_data_provenance_cleanup AFTER DELETE ON outcome_data
       BEGIN DELETE FROM provenance WHERE id = OLD.provenance_id; END)",
    R"(CREATE TRIGGER arm_provenance_cleanup AFTER DELETE ON arm WHEN OLD.dose_provenance_id IS NOT NULL
       BEGIN DELETE FROM provenance WHERE id = OLD.dose_provenance_id; END)",
    R"(CREATE TRIGGER moderator_provenance_cleanup AFTER DELETE ON moderator WHEN OLD.provenance_id IS NOT NULL
       BEGIN DELETE FROM provenance WHERE id = OLD.provenance_id; END)",
    R"(CREATE TRIGGER note_provenance_cleanup AFTER DELETE ON note WHEN OLD.provenance_id IS NOT NULL
       BEGIN DELETE FROM provenance WHERE id = OLD.provenance_id; END)",
    R"(CREATE INDEX arm_study ON arm (study_id))",
    R"(CREATE INDEX comparison_study ON comparison (study_id))",
    R"(CREATE INDEX outcome_data_comparison ON outcome_data (comparison_id))",
    R"(CREATE INDEX note_study ON note (study_id))",
};

QStringList toList(const char *const *begin, const char *const *end)
{
    QStringList result;
    for (auto it = begin; it != end; ++it)
        result << QString::fromUtf8(*it);
    return result;
}

} // namespace

const QList<Migration> &StoreSchema::migrations()
{
    static const QList<Migration> steps = {
        { 1, QStringLiteral("create the project schema"), toList(std::begin(kSchemaV1), std::end(kSchemaV1)) },
    };
    return steps;
}

Status StoreSchema::migrate(QSqlDatabase &db, int fromVersion, const QList<Migration> &steps, const QString &file)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return StoreError(StoreErrorCode::MigrationFailed,
            storeTr("cannot start the schema upgrade: %1").arg(query.lastError().text()), file);
    }
    int version = fromVersion;
    for (const Migration &step : steps) {
        if (step.toVersion <= fromVersion)
            continue;
        for (const QString &statement : step.statements) {
            if (!query.exec(statement)) {
                const QString reason = query.lastError().text();
                query.exec(QStringLiteral("ROLLBACK"));
                return StoreError(StoreErrorCode::MigrationFailed,
                    storeTr("upgrading the schema from version %1 to %2 (%3) failed: %4. "
                            "The file was left at version %1.")
                        .arg(fromVersion)
                        .arg(step.toVersion)
                        .arg(step.description, reason),
                    file);
            }
        }
        version = step.toVersion;
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
            const QString reason = query.lastError().text();
            query.exec(QStringLiteral("ROLLBACK"));
            return StoreError(StoreErrorCode::MigrationFailed,
                storeTr("cannot record schema version %1: %2. The file was left at version %3.")
                    .arg(version)
                    .arg(reason)
                    .arg(fromVersion),
                file);
        }
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QString reason = query.lastError().text();
        query.exec(QStringLiteral("ROLLBACK"));
        return StoreError(StoreErrorCode::MigrationFailed,
            storeTr("cannot commit the schema upgrade: %1. The file was left at version %2.")
                .arg(reason)
                .arg(fromVersion),
            file);
    }
    return {};
}

} // namespace ee::store
