// Every metafor reference case (tests/reference/cases, written by
// tests/reference/generate.R) run through the engine directly: input.csv and
// options.json in, compared with expected.json to 1e-8 (closed forms) or 1e-5
// (iterative tau² estimators) relative.

#include "core/stats/analysis.h"
#include "core/stats/referencecases.h"
#include "core/stats/types.h"

#include <gtest/gtest.h>

#include <charconv>
#include <iostream>
#include <map>

namespace ee::stats {
namespace {

using test::Json;

double cellNumber(const std::string &text)
{
    double value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size())
        throw std::runtime_error("not a number in fixture: '" + text + "'");
    return value;
}

struct CaseInput {
    std::vector<Study> studies;
    std::map<std::string, std::vector<std::string>> columns;
};

CaseInput studiesOf(const test::ReferenceCase &c)
{
    CaseInput in;
    const auto &header = c.csv.at(0);
    for (std::size_t r = 1; r < c.csv.size(); ++r) {
        for (std::size_t j = 0; j < header.size(); ++j)
            in.columns[header[j]].push_back(c.csv[r][j]);
    }
    const std::size_t n = c.csv.size() - 1;
    auto col = [&](const char *name, std::size_t i) { return cellNumber(in.columns.at(name)[i]); };
    for (std::size_t i = 0; i < n; ++i) {
        Study s;
        s.label = in.columns.at("study")[i];
        if (in.columns.count("events_t")) {
            s.data = BinaryArms { col("events_t", i), col("n_t", i), col("events_c", i), col("n_c", i) };
        } else if (in.columns.count("mean_t")) {
            s.data = ContinuousArms { col("mean_t", i), col("sd_t", i), col("n_t", i), col("mean_c", i), col("sd_c", i),
                col("n_c", i) };
        } else if (in.columns.count("vi")) {
            s.data = GenericEffect { col("yi", i), col("vi", i) };
        } else {
            const double se = col("sei", i);
            s.data = GenericEffect { col("yi", i), se * se };
        }
        in.studies.push_back(std::move(s));
    }
    return in;
}

AnalysisOptions optionsOf(const Json &o)
{
    AnalysisOptions options;
    options.measure = *parseEffectMeasure(o.at("measure").string);
    options.method = *parsePoolingMethod(o.at("method").string);
    options.model = *parseModelChoice(o.at("model").string);
    options.tau2 = *parseTau2Estimator(o.at("tau2").string);
    options.hksj = o.at("hksj").boolean;
    options.level = o.at("level").number;
    options.add = o.at("add").number;
    options.to = *parseCorrectionTarget(o.at("to").string);
    if (!o.at("drop00").isNull())
        options.drop00 = o.at("drop00").boolean;
    options.leaveOneOut = o.at("leave_one_out").boolean;
    options.baujat = o.at("baujat").boolean;
    return options;
}

// The engine's result in the shape of `evidence-cli pool --json`, built here
// independently of core/io so the engine is checked on its own.
Json num(double x)
{
    Json j;
    j.type = Json::Type::Number;
    j.number = x;
    return j;
}
Json str(const std::string &s)
{
    Json j;
    j.type = Json::Type::String;
    j.string = s;
    return j;
}
Json null()
{
    return Json {};
}
Json opt(const std::optional<double> &x)
{
    return x ? num(*x) : null();
}
Json object(std::vector<std::pair<std::string, Json>> members)
{
    Json j;
    j.type = Json::Type::Object;
    j.object = std::move(members);
    return j;
}
Json array(std::vector<Json> items)
{
    Json j;
    j.type = Json::Type::Array;
    j.array = std::move(items);
    return j;
}

Json fitMembers(const PoolFit &f, std::vector<std::pair<std::string, Json>> head)
{
    head.emplace_back("estimate", num(f.estimate));
    head.emplace_back("se", num(f.se));
    head.emplace_back("ci_lb", num(f.ciLb));
    head.emplace_back("ci_ub", num(f.ciUb));
    head.emplace_back("pval", num(f.pval));
    head.emplace_back("tau2", num(f.tau2));
    head.emplace_back("I2", num(f.I2));
    head.emplace_back("Q", num(f.Q));
    return object(std::move(head));
}

Json toJson(const AnalysisResult &r)
{
    const PoolFit &f = r.fit;
    std::vector<std::pair<std::string, Json>> m;
    m.emplace_back("k", num(static_cast<double>(f.k)));
    m.emplace_back("measure", str(std::string(toString(r.options.measure))));
    m.emplace_back("model", str(f.randomEffects ? "random" : "fixed"));
    m.emplace_back("method", str(std::string(toString(f.method))));
    m.emplace_back("tau2_method", f.randomEffects ? str(std::string(toString(f.tau2Estimator))) : null());
    m.emplace_back("estimate", num(f.estimate));
    m.emplace_back("se", num(f.se));
    m.emplace_back("ci_lb", num(f.ciLb));
    m.emplace_back("ci_ub", num(f.ciUb));
    m.emplace_back("pval", num(f.pval));
    m.emplace_back("Q", num(f.Q));
    m.emplace_back("Q_df", num(f.Qdf));
    m.emplace_back("Q_pval", num(f.Qp));
    m.emplace_back("I2", num(f.I2));
    m.emplace_back("H2", num(f.H2));
    m.emplace_back("tau2", num(f.tau2));
    m.emplace_back("tau2_ci_lb", r.tau2Ci ? num(r.tau2Ci->lower) : null());
    m.emplace_back("tau2_ci_ub", r.tau2Ci ? num(r.tau2Ci->upper) : null());
    m.emplace_back("pi_lb", num(r.prediction.lower));
    m.emplace_back("pi_ub", num(r.prediction.upper));
    std::vector<Json> studies;
    for (const StudyResult &s : r.studies) {
        const bool ok = s.effect.estimable();
        studies.push_back(object({ { "study", str(s.label) }, { "yi", ok ? num(s.effect.yi) : null() },
            { "vi", ok ? num(s.effect.vi) : null() }, { "weight", opt(s.weight) } }));
    }
    m.emplace_back("studies", array(std::move(studies)));
    if (r.subgroups) {
        std::vector<Json> groups;
        for (const SubgroupResult &g : r.subgroups->groups)
            groups.push_back(
                fitMembers(g.fit, { { "level", str(g.level) }, { "k", num(static_cast<double>(g.fit.k)) } }));
        m.emplace_back("subgroups",
            object({ { "column", str(r.subgroups->column) }, { "groups", array(std::move(groups)) },
                { "Q_between", num(r.subgroups->qBetween) }, { "Q_between_df", num(r.subgroups->qBetweenDf) },
                { "Q_between_pval", opt(r.subgroups->qBetweenP) } }));
    }
    if (r.options.leaveOneOut) {
        std::vector<Json> loo;
        for (const LeaveOneOutResult &l : r.leaveOneOut) {
            const std::string label = r.studies[l.study].label;
            if (!l.refit.estimable) {
                loo.push_back(object({ { "omitted", str(label) }, { "estimate", null() }, { "se", null() },
                    { "ci_lb", null() }, { "ci_ub", null() }, { "pval", null() }, { "tau2", null() }, { "I2", null() },
                    { "Q", null() } }));
                continue;
            }
            loo.push_back(fitMembers(l.refit.fit, { { "omitted", str(label) } }));
        }
        m.emplace_back("leave_one_out", array(std::move(loo)));
    }
    if (r.options.baujat) {
        std::vector<Json> points;
        for (const BaujatResult &b : r.baujat)
            points.push_back(
                object({ { "study", str(r.studies[b.study].label) }, { "x", num(b.x) }, { "y", num(b.y) } }));
        m.emplace_back("baujat", array(std::move(points)));
    }
    return object(std::move(m));
}

class MetaforReference : public ::testing::TestWithParam<std::string>
{
};

TEST_P(MetaforReference, EngineAgreesWithMetafor)
{
    const test::ReferenceCase c = test::loadReferenceCase(GetParam());
    const CaseInput in = studiesOf(c);
    const AnalysisOptions options = optionsOf(c.options);
    std::optional<Subgrouping> subgroups;
    if (!c.options.at("subgroup").isNull()) {
        const std::string column = c.options.at("subgroup").string;
        subgroups = Subgrouping { column, in.columns.at(column) };
    }
    const AnalysisResult result = analyse(in.studies, options, subgroups ? &*subgroups : nullptr);
    const double tol = c.options.at("tolerance").number;
    std::vector<std::string> failures;
    test::Agreement agreement;
    test::compareJson(c.expected, toJson(result), tol, test::absoluteFloor(tol), "", failures, agreement);
    for (const std::string &f : failures)
        ADD_FAILURE() << c.name << f;
    RecordProperty("max_relative_difference", std::to_string(agreement.maxRelative));
    if (std::getenv("EE_REPORT_AGREEMENT"))
        std::cout << "agreement " << c.name << " tol " << tol << " max " << agreement.maxRelative << " at "
                  << agreement.where << '\n';
}

INSTANTIATE_TEST_SUITE_P(Cases, MetaforReference, ::testing::ValuesIn(test::referenceCaseNames()),
    [](const ::testing::TestParamInfo<std::string> &param) { return param.param; });

TEST(MetaforReferenceSuite, HasCases)
{
    // Guards against a missing or moved fixture folder silently running nothing.
    EXPECT_GE(test::referenceCaseNames().size(), 100u);
}

} // namespace
} // namespace ee::stats
