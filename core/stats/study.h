#pragma once

// Plain input structs of the pooling engine: one study's arm-level data or its
// precomputed effect. Filled by the CSV reader, the study store or a test.

#include <string>
#include <variant>

namespace ee::stats {

/// Events and group sizes of a two-arm study with a dichotomous outcome
/// (treatment = "t", control = "c"). Counts may be non-integer, as in metafor.
struct BinaryArms {
    double eventsT = 0; ///< events in the treatment arm, 0 <= eventsT <= nT
    double nT = 0; ///< size of the treatment arm, >= 1
    double eventsC = 0; ///< events in the control arm, 0 <= eventsC <= nC
    double nC = 0; ///< size of the control arm, >= 1
};

/// Means, standard deviations and sizes of a two-arm study with a continuous outcome.
struct ContinuousArms {
    double meanT = 0;
    double sdT = 0; ///< > 0
    double nT = 0; ///< >= 1
    double meanC = 0;
    double sdC = 0; ///< > 0
    double nC = 0; ///< >= 1
};

/// A precomputed effect and its sampling variance (metafor's yi and vi).
struct GenericEffect {
    double yi = 0;
    double vi = 0; ///< > 0; give sei * sei when the source reports a standard error
};

using StudyData = std::variant<BinaryArms, ContinuousArms, GenericEffect>;

/// One row of an analysis: a label and the study's data. All studies of one
/// analysis hold the same alternative of StudyData.
struct Study {
    std::string label;
    StudyData data;
};

} // namespace ee::stats
