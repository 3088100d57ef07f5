#pragma once

#include "core/store/ids.h"
#include "core/store/provenance.h"
#include "core/store/storeenums.h"

#include <QString>

#include <optional>

namespace ee::store {

/// One group of a study: a cell-therapy arm or a control arm.
struct Arm {
    ArmId id;
    StudyId study;
    QString label; ///< unique within the study
    ArmRole role = ArmRole::Treatment;
    QString cellType; ///< a code of the cell-type vocabulary, or free text; empty for controls
    CellOrigin origin = CellOrigin::NotReported;
    QString doseText; ///< the dose as the source prints it
    /// Cells, in doseUnit. A single value has min == max; a printed lower
    /// bound only ("> 4e6") has min and no max.
    std::optional<double> doseCellsMin;
    std::optional<double> doseCellsMax;
    DoseUnit doseUnit = DoseUnit::NotReported;
    DoseTier doseTier = DoseTier::NotAssigned;
    DoseTierBasis doseTierBasis = DoseTierBasis::NotAssigned;
    std::optional<Provenance> doseProvenance;
    Route route = Route::NotReported;
    QString routeText; ///< as printed ("IM + SC")
    std::optional<int> nRandomized;
    std::optional<int> nAnalysed;
    QString notes;

    bool operator==(const Arm &) const = default;
};

} // namespace ee::store
