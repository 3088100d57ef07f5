#pragma once

#include "core/stats/study.h"
#include "core/store/evidencequery.h"
#include "core/store/result.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ee::store {

class StudyStore;

/// One study row for the pooling engine, in plain standard types.
struct PoolInputRow {
    /// The engine's input: label (the comparison label, e.g. "Lu1") and
    /// BinaryArms or ContinuousArms. Shared controls are already split when
    /// SharedControlMode::Split was asked for.
    ee::stats::Study study;
    std::string studyLabel; ///< the trial, e.g. "Lu 2011"
    std::optional<int> year;
    std::string timepoint;
    std::map<std::string, std::string> facets; ///< facet name → level code ("" = not recorded)
    std::map<std::string, std::string> moderators; ///< moderator name → value as recorded
    std::map<std::string, double> numericModerators; ///< moderators that are a single number
    std::string citation; ///< provenance of the numbers
    std::string quote;
    std::string confidence;
    int sharedControlGroupSize = 1; ///< > 1: the control arm is shared with other rows
    bool controlSplit = false;
};

/// The rows of one outcome after facet filters.
struct PoolInput {
    std::string outcome;
    std::string outcomeLabel;
    bool binary = true;
    std::string betterDirection; ///< "higher", "lower" or "unknown"
    std::vector<PoolInputRow> rows;
    std::vector<std::string> notExtracted; ///< comparisons that match but have no data ("not extracted")
    bool sharedControls = false; ///< some rows share a control arm
};

/// Parses `--where` arguments: "facet=level1,level2". A facet given twice
/// accepts the union of its levels; the level "-" means "not recorded".
/// Fails, naming the argument, on a missing '=' or an empty facet name.
Result<QMap<QString, QStringList>> parseWhereClauses(const std::vector<std::string> &clauses);

/// The filtered rows for `outcome` from an open store (see EvidenceIndex::query).
Result<PoolInput> poolInput(const StudyStore &store, const std::string &outcome,
    const std::vector<std::string> &whereClauses, SharedControlMode sharedControl = SharedControlMode::Flag);

/// Opens `path` read-only and returns poolInput() for it.
Result<PoolInput> poolInputFromFile(const QString &path, const std::string &outcome,
    const std::vector<std::string> &whereClauses, SharedControlMode sharedControl = SharedControlMode::Flag);

} // namespace ee::store
