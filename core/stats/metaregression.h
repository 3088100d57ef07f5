#pragma once

// Meta-regression: metafor's rma.uni(yi, vi, mods = ~ ..., method = ..., test = ...)
// for fixed-effect and mixed-effects models with one or more moderators, and the
// permutation test of permutest(). Weighted least squares on a k x p design matrix
// (Eigen); tau² is the residual heterogeneity after the moderators.

#include "core/stats/inversevariance.h"
#include "core/stats/types.h"

#include <Eigen/Dense>

#include <atomic>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace ee::stats {

/// How a moderator enters the design matrix.
enum class ModeratorKind : int {
    Auto = 0, ///< numeric when every value parses as a finite number, categorical when none does (a mix is an error)
    Numeric = 1, ///< one column with the values
    Categorical = 2, ///< dummy coded, first level (sorted as R's factor()) is the reference
};

/// One moderator column as text, one value per study (as the CSV reader keeps it).
struct ModeratorColumn {
    std::string name;
    std::vector<std::string> values;
    ModeratorKind kind = ModeratorKind::Auto;
};

/// The model matrix of `rma(mods = ~ a + b)`: an intercept column, then per moderator
/// one numeric column or (levels - 1) dummy columns named as R names them
/// ("ablat", "allocrandom").
struct DesignMatrix {
    Eigen::MatrixXd X;
    std::vector<std::string> terms; ///< column names; "intrcpt" first
};

/// Builds the design matrix for k studies. Categorical levels are ordered as R's
/// factor() orders strings (sort() in the C locale for plain ASCII; byte order here).
/// Throws std::invalid_argument naming the column when a column has the wrong length,
/// an empty value, a non-numeric value in a Numeric column, or fewer than two levels /
/// no variation (the coefficient would not be estimable).
DesignMatrix buildDesignMatrix(std::span<const ModeratorColumn> moderators, std::size_t k);

struct MetaRegressionOptions {
    bool randomEffects = true; ///< false: metafor's method = "FE" (tau² = 0)
    Tau2Estimator estimator = Tau2Estimator::REML; ///< residual tau² estimator (all seven)
    bool knha = false; ///< Knapp-Hartung: t(k - p) tests, F test of moderators, se scaled by s²w
    double level = 95;
    FisherScoringControl control;
    bool computeR2 = true; ///< R² needs a second (intercept-only) fit; influence/permutation refits skip it
};

struct MetaRegressionFit {
    std::size_t k = 0;
    std::size_t p = 0;
    bool randomEffects = true;
    Tau2Estimator estimator = Tau2Estimator::REML;
    TestStatistic test = TestStatistic::Z;
    double level = 95;
    std::vector<std::string> terms;
    Eigen::VectorXd beta; ///< coefficients
    Eigen::MatrixXd vb; ///< their covariance matrix (scaled by s2w under knha)
    Eigen::VectorXd se, zval, pval, ciLb, ciUb;
    double crit = 0; ///< z or t(k - p) critical value
    double df = 0; ///< k - p under knha, 0 under z
    double tau2 = 0; ///< residual heterogeneity
    double s2w = 1; ///< Knapp-Hartung scale factor (1 under z)
    double QE = 0, QEdf = 0, QEp = 1; ///< test for residual heterogeneity (weights 1/vi)
    double QM = 0; ///< test of moderators (all coefficients but the intercept): chi² or F under knha
    double QMdf1 = 0, QMdf2 = 0; ///< df (QMdf2 = 0 for the chi² test)
    double QMp = 1;
    std::optional<double> R2; ///< percent; none for intercept-only models or when not computed
    int iterations = 0;
};

/// Fits the meta-regression model yi = X beta + u + e (Raudenbush 2009; Viechtbauer 2005
/// for ML/REML; residual DL, HE, SJ, PM, EB as metafor's rma.uni). X must have full
/// column rank and k > p. QM tests coefficients 2..p (all but the intercept; X's first
/// column must be the intercept when p > 1). R² = max(0, 100 (tau²_RE - tau²)/tau²_RE) with
/// tau²_RE from the intercept-only model (Raudenbush 2009), or the adjusted R² of the
/// weighted least squares fit for fixed-effect models, as metafor.
/// Throws std::invalid_argument for bad input (sizes, vi <= 0, k <= p, rank deficiency),
/// ConvergenceError when the tau² iteration fails.
MetaRegressionFit fitMetaRegression(std::span<const double> yi, std::span<const double> vi, const Eigen::MatrixXd &X,
    const MetaRegressionOptions &options = {}, std::vector<std::string> terms = {});

/// Permutation test of a meta-regression (Follmann & Proschan 1999; Higgins & Thompson
/// 2004), as metafor's permutest(): the rows of the design matrix are permuted among the
/// studies and the model refitted; p-values are the fractions of permutations with
/// |z_j| >= |z_j,obs| - sqrt(eps) (QM >= QM_obs - sqrt(eps)). When the number of distinct
/// permutations is at most `iterations` (or `exact`), all are enumerated (metafor's exact
/// test); otherwise `iterations` random permutations from a std::mt19937_64 seeded with
/// `seed`, the first replaced by the observed data (as metafor).
struct PermutationTest {
    bool exact = false;
    std::size_t permutations = 0; ///< permutations evaluated (incl. the observed one when random)
    std::vector<double> pval; ///< per coefficient
    double QMp = 1;
    std::size_t failed = 0; ///< refits that failed (left out, as metafor's na.rm)
    bool cancelled = false;
};

PermutationTest permutationTest(std::span<const double> yi, std::span<const double> vi, const MetaRegressionFit &fit,
    const Eigen::MatrixXd &X, const MetaRegressionOptions &options, std::size_t iterations, std::uint64_t seed,
    bool exact = false, const std::atomic<bool> *cancel = nullptr);

/// Number of distinct row permutations of X (k! / prod(m_i!) over groups of identical
/// rows); +infinity when it exceeds 2^53.
double distinctRowPermutations(const Eigen::MatrixXd &X);

} // namespace ee::stats
