#include "core/stats/mantelhaenszel.h"

#include "core/stats/distributions.h"
#include "core/stats/inversevariance.h"
#include "core/stats/ivkernel.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace ee::stats {

namespace detail {

namespace {

template<typename F> void forEachTable(const Table2x2 *tables, std::size_t n, std::size_t skip, F &&f)
{
    for (std::size_t i = 0; i < n; ++i) {
        if (i != skip)
            f(tables[i]);
    }
}

// Cochran's Q of the escalc() effects around `estimate`, as rma.mh(): over the
// studies with an effect size, df = their count - 1.
void heterogeneityAround(double estimate, const EffectSize *es, std::size_t n, std::size_t skip, PoolFit &f)
{
    double q = 0;
    std::size_t kYi = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (i == skip || !es[i].estimable())
            continue;
        ++kYi;
        q += (es[i].yi - estimate) * (es[i].yi - estimate) / es[i].vi;
    }
    if (kYi > 1) {
        f.Q = std::max(0.0, q);
        f.Qdf = static_cast<double>(kYi - 1);
        f.Qp = chiSquaredUpperP(f.Q, f.Qdf);
        f.I2 = higginsI2(f.Q, f.Qdf);
        f.H2 = higginsH2(f.Q, f.Qdf);
    } else {
        f.Q = 0;
        f.Qdf = 0;
        f.Qp = 1;
        f.I2 = 0;
        f.H2 = 1;
    }
}

void finishFixed(PoolFit &f, CriticalValues &crit)
{
    f.randomEffects = false;
    f.test = TestStatistic::Z;
    f.level = crit.level();
    f.crit = crit.z();
    f.df = 0;
    f.tau2 = 0;
    testEstimate(f);
}

} // namespace

bool fitMhTables(EffectMeasure measure, const Table2x2 *tables, const EffectSize *es, std::size_t n, std::size_t skip,
    CriticalValues &crit, PoolFit &fit, const char *&reason)
{
    PoolFit f;
    f.method = PoolingMethod::MantelHaenszel;
    f.k = skip < n ? n - 1 : n;
    if (f.k == 0) {
        reason = "no table left";
        return false;
    }
    if (measure == EffectMeasure::OR) {
        double R = 0, S = 0, PR = 0, PSQR = 0, QS = 0;
        forEachTable(tables, n, skip, [&](const Table2x2 &t) {
            const double N = t.ai + t.bi + t.ci + t.di;
            const double P = t.ai / N + t.di / N;
            const double Qi = t.bi / N + t.ci / N;
            const double Ri = (t.ai / N) * t.di;
            const double Si = (t.bi / N) * t.ci;
            R += Ri;
            S += Si;
            PR += P * Ri;
            PSQR += P * Si + Qi * Ri;
            QS += Qi * Si;
        });
        if (R == 0 || S == 0) {
            reason = "the Mantel-Haenszel odds ratio is not estimable: every table has a zero in a diagonal "
                     "(no events or no non-events in one arm of every study)";
            return false;
        }
        f.estimate = std::log(R / S);
        f.se = std::sqrt(0.5 * (PR / (R * R) + PSQR / (R * S) + QS / (S * S)));
    } else if (measure == EffectMeasure::RR) {
        double R = 0, S = 0, sumA = 0, sumC = 0, num = 0;
        forEachTable(tables, n, skip, [&](const Table2x2 &t) {
            const double n1 = t.ai + t.bi;
            const double n2 = t.ci + t.di;
            const double N = n1 + n2;
            R += t.ai * (n2 / N);
            S += t.ci * (n1 / N);
            sumA += t.ai;
            sumC += t.ci;
            num += (n1 / N) * (n2 / N) * (t.ai + t.ci) - (t.ai / N) * t.ci;
        });
        if (sumA == 0 || sumC == 0) {
            reason = "the Mantel-Haenszel risk ratio is not estimable: no events in one of the arms of every study";
            return false;
        }
        f.estimate = std::log(R / S);
        f.se = std::sqrt(num / (R * S));
    } else if (measure == EffectMeasure::RD) {
        double num = 0, den = 0, a = 0, b = 0;
        forEachTable(tables, n, skip, [&](const Table2x2 &t) {
            const double n1 = t.ai + t.bi;
            const double n2 = t.ci + t.di;
            const double N = n1 + n2;
            num += t.ai * (n2 / N) - t.ci * (n1 / N);
            den += n1 * (n2 / N);
        });
        f.estimate = num / den;
        forEachTable(tables, n, skip, [&](const Table2x2 &t) {
            const double n1 = t.ai + t.bi;
            const double n2 = t.ci + t.di;
            const double N = n1 + n2;
            a += t.ci * (n1 / N) * (n1 / N) - t.ai * (n2 / N) * (n2 / N) + (n1 / N) * (n2 / N) * (n2 - n1) / 2;
            b += t.ai * (n2 - t.ci) / N + t.ci * (n1 - t.ai) / N;
        });
        const double variance = (f.estimate * a + b / 2) / (den * den);
        if (!(variance > 0)) {
            reason = "the Mantel-Haenszel risk difference has no positive variance (no events and no non-events "
                     "to compare)";
            return false;
        }
        f.se = std::sqrt(variance);
    } else {
        reason = "Mantel-Haenszel pooling needs OR, RR or RD";
        return false;
    }
    if (!std::isfinite(f.estimate) || !std::isfinite(f.se) || !(f.se > 0)) {
        reason = "the Mantel-Haenszel estimate is not finite";
        return false;
    }
    finishFixed(f, crit);
    heterogeneityAround(f.estimate, es, n, skip, f);
    fit = f;
    return true;
}

bool fitPetoTables(const Table2x2 *tables, const EffectSize *es, std::size_t n, std::size_t skip, CriticalValues &crit,
    PoolFit &fit, const char *&reason)
{
    PoolFit f;
    f.method = PoolingMethod::Peto;
    f.k = skip < n ? n - 1 : n;
    if (f.k == 0) {
        reason = "no table left";
        return false;
    }
    double sumV = 0, sumOE = 0, sumOE2V = 0;
    std::size_t kPos = 0;
    forEachTable(tables, n, skip, [&](const Table2x2 &t) {
        const double n1 = t.ai + t.bi;
        const double n2 = t.ci + t.di;
        const double N = n1 + n2;
        const double xt = t.ai + t.ci;
        const double yt = t.bi + t.di;
        const double E = xt * n1 / N;
        const double V = xt * yt * (n1 / N) * (n2 / N) / (N - 1);
        sumV += V;
        sumOE += t.ai - E;
        if (V > 0) {
            ++kPos;
            sumOE2V += (t.ai - E) * (t.ai - E) / V;
        }
    });
    if (!(sumV > 0)) {
        reason = "Peto's odds ratio is not estimable: one of the two outcomes never occurred in any study";
        return false;
    }
    f.estimate = sumOE / sumV;
    f.se = std::sqrt(1 / sumV);
    finishFixed(f, crit);
    std::size_t kYi = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (i != skip && es[i].estimable())
            ++kYi;
    }
    f.Q = std::max(0.0, sumOE2V - sumOE * sumOE / sumV);
    if (kPos > 1 && kYi > 1) {
        f.Qdf = static_cast<double>(kYi - 1);
        f.Qp = chiSquaredUpperP(f.Q, f.Qdf);
        f.I2 = higginsI2(f.Q, f.Qdf);
        f.H2 = higginsH2(f.Q, f.Qdf);
    } else {
        f.Qdf = kYi > 0 ? static_cast<double>(kYi - 1) : 0;
        f.Qp = 1;
        f.I2 = 0;
        f.H2 = 1;
    }
    fit = f;
    return true;
}

} // namespace detail

namespace {

std::vector<Table2x2> rawTables(std::span<const BinaryArms> arms)
{
    std::vector<Table2x2> tables(arms.size());
    for (std::size_t i = 0; i < arms.size(); ++i)
        tables[i] = toTable(arms[i]);
    return tables;
}

} // namespace

PoolFit fitMantelHaenszel(
    EffectMeasure measure, std::span<const BinaryArms> arms, const ContinuityCorrection &cc, double level)
{
    constexpr const char *function = "fitMantelHaenszel";
    if (!isBinaryMeasure(measure))
        throw std::invalid_argument(
            std::string(function) + ": measure must be OR, RR or RD, got " + std::string(toString(measure)));
    detail::checkLevel(function, level);
    if (arms.empty())
        throw std::invalid_argument(std::string(function) + ": needs at least one study, got k = 0");
    const std::vector<EffectSize> es = binaryEffectSizes(measure, arms, cc); // validates the counts
    const std::vector<Table2x2> tables = rawTables(arms);
    detail::CriticalValues crit(level);
    PoolFit fit;
    const char *reason = "";
    if (!detail::fitMhTables(measure, tables.data(), es.data(), tables.size(), tables.size(), crit, fit, reason))
        throw std::domain_error(std::string(function) + ": " + reason);
    return fit;
}

std::vector<double> mantelHaenszelWeights(EffectMeasure measure, std::span<const BinaryArms> arms)
{
    if (!isBinaryMeasure(measure))
        throw std::invalid_argument(
            "mantelHaenszelWeights: measure must be OR, RR or RD, got " + std::string(toString(measure)));
    binaryEffectSizes(measure, arms, ContinuityCorrection {}); // validates the counts
    std::vector<double> w(arms.size());
    double sum = 0;
    for (std::size_t i = 0; i < arms.size(); ++i) {
        const Table2x2 t = toTable(arms[i]);
        const double N = t.ai + t.bi + t.ci + t.di;
        switch (measure) {
        case EffectMeasure::OR:
            w[i] = (t.bi / N) * t.ci;
            break;
        case EffectMeasure::RR:
            w[i] = (t.ci / N) * (t.ai + t.bi);
            break;
        default:
            w[i] = ((t.ai + t.bi) / N) * (t.ci + t.di);
            break;
        }
        sum += w[i];
    }
    for (double &x : w)
        x = sum > 0 ? x / sum * 100 : 0;
    return w;
}

PoolFit fitPeto(std::span<const BinaryArms> arms, const ContinuityCorrection &cc, double level)
{
    constexpr const char *function = "fitPeto";
    detail::checkLevel(function, level);
    if (arms.empty())
        throw std::invalid_argument(std::string(function) + ": needs at least one study, got k = 0");
    const std::vector<EffectSize> es = petoEffectSizes(arms, cc);
    const std::vector<Table2x2> tables = rawTables(arms);
    detail::CriticalValues crit(level);
    PoolFit fit;
    const char *reason = "";
    if (!detail::fitPetoTables(tables.data(), es.data(), tables.size(), tables.size(), crit, fit, reason))
        throw std::domain_error(std::string(function) + ": " + reason);
    return fit;
}

std::vector<double> petoWeights(std::span<const BinaryArms> arms)
{
    petoEffectSizes(arms, ContinuityCorrection {}); // validates the counts
    std::vector<double> w(arms.size());
    double sum = 0;
    for (std::size_t i = 0; i < arms.size(); ++i) {
        const Table2x2 t = toTable(arms[i]);
        const double n1 = t.ai + t.bi;
        const double n2 = t.ci + t.di;
        const double N = n1 + n2;
        w[i] = (t.ai + t.ci) * (t.bi + t.di) * (n1 / N) * (n2 / N) / (N - 1);
        sum += w[i];
    }
    for (double &x : w)
        x = sum > 0 ? x / sum * 100 : 0;
    return w;
}

} // namespace ee::stats
