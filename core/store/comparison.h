#pragma once

#include "core/store/ids.h"

#include <QString>

#include <optional>

namespace ee::store {

/// A treatment arm against a control arm of the same study: one row of a
/// forest plot. Several comparisons may share one control arm (multi-arm
/// trials); the query layer knows and can split or flag it.
struct Comparison {
    ComparisonId id;
    StudyId study;
    QString label; ///< unique in the project, e.g. "Lu1"
    ArmId treatmentArm;
    ArmId controlArm;
    std::optional<int> reportedNTreatment; ///< N of the treatment arm as listed by the review's table
    std::optional<int> reportedNControl; ///< N of the control arm as listed by the review's table
    QString notes;

    bool operator==(const Comparison &) const = default;
};

} // namespace ee::store
