#include "core/stats/metaregression.h"

#include "core/stats/distributions.h"
#include "core/stats/errors.h"

#include <boost/math/special_functions/beta.hpp>
#include <boost/math/tools/roots.hpp>

#include <algorithm>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <random>
#include <stdexcept>
#include <string>

namespace ee::stats {

namespace {

using Eigen::MatrixXd;
using Eigen::VectorXd;

std::optional<double> parseNumber(const std::string &text)
{
    double x = 0;
    const char *begin = text.data();
    const char *end = begin + text.size();
    if (begin != end && *begin == '+')
        ++begin;
    const auto [ptr, ec] = std::from_chars(begin, end, x);
    if (ec != std::errc() || ptr != end || !std::isfinite(x))
        return std::nullopt;
    return x;
}

// P = W - W X (X'WX)^-1 X'W; `inverse` receives (X'WX)^-1.
MatrixXd projection(const MatrixXd &X, const VectorXd &w, MatrixXd *inverse = nullptr)
{
    const MatrixXd WX = X.array().colwise() * w.array();
    const MatrixXd XtWX = X.transpose() * WX;
    const MatrixXd inv = XtWX.llt().solve(MatrixXd::Identity(X.cols(), X.cols()));
    MatrixXd P = -WX * inv * WX.transpose();
    P.diagonal() += w;
    if (inverse)
        *inverse = inv;
    return P;
}

double quadratic(const MatrixXd &P, const VectorXd &y)
{
    return y.dot(P * y);
}

VectorXd weightsAt(std::span<const double> vi, double tau2)
{
    VectorXd w(static_cast<Eigen::Index>(vi.size()));
    for (std::size_t i = 0; i < vi.size(); ++i)
        w[static_cast<Eigen::Index>(i)] = 1 / (vi[i] + tau2);
    return w;
}

double heTau2(const MatrixXd &X, const VectorXd &y, std::span<const double> vi)
{
    const auto k = static_cast<double>(X.rows());
    const auto p = static_cast<double>(X.cols());
    const MatrixXd XtX = X.transpose() * X;
    MatrixXd P = -X * XtX.llt().solve(X.transpose());
    P.diagonal().array() += 1.0;
    double trPV = 0;
    for (std::size_t i = 0; i < vi.size(); ++i)
        trPV += P(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(i)) * vi[i];
    return (quadratic(P, y) - trPV) / (k - p);
}

// metafor's ll0check for ML/REML: the log likelihood at tau² = 0 minus that at tau².
double likelihoodDrop(const MatrixXd &X, const VectorXd &y, std::span<const double> vi, double tau2, bool reml)
{
    auto pieces = [&](double t, double &rss, double &logdet, double &logv) {
        const VectorXd w = weightsAt(vi, t);
        MatrixXd inv;
        const MatrixXd P = projection(X, w, &inv);
        rss = quadratic(P, y);
        const MatrixXd XtWX = X.transpose() * (X.array().colwise() * w.array()).matrix();
        logdet = std::log(XtWX.determinant());
        logv = 0;
        for (double v : vi)
            logv += std::log(v + t);
    };
    double rss0, det0, logv0, rss1, det1, logv1;
    pieces(0, rss0, det0, logv0);
    pieces(tau2, rss1, det1, logv1);
    double ll0 = -0.5 * logv0 - 0.5 * rss0;
    double ll1 = -0.5 * logv1 - 0.5 * rss1;
    if (reml) {
        ll0 -= 0.5 * det0;
        ll1 -= 0.5 * det1;
    }
    return ll0 - ll1;
}

double residualTau2(const MatrixXd &X, const VectorXd &y, std::span<const double> vi, Tau2Estimator estimator,
    const FisherScoringControl &control, int &iterations)
{
    constexpr const char *function = "fitMetaRegression";
    const auto k = static_cast<double>(X.rows());
    const auto p = static_cast<double>(X.cols());
    iterations = 0;
    double tau2 = 0;
    switch (estimator) {
    case Tau2Estimator::DL: {
        const MatrixXd P = projection(X, weightsAt(vi, 0));
        tau2 = (quadratic(P, y) - (k - p)) / P.trace();
        break;
    }
    case Tau2Estimator::HE:
        tau2 = heTau2(X, y, vi);
        break;
    case Tau2Estimator::SJ: {
        const double tau0 = y.squaredNorm() / k; // y is centred: var(y) (k - 1)/k
        const MatrixXd P = projection(X, weightsAt(vi, tau0));
        tau2 = tau0 * quadratic(P, y) / (k - p);
        break;
    }
    case Tau2Estimator::PM: {
        auto f = [&](double t) { return quadratic(projection(X, weightsAt(vi, t)), y) - (k - p); };
        const double f0 = f(0);
        if (f0 <= 0) {
            tau2 = 0;
            break;
        }
        double hi = 100;
        double fhi = f(hi);
        while (fhi > 0) {
            hi *= 10;
            if (hi > 1e300)
                throw ConvergenceError(std::string(function) + ": PM estimator: no upper bound found for tau^2", 0);
            fhi = f(hi);
        }
        std::uintmax_t maxIter = 500;
        const auto bracket = boost::math::tools::toms748_solve(
            f, 0.0, hi, f0, fhi, boost::math::tools::eps_tolerance<double>(), maxIter);
        if (maxIter >= 500)
            throw ConvergenceError(std::string(function) + ": PM estimator: root search did not converge", 500);
        iterations = static_cast<int>(maxIter);
        tau2 = bracket.first + (bracket.second - bracket.first) / 2;
        break;
    }
    case Tau2Estimator::ML:
    case Tau2Estimator::REML:
    case Tau2Estimator::EB: {
        tau2 = std::max(0.0, heTau2(X, y, vi));
        double change = control.threshold + 1;
        int iter = 0;
        while (change > control.threshold) {
            ++iter;
            const double old = tau2;
            const VectorXd w = weightsAt(vi, tau2);
            const MatrixXd P = projection(X, w);
            double adj = 0;
            if (estimator == Tau2Estimator::EB) {
                adj = (quadratic(P, y) * k / (k - p) - k) / w.sum();
            } else {
                const VectorXd Py = P * y;
                const double yPPy = Py.squaredNorm();
                if (estimator == Tau2Estimator::ML)
                    adj = (yPPy - w.sum()) / w.squaredNorm();
                else
                    adj = (yPPy - P.trace()) / P.cwiseProduct(P).sum(); // tr(PP), P symmetric
            }
            if (std::isnan(adj))
                adj = 0;
            if (tau2 == 0 && adj < 0)
                adj = 0;
            while (tau2 + adj < 0)
                adj /= 2;
            tau2 += adj;
            change = std::fabs(old - tau2);
            if (iter > control.maxIterations)
                throw ConvergenceError(std::string(function) + ": " + std::string(toString(estimator))
                        + " estimator (Fisher scoring) did not converge after "
                        + std::to_string(control.maxIterations) + " iterations",
                    control.maxIterations);
        }
        iterations = iter;
        if (estimator != Tau2Estimator::EB && tau2 > control.threshold
            && likelihoodDrop(X, y, vi, tau2, estimator == Tau2Estimator::REML) > std::pow(DBL_EPSILON, 0.25))
            tau2 = 0;
        break;
    }
    }
    if (!std::isfinite(tau2))
        throw ConvergenceError(
            std::string(function) + ": " + std::string(toString(estimator)) + " estimator gave no finite tau^2",
            iterations);
    return std::max(0.0, tau2);
}

std::string levelTerm(const std::string &name, const std::string &level)
{
    return name + level;
}

} // namespace

DesignMatrix buildDesignMatrix(std::span<const ModeratorColumn> moderators, std::size_t k)
{
    constexpr const char *function = "buildDesignMatrix";
    std::vector<VectorXd> columns;
    DesignMatrix d;
    d.terms.push_back("intrcpt");
    columns.push_back(VectorXd::Ones(static_cast<Eigen::Index>(k)));
    for (const ModeratorColumn &m : moderators) {
        if (m.values.size() != k)
            throw std::invalid_argument(std::string(function) + ": moderator '" + m.name + "' has "
                + std::to_string(m.values.size()) + " values for " + std::to_string(k) + " studies");
        std::vector<std::optional<double>> numbers(k);
        bool allNumeric = true;
        for (std::size_t i = 0; i < k; ++i) {
            if (m.values[i].empty())
                throw std::invalid_argument(std::string(function) + ": moderator '" + m.name + "' is empty for study "
                    + std::to_string(i + 1));
            numbers[i] = parseNumber(m.values[i]);
            allNumeric = allNumeric && numbers[i].has_value();
        }
        if (m.kind == ModeratorKind::Auto && !allNumeric) {
            // A column of numbers with a stray text value is a data error, not a factor.
            std::size_t numericCount = 0, firstText = k;
            for (std::size_t i = 0; i < k; ++i) {
                if (numbers[i])
                    ++numericCount;
                else if (firstText == k)
                    firstText = i;
            }
            if (numericCount > 0)
                throw std::invalid_argument(std::string(function) + ": moderator '" + m.name
                    + "' mixes numbers and text: '" + m.values[firstText] + "' of study "
                    + std::to_string(firstText + 1) + " is not a number");
        }
        const bool numeric = m.kind == ModeratorKind::Numeric || (m.kind == ModeratorKind::Auto && allNumeric);
        if (numeric) {
            VectorXd c(static_cast<Eigen::Index>(k));
            for (std::size_t i = 0; i < k; ++i) {
                if (!numbers[i])
                    throw std::invalid_argument(std::string(function) + ": moderator '" + m.name + "' value '"
                        + m.values[i] + "' of study " + std::to_string(i + 1) + " is not a number");
                c[static_cast<Eigen::Index>(i)] = *numbers[i];
            }
            if (c.maxCoeff() == c.minCoeff())
                throw std::invalid_argument(
                    std::string(function) + ": moderator '" + m.name + "' has the same value in every study");
            d.terms.push_back(m.name);
            columns.push_back(std::move(c));
        } else {
            std::vector<std::string> levels(m.values.begin(), m.values.end());
            std::sort(levels.begin(), levels.end());
            levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
            if (levels.size() < 2)
                throw std::invalid_argument(
                    std::string(function) + ": moderator '" + m.name + "' has only one level ('" + levels[0] + "')");
            for (std::size_t l = 1; l < levels.size(); ++l) {
                VectorXd c(static_cast<Eigen::Index>(k));
                for (std::size_t i = 0; i < k; ++i)
                    c[static_cast<Eigen::Index>(i)] = m.values[i] == levels[l] ? 1.0 : 0.0;
                d.terms.push_back(levelTerm(m.name, levels[l]));
                columns.push_back(std::move(c));
            }
        }
    }
    d.X.resize(static_cast<Eigen::Index>(k), static_cast<Eigen::Index>(columns.size()));
    for (std::size_t j = 0; j < columns.size(); ++j)
        d.X.col(static_cast<Eigen::Index>(j)) = columns[j];
    return d;
}

MetaRegressionFit fitMetaRegression(std::span<const double> yi, std::span<const double> vi, const MatrixXd &X,
    const MetaRegressionOptions &options, std::vector<std::string> terms)
{
    constexpr const char *function = "fitMetaRegression";
    const std::size_t k = yi.size();
    const auto p = static_cast<std::size_t>(X.cols());
    if (vi.size() != k)
        throw std::invalid_argument(std::string(function) + ": yi has " + std::to_string(k) + " values, vi "
            + std::to_string(vi.size()));
    if (static_cast<std::size_t>(X.rows()) != k)
        throw std::invalid_argument(std::string(function) + ": X has " + std::to_string(X.rows()) + " rows for "
            + std::to_string(k) + " studies");
    if (p == 0)
        throw std::invalid_argument(std::string(function) + ": X has no columns");
    if (k <= p)
        throw std::invalid_argument(std::string(function) + ": needs more studies than coefficients, got k = "
            + std::to_string(k) + " for p = " + std::to_string(p));
    if (!(options.level > 0 && options.level < 100))
        throw std::invalid_argument(std::string(function) + ": level must be in (0, 100), got "
            + std::to_string(options.level));
    for (std::size_t i = 0; i < k; ++i) {
        if (!std::isfinite(yi[i]))
            throw std::invalid_argument(std::string(function) + ": yi[" + std::to_string(i) + "] is not finite");
        if (!(vi[i] > 0) || !std::isfinite(vi[i]))
            throw std::invalid_argument(std::string(function) + ": vi[" + std::to_string(i)
                + "] must be positive, got " + std::to_string(vi[i]));
    }
    if (!X.allFinite())
        throw std::invalid_argument(std::string(function) + ": X has a value that is not finite");
    Eigen::ColPivHouseholderQR<MatrixXd> qr(X);
    if (static_cast<std::size_t>(qr.rank()) < p)
        throw std::invalid_argument(std::string(function) + ": the moderators are collinear (design matrix rank "
            + std::to_string(qr.rank()) + " < " + std::to_string(p) + ")");

    MetaRegressionFit f;
    f.k = k;
    f.p = p;
    f.randomEffects = options.randomEffects;
    f.estimator = options.estimator;
    f.test = options.knha ? TestStatistic::KnappHartung : TestStatistic::Z;
    f.level = options.level;
    if (terms.size() == p) {
        f.terms = std::move(terms);
    } else {
        f.terms.clear();
        for (std::size_t j = 0; j < p; ++j)
            f.terms.push_back(j == 0 ? "intrcpt" : "X" + std::to_string(j + 1));
    }

    const auto kk = static_cast<Eigen::Index>(k);
    VectorXd y(kk);
    for (std::size_t i = 0; i < k; ++i)
        y[static_cast<Eigen::Index>(i)] = yi[i];
    const VectorXd ymc = y.array() - y.mean();

    f.tau2 = options.randomEffects ? residualTau2(X, ymc, vi, options.estimator, options.control, f.iterations) : 0.0;

    const VectorXd w = weightsAt(vi, f.tau2);
    const MatrixXd WX = X.array().colwise() * w.array();
    const MatrixXd stXWX = (X.transpose() * WX).llt().solve(MatrixXd::Identity(X.cols(), X.cols()));
    f.beta = stXWX * (WX.transpose() * y);
    f.vb = stXWX;
    const double dfResidual = static_cast<double>(k - p);
    if (options.knha) {
        const VectorXd r = y - X * f.beta;
        const double rss = (w.array() * r.array().square()).sum();
        f.s2w = rss <= DBL_EPSILON ? 0.0 : rss / dfResidual;
        f.vb *= f.s2w;
        f.df = dfResidual;
        f.crit = studentCritical(options.level, f.df);
    } else {
        f.crit = normalCritical(options.level);
    }
    f.se = f.vb.diagonal().array().sqrt();
    f.zval.resize(X.cols());
    f.pval.resize(X.cols());
    for (Eigen::Index j = 0; j < X.cols(); ++j) {
        const double se = f.se[j];
        const double z = se > 0 ? f.beta[j] / se
                                : (f.beta[j] == 0 ? 0.0 : std::copysign(std::numeric_limits<double>::infinity(), f.beta[j]));
        f.zval[j] = z;
        f.pval[j] = options.knha ? studentTwoSidedP(z, f.df) : normalTwoSidedP(z);
    }
    f.ciLb = f.beta - f.crit * f.se;
    f.ciUb = f.beta + f.crit * f.se;

    // QM: coefficients 2..p (the intercept alone when p = 1).
    const Eigen::Index first = p > 1 ? 1 : 0;
    const Eigen::Index m = X.cols() - first;
    const VectorXd b = f.beta.tail(m);
    const MatrixXd vbb = f.vb.bottomRightCorner(m, m);
    const Eigen::LLT<MatrixXd> llt(vbb);
    f.QM = llt.info() == Eigen::Success ? b.dot(llt.solve(b)) : 0.0;
    if (options.knha) {
        f.QM /= static_cast<double>(m);
        f.QMdf1 = static_cast<double>(m);
        f.QMdf2 = dfResidual;
        // Upper tail of F(m, k - p) through the regularised incomplete beta function.
        const double x = f.QMdf2 / (f.QMdf2 + f.QMdf1 * f.QM);
        f.QMp = f.QM > 0 ? boost::math::ibeta(f.QMdf2 / 2, f.QMdf1 / 2, x) : 1.0;
    } else {
        f.QMdf1 = static_cast<double>(m);
        f.QMp = chiSquaredUpperP(std::max(0.0, f.QM), f.QMdf1);
    }

    const MatrixXd P0 = projection(X, weightsAt(vi, 0));
    f.QE = std::max(0.0, quadratic(P0, ymc));
    f.QEdf = dfResidual;
    f.QEp = chiSquaredUpperP(f.QE, f.QEdf);

    if (options.computeR2 && p > 1) {
        if (!options.randomEffects) {
            const double var = ymc.squaredNorm();
            if (var == 0) {
                f.R2 = 0.0;
            } else {
                // Adjusted R² of lm(yi ~ X, weights = 1/vi).
                const VectorXd w0 = weightsAt(vi, 0);
                const double mean = w0.dot(y) / w0.sum();
                const double tss = (w0.array() * (y.array() - mean).square()).sum();
                const double r2 = 1 - f.QE / tss;
                const double adj = 1 - (1 - r2) * (static_cast<double>(k) - 1) / dfResidual;
                f.R2 = std::max(0.0, 100 * adj);
            }
        } else {
            try {
                InverseVarianceOptions re;
                re.randomEffects = true;
                re.estimator = options.estimator;
                re.knha = options.knha;
                re.level = options.level;
                re.control = options.control;
                const double tau2RE = fitInverseVariance(yi, vi, re).tau2;
                f.R2 = tau2RE == 0 ? 0.0 : std::max(0.0, 100 * (tau2RE - f.tau2) / tau2RE);
            } catch (const ConvergenceError &) {
                f.R2.reset(); // metafor: NA when the intercept-only fit fails
            }
        }
    }
    return f;
}

double distinctRowPermutations(const MatrixXd &X)
{
    const auto k = static_cast<std::size_t>(X.rows());
    std::vector<std::size_t> order(k);
    std::iota(order.begin(), order.end(), 0);
    auto rowLess = [&](std::size_t a, std::size_t b) {
        for (Eigen::Index j = 0; j < X.cols(); ++j) {
            const double x = X(static_cast<Eigen::Index>(a), j), z = X(static_cast<Eigen::Index>(b), j);
            if (x != z)
                return x < z;
        }
        return false;
    };
    std::sort(order.begin(), order.end(), rowLess);
    // log(k!) - sum log(m_i!)
    double logCount = std::lgamma(static_cast<double>(k) + 1);
    std::size_t run = 1;
    for (std::size_t i = 1; i <= k; ++i) {
        if (i < k && !rowLess(order[i - 1], order[i]) && !rowLess(order[i], order[i - 1])) {
            ++run;
        } else {
            logCount -= std::lgamma(static_cast<double>(run) + 1);
            run = 1;
        }
    }
    const double count = std::round(std::exp(logCount));
    return count > 9007199254740992.0 ? std::numeric_limits<double>::infinity() : count;
}

PermutationTest permutationTest(std::span<const double> yi, std::span<const double> vi, const MetaRegressionFit &fit,
    const MatrixXd &X, const MetaRegressionOptions &options, std::size_t iterations, std::uint64_t seed, bool exact,
    const std::atomic<bool> *cancel)
{
    constexpr const char *function = "permutationTest";
    if (iterations < 2 && !exact)
        throw std::invalid_argument(std::string(function) + ": iterations must be at least 2, got "
            + std::to_string(iterations));
    if (fit.k != yi.size() || static_cast<std::size_t>(X.rows()) != yi.size()
        || static_cast<std::size_t>(X.cols()) != fit.p)
        throw std::invalid_argument(std::string(function) + ": fit, data and design matrix do not match");
    const std::size_t k = yi.size();
    const auto p = static_cast<Eigen::Index>(fit.p);
    MetaRegressionOptions refit = options;
    refit.computeR2 = false;

    PermutationTest out;
    const double distinct = distinctRowPermutations(X);
    out.exact = exact || distinct <= static_cast<double>(iterations);
    if (out.exact && !(distinct < 5e7))
        throw std::invalid_argument(std::string(function) + ": exact test needs too many permutations ("
            + std::to_string(distinct) + ")");

    const double comptol = std::sqrt(DBL_EPSILON);
    std::vector<std::size_t> extreme(fit.p, 0);
    std::size_t qmExtreme = 0;
    std::size_t counted = 0;
    MatrixXd Xp(X.rows(), X.cols());
    auto evaluate = [&](const std::vector<std::size_t> &rows, bool observed) {
        if (observed) {
            for (Eigen::Index j = 0; j < p; ++j)
                extreme[static_cast<std::size_t>(j)] += 1;
            ++qmExtreme;
            ++counted;
            return true;
        }
        for (std::size_t i = 0; i < k; ++i)
            Xp.row(static_cast<Eigen::Index>(i)) = X.row(static_cast<Eigen::Index>(rows[i]));
        MetaRegressionFit f;
        try {
            f = fitMetaRegression(yi, vi, Xp, refit);
        } catch (const std::exception &) {
            ++out.failed;
            return false;
        }
        for (Eigen::Index j = 0; j < p; ++j) {
            if (std::fabs(f.zval[j]) >= std::fabs(fit.zval[j]) - comptol)
                extreme[static_cast<std::size_t>(j)] += 1;
        }
        if (f.QM >= fit.QM - comptol)
            ++qmExtreme;
        ++counted;
        return true;
    };

    if (out.exact) {
        // Rows grouped into classes of identical rows; next_permutation over the class
        // labels visits every distinct arrangement once.
        std::vector<std::size_t> order(k);
        std::iota(order.begin(), order.end(), 0);
        auto rowLess = [&](std::size_t a, std::size_t b) {
            for (Eigen::Index j = 0; j < X.cols(); ++j) {
                const double x = X(static_cast<Eigen::Index>(a), j), z = X(static_cast<Eigen::Index>(b), j);
                if (x != z)
                    return x < z;
            }
            return false;
        };
        std::sort(order.begin(), order.end(), rowLess);
        std::vector<std::size_t> representative;
        std::vector<std::size_t> labels(k);
        for (std::size_t i = 0; i < k; ++i) {
            if (i == 0 || rowLess(order[i - 1], order[i]))
                representative.push_back(order[i]);
            labels[i] = representative.size() - 1;
        }
        std::vector<std::size_t> rows(k);
        do {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                out.cancelled = true;
                break;
            }
            for (std::size_t i = 0; i < k; ++i)
                rows[i] = representative[labels[i]];
            evaluate(rows, false);
        } while (std::next_permutation(labels.begin(), labels.end()));
    } else {
        std::mt19937_64 rng(seed);
        std::vector<std::size_t> rows(k);
        std::iota(rows.begin(), rows.end(), 0);
        evaluate(rows, true); // metafor replaces the first permutation by the observed data
        std::size_t attempts = 0;
        while (counted < iterations) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                out.cancelled = true;
                break;
            }
            std::shuffle(rows.begin(), rows.end(), rng);
            evaluate(rows, false);
            if (++attempts > 10 * iterations + 100)
                break;
        }
    }
    out.permutations = counted;
    out.pval.resize(fit.p);
    for (std::size_t j = 0; j < fit.p; ++j)
        out.pval[j] = counted ? std::min(1.0, static_cast<double>(extreme[j]) / static_cast<double>(counted)) : 1.0;
    out.QMp = counted ? static_cast<double>(qmExtreme) / static_cast<double>(counted) : 1.0;
    return out;
}

} // namespace ee::stats
