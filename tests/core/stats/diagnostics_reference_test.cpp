// The metafor fixtures of issue 6 (tests/reference/diagnostics, written by
// tests/reference/generate_diagnostics.R) run through the engine: Egger, Begg,
// trim-and-fill, meta-regression, exact permutation tests, influence(), cumul()
// and a few GOSH subsets. Relative tolerance 1e-8 for closed-form tau²
// estimators (FE, DL, HE, SJ), 1e-5 for iterative ones (REML, ML, EB, PM).

#include "core/stats/cumulative.h"
#include "core/stats/gosh.h"
#include "core/stats/influencediagnostics.h"
#include "core/stats/metaregression.h"
#include "core/stats/referencecases.h"
#include "core/stats/smallstudy.h"

#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <map>

namespace ee::stats {
namespace {

using test::Json;

std::filesystem::path diagnosticsDir()
{
    return test::referenceDir().parent_path() / "diagnostics";
}

std::vector<std::string> diagnosticsCases()
{
    std::vector<std::string> names;
    if (!std::filesystem::exists(diagnosticsDir()))
        return names;
    for (const auto &entry : std::filesystem::directory_iterator(diagnosticsDir()))
        if (entry.is_directory())
            names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

struct Case {
    std::vector<double> yi, vi;
    std::map<std::string, std::vector<std::string>> columns;
    Json options, expected;
    InverseVarianceOptions model;
    MetaRegressionOptions mr;
    double tol = 1e-8;
};

double cell(const std::string &text)
{
    double x = 0;
    std::from_chars(text.data(), text.data() + text.size(), x);
    return x;
}

Case loadCase(const std::string &name)
{
    Case c;
    const auto dir = diagnosticsDir() / name;
    const auto csv = test::parseCsv(test::readFile(dir / "input.csv"));
    const auto &header = csv.at(0);
    for (std::size_t r = 1; r < csv.size(); ++r) {
        for (std::size_t j = 0; j < header.size(); ++j) {
            if (header[j] == "yi")
                c.yi.push_back(cell(csv[r][j]));
            else if (header[j] == "vi")
                c.vi.push_back(cell(csv[r][j]));
            else
                c.columns[header[j]].push_back(csv[r][j]);
        }
    }
    c.options = test::parseJson(test::readFile(dir / "options.json"));
    c.expected = test::parseJson(test::readFile(dir / "expected.json"));
    const bool random = c.options.at("model").string == "random";
    const Tau2Estimator est = *parseTau2Estimator(c.options.at("tau2").string);
    c.model.randomEffects = random;
    c.model.estimator = est;
    c.model.knha = c.options.at("hksj").boolean;
    c.mr.randomEffects = random;
    c.mr.estimator = est;
    c.mr.knha = c.model.knha;
    if (random && (est == Tau2Estimator::REML || est == Tau2Estimator::ML || est == Tau2Estimator::EB
            || est == Tau2Estimator::PM))
        c.tol = 1e-5;
    return c;
}

void near(double expected, double actual, double tol, const std::string &what)
{
    const double floor = tol < 1e-6 ? 1e-12 : 1e-9;
    EXPECT_LE(std::fabs(actual - expected), tol * std::fabs(expected) + floor)
        << what << ": expected " << expected << ", got " << actual;
}

void near(const Json &e, const char *key, double actual, double tol, const std::string &where)
{
    near(e.at(key).number, actual, tol, where + "." + key);
}

Eigen::MatrixXd designOf(const Case &c, const Json &mods, std::vector<std::string> *terms = nullptr)
{
    std::vector<ModeratorColumn> columns;
    for (const Json &m : mods.array)
        columns.push_back(ModeratorColumn { m.string, c.columns.at(m.string), ModeratorKind::Auto });
    DesignMatrix d = buildDesignMatrix(columns, c.yi.size());
    if (terms)
        *terms = d.terms;
    return d.X;
}

void checkInfluence(const Json &expected, const std::vector<StudyInfluence> &actual, double tol, const std::string &w)
{
    ASSERT_EQ(expected.array.size(), actual.size()) << w;
    for (std::size_t i = 0; i < actual.size(); ++i) {
        const Json &e = expected.array[i];
        const StudyInfluence &a = actual[i];
        const std::string where = w + "[" + std::to_string(i) + "]";
        ASSERT_TRUE(a.estimable) << where;
        near(e, "rstudent", a.rstudent, tol, where);
        near(e, "dffits", a.dffits, tol, where);
        near(e, "cook_d", a.cookD, tol, where);
        near(e, "cov_r", a.covR, tol, where);
        near(e, "tau2_del", a.tau2Del, tol, where);
        near(e, "QE_del", a.QEDel, tol, where);
        near(e, "hat", a.hat, tol, where);
        near(e, "weight", a.weight, tol, where);
        const Json &dfb = e.at("dfbetas");
        ASSERT_EQ(dfb.array.size(), a.dfbetas.size()) << where;
        for (std::size_t j = 0; j < a.dfbetas.size(); ++j)
            near(dfb.array[j].number, a.dfbetas[j], tol, where + ".dfbetas");
        EXPECT_EQ(e.at("influential").boolean, a.influential) << where;
    }
}

class DiagnosticsReference : public ::testing::TestWithParam<std::string> { };

TEST_P(DiagnosticsReference, AgreesWithMetafor)
{
    const Case c = loadCase(GetParam());
    const Json &exp = c.expected;
    const double tol = c.tol;
    const Eigen::MatrixXd ones = Eigen::MatrixXd::Ones(static_cast<Eigen::Index>(c.yi.size()), 1);

    if (const Json *b = exp.find("bias")) {
        const EggerTest eg = eggerTest(c.yi, c.vi);
        near(*b, "egger_bias", eg.bias, 1e-8, "egger");
        near(*b, "egger_se", eg.biasSe, 1e-8, "egger");
        near(*b, "egger_t", eg.tval, 1e-8, "egger");
        near(*b, "egger_df", eg.df, 1e-12, "egger");
        near(*b, "egger_pval", eg.pval, 1e-8, "egger");
        near(*b, "egger_limit_estimate", eg.limitEstimate, 1e-8, "egger");
        const BeggTest bg = beggTest(c.yi, c.vi);
        near(*b, "begg_tau", bg.tau, 1e-8, "begg");
        near(*b, "begg_pval", bg.pval, 1e-8, "begg");
        const TrimAndFill tf = trimAndFill(c.yi, c.vi, c.model);
        EXPECT_EQ(static_cast<double>(tf.k0), b->at("trimfill_k0").number);
        EXPECT_EQ(tf.side == FunnelSide::Left ? "left" : "right", b->at("trimfill_side").string);
        near(*b, "trimfill_estimate", tf.fit.estimate, tol, "trimfill");
        near(*b, "trimfill_se", tf.fit.se, tol, "trimfill");
        near(*b, "trimfill_ci_lb", tf.fit.ciLb, tol, "trimfill");
        near(*b, "trimfill_ci_ub", tf.fit.ciUb, tol, "trimfill");
        near(*b, "trimfill_tau2", tf.fit.tau2, tol, "trimfill");
        const Json &filled = b->at("trimfill_filled");
        ASSERT_EQ(filled.array.size(), tf.filledYi.size());
        for (std::size_t i = 0; i < tf.filledYi.size(); ++i) {
            near(filled.array[i], "yi", tf.filledYi[i], tol, "filled");
            near(filled.array[i], "vi", tf.filledVi[i], 1e-12, "filled");
        }
    }
    if (const Json *m = exp.find("metareg")) {
        std::vector<std::string> terms;
        const Eigen::MatrixXd X = designOf(c, c.options.at("metareg"), &terms);
        const MetaRegressionFit f = fitMetaRegression(c.yi, c.vi, X, c.mr, terms);
        const Json &coefs = m->at("coefficients");
        ASSERT_EQ(coefs.array.size(), f.p);
        for (std::size_t j = 0; j < f.p; ++j) {
            const Json &e = coefs.array[j];
            const auto jj = static_cast<Eigen::Index>(j);
            const std::string where = "coef " + e.at("term").string;
            EXPECT_EQ(e.at("term").string, f.terms[j]);
            near(e, "estimate", f.beta[jj], tol, where);
            near(e, "se", f.se[jj], tol, where);
            near(e, "zval", f.zval[jj], tol, where);
            near(e, "pval", f.pval[jj], tol, where);
            near(e, "ci_lb", f.ciLb[jj], tol, where);
            near(e, "ci_ub", f.ciUb[jj], tol, where);
        }
        near(*m, "QM", f.QM, tol, "metareg");
        near(*m, "QM_df", f.QMdf1, 0, "metareg");
        near(*m, "QM_pval", f.QMp, tol, "metareg");
        near(*m, "QE", f.QE, 1e-8, "metareg");
        near(*m, "QE_df", f.QEdf, 0, "metareg");
        near(*m, "QE_pval", f.QEp, 1e-8, "metareg");
        near(*m, "tau2", f.tau2, tol, "metareg");
        if (!m->at("R2").isNull()) {
            ASSERT_TRUE(f.R2.has_value());
            near(*m, "R2", *f.R2, tol, "metareg");
        }
        if (const Json *pt = m->find("permutations")) {
            const PermutationTest t = permutationTest(c.yi, c.vi, f, X, c.mr, 100000, 1);
            EXPECT_TRUE(t.exact);
            for (std::size_t j = 0; j < f.p; ++j)
                near(pt->at("pval").array[j].number, t.pval[j], 1e-12, "permutest pval");
            near(*pt, "QM_pval", t.QMp, 1e-12, "permutest");
        }
        if (const Json *inf = exp.find("influence_metareg"))
            checkInfluence(*inf, influenceDiagnostics(c.yi, c.vi, X, f, c.mr), tol, "influence_metareg");
    }
    if (const Json *inf = exp.find("influence")) {
        MetaRegressionOptions o = c.mr;
        const MetaRegressionFit f = fitMetaRegression(c.yi, c.vi, ones, o);
        checkInfluence(*inf, influenceDiagnostics(c.yi, c.vi, ones, f, o), tol, "influence");
    }
    if (const Json *cum = exp.find("cumulative")) {
        std::vector<std::size_t> order;
        if (!c.options.at("order").isNull()) {
            std::vector<double> key;
            for (const std::string &s : c.columns.at(c.options.at("order").string))
                key.push_back(cell(s));
            order = orderBy(key);
        }
        const auto steps = cumulativeMetaAnalysis(c.yi, c.vi, c.model, order);
        ASSERT_EQ(cum->array.size(), steps.size());
        for (std::size_t i = 0; i < steps.size(); ++i) {
            const Json &e = cum->array[i];
            const std::string where = "cumulative[" + std::to_string(i) + "]";
            EXPECT_EQ(static_cast<std::size_t>(e.at("index").number), steps[i].added) << where;
            near(e, "estimate", steps[i].fit.estimate, tol, where);
            near(e, "se", steps[i].fit.se, tol, where);
            near(e, "ci_lb", steps[i].fit.ciLb, tol, where);
            near(e, "ci_ub", steps[i].fit.ciUb, tol, where);
            near(e, "pval", steps[i].fit.pval, tol, where);
            near(e, "tau2", steps[i].fit.tau2, tol, where);
            near(e, "Q", steps[i].fit.Q, 1e-8, where);
            near(e, "I2", steps[i].fit.I2, tol, where);
        }
    }
    if (const Json *g = exp.find("gosh_subsets")) {
        GoshOptions o;
        o.model = c.model;
        const GoshResult r = gosh(c.yi, c.vi, o);
        ASSERT_TRUE(r.exhaustive);
        for (const Json &e : g->array) {
            std::uint64_t mask = 0;
            for (const Json &m : e.at("members").array)
                mask |= std::uint64_t { 1 } << static_cast<int>(m.number);
            const std::size_t s = static_cast<std::size_t>(mask - 1);
            ASSERT_TRUE(r.ok[s]);
            near(e, "estimate", r.estimate[s], tol, "gosh");
            near(e, "Q", r.Q[s], 1e-8, "gosh");
            near(e, "I2", r.I2[s], tol, "gosh");
            near(e, "tau2", r.tau2[s], tol, "gosh");
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Metafor, DiagnosticsReference, ::testing::ValuesIn(diagnosticsCases()),
    [](const ::testing::TestParamInfo<std::string> &param) { return param.param; });

} // namespace
} // namespace ee::stats
