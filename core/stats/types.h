#pragma once

// Vocabulary of the pooling engine: effect measures, pooling methods, models,
// tau² estimators and continuity-correction targets. The numeric values are
// stable (they may be stored), the names are the ones metafor and the CLI use.

#include <optional>
#include <string_view>

namespace ee::stats {

/// Effect measure, named as in metafor's escalc(). Ratio measures (OR, RR) are
/// always handled on the log scale.
enum class EffectMeasure : int {
    OR = 0, ///< log odds ratio, from events/N
    RR = 1, ///< log risk ratio, from events/N
    RD = 2, ///< risk difference, from events/N
    MD = 3, ///< raw mean difference, from mean/SD/N
    SMD = 4, ///< standardised mean difference (Hedges' g), from mean/SD/N
    GEN = 5, ///< generic effect with its sampling variance (or standard error)
};

/// How the summary estimate of a fixed-effect model is formed.
enum class PoolingMethod : int {
    InverseVariance = 0, ///< weights 1/vi (fixed) or 1/(vi + tau²) (random), as metafor's rma.uni
    MantelHaenszel = 1, ///< Mantel & Haenszel (1959) for OR, RR, RD, as metafor's rma.mh
    Peto = 2, ///< Peto's one-step odds ratio (Yusuf et al. 1985), as metafor's rma.peto
};

/// Which model to fit. Auto applies the rule of the reviewed meta-analysis:
/// fixed effect when I² < 50% and P(Q) > 0.10, random effects otherwise.
enum class ModelChoice : int {
    Fixed = 0,
    Random = 1,
    Auto = 2,
};

/// Estimator of the between-study variance tau², named as metafor's rma(method = ...).
enum class Tau2Estimator : int {
    DL = 0, ///< DerSimonian & Laird (1986)
    REML = 1, ///< restricted maximum likelihood (Viechtbauer 2005), Fisher scoring
    PM = 2, ///< Paule & Mandel (1982), root of the generalised Q statistic
    ML = 3, ///< maximum likelihood (Viechtbauer 2005), Fisher scoring
    SJ = 4, ///< Sidik & Jonkman (2005)
    HE = 5, ///< Hedges (1983) / Hedges & Olkin (1985) method-of-moments estimator
    EB = 6, ///< empirical Bayes (Morris 1983; Berkey et al. 1995)
};

/// Which studies receive the continuity correction (metafor's `to` argument).
enum class CorrectionTarget : int {
    OnlyZero = 0, ///< "only0": studies with a zero cell (metafor's default)
    All = 1, ///< "all": every study
    IfAnyZero = 2, ///< "if0all": every study, if any study has a zero cell
    None = 3, ///< "none": no correction
};

/// The test and interval for the pooled estimate.
enum class TestStatistic : int {
    Z = 0, ///< standard normal
    KnappHartung = 1, ///< Hartung & Knapp (2001) / Sidik & Jonkman (2002): t with k - 1 df
};

/// Name as metafor and the CLI spell it ("OR", "SMD", ...).
std::string_view toString(EffectMeasure measure);
/// "IV", "MH" or "PETO".
std::string_view toString(PoolingMethod method);
/// "fixed", "random" or "auto".
std::string_view toString(ModelChoice model);
/// "DL", "REML", ...
std::string_view toString(Tau2Estimator estimator);
/// "only0", "all", "if0all" or "none".
std::string_view toString(CorrectionTarget target);
/// "z" or "knha".
std::string_view toString(TestStatistic test);

/// Parses a name written by toString() (case-insensitive); nullopt when unknown.
std::optional<EffectMeasure> parseEffectMeasure(std::string_view text);
std::optional<PoolingMethod> parsePoolingMethod(std::string_view text);
std::optional<ModelChoice> parseModelChoice(std::string_view text);
std::optional<Tau2Estimator> parseTau2Estimator(std::string_view text);
std::optional<CorrectionTarget> parseCorrectionTarget(std::string_view text);

/// True for measures computed from events/N (OR, RR, RD).
constexpr bool isBinaryMeasure(EffectMeasure m)
{
    return m == EffectMeasure::OR || m == EffectMeasure::RR || m == EffectMeasure::RD;
}
/// True for measures computed from mean/SD/N (MD, SMD).
constexpr bool isContinuousMeasure(EffectMeasure m)
{
    return m == EffectMeasure::MD || m == EffectMeasure::SMD;
}
/// True for measures pooled on the log scale (OR, RR).
constexpr bool isRatioMeasure(EffectMeasure m)
{
    return m == EffectMeasure::OR || m == EffectMeasure::RR;
}

} // namespace ee::stats
