#pragma once

#include "core/store/facetdefinition.h"
#include "core/store/storeenums.h"

#include <optional>

namespace ee::store {

/// A dose tier and how it was reached.
struct DoseTierAssignment {
    DoseTier tier = DoseTier::NotAssigned;
    DoseTierBasis basis = DoseTierBasis::NotAssigned;
    bool operator==(const DoseTierAssignment &) const = default;
};

/// Derives an arm's dose tier from its recorded cell count with the tier
/// cut-offs of `tiers` (a facet whose level codes are DoseTier codes and whose
/// levels carry lower/upper bounds in total cells per patient, as the review's
/// section 2.7 defines them: dose_tiers.csv).
///
/// - no dose statement: not assigned;
/// - a statement without a cell count (a volume, a product): "unspecified",
///   basis NoCellCount, as the review's "Dose-unspecified" group;
/// - a count per cm² or per kg (no total): "unspecified", basis NotATotal;
/// - a count per patient, or per leg / per ulcer read as the per-patient total
///   (one treated limb; basis PerLegAsPerPatient): the tier whose cut-offs
///   contain the whole printed range. A range that spans tiers, falls in a gap
///   between tiers (the review's tiers leave gaps) or is open above without
///   reaching the open top tier is not assigned.
///
/// `cellsMin`/`cellsMax` follow Arm: min == max for one number, no max for a
/// lower bound only.
DoseTierAssignment deriveDoseTier(bool hasDoseStatement, std::optional<double> cellsMin, std::optional<double> cellsMax,
    DoseUnit unit, const FacetDefinition &tiers);

} // namespace ee::store
