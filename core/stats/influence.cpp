#include "core/stats/influence.h"

#include "core/stats/errors.h"
#include "core/stats/ivkernel.h"
#include "core/stats/mantelhaenszel.h"

#include <cfloat>
#include <cmath>
#include <stdexcept>
#include <string>

namespace ee::stats {

namespace {

void requireTwo(const char *function, std::size_t k)
{
    if (k < 2)
        throw std::invalid_argument(std::string(function) + ": needs at least 2 studies, got k = " + std::to_string(k));
}

// metafor's residuals.rma() sets |residual| < 100 eps to exactly 0.
double residual(double y, double estimate)
{
    const double r = y - estimate;
    return std::fabs(r) < 100 * DBL_EPSILON ? 0.0 : r;
}

bool influencePoint(const LeaveOneOut &l, const PoolFit &full, double &y)
{
    if (!l.estimable || !(l.fit.se > 0))
        return false;
    const double d = l.fit.estimate - full.estimate;
    y = d * d / (l.fit.se * l.fit.se);
    return std::isfinite(y);
}

std::vector<LeaveOneOut> tablesLeaveOneOut(const char *function, bool peto, EffectMeasure measure,
    std::span<const BinaryArms> arms, const ContinuityCorrection &cc, double level)
{
    detail::checkLevel(function, level);
    requireTwo(function, arms.size());
    std::vector<EffectSize> es = peto ? petoEffectSizes(arms, cc) : binaryEffectSizes(measure, arms, cc);
    std::vector<Table2x2> tables(arms.size());
    for (std::size_t i = 0; i < arms.size(); ++i)
        tables[i] = toTable(arms[i]);
    detail::CriticalValues crit(level);
    std::vector<LeaveOneOut> out(arms.size());
    std::vector<BinaryArms> rest;
    std::vector<EffectSize> restEs;
    for (std::size_t i = 0; i < arms.size(); ++i) {
        LeaveOneOut &l = out[i];
        l.omitted = i;
        const EffectSize *effects = es.data();
        if (cc.to == CorrectionTarget::IfAnyZero) {
            // "if0all" depends on the other tables: metafor's refit recomputes escalc() on the subset.
            rest.assign(arms.begin(), arms.end());
            rest.erase(rest.begin() + static_cast<std::ptrdiff_t>(i));
            restEs = peto ? petoEffectSizes(rest, cc) : binaryEffectSizes(measure, rest, cc);
            restEs.insert(restEs.begin() + static_cast<std::ptrdiff_t>(i), EffectSize {});
            effects = restEs.data();
        }
        const char *reason = "";
        l.estimable = peto
            ? detail::fitPetoTables(tables.data(), effects, tables.size(), i, crit, l.fit, reason)
            : detail::fitMhTables(measure, tables.data(), effects, tables.size(), i, crit, l.fit, reason);
        if (!l.estimable)
            l.failure = reason;
    }
    return out;
}

} // namespace

void leaveOneOut(std::span<const double> yi, std::span<const double> vi, const InverseVarianceOptions &options,
    std::vector<LeaveOneOut> &out)
{
    constexpr const char *function = "leaveOneOut";
    detail::checkEffects(function, yi.data(), yi.size(), vi.data(), vi.size());
    detail::checkLevel(function, options.level);
    requireTwo(function, yi.size());
    detail::CriticalValues crit(options.level);
    out.resize(yi.size());
    for (std::size_t i = 0; i < yi.size(); ++i) {
        LeaveOneOut &l = out[i];
        l.omitted = i;
        l.failure.clear();
        try {
            l.fit = detail::fit(detail::Sample { yi.data(), vi.data(), yi.size(), i }, options, crit, function);
            l.estimable = true;
        } catch (const ConvergenceError &error) {
            // metafor's leave1out() records NA for a refit that fails; we say why.
            l.estimable = false;
            l.fit = PoolFit {};
            l.failure = error.what();
        }
    }
}

std::vector<LeaveOneOut> leaveOneOut(
    std::span<const double> yi, std::span<const double> vi, const InverseVarianceOptions &options)
{
    std::vector<LeaveOneOut> out;
    leaveOneOut(yi, vi, options, out);
    return out;
}

std::vector<LeaveOneOut> leaveOneOutMantelHaenszel(
    EffectMeasure measure, std::span<const BinaryArms> arms, const ContinuityCorrection &cc, double level)
{
    if (!isBinaryMeasure(measure))
        throw std::invalid_argument(
            "leaveOneOutMantelHaenszel: measure must be OR, RR or RD, got " + std::string(toString(measure)));
    return tablesLeaveOneOut("leaveOneOutMantelHaenszel", false, measure, arms, cc, level);
}

std::vector<LeaveOneOut> leaveOneOutPeto(std::span<const BinaryArms> arms, const ContinuityCorrection &cc, double level)
{
    return tablesLeaveOneOut("leaveOneOutPeto", true, EffectMeasure::OR, arms, cc, level);
}

void baujat(std::span<const double> yi, std::span<const double> vi, const PoolFit &full,
    std::span<const LeaveOneOut> loo, std::vector<BaujatPoint> &out)
{
    constexpr const char *function = "baujat";
    detail::checkEffects(function, yi.data(), yi.size(), vi.data(), vi.size());
    requireTwo(function, yi.size());
    out.clear();
    for (const LeaveOneOut &l : loo) {
        if (l.omitted >= yi.size())
            throw std::invalid_argument(std::string(function) + ": loo refers to study " + std::to_string(l.omitted)
                + " of " + std::to_string(yi.size()));
        double y = 0;
        if (!influencePoint(l, full, y))
            continue;
        const double r = residual(yi[l.omitted], full.estimate);
        out.push_back(BaujatPoint { l.omitted, r * r / (vi[l.omitted] + full.tau2), y });
    }
}

std::vector<BaujatPoint> baujat(
    std::span<const double> yi, std::span<const double> vi, const PoolFit &full, std::span<const LeaveOneOut> loo)
{
    std::vector<BaujatPoint> out;
    out.reserve(loo.size());
    baujat(yi, vi, full, loo, out);
    return out;
}

std::vector<BaujatPoint> baujat(
    std::span<const EffectSize> effects, const PoolFit &full, std::span<const LeaveOneOut> loo)
{
    constexpr const char *function = "baujat";
    requireTwo(function, effects.size());
    std::vector<BaujatPoint> out;
    out.reserve(loo.size());
    for (const LeaveOneOut &l : loo) {
        if (l.omitted >= effects.size())
            throw std::invalid_argument(std::string(function) + ": loo refers to study " + std::to_string(l.omitted)
                + " of " + std::to_string(effects.size()));
        const EffectSize &e = effects[l.omitted];
        double y = 0;
        if (!e.estimable() || !influencePoint(l, full, y))
            continue;
        const double r = residual(e.yi, full.estimate);
        out.push_back(BaujatPoint { l.omitted, r * r / (e.vi + full.tau2), y });
    }
    return out;
}

} // namespace ee::stats
