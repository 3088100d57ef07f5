#include "core/stats/smallstudy.h"

#include "core/stats/distributions.h"
#include "core/stats/metaregression.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <stdexcept>
#include <string>

namespace ee::stats {

namespace {

void checkInput(const char *function, std::span<const double> yi, std::span<const double> vi, std::size_t minimum)
{
    if (yi.size() != vi.size())
        throw std::invalid_argument(std::string(function) + ": yi has " + std::to_string(yi.size()) + " values, vi "
            + std::to_string(vi.size()));
    if (yi.size() < minimum)
        throw std::invalid_argument(std::string(function) + ": needs at least " + std::to_string(minimum)
            + " studies, got k = " + std::to_string(yi.size()));
    for (std::size_t i = 0; i < yi.size(); ++i) {
        if (!std::isfinite(yi[i]))
            throw std::invalid_argument(std::string(function) + ": yi[" + std::to_string(i) + "] is not finite");
        if (!(vi[i] > 0) || !std::isfinite(vi[i]))
            throw std::invalid_argument(std::string(function) + ": vi[" + std::to_string(i)
                + "] must be positive, got " + std::to_string(vi[i]));
    }
}

int sign(double x)
{
    return (x > 0) - (x < 0);
}

// P(T <= q) for the number of concordant pairs T among n items under independence
// (Mahonian distribution of inversions; R's pkendall), by the recursion
// P_n(j) = (1/n) sum_{i=0}^{n-1} P_{n-1}(j - i), normalised at every step.
double kendallCdf(double q, std::size_t n)
{
    const std::size_t maxT = n * (n - 1) / 2;
    if (q < 0)
        return 0;
    if (q >= static_cast<double>(maxT))
        return 1;
    std::vector<double> prob(1, 1.0), next, prefix;
    for (std::size_t m = 2; m <= n; ++m) {
        const std::size_t size = m * (m - 1) / 2 + 1;
        prefix.assign(prob.size() + 1, 0.0);
        for (std::size_t j = 0; j < prob.size(); ++j)
            prefix[j + 1] = prefix[j] + prob[j];
        next.assign(size, 0.0);
        for (std::size_t j = 0; j < size; ++j) {
            const std::size_t hi = std::min(j, prob.size() - 1);
            const std::size_t lo = j >= m - 1 ? j - (m - 1) : 0;
            next[j] = lo <= hi ? (prefix[hi + 1] - prefix[lo]) / static_cast<double>(m) : 0.0;
        }
        prob.swap(next);
    }
    const auto upto = static_cast<std::size_t>(q);
    double cdf = 0;
    for (std::size_t j = 0; j <= upto && j < prob.size(); ++j)
        cdf += prob[j];
    return std::min(1.0, cdf);
}

// Sizes of the groups of tied values (only groups of 2 or more).
std::vector<double> tieGroups(std::vector<double> x)
{
    std::sort(x.begin(), x.end());
    std::vector<double> groups;
    std::size_t run = 1;
    for (std::size_t i = 1; i <= x.size(); ++i) {
        if (i < x.size() && x[i] == x[i - 1]) {
            ++run;
        } else {
            if (run > 1)
                groups.push_back(static_cast<double>(run));
            run = 1;
        }
    }
    return groups;
}

} // namespace

EggerTest eggerTest(std::span<const double> yi, std::span<const double> vi, double level)
{
    constexpr const char *function = "eggerTest";
    checkInput(function, yi, vi, 3);
    const auto k = static_cast<Eigen::Index>(yi.size());
    Eigen::MatrixXd X(k, 2);
    Eigen::VectorXd y(k), w(k);
    for (Eigen::Index i = 0; i < k; ++i) {
        const auto u = static_cast<std::size_t>(i);
        X(i, 0) = 1;
        X(i, 1) = std::sqrt(vi[u]);
        y[i] = yi[u];
        w[i] = 1 / vi[u];
    }
    if (X.col(1).maxCoeff() == X.col(1).minCoeff())
        throw std::invalid_argument(
            std::string(function) + ": all standard errors are equal, the regression on sei is not estimable");
    const Eigen::MatrixXd WX = X.array().colwise() * w.array();
    const Eigen::Matrix2d inv = (X.transpose() * WX).inverse();
    const Eigen::Vector2d beta = inv * (WX.transpose() * y);
    const Eigen::VectorXd r = y - X * beta;
    const double df = static_cast<double>(k - 2);
    const double sigma2 = (w.array() * r.array().square()).sum() / df;
    const Eigen::Matrix2d vb = sigma2 * inv;
    EggerTest t;
    t.df = df;
    t.bias = beta[1];
    t.biasSe = std::sqrt(vb(1, 1));
    t.tval = t.biasSe > 0 ? t.bias / t.biasSe : 0.0;
    t.pval = studentTwoSidedP(t.tval, df);
    t.limitEstimate = beta[0];
    const double crit = studentCritical(level, df);
    t.limitCiLb = beta[0] - crit * std::sqrt(vb(0, 0));
    t.limitCiUb = beta[0] + crit * std::sqrt(vb(0, 0));
    t.fewStudies = yi.size() < kSmallStudyMinimum;
    return t;
}

BeggTest beggTest(std::span<const double> yi, std::span<const double> vi)
{
    constexpr const char *function = "beggTest";
    checkInput(function, yi, vi, 3);
    const std::size_t n = yi.size();
    double sw = 0, swy = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sw += 1 / vi[i];
        swy += yi[i] / vi[i];
    }
    const double theta = swy / sw;
    const double vb = 1 / sw;
    std::vector<double> x(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = (yi[i] - theta) / std::sqrt(vi[i] - vb);
    std::vector<double> z(vi.begin(), vi.end());

    double S = 0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j)
            S += sign(x[i] - x[j]) * sign(z[i] - z[j]);
    const auto dn = static_cast<double>(n);
    const double T0 = dn * (dn - 1) / 2;
    const std::vector<double> xt = tieGroups(x), yt = tieGroups(z);
    double T1 = 0, T2 = 0;
    for (double t : xt)
        T1 += t * (t - 1) / 2;
    for (double t : yt)
        T2 += t * (t - 1) / 2;
    if (T1 == T0 || T2 == T0)
        throw std::invalid_argument(std::string(function) + ": all standardised effects or all variances are equal");
    BeggTest b;
    b.tau = S / std::sqrt((T0 - T1) * (T0 - T2));
    b.fewStudies = n < kSmallStudyMinimum;
    if (xt.empty() && yt.empty()) {
        b.exact = true;
        const double q = std::nearbyint((b.tau + 1) * dn * (dn - 1) / 4);
        const double p = q > dn * (dn - 1) / 4 ? 1 - kendallCdf(q - 1, n) : kendallCdf(q, n);
        b.pval = std::min(2 * p, 1.0);
    } else {
        auto sum = [](const std::vector<double> &g, auto f) {
            double s = 0;
            for (double t : g)
                s += f(t);
            return s;
        };
        const double v0 = dn * (dn - 1) * (2 * dn + 5);
        const double vt = sum(xt, [](double t) { return t * (t - 1) * (2 * t + 5); });
        const double vu = sum(yt, [](double t) { return t * (t - 1) * (2 * t + 5); });
        const double v1 = sum(xt, [](double t) { return t * (t - 1); }) * sum(yt, [](double t) { return t * (t - 1); });
        const double v2 = sum(xt, [](double t) { return t * (t - 1) * (t - 2); })
            * sum(yt, [](double t) { return t * (t - 1) * (t - 2); });
        const double varS = (v0 - vt - vu) / 18 + v1 / (2 * dn * (dn - 1)) + v2 / (9 * dn * (dn - 1) * (dn - 2));
        b.pval = normalTwoSidedP(S / std::sqrt(varS));
    }
    return b;
}

TrimAndFill trimAndFill(std::span<const double> yi, std::span<const double> vi, const InverseVarianceOptions &options)
{
    constexpr const char *function = "trimAndFill";
    checkInput(function, yi, vi, 3);
    const std::size_t k = yi.size();
    TrimAndFill out;
    out.fewStudies = k < kSmallStudyMinimum;

    // Side: sign of the slope of the mixed-effects regression on sqrt(vi).
    {
        MetaRegressionOptions mr;
        mr.randomEffects = options.randomEffects;
        mr.estimator = options.estimator;
        mr.level = options.level;
        mr.control = options.control;
        mr.computeR2 = false;
        Eigen::MatrixXd X(static_cast<Eigen::Index>(k), 2);
        for (std::size_t i = 0; i < k; ++i) {
            X(static_cast<Eigen::Index>(i), 0) = 1;
            X(static_cast<Eigen::Index>(i), 1) = std::sqrt(vi[i]);
        }
        const MetaRegressionFit side = fitMetaRegression(yi, vi, X, mr);
        out.side = side.beta[1] < 0 ? FunnelSide::Right : FunnelSide::Left;
    }
    const double flip = out.side == FunnelSide::Right ? -1.0 : 1.0;
    std::vector<std::size_t> order(k);
    std::iota(order.begin(), order.end(), 0);
    std::vector<double> y(k), v(k);
    for (std::size_t i = 0; i < k; ++i)
        y[i] = flip * yi[i];
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return y[a] < y[b]; });
    {
        std::vector<double> ys(k);
        for (std::size_t i = 0; i < k; ++i) {
            ys[i] = y[order[i]];
            v[i] = vi[order[i]];
        }
        y.swap(ys);
    }

    InverseVarianceOptions trim = options;
    trim.knha = false;
    const auto dk = static_cast<double>(k);
    long k0 = 0;
    long k0Saved = -1;
    double beta = 0;
    std::vector<double> centred(k);
    std::vector<std::size_t> rankOrder(k);
    while (k0 != k0Saved) {
        k0Saved = k0;
        if (++out.iterations > 100)
            throw std::domain_error(std::string(function) + ": trimming did not converge after 100 iterations");
        const auto kept = k - static_cast<std::size_t>(k0);
        beta = fitInverseVariance(std::span(y).first(kept), std::span(v).first(kept), trim).estimate;
        for (std::size_t i = 0; i < k; ++i)
            centred[i] = y[i] - beta;
        // rank(abs(centred), ties.method = "first")
        std::iota(rankOrder.begin(), rankOrder.end(), 0);
        std::stable_sort(rankOrder.begin(), rankOrder.end(),
            [&](std::size_t a, std::size_t b) { return std::fabs(centred[a]) < std::fabs(centred[b]); });
        double Sr = 0;
        for (std::size_t r = 0; r < k; ++r) {
            const std::size_t i = rankOrder[r];
            if (centred[i] > 0)
                Sr += static_cast<double>(r + 1);
        }
        const double est = (4 * Sr - dk * (dk + 1)) / (2 * dk - 1);
        const double varSr = (dk * (dk + 1) * (2 * dk + 1) + 10 * est * est * est + 27 * est * est + 17 * est
                                 - 18 * dk * est * est - 18 * dk * est + 6 * dk * dk * est)
            / 24;
        out.k0Se = std::max(0.0, 4 * std::sqrt(varSr) / (2 * dk - 1));
        k0 = std::max(0L, static_cast<long>(std::nearbyint(est)));
        if (k0 >= static_cast<long>(k))
            k0 = static_cast<long>(k) - 1;
    }
    out.k0 = static_cast<std::size_t>(k0);

    InverseVarianceOptions refit = options;
    refit.knha = false; // metafor's trimfill() refits with its default test (z)
    if (out.k0 == 0) {
        out.fit = fitInverseVariance(yi, vi, refit);
        return out;
    }
    std::vector<double> fy(yi.begin(), yi.end()), fv(vi.begin(), vi.end());
    for (std::size_t i = k - out.k0; i < k; ++i) {
        // Mirror about the trimmed estimate: 2 beta - y in the flipped scale.
        const double mirrored = flip * (2 * beta - y[i]);
        out.filledYi.push_back(mirrored);
        out.filledVi.push_back(v[i]);
        fy.push_back(mirrored);
        fv.push_back(v[i]);
    }
    out.fit = fitInverseVariance(fy, fv, refit);
    return out;
}

} // namespace ee::stats
