#pragma once

#include "core/store/ids.h"
#include "core/store/provenance.h"

#include <QString>

#include <optional>

namespace ee::store {

/// A study-level (or comparison-level) characteristic: follow-up months,
/// baseline ulcer area, allocation method... Facets are derived from these.
struct Moderator {
    ModeratorId id;
    StudyId study;
    ComparisonId comparison; ///< set for a value that differs between a study's comparisons
    QString name; ///< ModeratorDefinition::name
    QString valueText; ///< as printed ("26-50", "random")
    std::optional<double> valueMin; ///< numeric value, or the lower end of a printed range
    std::optional<double> valueMax; ///< equal to valueMin for a single number
    std::optional<Provenance> provenance;

    bool operator==(const Moderator &) const = default;
};

/// The name, label and unit of a moderator.
struct ModeratorDefinition {
    QString name;
    QString label;
    QString unit;
    QString description;

    bool operator==(const ModeratorDefinition &) const = default;
};

} // namespace ee::store
