#include "core/store/dosetier.h"

#include <limits>

namespace ee::store {

DoseTierAssignment deriveDoseTier(bool hasDoseStatement, std::optional<double> cellsMin, std::optional<double> cellsMax,
    DoseUnit unit, const FacetDefinition &tiers)
{
    if (!hasDoseStatement)
        return {};
    if (!cellsMin)
        return { DoseTier::Unspecified, DoseTierBasis::NoCellCount };
    if (unit == DoseUnit::PerCm2 || unit == DoseUnit::PerKg)
        return { DoseTier::Unspecified, DoseTierBasis::NotATotal };
    DoseTierBasis basis = DoseTierBasis::NotAssigned;
    if (unit == DoseUnit::PerPatient)
        basis = DoseTierBasis::TotalPerPatient;
    else if (unit == DoseUnit::PerLeg || unit == DoseUnit::PerUlcer)
        basis = DoseTierBasis::PerLegAsPerPatient;
    else
        return {};

    // Only levels with cut-offs take part; "unspecified" has none.
    FacetDefinition bounded = tiers;
    bounded.kind = FacetKind::NumericBinned;
    bounded.levels.clear();
    for (const FacetLevel &level : tiers.levels) {
        if ((level.lower || level.upper) && fromCode<DoseTier>(level.code))
            bounded.levels.append(level);
    }
    const double high = cellsMax ? *cellsMax : std::numeric_limits<double>::infinity();
    const int index = bounded.levelFor({ QString(), cellsMin, high });
    if (index < 0)
        return {};
    return { *fromCode<DoseTier>(bounded.levels[index].code), basis };
}

} // namespace ee::store
