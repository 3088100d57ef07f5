#include "core/stats/influencediagnostics.h"

#include "core/stats/distributions.h"

#include <boost/math/distributions/chi_squared.hpp>

#include <cfloat>
#include <cmath>
#include <stdexcept>
#include <string>

namespace ee::stats {

std::vector<StudyInfluence> influenceDiagnostics(std::span<const double> yi, std::span<const double> vi,
    const Eigen::MatrixXd &X, const MetaRegressionFit &fit, const MetaRegressionOptions &options)
{
    constexpr const char *function = "influenceDiagnostics";
    const std::size_t k = yi.size();
    const auto p = static_cast<std::size_t>(X.cols());
    if (vi.size() != k || static_cast<std::size_t>(X.rows()) != k || fit.k != k || fit.p != p)
        throw std::invalid_argument(std::string(function) + ": data, design matrix and fit do not match");
    if (k < p + 2)
        throw std::invalid_argument(std::string(function) + ": needs at least p + 2 = " + std::to_string(p + 2)
            + " studies, got k = " + std::to_string(k));
    MetaRegressionOptions refit = options;
    refit.computeR2 = false;

    const auto kk = static_cast<Eigen::Index>(k);
    Eigen::VectorXd w(kk);
    for (Eigen::Index i = 0; i < kk; ++i)
        w[i] = 1 / (vi[static_cast<std::size_t>(i)] + fit.tau2);
    const Eigen::MatrixXd WX = X.array().colwise() * w.array();
    const Eigen::MatrixXd stXWX = (X.transpose() * WX).llt().solve(Eigen::MatrixXd::Identity(X.cols(), X.cols()));
    const Eigen::VectorXd hat = (X * stXWX).cwiseProduct(WX).rowwise().sum();
    const Eigen::VectorXd pred = X * fit.beta;
    const double detFull = fit.vb.determinant();
    const Eigen::LLT<Eigen::MatrixXd> vbFull(fit.vb);
    const double sw = w.sum();
    const boost::math::chi_squared cookDistribution(static_cast<double>(p));

    std::vector<StudyInfluence> out(k);
    std::vector<double> ys(k - 1), vs(k - 1);
    Eigen::MatrixXd Xs(kk - 1, X.cols());
    for (std::size_t i = 0; i < k; ++i) {
        StudyInfluence &s = out[i];
        s.study = i;
        const auto ii = static_cast<Eigen::Index>(i);
        s.hat = hat[ii];
        s.weight = 100 * w[ii] / sw;
        for (std::size_t j = 0, r = 0; j < k; ++j) {
            if (j == i)
                continue;
            ys[r] = yi[j];
            vs[r] = vi[j];
            Xs.row(static_cast<Eigen::Index>(r)) = X.row(static_cast<Eigen::Index>(j));
            ++r;
        }
        MetaRegressionFit del;
        try {
            del = fitMetaRegression(ys, vs, Xs, refit);
        } catch (const std::exception &) {
            continue; // metafor leaves NA for a refit that fails or is not of full rank
        }
        s.estimable = true;
        s.tau2Del = del.tau2;
        s.QEDel = del.QE;
        const Eigen::RowVectorXd xi = X.row(ii);
        const double delpred = xi.dot(del.beta);
        const double vdelpred = xi * del.vb * xi.transpose();
        s.dffits = (pred[ii] - delpred) / std::sqrt(del.s2w * s.hat * (del.tau2 + vi[i]));
        // Vb of the full data at the deleted tau²
        Eigen::VectorXd wd(kk);
        for (Eigen::Index j = 0; j < kk; ++j)
            wd[j] = 1 / (vi[static_cast<std::size_t>(j)] + del.tau2);
        const Eigen::MatrixXd vbDel = (X.transpose() * (X.array().colwise() * wd.array()).matrix())
                                          .llt()
                                          .solve(Eigen::MatrixXd::Identity(X.cols(), X.cols()));
        const Eigen::VectorXd dfb = fit.beta - del.beta;
        s.dfbetas.resize(p);
        for (std::size_t j = 0; j < p; ++j) {
            const auto jj = static_cast<Eigen::Index>(j);
            s.dfbetas[j] = dfb[jj] / std::sqrt(del.s2w * vbDel(jj, jj));
        }
        s.cookD = dfb.dot(vbFull.solve(dfb));
        s.covR = del.vb.determinant() / detFull;
        double resid = yi[i] - delpred;
        if (std::fabs(resid) < 100 * DBL_EPSILON)
            resid = 0;
        s.rstudent = resid / std::sqrt(vi[i] * del.s2w + vdelpred + del.tau2 * del.s2w);

        const double dp = static_cast<double>(p);
        const double dk = static_cast<double>(k);
        bool flag = std::fabs(s.dffits) > 3 * std::sqrt(dp / (dk - dp));
        flag = flag || (s.cookD > 0 && boost::math::cdf(cookDistribution, s.cookD) > 0.5);
        flag = flag || s.hat > 3 * dp / dk;
        for (double d : s.dfbetas)
            flag = flag || std::fabs(d) > 1;
        s.influential = flag;
    }
    return out;
}

} // namespace ee::stats
