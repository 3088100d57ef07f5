#include "core/stats/diagnostics.h"

#include <stdexcept>

namespace ee::stats {

InverseVarianceOptions diagnosticsModel(const AnalysisResult &result)
{
    InverseVarianceOptions o;
    o.randomEffects = result.fit.randomEffects;
    o.estimator = result.options.tau2;
    o.knha = result.fit.randomEffects && result.fit.test == TestStatistic::KnappHartung;
    o.level = result.options.level;
    o.control = result.options.control;
    return o;
}

DiagnosticsResult runDiagnostics(const AnalysisResult &result, const DiagnosticsRequest &request)
{
    DiagnosticsResult d;
    std::vector<double> yi, vi;
    for (std::size_t i = 0; i < result.studies.size(); ++i) {
        const EffectSize &e = result.studies[i].effect;
        if (!e.estimable())
            continue;
        d.studies.push_back(i);
        yi.push_back(e.yi);
        vi.push_back(e.vi);
    }
    const InverseVarianceOptions model = diagnosticsModel(result);
    MetaRegressionOptions mr;
    mr.randomEffects = model.randomEffects;
    mr.estimator = model.estimator;
    mr.knha = model.knha;
    mr.level = model.level;
    mr.control = model.control;

    if (request.bias) {
        d.egger = eggerTest(yi, vi, model.level);
        d.begg = beggTest(yi, vi);
        d.trimFill = trimAndFill(yi, vi, model);
    }
    if (!request.moderators.empty()) {
        std::vector<ModeratorColumn> columns;
        for (const ModeratorColumn &m : request.moderators) {
            if (m.values.size() != result.studies.size())
                throw std::invalid_argument("runDiagnostics: moderator '" + m.name + "' has "
                    + std::to_string(m.values.size()) + " values for " + std::to_string(result.studies.size())
                    + " studies");
            ModeratorColumn c { m.name, {}, m.kind };
            for (std::size_t i : d.studies)
                c.values.push_back(m.values[i]);
            columns.push_back(std::move(c));
            d.moderatorNames.push_back(m.name);
        }
        DesignMatrix design = buildDesignMatrix(columns, yi.size());
        if (yi.size() <= static_cast<std::size_t>(design.X.cols()))
        {
            std::string names;
            for (const std::string &n : d.moderatorNames)
                names += (names.empty() ? "" : ", ") + n;
            throw std::invalid_argument("meta-regression on " + names + " needs more studies than coefficients: k = "
                + std::to_string(yi.size()) + ", coefficients = " + std::to_string(design.X.cols()));
        }
        d.metaRegression = fitMetaRegression(yi, vi, design.X, mr, design.terms);
        if (request.permutations > 0)
            d.permutation = permutationTest(yi, vi, *d.metaRegression, design.X, mr, request.permutations, request.seed);
    }
    if (request.influence) {
        const Eigen::MatrixXd ones = Eigen::MatrixXd::Ones(static_cast<Eigen::Index>(yi.size()), 1);
        const MetaRegressionFit fit = fitMetaRegression(yi, vi, ones, mr);
        d.influence = influenceDiagnostics(yi, vi, ones, fit, mr);
    }
    if (request.cumulative) {
        std::vector<std::size_t> order;
        if (!request.orderKey.empty()) {
            if (request.orderKey.size() != result.studies.size())
                throw std::invalid_argument("runDiagnostics: the order has " + std::to_string(request.orderKey.size())
                    + " values for " + std::to_string(result.studies.size()) + " studies");
            std::vector<double> key;
            for (std::size_t i : d.studies)
                key.push_back(request.orderKey[i]);
            order = orderBy(key);
        }
        d.cumulative = cumulativeMetaAnalysis(yi, vi, model, order);
    }
    if (request.gosh) {
        GoshOptions g;
        g.model = model;
        g.subsets = request.goshSubsets;
        g.seed = request.seed;
        g.threads = request.threads;
        d.gosh = gosh(yi, vi, g);
    }
    return d;
}

} // namespace ee::stats
