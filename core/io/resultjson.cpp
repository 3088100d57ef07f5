#include "core/io/resultjson.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <charconv>
#include <cmath>
#include <optional>
#include <ostream>
#include <sstream>
#include <vector>

namespace ee::io {

namespace {

using stats::AnalysisResult;
using stats::PoolFit;

// Streams JSON. Objects inside arrays are written on one line, so a study, a
// leave-one-out fit or a Baujat point is one line of the pretty output.
class Writer
{
public:
    Writer(std::ostream &out, bool pretty)
        : m_out(out)
        , m_pretty(pretty)
    { }

    void beginObject()
    {
        beforeValue();
        m_out << '{';
        m_levels.push_back(Level { false, true, m_levels.empty() ? false : compactNow() });
    }
    void endObject() { end('}'); }
    void beginArray()
    {
        beforeValue();
        m_out << '[';
        m_levels.push_back(Level { true, true, compactNow() });
    }
    void endArray() { end(']'); }

    void key(const char *name)
    {
        separator();
        m_out << jsonString(name) << (m_pretty ? ": " : ":");
        m_afterKey = true;
    }

    void number(double x)
    {
        beforeValue();
        m_out << jsonNumber(x);
    }
    void number(const std::optional<double> &x)
    {
        if (x)
            number(*x);
        else
            null();
    }
    void string(const std::string &s)
    {
        beforeValue();
        m_out << jsonString(s);
    }
    void boolean(bool b)
    {
        beforeValue();
        m_out << (b ? "true" : "false");
    }
    void null()
    {
        beforeValue();
        m_out << "null";
    }

    template<typename T> void field(const char *name, const T &value)
    {
        key(name);
        if constexpr (std::is_same_v<T, std::string>)
            string(value);
        else if constexpr (std::is_same_v<T, bool>)
            boolean(value);
        else
            number(value);
    }
    void fieldString(const char *name, const std::string &value)
    {
        key(name);
        string(value);
    }
    void fieldNull(const char *name)
    {
        key(name);
        null();
    }

private:
    struct Level {
        bool array;
        bool first;
        bool compact;
    };

    // Objects nested in arrays (and everything inside them) are written on one line.
    bool compactNow() const
    {
        if (!m_pretty)
            return true;
        if (m_levels.empty())
            return false;
        return m_levels.back().compact || m_levels.back().array;
    }

    void newline(std::size_t depth)
    {
        m_out << '\n';
        for (std::size_t i = 0; i < depth; ++i)
            m_out << "  ";
    }

    void separator()
    {
        if (m_levels.empty())
            return;
        Level &level = m_levels.back();
        if (!level.first)
            m_out << ',';
        const bool compact = level.compact || !m_pretty;
        if (!compact)
            newline(m_levels.size());
        else if (!level.first && m_pretty)
            m_out << ' ';
        level.first = false;
    }

    void beforeValue()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_levels.empty())
            separator();
    }

    void end(char close)
    {
        const Level level = m_levels.back();
        m_levels.pop_back();
        if (!level.first && !level.compact && m_pretty)
            newline(m_levels.size());
        m_out << close;
    }

    std::ostream &m_out;
    bool m_pretty;
    bool m_afterKey = false;
    std::vector<Level> m_levels;
};

void fitFields(Writer &w, const PoolFit &f)
{
    w.field("estimate", f.estimate);
    w.field("se", f.se);
    w.field("ci_lb", f.ciLb);
    w.field("ci_ub", f.ciUb);
    w.field("pval", f.pval);
    w.field("tau2", f.tau2);
    w.field("I2", f.I2);
    w.field("Q", f.Q);
}

} // namespace

std::string jsonNumber(double x)
{
    if (!std::isfinite(x))
        return "null";
    if (x == 0)
        return "0"; // also for -0
    std::array<char, 64> buffer {};
    const auto [ptr, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), x);
    if (ec != std::errc())
        return "null";
    return std::string(buffer.data(), ptr);
}

std::string jsonString(const std::string &s)
{
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (u < 0x20) {
                static const char *hex = "0123456789abcdef";
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

void writeDiagnostics(Writer &w, const AnalysisResult &r, const stats::DiagnosticsResult &d,
    const DiagnosticsJsonOptions &options);

void writeAll(std::ostream &out, const AnalysisResult &r, const stats::DiagnosticsResult *d,
    const DiagnosticsJsonOptions &diagnosticsOptions, const JsonStyle &style)
{
    const PoolFit &f = r.fit;
    const stats::AnalysisOptions &o = r.options;
    Writer w(out, style.pretty);
    w.beginObject();
    w.field("k", static_cast<double>(f.k));
    w.fieldString("measure", std::string(stats::toString(o.measure)));
    w.fieldString("model", f.randomEffects ? "random" : "fixed");
    w.fieldString("method", std::string(stats::toString(f.method)));
    if (f.randomEffects)
        w.fieldString("tau2_method", std::string(stats::toString(f.tau2Estimator)));
    else
        w.fieldNull("tau2_method");
    w.field("estimate", f.estimate);
    w.field("se", f.se);
    w.field("ci_lb", f.ciLb);
    w.field("ci_ub", f.ciUb);
    w.field("pval", f.pval);
    w.field("Q", f.Q);
    w.field("Q_df", f.Qdf);
    w.field("Q_pval", f.Qp);
    w.field("I2", f.I2);
    w.field("H2", f.H2);
    w.field("tau2", f.tau2);
    w.field("tau2_ci_lb", r.tau2Ci ? std::optional<double>(r.tau2Ci->lower) : std::nullopt);
    w.field("tau2_ci_ub", r.tau2Ci ? std::optional<double>(r.tau2Ci->upper) : std::nullopt);
    w.field("pi_lb", r.prediction.lower);
    w.field("pi_ub", r.prediction.upper);
    w.field("level", f.level);
    w.fieldString("test", std::string(stats::toString(f.test)));
    w.field("zval", f.zval);
    w.fieldString("model_requested", std::string(stats::toString(o.model)));
    w.fieldString("method_requested", std::string(stats::toString(o.method)));
    w.key("continuity");
    w.beginObject();
    w.field("add", o.add);
    w.fieldString("to", std::string(stats::toString(o.to)));
    w.field("drop00", o.drop00.value_or(false));
    w.endObject();
    if (r.autoDecision) {
        w.key("auto");
        w.beginObject();
        w.field("I2", r.autoDecision->I2);
        w.field("Q_pval", r.autoDecision->Qp);
        w.field("random", r.autoDecision->random);
        w.endObject();
    }

    w.key("studies");
    w.beginArray();
    for (const stats::StudyResult &s : r.studies) {
        w.beginObject();
        w.fieldString("study", s.label);
        const bool ok = s.effect.estimable();
        w.field("yi", ok ? std::optional<double>(s.effect.yi) : std::nullopt);
        w.field("vi", ok ? std::optional<double>(s.effect.vi) : std::nullopt);
        w.field("weight", s.weight);
        w.endObject();
    }
    w.endArray();

    if (r.subgroups) {
        const stats::SubgroupAnalysis &sg = *r.subgroups;
        w.key("subgroups");
        w.beginObject();
        w.fieldString("column", sg.column);
        w.key("groups");
        w.beginArray();
        for (const stats::SubgroupResult &g : sg.groups) {
            w.beginObject();
            w.fieldString("level", g.level);
            w.field("k", static_cast<double>(g.fit.k));
            fitFields(w, g.fit);
            w.endObject();
        }
        w.endArray();
        w.field("Q_between", sg.qBetween);
        w.field("Q_between_df", sg.qBetweenDf);
        w.field("Q_between_pval", sg.qBetweenP);
        w.field("excluded", static_cast<double>(sg.excluded));
        w.endObject();
    }
    if (o.leaveOneOut) {
        w.key("leave_one_out");
        w.beginArray();
        for (const stats::LeaveOneOutResult &l : r.leaveOneOut) {
            w.beginObject();
            w.fieldString("omitted", r.studies[l.study].label);
            if (l.refit.estimable) {
                fitFields(w, l.refit.fit);
            } else {
                for (const char *name : { "estimate", "se", "ci_lb", "ci_ub", "pval", "tau2", "I2", "Q" })
                    w.fieldNull(name);
                w.fieldString("failure", l.refit.failure);
            }
            w.endObject();
        }
        w.endArray();
    }
    if (o.baujat) {
        w.key("baujat");
        w.beginArray();
        for (const stats::BaujatResult &b : r.baujat) {
            w.beginObject();
            w.fieldString("study", r.studies[b.study].label);
            w.field("x", b.x);
            w.field("y", b.y);
            w.endObject();
        }
        w.endArray();
    }
    if (d)
        writeDiagnostics(w, r, *d, diagnosticsOptions);
    w.endObject();
    out << '\n';
}

void writeAnalysisJson(std::ostream &out, const AnalysisResult &r, const JsonStyle &style)
{
    writeAll(out, r, nullptr, {}, style);
}

void writeAnalysisJson(std::ostream &out, const AnalysisResult &result, const stats::DiagnosticsResult &diagnostics,
    const DiagnosticsJsonOptions &options, const JsonStyle &style)
{
    writeAll(out, result, &diagnostics, options, style);
}

std::string analysisJson(const AnalysisResult &result, const stats::DiagnosticsResult &diagnostics,
    const DiagnosticsJsonOptions &options, const JsonStyle &style)
{
    std::ostringstream out;
    writeAnalysisJson(out, result, diagnostics, options, style);
    return out.str();
}

std::string analysisJson(const AnalysisResult &result, const JsonStyle &style)
{
    std::ostringstream out;
    writeAnalysisJson(out, result, style);
    return out.str();
}

namespace {

void summary(Writer &w, const char *name, const std::vector<double> &x, const std::vector<std::uint8_t> &ok)
{
    double lo = 0, hi = 0, sum = 0;
    std::size_t n = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (!ok[i])
            continue;
        lo = n ? std::min(lo, x[i]) : x[i];
        hi = n ? std::max(hi, x[i]) : x[i];
        sum += x[i];
        ++n;
    }
    w.key(name);
    w.beginObject();
    w.field("min", n ? std::optional<double>(lo) : std::nullopt);
    w.field("max", n ? std::optional<double>(hi) : std::nullopt);
    w.field("mean", n ? std::optional<double>(sum / static_cast<double>(n)) : std::nullopt);
    w.endObject();
}

void values(Writer &w, const char *name, const std::vector<double> &x)
{
    w.key(name);
    w.beginArray();
    for (double v : x)
        w.number(v);
    w.endArray();
}

} // namespace

void writeDiagnostics(Writer &w, const AnalysisResult &r, const stats::DiagnosticsResult &d,
    const DiagnosticsJsonOptions &options)
{
    auto label = [&](std::size_t pooled) { return r.studies[d.studies[pooled]].label; };
    if (d.egger && d.begg && d.trimFill) {
        const auto &e = *d.egger;
        const auto &b = *d.begg;
        const auto &t = *d.trimFill;
        w.key("bias");
        w.beginObject();
        w.field("k", static_cast<double>(d.studies.size()));
        w.field("few_studies", e.fewStudies);
        w.field("egger_bias", e.bias);
        w.field("egger_se", e.biasSe);
        w.field("egger_t", e.tval);
        w.field("egger_df", e.df);
        w.field("egger_pval", e.pval);
        w.field("egger_limit_estimate", e.limitEstimate);
        w.field("begg_tau", b.tau);
        w.field("begg_pval", b.pval);
        w.field("begg_exact", b.exact);
        w.field("trimfill_k0", static_cast<double>(t.k0));
        w.fieldString("trimfill_side", t.side == stats::FunnelSide::Left ? "left" : "right");
        w.field("trimfill_estimate", t.fit.estimate);
        w.field("trimfill_se", t.fit.se);
        w.field("trimfill_ci_lb", t.fit.ciLb);
        w.field("trimfill_ci_ub", t.fit.ciUb);
        w.field("trimfill_tau2", t.fit.tau2);
        w.key("trimfill_filled");
        w.beginArray();
        for (std::size_t i = 0; i < t.filledYi.size(); ++i) {
            w.beginObject();
            w.field("yi", t.filledYi[i]);
            w.field("vi", t.filledVi[i]);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    if (d.metaRegression) {
        const stats::MetaRegressionFit &m = *d.metaRegression;
        w.key("metareg");
        w.beginObject();
        w.key("moderators");
        w.beginArray();
        for (const std::string &n : d.moderatorNames)
            w.string(n);
        w.endArray();
        w.fieldString("test", m.test == stats::TestStatistic::KnappHartung ? "knha" : "z");
        w.key("coefficients");
        w.beginArray();
        for (std::size_t j = 0; j < m.p; ++j) {
            const auto jj = static_cast<Eigen::Index>(j);
            w.beginObject();
            w.fieldString("term", m.terms[j]);
            w.field("estimate", m.beta[jj]);
            w.field("se", m.se[jj]);
            w.field("zval", m.zval[jj]);
            w.field("pval", m.pval[jj]);
            w.field("ci_lb", m.ciLb[jj]);
            w.field("ci_ub", m.ciUb[jj]);
            w.endObject();
        }
        w.endArray();
        w.field("QM", m.QM);
        w.field("QM_df", m.QMdf1);
        if (m.test == stats::TestStatistic::KnappHartung)
            w.field("QM_df2", m.QMdf2);
        w.field("QM_pval", m.QMp);
        w.field("QE", m.QE);
        w.field("QE_df", m.QEdf);
        w.field("QE_pval", m.QEp);
        w.field("tau2", m.tau2);
        w.field("R2", m.R2);
        if (d.permutation) {
            const stats::PermutationTest &p = *d.permutation;
            w.key("permutations");
            w.beginObject();
            w.field("exact", p.exact);
            w.field("count", static_cast<double>(p.permutations));
            w.key("pval");
            w.beginArray();
            for (double v : p.pval)
                w.number(v);
            w.endArray();
            w.field("QM_pval", p.QMp);
            w.endObject();
        }
        w.endObject();
    }
    if (!d.influence.empty()) {
        w.key("influence");
        w.beginArray();
        for (const stats::StudyInfluence &s : d.influence) {
            w.beginObject();
            w.field("index", static_cast<double>(s.study));
            w.fieldString("study", label(s.study));
            if (s.estimable) {
                w.field("rstudent", s.rstudent);
                w.field("dffits", s.dffits);
                w.field("cook_d", s.cookD);
                w.field("cov_r", s.covR);
                w.field("tau2_del", s.tau2Del);
                w.field("QE_del", s.QEDel);
            } else {
                for (const char *name : { "rstudent", "dffits", "cook_d", "cov_r", "tau2_del", "QE_del" })
                    w.fieldNull(name);
            }
            w.field("hat", s.hat);
            w.field("weight", s.weight);
            values(w, "dfbetas", s.dfbetas);
            w.field("influential", s.influential);
            w.endObject();
        }
        w.endArray();
    }
    if (!d.cumulative.empty()) {
        w.key("cumulative");
        w.beginArray();
        for (const stats::CumulativeStep &s : d.cumulative) {
            w.beginObject();
            w.field("index", static_cast<double>(s.added));
            w.fieldString("study", label(s.added));
            w.field("k", static_cast<double>(s.fit.k));
            fitFields(w, s.fit);
            w.endObject();
        }
        w.endArray();
    }
    if (d.gosh) {
        const stats::GoshResult &g = *d.gosh;
        w.key("gosh");
        w.beginObject();
        w.field("k", static_cast<double>(g.k));
        w.field("subsets", static_cast<double>(g.count()));
        w.field("exhaustive", g.exhaustive);
        w.field("failed", static_cast<double>(g.failed));
        summary(w, "estimate", g.estimate, g.ok);
        summary(w, "I2", g.I2, g.ok);
        summary(w, "tau2", g.tau2, g.ok);
        if (options.goshFull) {
            w.key("size");
            w.beginArray();
            for (std::uint32_t n : g.size)
                w.number(static_cast<double>(n));
            w.endArray();
            values(w, "estimate_values", g.estimate);
            values(w, "I2_values", g.I2);
            values(w, "tau2_values", g.tau2);
            values(w, "Q_values", g.Q);
        }
        w.endObject();
    }
}

} // namespace ee::io
