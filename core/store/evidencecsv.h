#pragma once

#include "core/store/csvtable.h"
#include "core/store/evidencebase.h"
#include "core/store/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ee::store {

class StudyStore;

/// What an import added.
struct ImportSummary {
    int rows = 0;
    int studies = 0;
    int arms = 0;
    int comparisons = 0;
    int outcomeData = 0;
    int outcomesCreated = 0;
    int moderators = 0;
    bool operator==(const ImportSummary &) const = default;
};

/// The evidence CSV: studies, arms, comparisons, outcome data with provenance,
/// and moderators in one flat file, one row per comparison × outcome × time
/// point (docs/store.md, "Evidence CSV"). Rows repeat the study and arm
/// columns; a comparison without outcome data has one row with the outcome
/// columns empty. Two comparisons naming the same control arm share it.
class EvidenceCsv
{
public:
    /// The fixed columns in export order. Moderators add `mod:NAME`
    /// (study-level) and `cmod:NAME` (comparison-level) columns.
    static const QStringList &columns();

    /// Imports `table` into `store`, all or nothing, in one transaction.
    /// Every problem is collected first (row, column, reason) and nothing is
    /// written if there is any: unknown column, missing required value, bad
    /// number or code, events above N, SD not positive, a study or arm whose
    /// repeated columns disagree between rows, a study or comparison already
    /// in the project, an outcome whose kind disagrees with its data.
    static Result<ImportSummary> import(StudyStore &store, const CsvTable &table);

    /// A dry run of import(): applies exactly the same checks (including the
    /// forms' rules in storevalidation.h for every study, arm and result) and
    /// returns what import() would add, or the same error with every
    /// RowError, without writing anything. A clean check is still re-checked
    /// by import(), so the project may change in between.
    static Result<ImportSummary> check(const StudyStore &store, const CsvTable &table);

    /// Reads `path` and imports it.
    static Result<ImportSummary> importFile(StudyStore &store, const QString &path);

    /// The evidence CSV of a project: every comparison with its outcome data.
    /// Arms that are in no comparison and studies without comparisons are
    /// written as rows with the comparison columns empty.
    static QByteArray exportBase(const EvidenceBase &base);
};

} // namespace ee::store
