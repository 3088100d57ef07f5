#pragma once

#include "core/store/ids.h"
#include "core/store/storeenums.h"

#include <QString>

namespace ee::store {

/// One RoB 2 judgement (Sterne et al. 2019, BMJ 366:l4898): a domain or the
/// overall judgement of a study, for one outcome or (outcome empty) for all.
struct RobAssessment {
    StudyId study;
    QString outcome; ///< empty: the judgement applies to every outcome of the study
    RobDomain domain = RobDomain::Overall;
    RobJudgement judgement = RobJudgement::NotAssessed;
    QString support; ///< the text supporting the judgement
    QString assessedBy;
    QString assessedAt; ///< ISO 8601

    bool operator==(const RobAssessment &) const = default;
};

} // namespace ee::store
