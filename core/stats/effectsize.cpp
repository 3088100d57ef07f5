#include "core/stats/effectsize.h"

#include <cmath>
#include <sstream>
#include <stdexcept>
#include <string>

namespace ee::stats {

namespace {

std::string number(double x)
{
    std::ostringstream text;
    text.precision(15);
    text << x;
    return text.str();
}

[[noreturn]] void fail(const char *function, const std::string &what)
{
    throw std::invalid_argument(std::string(function) + ": " + what);
}

void checkBinary(const char *function, std::span<const BinaryArms> arms)
{
    for (std::size_t i = 0; i < arms.size(); ++i) {
        const BinaryArms &a = arms[i];
        const std::string at = "arms[" + std::to_string(i) + "].";
        if (!std::isfinite(a.eventsT) || !std::isfinite(a.nT) || !std::isfinite(a.eventsC) || !std::isfinite(a.nC))
            fail(function, at + "counts must be finite numbers");
        if (a.nT < 1)
            fail(function, at + "nT must be >= 1, got " + number(a.nT));
        if (a.nC < 1)
            fail(function, at + "nC must be >= 1, got " + number(a.nC));
        if (a.eventsT < 0)
            fail(function, at + "eventsT must be >= 0, got " + number(a.eventsT));
        if (a.eventsC < 0)
            fail(function, at + "eventsC must be >= 0, got " + number(a.eventsC));
        if (a.eventsT > a.nT)
            fail(function, at + "eventsT (" + number(a.eventsT) + ") exceeds nT (" + number(a.nT) + ")");
        if (a.eventsC > a.nC)
            fail(function, at + "eventsC (" + number(a.eventsC) + ") exceeds nC (" + number(a.nC) + ")");
    }
}

void checkCorrection(const char *function, const ContinuityCorrection &cc)
{
    if (!std::isfinite(cc.add) || cc.add < 0)
        fail(function, "cc.add must be a finite value >= 0, got " + number(cc.add));
}

// Applies drop00 and the continuity correction exactly as escalc() does: the
// double-zero check comes first, dropped tables never trigger "if0all".
std::vector<Table2x2> correctedTables(
    std::span<const BinaryArms> arms, const ContinuityCorrection &cc, std::vector<EffectSize> &out)
{
    std::vector<Table2x2> tables(arms.size());
    out.assign(arms.size(), EffectSize {});
    bool anyZero = false;
    for (std::size_t i = 0; i < arms.size(); ++i) {
        tables[i] = toTable(arms[i]);
        const Table2x2 &t = tables[i];
        out[i].status = EffectStatus::Estimable;
        if (cc.drop00 && ((t.ai == 0 && t.ci == 0) || (t.bi == 0 && t.di == 0))) {
            out[i].status = EffectStatus::DroppedDoubleZero;
            continue;
        }
        if (t.ai == 0 || t.bi == 0 || t.ci == 0 || t.di == 0)
            anyZero = true;
    }
    for (std::size_t i = 0; i < arms.size(); ++i) {
        if (out[i].status != EffectStatus::Estimable)
            continue;
        Table2x2 &t = tables[i];
        const bool hasZero = t.ai == 0 || t.bi == 0 || t.ci == 0 || t.di == 0;
        bool add = false;
        switch (cc.to) {
        case CorrectionTarget::All:
            add = true;
            break;
        case CorrectionTarget::OnlyZero:
            add = hasZero;
            break;
        case CorrectionTarget::IfAnyZero:
            add = anyZero;
            break;
        case CorrectionTarget::None:
            add = false;
            break;
        }
        if (add) {
            t.ai += cc.add;
            t.bi += cc.add;
            t.ci += cc.add;
            t.di += cc.add;
            out[i].corrected = cc.add != 0;
        }
    }
    return tables;
}

// escalc() turns infinite and undefined values into NA, and negative variances too.
void finish(EffectSize &e, double yi, double vi)
{
    if (!std::isfinite(yi) || !std::isfinite(vi) || !(vi > 0)) {
        e.status = EffectStatus::NotEstimable;
        return;
    }
    e.yi = yi;
    e.vi = vi;
}

} // namespace

Table2x2 toTable(const BinaryArms &arms)
{
    return Table2x2 { arms.eventsT, arms.nT - arms.eventsT, arms.eventsC, arms.nC - arms.eventsC };
}

double hedgesCorrection(double m)
{
    if (!(m > 1) || !std::isfinite(m))
        fail("hedgesCorrection", "m (= n1 + n2 - 2) must be > 1, got " + number(m));
    // metafor's .cmicalc(): exp(lgamma(m/2) - log(sqrt(m/2)) - lgamma((m-1)/2)).
    return std::exp(std::lgamma(m / 2) - std::log(std::sqrt(m / 2)) - std::lgamma((m - 1) / 2));
}

std::vector<EffectSize> binaryEffectSizes(
    EffectMeasure measure, std::span<const BinaryArms> arms, const ContinuityCorrection &cc)
{
    constexpr const char *function = "binaryEffectSizes";
    if (!isBinaryMeasure(measure))
        fail(function, "measure must be OR, RR or RD, got " + std::string(toString(measure)));
    checkBinary(function, arms);
    checkCorrection(function, cc);
    std::vector<EffectSize> out;
    const std::vector<Table2x2> tables = correctedTables(arms, cc, out);
    for (std::size_t i = 0; i < tables.size(); ++i) {
        if (out[i].status != EffectStatus::Estimable)
            continue;
        const Table2x2 &t = tables[i];
        const double n1 = t.ai + t.bi;
        const double n2 = t.ci + t.di;
        const double p1 = t.ai / n1;
        const double p2 = t.ci / n2;
        switch (measure) {
        case EffectMeasure::OR:
            finish(
                out[i], std::log(p1 / (1 - p1)) - std::log(p2 / (1 - p2)), 1 / t.ai + 1 / t.bi + 1 / t.ci + 1 / t.di);
            break;
        case EffectMeasure::RR:
            finish(out[i], std::log(p1) - std::log(p2), 1 / t.ai - 1 / n1 + 1 / t.ci - 1 / n2);
            break;
        case EffectMeasure::RD:
            finish(out[i], p1 - p2, p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
            break;
        default:
            break;
        }
    }
    return out;
}

std::vector<EffectSize> petoEffectSizes(std::span<const BinaryArms> arms, const ContinuityCorrection &cc)
{
    constexpr const char *function = "petoEffectSizes";
    checkBinary(function, arms);
    checkCorrection(function, cc);
    std::vector<EffectSize> out;
    const std::vector<Table2x2> tables = correctedTables(arms, cc, out);
    for (std::size_t i = 0; i < tables.size(); ++i) {
        if (out[i].status != EffectStatus::Estimable)
            continue;
        const Table2x2 &t = tables[i];
        const double n1 = t.ai + t.bi;
        const double n2 = t.ci + t.di;
        const double ni = n1 + n2;
        const double xt = t.ai + t.ci;
        const double yt = t.bi + t.di;
        const double ei = xt * n1 / ni;
        const double vPeto = xt * yt * (n1 / ni) * (n2 / ni) / (ni - 1);
        finish(out[i], (t.ai - ei) / vPeto, 1 / vPeto);
    }
    return out;
}

std::vector<EffectSize> continuousEffectSizes(EffectMeasure measure, std::span<const ContinuousArms> arms)
{
    constexpr const char *function = "continuousEffectSizes";
    if (!isContinuousMeasure(measure))
        fail(function, "measure must be MD or SMD, got " + std::string(toString(measure)));
    std::vector<EffectSize> out(arms.size());
    for (std::size_t i = 0; i < arms.size(); ++i) {
        const ContinuousArms &a = arms[i];
        const std::string at = "arms[" + std::to_string(i) + "].";
        if (!std::isfinite(a.meanT) || !std::isfinite(a.meanC) || !std::isfinite(a.sdT) || !std::isfinite(a.sdC)
            || !std::isfinite(a.nT) || !std::isfinite(a.nC))
            fail(function, at + "values must be finite numbers");
        if (!(a.sdT > 0))
            fail(function, at + "sdT must be positive, got " + number(a.sdT));
        if (!(a.sdC > 0))
            fail(function, at + "sdC must be positive, got " + number(a.sdC));
        if (a.nT < 1)
            fail(function, at + "nT must be >= 1, got " + number(a.nT));
        if (a.nC < 1)
            fail(function, at + "nC must be >= 1, got " + number(a.nC));
        if (measure == EffectMeasure::MD) {
            out[i].status = EffectStatus::Estimable;
            finish(out[i], a.meanT - a.meanC, a.sdT * a.sdT / a.nT + a.sdC * a.sdC / a.nC);
        } else {
            const double ni = a.nT + a.nC;
            const double mi = ni - 2;
            if (!(mi > 1))
                fail(function, at + "SMD needs nT + nC > 3 for Hedges' correction, got " + number(ni));
            const double sdPooled = std::sqrt(((a.nT - 1) * a.sdT * a.sdT + (a.nC - 1) * a.sdC * a.sdC) / mi);
            const double g = hedgesCorrection(mi) * (a.meanT - a.meanC) / sdPooled;
            out[i].status = EffectStatus::Estimable;
            finish(out[i], g, 1 / a.nT + 1 / a.nC + g * g / (2 * ni));
        }
    }
    return out;
}

std::vector<EffectSize> genericEffectSizes(std::span<const GenericEffect> effects)
{
    std::vector<EffectSize> out(effects.size());
    for (std::size_t i = 0; i < effects.size(); ++i) {
        const GenericEffect &e = effects[i];
        if (!std::isfinite(e.yi))
            fail("genericEffectSizes", "yi[" + std::to_string(i) + "] must be a finite number");
        if (!std::isfinite(e.vi) || !(e.vi > 0))
            fail("genericEffectSizes", "vi[" + std::to_string(i) + "] must be positive, got " + number(e.vi));
        out[i] = EffectSize { e.yi, e.vi, EffectStatus::Estimable, false };
    }
    return out;
}

std::vector<EffectSize> computeEffectSizes(
    EffectMeasure measure, std::span<const Study> studies, const ContinuityCorrection &cc)
{
    constexpr const char *function = "computeEffectSizes";
    auto wrongKind = [&](std::size_t i, const char *expected) {
        fail(function,
            "studies[" + std::to_string(i) + "] (" + studies[i].label + ") must hold " + expected + " for measure "
                + std::string(toString(measure)));
    };
    if (isBinaryMeasure(measure)) {
        std::vector<BinaryArms> arms(studies.size());
        for (std::size_t i = 0; i < studies.size(); ++i) {
            const auto *b = std::get_if<BinaryArms>(&studies[i].data);
            if (!b)
                wrongKind(i, "events/N");
            arms[i] = *b;
        }
        return binaryEffectSizes(measure, arms, cc);
    }
    if (isContinuousMeasure(measure)) {
        std::vector<ContinuousArms> arms(studies.size());
        for (std::size_t i = 0; i < studies.size(); ++i) {
            const auto *c = std::get_if<ContinuousArms>(&studies[i].data);
            if (!c)
                wrongKind(i, "mean/SD/N");
            arms[i] = *c;
        }
        return continuousEffectSizes(measure, arms);
    }
    std::vector<GenericEffect> effects(studies.size());
    for (std::size_t i = 0; i < studies.size(); ++i) {
        const auto *g = std::get_if<GenericEffect>(&studies[i].data);
        if (!g)
            wrongKind(i, "a generic effect (yi, vi)");
        effects[i] = *g;
    }
    return genericEffectSizes(effects);
}

} // namespace ee::stats
