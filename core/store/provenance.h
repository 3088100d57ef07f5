#pragma once

#include "core/store/ids.h"
#include "core/store/storeenums.h"

#include <QString>

namespace ee::store {

/// Where a number came from: every outcome value and every dose carries one.
struct Provenance {
    ProvenanceId id;
    QString citation; ///< the source: authors, title, journal, year, DOI or registry record
    QString quote; ///< the verbatim text the value was read from
    QString locator; ///< where in the source: page, table, figure, "abstract"
    QString counted; ///< what was counted: patients, limbs, lesions (or the unit of a continuous value)
    Confidence confidence = Confidence::NotStated;
    QString enteredBy; ///< who entered the value (person or conversion script)
    QString enteredAt; ///< when, ISO 8601; empty when not known

    bool operator==(const Provenance &) const = default;
};

} // namespace ee::store
