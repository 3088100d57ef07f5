#include "core/store/rob2algorithm.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ee::store;

namespace {

constexpr std::array<RobJudgement, 4> kJudgements = { RobJudgement::NotAssessed, RobJudgement::Low,
    RobJudgement::SomeConcerns, RobJudgement::High };

bool any(const std::array<RobJudgement, 5> &d, RobJudgement j)
{
    return std::any_of(d.begin(), d.end(), [j](RobJudgement x) { return x == j; });
}

bool all(const std::array<RobJudgement, 5> &d, RobJudgement j)
{
    return std::all_of(d.begin(), d.end(), [j](RobJudgement x) { return x == j; });
}

// The RoB 2 mapping (Sterne et al. 2019, BMJ 366:l4898), written out
// independently of the implementation:
//   any domain not assessed        -> not assessed
//   else any domain high           -> high
//   else all five domains low      -> low
//   else                           -> some concerns
//   "consider high" only for some concerns with >= 3 some-concerns domains.
RobJudgement expectedOverall(const std::array<RobJudgement, 5> &d)
{
    if (any(d, RobJudgement::NotAssessed))
        return RobJudgement::NotAssessed;
    if (any(d, RobJudgement::High))
        return RobJudgement::High;
    if (all(d, RobJudgement::Low))
        return RobJudgement::Low;
    return RobJudgement::SomeConcerns;
}

} // namespace

TEST(Rob2Algorithm, AllCombinationsFollowTheGuidance)
{
    int combinations = 0;
    int considerHighCount = 0;
    for (int code = 0; code < 1024; ++code) {
        std::array<RobJudgement, 5> domains {};
        int rest = code;
        for (RobJudgement &judgement : domains) {
            judgement = kJudgements[static_cast<std::size_t>(rest % 4)];
            rest /= 4;
        }
        ++combinations;
        const Rob2Proposal proposal = proposeRob2Overall(domains);
        const RobJudgement expected = expectedOverall(domains);
        EXPECT_EQ(proposal.judgement, expected) << "combination " << code;
        const auto count = [&](RobJudgement j) {
            return static_cast<int>(std::count(domains.begin(), domains.end(), j));
        };
        EXPECT_EQ(proposal.lowCount, count(RobJudgement::Low));
        EXPECT_EQ(proposal.someConcernsCount, count(RobJudgement::SomeConcerns));
        EXPECT_EQ(proposal.highCount, count(RobJudgement::High));
        EXPECT_EQ(proposal.notAssessedCount, count(RobJudgement::NotAssessed));
        const bool considerHigh = expected == RobJudgement::SomeConcerns && count(RobJudgement::SomeConcerns) >= 3;
        EXPECT_EQ(proposal.considerHigh, considerHigh) << "combination " << code;
        considerHighCount += considerHigh ? 1 : 0;
    }
    EXPECT_EQ(combinations, 1024);
    // Low/some-concerns only, with 3, 4 or 5 some concerns:
    // C(5,3) + C(5,4) + C(5,5) = 10 + 5 + 1 = 16 combinations.
    EXPECT_EQ(considerHighCount, 16);
}

TEST(Rob2Algorithm, NamedCases)
{
    using J = RobJudgement;
    EXPECT_EQ(proposeRob2Overall({ J::Low, J::Low, J::Low, J::Low, J::Low }).judgement, J::Low);
    EXPECT_EQ(proposeRob2Overall({ J::Low, J::SomeConcerns, J::Low, J::Low, J::Low }).judgement, J::SomeConcerns);
    EXPECT_FALSE(proposeRob2Overall({ J::Low, J::SomeConcerns, J::SomeConcerns, J::Low, J::Low }).considerHigh);
    const Rob2Proposal three =
        proposeRob2Overall({ J::SomeConcerns, J::SomeConcerns, J::Low, J::SomeConcerns, J::Low });
    EXPECT_EQ(three.judgement, J::SomeConcerns);
    EXPECT_TRUE(three.considerHigh);
    EXPECT_EQ(proposeRob2Overall({ J::Low, J::Low, J::High, J::Low, J::Low }).judgement, J::High);
    // A high domain with many concerns is already high: nothing to consider.
    EXPECT_FALSE(
        proposeRob2Overall({ J::SomeConcerns, J::SomeConcerns, J::High, J::SomeConcerns, J::Low }).considerHigh);
    // One unassessed domain blocks the proposal, even next to a high one.
    EXPECT_EQ(proposeRob2Overall({ J::High, J::Low, J::Low, J::Low, J::NotAssessed }).judgement, J::NotAssessed);
    EXPECT_EQ(proposeRob2Overall({}).judgement, J::NotAssessed);
}
