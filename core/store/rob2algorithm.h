#pragma once

#include "core/store/storeenums.h"

#include <array>

namespace ee::store {

/// The five RoB 2 domains in the order of the tool (Sterne et al. 2019).
inline constexpr std::array<RobDomain, 5> kRob2Domains = { RobDomain::Randomisation, RobDomain::Deviations,
    RobDomain::MissingData, RobDomain::Measurement, RobDomain::Selection };

/// The overall judgement the RoB 2 algorithm proposes for a result, with what
/// a reviewer should consider before accepting it.
struct Rob2Proposal {
    RobJudgement judgement = RobJudgement::NotAssessed;
    int lowCount = 0;
    int someConcernsCount = 0;
    int highCount = 0;
    int notAssessedCount = 0;
    /// True when the proposal is "Some concerns" with some concerns in three or
    /// more domains: the guidance lets the reviewer judge the result at high
    /// risk of bias instead, because several concerns may together lower
    /// confidence in the result substantially. The algorithm does not decide
    /// this; the form suggests it.
    bool considerHigh = false;

    bool operator==(const Rob2Proposal &) const = default;
};

/// Proposes the overall RoB 2 judgement from the five domain judgements
/// (`domains` in the order of kRob2Domains), following the mapping of the
/// RoB 2 guidance (Sterne JAC, Savović J, Page MJ, et al. RoB 2: a revised tool
/// for assessing risk of bias in randomised trials. BMJ 2019;366:l4898,
/// table 2 and the full guidance document, section "Overall risk of bias"):
///
/// - Not assessed while any domain is not assessed (no proposal can be made);
/// - High if at least one domain is at high risk of bias;
/// - Low if all five domains are at low risk of bias;
/// - Some concerns otherwise (some concerns in at least one domain, none high).
///
/// The guidance's further rule, "some concerns for multiple domains in a way
/// that substantially lowers confidence in the result" → High, is a reviewer's
/// judgement: it is reported as Rob2Proposal::considerHigh when three or more
/// domains have some concerns, never applied automatically.
Rob2Proposal proposeRob2Overall(const std::array<RobJudgement, 5> &domains);

/// The number of "some concerns" domains from which considerHigh is set.
inline constexpr int kRob2ConsiderHighThreshold = 3;

} // namespace ee::store
