#pragma once

#include "core/store/storeenums.h"

#include <QString>

namespace ee::store {

/// What an outcome measures and which way is better.
struct OutcomeDefinition {
    QString code; ///< "healing", "amputation", "abi", ...
    QString label;
    OutcomeKind kind = OutcomeKind::Binary;
    QString unit; ///< what is counted (binary) or the measurement unit (continuous)
    BetterDirection better = BetterDirection::Unknown;
    QString description;
    int position = 0; ///< display order

    bool operator==(const OutcomeDefinition &) const = default;
};

} // namespace ee::store
