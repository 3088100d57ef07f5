#pragma once

#include "core/store/result.h"

#include <QString>

namespace ee::store {

class StudyStore;

/// Fills an empty store with the diabetic-foot cell-therapy evidence base:
/// the 38 rows of the review's Table 1 as 32 studies with their arms and
/// comparisons (shared control arms merged), every outcome value of
/// outcomes.csv with its provenance, doses with their sources and derived
/// tiers, Table 1 moderators, the review's facets, its published results and
/// companions, conflict notes, the cell-type vocabulary and the 39 registered
/// CLI trials. `dataDir` holds dfu-cell-therapy/ and cli-trials-registry/.
Status buildDfuCellBase(StudyStore &store, const QString &dataDir);

/// Fills an empty store from an example folder: project.csv (key,value),
/// facets.csv (facet CSV) and evidence.csv (evidence CSV).
Status buildExampleProject(StudyStore &store, const QString &folder);

} // namespace ee::store
