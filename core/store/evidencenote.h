#pragma once

#include "core/store/ids.h"
#include "core/store/provenance.h"
#include "core/store/storeenums.h"

#include <QString>

#include <optional>

namespace ee::store {

/// A note on a study, arm, comparison or outcome. Conflicts between sources are
/// notes that keep both sides (reviewValue and otherValue) instead of a silent
/// choice.
struct EvidenceNote {
    NoteId id;
    StudyId study;
    ArmId arm; ///< optional
    ComparisonId comparison; ///< optional
    QString outcome; ///< optional outcome code
    NoteKind kind = NoteKind::General;
    QString field; ///< what the note is about: "n", "cell_type", "design", "route", ...
    QString reviewValue; ///< the value the project stores (the review's)
    QString otherValue; ///< the value another source gives
    QString text;
    std::optional<Provenance> provenance;

    bool operator==(const EvidenceNote &) const = default;
};

} // namespace ee::store
