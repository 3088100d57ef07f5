#pragma once

#include "core/store/facetdefinition.h"
#include "core/store/ids.h"
#include "core/store/outcomedefinition.h"
#include "core/store/provenance.h"
#include "core/store/storeenums.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ee::store {

/// What to do with a control arm that several selected comparisons share
/// (multi-arm trials): pooled naively its patients count more than once.
enum class SharedControlMode : int {
    /// Keep every comparison's own control numbers and flag the rows
    /// (QueryRow::sharedControlGroupSize > 1).
    Flag = 0,
    /// Divide the shared control's N (and events) evenly among the selected
    /// comparisons that share it, as the Cochrane Handbook (section 23.3.4)
    /// suggests; means and SDs are unchanged. Counts may become fractional.
    Split = 1,
};

/// A question to the explorer's index: one outcome, and per facet the levels
/// to keep. Levels of one facet are alternatives (OR); facets combine (AND).
struct QueryRequest {
    /// Outcome code; empty lists comparisons without outcome data.
    QString outcome;
    /// Time point to use; empty takes, per comparison, the first stored result.
    QString timepoint;
    /// Facet name → accepted level codes. An empty code ("") accepts
    /// comparisons whose value is not recorded. A facet absent from the map
    /// (or mapped to an empty list) does not filter.
    QMap<QString, QStringList> filters;
    SharedControlMode sharedControl = SharedControlMode::Flag;
    ExtractionRole role = ExtractionRole::Final;
};

/// One arm's numbers in a query row: events / N or mean / SD / N.
struct ArmNumbers {
    double n = 0;
    std::optional<double> events;
    std::optional<double> mean;
    std::optional<double> sd;
};

/// One engine-ready row: a comparison with data for the requested outcome.
struct QueryRow {
    ComparisonId comparison;
    StudyId study;
    OutcomeDataId data;
    QString label; ///< comparison label ("Lu1")
    QString studyLabel; ///< "Lu 2011"
    std::optional<int> year;
    QString timepoint;
    ArmNumbers treatment;
    ArmNumbers control;
    /// Level code per facet, aligned with QueryResult::facetNames; "" = not recorded.
    QStringList facetLevels;
    /// Moderator values by name (comparison-level values override study-level ones).
    QHash<QString, AttributeValue> moderators;
    Provenance provenance;
    QString dataNotes;
    ArmId controlArm;
    /// How many selected rows share this row's control arm (1 = not shared).
    int sharedControlGroupSize = 1;
    /// True when the control numbers were divided (SharedControlMode::Split).
    bool controlSplit = false;
    /// Notes (conflicts, uncertain matches...) on the study or comparison.
    int noteCount = 0;
};

/// A comparison that matches the filters but has no data for the outcome:
/// listed as "not extracted", never drawn as zero.
struct NotExtractedRow {
    ComparisonId comparison;
    StudyId study;
    QString label;
    QString studyLabel;
    std::optional<int> year;
};

/// How many comparisons (and distinct studies) a facet level would give.
struct LevelCount {
    QString code; ///< "" for "not recorded"
    QString label;
    int comparisons = 0;
    int studies = 0;
};

/// The counts of one facet. A level's count is what the result would hold if
/// that level were selected in this facet, with every other facet's filter
/// applied (the usual faceted-search convention), counting only comparisons
/// with data for the outcome (all comparisons when no outcome is given).
struct FacetCounts {
    QString facet;
    QString label;
    QList<LevelCount> levels; ///< in the facet's order, then "not recorded"
};

struct QueryResult {
    std::optional<OutcomeDefinition> outcome;
    QStringList facetNames;
    QList<QueryRow> rows;
    QList<NotExtractedRow> notExtracted;
    QList<FacetCounts> facetCounts;
    int studyCount = 0; ///< distinct studies among rows
    bool sharedControls = false; ///< some rows share a control arm
    SharedControlMode sharedControlMode = SharedControlMode::Flag;

    /// The level of `row` in facet `facet`, or "" when not recorded or unknown.
    QString levelOf(const QueryRow &row, const QString &facet) const;
};

} // namespace ee::store
