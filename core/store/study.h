#pragma once

#include "core/store/ids.h"
#include "core/store/storeenums.h"

#include <QString>

#include <optional>

namespace ee::store {

/// One trial (or other study) of a project.
struct Study {
    StudyId id;
    QString label; ///< unique in the project, e.g. "Lu 2011"
    QString firstAuthor;
    std::optional<int> year; ///< publication year
    QString country; ///< as printed by the source ("Czech Rep.", "S. Korea")
    QString region; ///< continent used by the review's region subgroups
    StudyDesign design = StudyDesign::NotReported;
    QString registryId; ///< e.g. NCT01065337
    QString citation;
    QString doi;
    QString notes;

    bool operator==(const Study &) const = default;
};

} // namespace ee::store
