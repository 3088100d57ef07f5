#include "core/stats/types.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace ee::stats {

namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

template<typename Enum, std::size_t N>
std::optional<Enum> lookup(std::string_view text, const std::array<std::pair<std::string_view, Enum>, N> &names)
{
    for (const auto &[name, value] : names) {
        if (equalsIgnoreCase(text, name))
            return value;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<std::string_view, EffectMeasure>, 6> kMeasures { {
    { "OR", EffectMeasure::OR },
    { "RR", EffectMeasure::RR },
    { "RD", EffectMeasure::RD },
    { "MD", EffectMeasure::MD },
    { "SMD", EffectMeasure::SMD },
    { "GEN", EffectMeasure::GEN },
} };

constexpr std::array<std::pair<std::string_view, PoolingMethod>, 3> kMethods { {
    { "IV", PoolingMethod::InverseVariance },
    { "MH", PoolingMethod::MantelHaenszel },
    { "PETO", PoolingMethod::Peto },
} };

constexpr std::array<std::pair<std::string_view, ModelChoice>, 3> kModels { {
    { "fixed", ModelChoice::Fixed },
    { "random", ModelChoice::Random },
    { "auto", ModelChoice::Auto },
} };

constexpr std::array<std::pair<std::string_view, Tau2Estimator>, 7> kEstimators { {
    { "DL", Tau2Estimator::DL },
    { "REML", Tau2Estimator::REML },
    { "PM", Tau2Estimator::PM },
    { "ML", Tau2Estimator::ML },
    { "SJ", Tau2Estimator::SJ },
    { "HE", Tau2Estimator::HE },
    { "EB", Tau2Estimator::EB },
} };

constexpr std::array<std::pair<std::string_view, CorrectionTarget>, 4> kTargets { {
    { "only0", CorrectionTarget::OnlyZero },
    { "all", CorrectionTarget::All },
    { "if0all", CorrectionTarget::IfAnyZero },
    { "none", CorrectionTarget::None },
} };

template<typename Enum, std::size_t N>
std::string_view nameOf(Enum value, const std::array<std::pair<std::string_view, Enum>, N> &names)
{
    for (const auto &[name, v] : names) {
        if (v == value)
            return name;
    }
    return "?";
}

} // namespace

std::string_view toString(EffectMeasure measure)
{
    return nameOf(measure, kMeasures);
}
std::string_view toString(PoolingMethod method)
{
    return nameOf(method, kMethods);
}
std::string_view toString(ModelChoice model)
{
    return nameOf(model, kModels);
}
std::string_view toString(Tau2Estimator estimator)
{
    return nameOf(estimator, kEstimators);
}
std::string_view toString(CorrectionTarget target)
{
    return nameOf(target, kTargets);
}
std::string_view toString(TestStatistic test)
{
    return test == TestStatistic::Z ? "z" : "knha";
}

std::optional<EffectMeasure> parseEffectMeasure(std::string_view text)
{
    return lookup(text, kMeasures);
}
std::optional<PoolingMethod> parsePoolingMethod(std::string_view text)
{
    return lookup(text, kMethods);
}
std::optional<ModelChoice> parseModelChoice(std::string_view text)
{
    return lookup(text, kModels);
}
std::optional<Tau2Estimator> parseTau2Estimator(std::string_view text)
{
    return lookup(text, kEstimators);
}
std::optional<CorrectionTarget> parseCorrectionTarget(std::string_view text)
{
    return lookup(text, kTargets);
}

} // namespace ee::stats
