#include "core/store/rob2algorithm.h"

namespace ee::store {

Rob2Proposal proposeRob2Overall(const std::array<RobJudgement, 5> &domains)
{
    Rob2Proposal proposal;
    for (const RobJudgement judgement : domains) {
        switch (judgement) {
        case RobJudgement::Low:
            ++proposal.lowCount;
            break;
        case RobJudgement::SomeConcerns:
            ++proposal.someConcernsCount;
            break;
        case RobJudgement::High:
            ++proposal.highCount;
            break;
        case RobJudgement::NotAssessed:
            ++proposal.notAssessedCount;
            break;
        }
    }
    if (proposal.notAssessedCount > 0)
        proposal.judgement = RobJudgement::NotAssessed;
    else if (proposal.highCount > 0)
        proposal.judgement = RobJudgement::High;
    else if (proposal.someConcernsCount == 0)
        proposal.judgement = RobJudgement::Low;
    else
        proposal.judgement = RobJudgement::SomeConcerns;
    proposal.considerHigh =
        proposal.judgement == RobJudgement::SomeConcerns && proposal.someConcernsCount >= kRob2ConsiderHighThreshold;
    return proposal;
}

} // namespace ee::store
