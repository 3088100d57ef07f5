#pragma once

#include "core/store/ids.h"
#include "core/store/provenance.h"
#include "core/store/storeenums.h"

#include <QString>

#include <optional>

namespace ee::store {

/// The result of one comparison for one outcome at one time point: events / N
/// per arm (binary outcomes) or mean / SD / N per arm (continuous outcomes),
/// with its provenance. An arm without data has no OutcomeData at all: it is
/// "not extracted", never zero.
struct OutcomeData {
    OutcomeDataId id;
    ComparisonId comparison;
    QString outcome; ///< OutcomeDefinition::code
    QString timepoint; ///< as reported ("12 weeks", "6 months"); empty if not stated
    ExtractionRole role = ExtractionRole::Final;
    std::optional<int> eventsTreatment;
    std::optional<int> nTreatment;
    std::optional<int> eventsControl;
    std::optional<int> nControl;
    std::optional<double> meanTreatment;
    std::optional<double> sdTreatment;
    std::optional<double> meanControl;
    std::optional<double> sdControl;
    Provenance provenance;
    QString notes;

    bool isBinary() const { return eventsTreatment.has_value(); }
    bool operator==(const OutcomeData &) const = default;
};

} // namespace ee::store
