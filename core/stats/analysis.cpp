#include "core/stats/analysis.h"

#include "core/stats/distributions.h"
#include "core/stats/ivkernel.h"
#include "core/stats/mantelhaenszel.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace ee::stats {

namespace {

constexpr const char *kFunction = "analyse";

[[noreturn]] void fail(const std::string &what)
{
    throw std::invalid_argument(std::string(kFunction) + ": " + what);
}

// The studies of one fit (all, or one subgroup) in the forms each method needs.
struct FitInput {
    std::vector<std::size_t> studyIndex; // for y/v: index into the analysis' studies
    std::vector<double> y;
    std::vector<double> v;
    std::vector<std::size_t> tableStudy; // for MH/Peto: index into the analysis' studies
    std::vector<Table2x2> tables;
    std::vector<EffectSize> tableEffects;
};

class Analyser
{
public:
    Analyser(std::span<const Study> studies, const AnalysisOptions &options)
        : m_studies(studies)
        , m_options(options)
        , m_crit(options.level)
    {
        validate();
        m_options.drop00 = options.drop00.value_or(options.method != PoolingMethod::InverseVariance);
        m_cc = ContinuityCorrection { options.add, options.to, *m_options.drop00 };
        m_effects = effectsFor(allIndices());
    }

    AnalysisResult run(const Subgrouping *subgroups)
    {
        AnalysisResult result;
        result.options = m_options;
        const FitInput all = input(allIndices(), m_effects);

        bool random = m_options.model == ModelChoice::Random;
        if (m_options.model == ModelChoice::Auto) {
            const PoolFit fixed = fitModel(all, false, "");
            AutoDecision decision;
            decision.I2 = fixed.I2;
            decision.Qp = fixed.Qp;
            decision.random = !(fixed.I2 < 50 && fixed.Qp > 0.10);
            result.autoDecision = decision;
            random = decision.random;
        }
        m_random = random;
        result.fit = fitModel(all, random, "");
        result.prediction = predictionInterval(result.fit);
        if (random && all.y.size() >= 2)
            result.tau2Ci = tau2ConfidenceInterval(all.y, all.v, m_options.level);

        result.studies.resize(m_studies.size());
        for (std::size_t i = 0; i < m_studies.size(); ++i) {
            result.studies[i].label = m_studies[i].label;
            result.studies[i].effect = m_effects[i];
        }
        assignWeights(all, result);

        if (m_options.leaveOneOut || m_options.baujat)
            influence(all, result);
        if (subgroups)
            result.subgroups = subgroupAnalysis(*subgroups);
        return result;
    }

private:
    void validate() const
    {
        if (m_studies.empty())
            fail("needs at least one study, got none");
        detail::checkLevel(kFunction, m_options.level);
        if (!std::isfinite(m_options.add) || m_options.add < 0)
            fail("options.add must be a finite value >= 0, got " + std::to_string(m_options.add));
        if (!(m_options.control.threshold > 0) || m_options.control.maxIterations < 1)
            fail("options.control needs threshold > 0 and maxIterations >= 1");
        if (m_options.method == PoolingMethod::MantelHaenszel && !isBinaryMeasure(m_options.measure))
            fail("Mantel-Haenszel pooling needs measure OR, RR or RD, got " + std::string(toString(m_options.measure)));
        if (m_options.method == PoolingMethod::Peto && m_options.measure != EffectMeasure::OR)
            fail("Peto pooling needs measure OR, got " + std::string(toString(m_options.measure)));
    }

    bool usesTables() const { return m_options.method != PoolingMethod::InverseVariance; }

    std::vector<std::size_t> allIndices() const
    {
        std::vector<std::size_t> all(m_studies.size());
        for (std::size_t i = 0; i < all.size(); ++i)
            all[i] = i;
        return all;
    }

    std::vector<BinaryArms> armsOf(const std::vector<std::size_t> &indices) const
    {
        std::vector<BinaryArms> arms(indices.size());
        for (std::size_t j = 0; j < indices.size(); ++j) {
            const auto *b = std::get_if<BinaryArms>(&m_studies[indices[j]].data);
            if (!b)
                fail("studies[" + std::to_string(indices[j]) + "] (" + m_studies[indices[j]].label
                    + ") must hold events/N for measure " + std::string(toString(m_options.measure)));
            arms[j] = *b;
        }
        return arms;
    }

    // escalc() for a set of studies: metafor's rma.mh/rma.peto recompute the effects of
    // the tables they are given, which matters for to = "if0all".
    std::vector<EffectSize> effectsFor(const std::vector<std::size_t> &indices) const
    {
        if (m_options.method == PoolingMethod::Peto)
            return petoEffectSizes(armsOf(indices), m_cc);
        std::vector<Study> subset;
        subset.reserve(indices.size());
        for (std::size_t i : indices)
            subset.push_back(m_studies[i]);
        return computeEffectSizes(m_options.measure, subset, m_cc);
    }

    // `effects` parallel to `indices`.
    FitInput input(const std::vector<std::size_t> &indices, const std::vector<EffectSize> &effects) const
    {
        FitInput in;
        for (std::size_t j = 0; j < indices.size(); ++j) {
            if (effects[j].estimable()) {
                in.studyIndex.push_back(indices[j]);
                in.y.push_back(effects[j].yi);
                in.v.push_back(effects[j].vi);
            }
        }
        if (usesTables()) {
            const std::vector<BinaryArms> arms = armsOf(indices);
            in.tableStudy = indices;
            in.tables.resize(arms.size());
            for (std::size_t j = 0; j < arms.size(); ++j)
                in.tables[j] = toTable(arms[j]);
            in.tableEffects = effects;
        }
        return in;
    }

    InverseVarianceOptions ivOptions(bool random) const
    {
        InverseVarianceOptions o;
        o.randomEffects = random;
        o.estimator = m_options.tau2;
        o.knha = random && m_options.hksj;
        o.level = m_options.level;
        o.control = m_options.control;
        return o;
    }

    PoolFit fitModel(const FitInput &in, bool random, const std::string &where)
    {
        if (!random && usesTables()) {
            PoolFit fit;
            const char *reason = "";
            const bool ok = m_options.method == PoolingMethod::MantelHaenszel
                ? detail::fitMhTables(m_options.measure, in.tables.data(), in.tableEffects.data(), in.tables.size(),
                    in.tables.size(), m_crit, fit, reason)
                : detail::fitPetoTables(
                    in.tables.data(), in.tableEffects.data(), in.tables.size(), in.tables.size(), m_crit, fit, reason);
            if (!ok)
                throw std::domain_error(std::string(kFunction) + ": " + where + reason);
            return fit;
        }
        if (in.y.empty())
            throw std::invalid_argument(
                std::string(kFunction) + ": " + where + "no study has an estimable effect size (k = 0)");
        return detail::fit(
            detail::Sample { in.y.data(), in.v.data(), in.y.size() }, ivOptions(random), m_crit, kFunction);
    }

    void assignWeights(const FitInput &all, AnalysisResult &result) const
    {
        const PoolFit &fit = result.fit;
        if (fit.method == PoolingMethod::InverseVariance) {
            double sum = 0;
            for (double v : all.v)
                sum += 1 / (v + fit.tau2);
            for (std::size_t j = 0; j < all.y.size(); ++j)
                result.studies[all.studyIndex[j]].weight = 100 / (all.v[j] + fit.tau2) / sum;
            return;
        }
        std::vector<double> w(all.tables.size());
        double sum = 0;
        for (std::size_t j = 0; j < all.tables.size(); ++j) {
            const Table2x2 &t = all.tables[j];
            const double n1 = t.ai + t.bi;
            const double n2 = t.ci + t.di;
            const double N = n1 + n2;
            if (fit.method == PoolingMethod::Peto) {
                w[j] = (t.ai + t.ci) * (t.bi + t.di) * (n1 / N) * (n2 / N) / (N - 1);
            } else if (m_options.measure == EffectMeasure::OR) {
                w[j] = (t.bi / N) * t.ci;
            } else if (m_options.measure == EffectMeasure::RR) {
                w[j] = (t.ci / N) * n1;
            } else {
                w[j] = (n1 / N) * n2;
            }
            sum += w[j];
        }
        for (std::size_t j = 0; j < w.size(); ++j)
            result.studies[all.tableStudy[j]].weight = sum > 0 ? w[j] / sum * 100 : 0;
    }

    void influence(const FitInput &all, AnalysisResult &result)
    {
        const PoolFit &fit = result.fit;
        if (fit.method == PoolingMethod::InverseVariance) {
            if (all.y.size() < 2)
                fail("leave-one-out and Baujat need at least 2 studies with an effect size, got k = "
                    + std::to_string(all.y.size()));
            std::vector<LeaveOneOut> loo;
            leaveOneOut(all.y, all.v, ivOptions(fit.randomEffects), loo);
            if (m_options.baujat) {
                for (const BaujatPoint &p : baujat(all.y, all.v, fit, loo))
                    result.baujat.push_back(BaujatResult { all.studyIndex[p.study], p.x, p.y });
            }
            if (m_options.leaveOneOut) {
                for (LeaveOneOut &l : loo) {
                    const std::size_t study = all.studyIndex[l.omitted];
                    result.leaveOneOut.push_back(LeaveOneOutResult { study, std::move(l) });
                }
            }
            return;
        }
        if (all.tables.size() < 2)
            fail("leave-one-out and Baujat need at least 2 studies, got k = " + std::to_string(all.tables.size()));
        const std::vector<BinaryArms> arms = armsOf(all.tableStudy);
        std::vector<LeaveOneOut> loo = fit.method == PoolingMethod::Peto
            ? leaveOneOutPeto(arms, m_cc, m_options.level)
            : leaveOneOutMantelHaenszel(m_options.measure, arms, m_cc, m_options.level);
        if (m_options.baujat) {
            for (const BaujatPoint &p : baujat(all.tableEffects, fit, loo))
                result.baujat.push_back(BaujatResult { all.tableStudy[p.study], p.x, p.y });
        }
        if (m_options.leaveOneOut) {
            for (LeaveOneOut &l : loo) {
                const std::size_t study = all.tableStudy[l.omitted];
                result.leaveOneOut.push_back(LeaveOneOutResult { study, std::move(l) });
            }
        }
    }

    SubgroupAnalysis subgroupAnalysis(const Subgrouping &subgroups)
    {
        if (subgroups.levels.size() != m_studies.size())
            fail("subgroups.levels has " + std::to_string(subgroups.levels.size()) + " entries for "
                + std::to_string(m_studies.size()) + " studies");
        SubgroupAnalysis out;
        out.column = subgroups.column;
        std::vector<std::string> order;
        std::vector<std::vector<std::size_t>> members;
        for (std::size_t i = 0; i < m_studies.size(); ++i) {
            const std::string &level = subgroups.levels[i];
            if (level.empty()) {
                ++out.excluded;
                continue;
            }
            std::size_t g = 0;
            while (g < order.size() && order[g] != level)
                ++g;
            if (g == order.size()) {
                order.push_back(level);
                members.emplace_back();
            }
            members[g].push_back(i);
        }
        for (std::size_t g = 0; g < order.size(); ++g) {
            // IV fits reuse the effects computed on all studies (metafor: rma(yi, vi, subset = ...));
            // MH and Peto refit the tables, recomputing their effects (rma.mh(..., subset = ...)).
            std::vector<EffectSize> effects;
            if (usesTables() && !m_random) {
                effects = effectsFor(members[g]);
            } else {
                for (std::size_t i : members[g])
                    effects.push_back(m_effects[i]);
            }
            const FitInput in = input(members[g], effects);
            SubgroupResult r;
            r.level = order[g];
            r.fit = fitModel(in, m_random, "subgroup '" + order[g] + "' of " + subgroups.column + ": ");
            out.groups.push_back(std::move(r));
        }
        if (out.groups.size() >= 2) {
            std::vector<double> est, var;
            for (const SubgroupResult &r : out.groups) {
                if (!(r.fit.se > 0))
                    throw std::domain_error(std::string(kFunction) + ": subgroup '" + r.level
                        + "' has a standard error of 0; the test for subgroup differences "
                          "is not defined");
                est.push_back(r.fit.estimate);
                var.push_back(r.fit.se * r.fit.se);
            }
            out.qBetween = generalisedQ(est, var, 0);
            out.qBetweenDf = static_cast<double>(out.groups.size() - 1);
            out.qBetweenP = chiSquaredUpperP(out.qBetween, out.qBetweenDf);
        }
        return out;
    }

    std::span<const Study> m_studies;
    AnalysisOptions m_options;
    ContinuityCorrection m_cc;
    detail::CriticalValues m_crit;
    std::vector<EffectSize> m_effects;
    bool m_random = false;
};

} // namespace

AnalysisResult analyse(std::span<const Study> studies, const AnalysisOptions &options, const Subgrouping *subgroups)
{
    Analyser analyser(studies, options);
    return analyser.run(subgroups);
}

} // namespace ee::stats
