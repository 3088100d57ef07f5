#include "app/cli/poolcommand.h"

#include "app/cli/optionreader.h"
#include "core/io/resultjson.h"
#include "core/stats/errors.h"
#include "core/store/poolinput.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iomanip>
#include <ostream>
#include <sstream>
#include <stdexcept>

namespace ee::cli {

namespace {

using namespace ee::stats;

constexpr const char *kPrefix = "evidence-cli pool: ";

// ------------------------------------------------------------------ formatting

std::string fixed(double x, int decimals = 4)
{
    std::ostringstream text;
    text << std::fixed << std::setprecision(decimals) << x;
    std::string s = text.str();
    if (s.find_first_not_of("-0.") == std::string::npos && s.front() == '-')
        s.erase(0, 1); // "-0.0000" reads as 0
    return s;
}

std::string pvalue(double p)
{
    return p < 1e-4 ? "<.0001" : fixed(p);
}

std::string pvalueEq(double p)
{
    return p < 1e-4 ? "< .0001" : "= " + fixed(p);
}

std::string oneLine(std::string s)
{
    std::replace(s.begin(), s.end(), '\n', ' ');
    s.erase(std::remove(s.begin(), s.end(), '\r'), s.end());
    return s;
}

// Columns right-aligned except the first when `leftFirst`.
void table(std::ostream &out, const std::vector<std::string> &header, const std::vector<std::vector<std::string>> &rows,
    bool leftFirst)
{
    std::vector<std::size_t> width(header.size());
    for (std::size_t j = 0; j < header.size(); ++j)
        width[j] = header[j].size();
    for (const auto &row : rows) {
        for (std::size_t j = 0; j < row.size(); ++j)
            width[j] = std::max(width[j], row[j].size());
    }
    auto line = [&](const std::vector<std::string> &cells) {
        std::string text;
        for (std::size_t j = 0; j < cells.size(); ++j) {
            if (j > 0)
                text += "  ";
            const std::size_t pad = width[j] - cells[j].size();
            if (j == 0 && leftFirst)
                text += cells[j] + std::string(pad, ' ');
            else
                text += std::string(pad, ' ') + cells[j];
        }
        while (!text.empty() && text.back() == ' ')
            text.pop_back();
        out << text << '\n';
    };
    line(header);
    for (const auto &row : rows)
        line(row);
}

std::string measureName(EffectMeasure m)
{
    switch (m) {
    case EffectMeasure::OR:
        return "log odds ratio (OR)";
    case EffectMeasure::RR:
        return "log risk ratio (RR)";
    case EffectMeasure::RD:
        return "risk difference (RD)";
    case EffectMeasure::MD:
        return "mean difference (MD)";
    case EffectMeasure::SMD:
        return "standardised mean difference, Hedges' g (SMD)";
    case EffectMeasure::GEN:
        return "generic effect (GEN)";
    }
    return "?";
}

std::string methodName(PoolingMethod m)
{
    switch (m) {
    case PoolingMethod::InverseVariance:
        return "inverse variance";
    case PoolingMethod::MantelHaenszel:
        return "Mantel-Haenszel";
    case PoolingMethod::Peto:
        return "Peto";
    }
    return "?";
}

// ------------------------------------------------------------------ parsing

bool parseNumber(const std::string &text, double &value)
{
    const char *begin = text.data();
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    return ec == std::errc() && ptr == end && std::isfinite(value);
}

} // namespace

std::optional<PoolRequest> parsePoolArguments(const std::vector<std::string> &args, std::string &error)
{
    PoolRequest request;
    bool haveFile = false;
    for (OptionReader option(args, 0); option.next();) {
        const std::string &arg = option.name();
        const bool inlineValue = option.hasInlineValue();
        std::string value = option.value();
        auto takeValue = [&](const char *what) -> bool {
            if (!option.takeValue(what, error))
                return false;
            value = option.value();
            return true;
        };
        auto flag = [&]() -> bool {
            if (inlineValue) {
                error = "option " + arg + " takes no value";
                return false;
            }
            return true;
        };

        // An option whose value is one of a fixed set of names.
        auto choice = [&](const char *expected, auto parse, auto &target) -> bool {
            if (!takeValue(expected))
                return false;
            const auto parsed = parse(value);
            if (!parsed) {
                error = "unknown " + arg + " '" + value + "' (expected " + expected + ")";
                return false;
            }
            target = *parsed;
            return true;
        };

        if (arg == "--measure") {
            if (!choice("OR, RR, RD, MD, SMD or GEN", parseEffectMeasure, request.measure))
                return std::nullopt;
        } else if (arg == "--method") {
            if (!choice("MH, PETO or IV", parsePoolingMethod, request.method))
                return std::nullopt;
        } else if (arg == "--model") {
            if (!choice("fixed, random or auto", parseModelChoice, request.model))
                return std::nullopt;
        } else if (arg == "--tau2") {
            if (!choice("DL, REML, PM, ML, SJ, HE or EB", parseTau2Estimator, request.tau2))
                return std::nullopt;
        } else if (arg == "--hksj") {
            if (!flag())
                return std::nullopt;
            request.hksj = true;
        } else if (arg == "--level") {
            if (!takeValue("a percentage such as 95"))
                return std::nullopt;
            if (!parseNumber(value, request.level) || !(request.level > 0 && request.level < 100)) {
                error = "--level must be a number between 0 and 100 (a percentage), got '" + value + "'";
                return std::nullopt;
            }
        } else if (arg == "--subgroup") {
            if (!takeValue("a column of the input file"))
                return std::nullopt;
            if (value.empty()) {
                error = "--subgroup needs a column name";
                return std::nullopt;
            }
            request.subgroup = value;
        } else if (arg == "--leave-one-out") {
            if (!flag())
                return std::nullopt;
            request.leaveOneOut = true;
        } else if (arg == "--baujat") {
            if (!flag())
                return std::nullopt;
            request.baujat = true;
        } else if (arg == "--bias") {
            if (!flag())
                return std::nullopt;
            request.bias = true;
        } else if (arg == "--influence") {
            if (!flag())
                return std::nullopt;
            request.influence = true;
        } else if (arg == "--cumulative") {
            if (!flag())
                return std::nullopt;
            request.cumulative = true;
        } else if (arg == "--gosh") {
            if (!flag())
                return std::nullopt;
            request.gosh = true;
        } else if (arg == "--gosh-full") {
            if (!flag())
                return std::nullopt;
            request.gosh = true;
            request.goshFull = true;
        } else if (arg == "--metareg") {
            if (!takeValue("moderator columns, e.g. year,region"))
                return std::nullopt;
            request.metareg.clear();
            std::string part;
            std::istringstream parts(value);
            while (std::getline(parts, part, ',')) {
                if (part.empty()) {
                    error = "--metareg needs column names separated by commas, got '" + value + "'";
                    return std::nullopt;
                }
                request.metareg.push_back(part);
            }
            if (request.metareg.empty()) {
                error = "--metareg needs at least one column";
                return std::nullopt;
            }
        } else if (arg == "--order") {
            if (!takeValue("a numeric column of the input file"))
                return std::nullopt;
            if (value.empty()) {
                error = "--order needs a column name";
                return std::nullopt;
            }
            request.order = value;
        } else if (arg == "--permutations" || arg == "--subsets" || arg == "--seed") {
            if (!takeValue("a positive whole number"))
                return std::nullopt;
            double n = 0;
            if (!parseNumber(value, n) || !(n >= 1) || n != std::floor(n) || n > 1e12) {
                error = arg + " must be a positive whole number, got '" + value + "'";
                return std::nullopt;
            }
            if (arg == "--permutations")
                request.permutations = static_cast<std::size_t>(n);
            else if (arg == "--subsets")
                request.goshSubsets = static_cast<std::size_t>(n);
            else
                request.seed = static_cast<std::uint64_t>(n);
        } else if (arg == "--json") {
            if (!flag())
                return std::nullopt;
            request.json = true;
        } else if (arg == "--add") {
            if (!takeValue("the continuity correction, e.g. 0.5"))
                return std::nullopt;
            if (!parseNumber(value, request.add) || request.add < 0) {
                error = "--add must be a number >= 0, got '" + value + "'";
                return std::nullopt;
            }
        } else if (arg == "--to") {
            if (!choice("only0, all, if0all or none", parseCorrectionTarget, request.to))
                return std::nullopt;
        } else if (arg == "--drop00") {
            if (!takeValue("yes or no"))
                return std::nullopt;
            if (value == "yes" || value == "true")
                request.drop00 = true;
            else if (value == "no" || value == "false")
                request.drop00 = false;
            else {
                error = "--drop00 must be yes or no, got '" + value + "'";
                return std::nullopt;
            }
        } else if (arg == "--db") {
            if (!takeValue("a project file, e.g. dfu-cell-therapy.evidence"))
                return std::nullopt;
            request.db = value;
        } else if (arg == "--outcome") {
            if (!takeValue("an outcome code, e.g. healing"))
                return std::nullopt;
            request.outcome = value;
        } else if (arg == "--where") {
            if (!takeValue("facet=level[,level...]"))
                return std::nullopt;
            request.where.push_back(value);
        } else if (arg == "--split-shared-controls") {
            if (!flag())
                return std::nullopt;
            request.splitSharedControls = true;
        } else if (arg.size() > 1 && arg[0] == '-') {
            error = "unknown option '" + option.raw() + "'";
            return std::nullopt;
        } else {
            if (haveFile) {
                error = "one input file only; '" + request.file + "' and '" + arg + "' were given";
                return std::nullopt;
            }
            request.file = arg;
            haveFile = true;
        }
    }
    if (!request.db.empty()) {
        if (haveFile) {
            error = "give either an input file or --db, not both ('" + request.file + "' and --db " + request.db + ")";
            return std::nullopt;
        }
        if (request.outcome.empty()) {
            error = "--db needs --outcome (an outcome code such as healing; 'evidence-cli studies --db FILE' lists them)";
            return std::nullopt;
        }
        return request;
    }
    if (!request.outcome.empty() || !request.where.empty() || request.splitSharedControls) {
        error = "--outcome, --where and --split-shared-controls go with --db";
        return std::nullopt;
    }
    if (!haveFile) {
        error = "no input file (usage: evidence-cli pool FILE.csv [OPTIONS], or pool --db FILE.evidence --outcome X)";
        return std::nullopt;
    }
    return request;
}

std::optional<AnalysisOptions> resolvePoolOptions(
    const PoolRequest &request, io::StudyDataKind kind, std::string &error)
{
    AnalysisOptions o;
    if (request.measure) {
        o.measure = *request.measure;
    } else {
        o.measure = kind == io::StudyDataKind::Binary ? EffectMeasure::OR
            : kind == io::StudyDataKind::Continuous   ? EffectMeasure::MD
                                                      : EffectMeasure::GEN;
    }
    if (io::dataKindFor(o.measure) != kind) {
        error = "--measure " + std::string(toString(o.measure)) + " does not fit the data columns of the file";
        return std::nullopt;
    }
    o.method = request.method.value_or(
        isBinaryMeasure(o.measure) ? PoolingMethod::MantelHaenszel : PoolingMethod::InverseVariance);
    if (o.method == PoolingMethod::MantelHaenszel && !isBinaryMeasure(o.measure)) {
        error = "--method MH needs --measure OR, RR or RD (got " + std::string(toString(o.measure)) + ")";
        return std::nullopt;
    }
    if (o.method == PoolingMethod::Peto && o.measure != EffectMeasure::OR) {
        error = "--method PETO needs --measure OR (got " + std::string(toString(o.measure)) + ")";
        return std::nullopt;
    }
    if (request.hksj && request.model == ModelChoice::Fixed) {
        error = "--hksj applies to random-effects models; use --model random or auto, or drop --hksj";
        return std::nullopt;
    }
    o.model = request.model;
    o.tau2 = request.tau2;
    o.hksj = request.hksj;
    o.level = request.level;
    o.add = request.add;
    o.to = request.to;
    o.drop00 = request.drop00;
    o.leaveOneOut = request.leaveOneOut;
    o.baujat = request.baujat;
    return o;
}

std::string formatPoolReport(const AnalysisResult &r, const std::string &subgroupColumn)
{
    std::ostringstream out;
    const PoolFit &f = r.fit;
    const AnalysisOptions &o = r.options;
    const bool ratio = isRatioMeasure(o.measure);
    const std::string levelText = fixed(f.level, f.level == std::floor(f.level) ? 0 : 1) + "%";

    out << '\n';
    if (f.randomEffects)
        out << "Random-Effects Model (k = " << f.k << "; tau^2 estimator: " << toString(f.tau2Estimator) << ")\n";
    else
        out << "Fixed-Effect Model (k = " << f.k << "; " << methodName(f.method) << ")\n";
    out << "Measure: " << measureName(o.measure);
    if (f.method != o.method)
        out << "; " << methodName(o.method) << " requested, random effects pooled by inverse variance";
    out << '\n';
    if (r.autoDecision) {
        out << "Model: auto -> " << (r.autoDecision->random ? "random" : "fixed")
            << " (fixed-effect I^2 = " << fixed(r.autoDecision->I2, 2) << "%, P(Q) " << pvalueEq(r.autoDecision->Qp)
            << "; fixed when I^2 < 50% and P(Q) > 0.10)\n";
    }
    if (f.test == TestStatistic::KnappHartung)
        out << "Test: Knapp-Hartung-Sidik-Jonkman (t with " << fixed(f.df, 0) << " df)\n";
    out << '\n';

    if (f.randomEffects) {
        out << "tau^2 (estimated amount of total heterogeneity): " << fixed(f.tau2);
        if (r.tau2Ci)
            out << " (" << levelText << " CI: " << fixed(r.tau2Ci->lower) << ", " << fixed(r.tau2Ci->upper) << ")";
        out << '\n';
        out << "tau (square root of estimated tau^2 value):      " << fixed(std::sqrt(f.tau2)) << '\n';
    }
    out << "I^2 (total heterogeneity / total variability):   " << fixed(f.I2, 2) << "%\n";
    out << "H^2 (total variability / sampling variability):  " << fixed(f.H2, 2) << "\n\n";
    out << "Test for Heterogeneity:\n";
    out << "Q(df = " << fixed(f.Qdf, 0) << ") = " << fixed(f.Q) << ", p-val " << pvalueEq(f.Qp) << "\n\n";

    out << "Model Results" << (ratio ? " (log scale)" : "") << ":\n\n";
    table(out,
        { "estimate", "se", f.test == TestStatistic::KnappHartung ? "tval" : "zval", "pval", "ci.lb", "ci.ub", "pi.lb",
            "pi.ub" },
        { { fixed(f.estimate), fixed(f.se), fixed(f.zval), pvalue(f.pval), fixed(f.ciLb), fixed(f.ciUb),
            fixed(r.prediction.lower), fixed(r.prediction.upper) } },
        false);
    if (ratio) {
        out << "\nModel Results (" << toString(o.measure) << " scale):\n\n";
        table(out, { "estimate", "ci.lb", "ci.ub", "pi.lb", "pi.ub" },
            { { fixed(std::exp(f.estimate)), fixed(std::exp(f.ciLb)), fixed(std::exp(f.ciUb)),
                fixed(std::exp(r.prediction.lower)), fixed(std::exp(r.prediction.upper)) } },
            false);
    }

    out << "\nStudies:\n\n";
    std::vector<std::vector<std::string>> rows;
    for (const StudyResult &s : r.studies) {
        const bool ok = s.effect.estimable();
        std::string note;
        if (s.effect.status == EffectStatus::DroppedDoubleZero)
            note = "no events in both arms: dropped (drop00)";
        else if (s.effect.status == EffectStatus::NotEstimable)
            note = "effect not estimable";
        else if (s.effect.corrected)
            note = "continuity correction";
        rows.push_back({ oneLine(s.label), ok ? fixed(s.effect.yi) : "-", ok ? fixed(s.effect.vi) : "-",
            s.weight ? fixed(*s.weight, 2) + "%" : "-", note });
    }
    table(out, { "study", "yi", "vi", "weight", "" }, rows, true);

    if (r.subgroups) {
        const SubgroupAnalysis &sg = *r.subgroups;
        out << "\nSubgroups by " << (subgroupColumn.empty() ? sg.column : subgroupColumn) << ":\n\n";
        rows.clear();
        for (const SubgroupResult &g : sg.groups) {
            rows.push_back({ oneLine(g.level), std::to_string(g.fit.k), fixed(g.fit.estimate), fixed(g.fit.se),
                fixed(g.fit.ciLb), fixed(g.fit.ciUb), pvalue(g.fit.pval), fixed(g.fit.tau2), fixed(g.fit.I2, 2) + "%",
                fixed(g.fit.Q) });
        }
        table(out, { "level", "k", "estimate", "se", "ci.lb", "ci.ub", "pval", "tau2", "I2", "Q" }, rows, true);
        if (sg.qBetweenP) {
            out << "\nTest for Subgroup Differences:\nQ(df = " << fixed(sg.qBetweenDf, 0)
                << ") = " << fixed(sg.qBetween) << ", p-val " << pvalueEq(*sg.qBetweenP) << '\n';
        } else {
            out << "\nTest for Subgroup Differences: needs at least two subgroups\n";
        }
        if (sg.excluded > 0)
            out << "(" << sg.excluded << " stud" << (sg.excluded == 1 ? "y" : "ies")
                << " without a value in this column left out of the subgroups)\n";
    }

    if (o.leaveOneOut) {
        out << "\nLeave-One-Out Analysis:\n\n";
        rows.clear();
        for (const LeaveOneOutResult &l : r.leaveOneOut) {
            if (!l.refit.estimable) {
                rows.push_back(
                    { oneLine(r.studies[l.study].label), "-", "-", "-", "-", "-", "-", "-", "-", l.refit.failure });
                continue;
            }
            const PoolFit &g = l.refit.fit;
            rows.push_back({ oneLine(r.studies[l.study].label), fixed(g.estimate), fixed(g.se), fixed(g.ciLb),
                fixed(g.ciUb), pvalue(g.pval), fixed(g.tau2), fixed(g.I2, 2) + "%", fixed(g.Q), "" });
        }
        table(out, { "omitted", "estimate", "se", "ci.lb", "ci.ub", "pval", "tau2", "I2", "Q", "" }, rows, true);
    }

    if (o.baujat) {
        out << "\nBaujat Plot Coordinates (x: contribution to heterogeneity, y: influence on the result):\n\n";
        rows.clear();
        for (const BaujatResult &b : r.baujat)
            rows.push_back({ oneLine(r.studies[b.study].label), fixed(b.x), fixed(b.y) });
        table(out, { "study", "x", "y" }, rows, true);
    }
    out << '\n';
    return out.str();
}

ExitCode runPoolAnalysis(const PoolRequest &request, const io::StudyTable &table, std::ostream &out, std::ostream &err)
{
    std::string error;
    const std::optional<AnalysisOptions> options = resolvePoolOptions(request, table.kind, error);
    if (!options) {
        err << kPrefix << error << '\n';
        return ExitCode::Usage;
    }
    std::optional<Subgrouping> subgroups;
    if (request.subgroup) {
        const std::vector<std::string> *levels = table.moderator(*request.subgroup);
        if (!levels) {
            std::string available;
            for (const std::string &c : table.moderatorColumns)
                available += (available.empty() ? "" : ", ") + c;
            io::InputError e;
            e.file = table.file;
            e.row = 1;
            e.column = *request.subgroup;
            e.message = "no such column for --subgroup (moderator columns: "
                + (available.empty() ? std::string("none") : available) + ")";
            err << kPrefix << e.text() << '\n';
            return ExitCode::Usage;
        }
        subgroups = Subgrouping { *request.subgroup, *levels };
    }
    DiagnosticsRequest diagnostics;
    if (request.permutations > 0 && request.metareg.empty()) {
        err << kPrefix << "--permutations needs --metareg\n";
        return ExitCode::Usage;
    }
    if (request.order && !request.cumulative) {
        err << kPrefix << "--order needs --cumulative\n";
        return ExitCode::Usage;
    }
    if (request.diagnostics()) {
        auto noColumn = [&](const std::string &column, const char *option) {
            std::string available;
            for (const std::string &c : table.moderatorColumns)
                available += (available.empty() ? "" : ", ") + c;
            io::InputError e;
            e.file = table.file;
            e.row = 1;
            e.column = column;
            e.message = std::string("no such column for ") + option + " (moderator columns: "
                + (available.empty() ? std::string("none") : available) + ")";
            err << kPrefix << e.text() << '\n';
            return ExitCode::Usage;
        };
        diagnostics.bias = request.bias;
        diagnostics.influence = request.influence;
        diagnostics.cumulative = request.cumulative;
        diagnostics.gosh = request.gosh;
        diagnostics.goshSubsets = request.goshSubsets;
        diagnostics.permutations = request.permutations;
        diagnostics.seed = request.seed;
        for (const std::string &column : request.metareg) {
            const std::vector<std::string> *values = table.moderator(column);
            if (!values)
                return noColumn(column, "--metareg");
            diagnostics.moderators.push_back(ModeratorColumn { column, *values, ModeratorKind::Auto });
        }
        if (request.order) {
            const std::vector<std::string> *values = table.moderator(*request.order);
            if (!values)
                return noColumn(*request.order, "--order");
            for (std::size_t i = 0; i < values->size(); ++i) {
                double x = 0;
                if (!parseNumber((*values)[i], x)) {
                    io::InputError e;
                    e.file = table.file;
                    e.row = i < table.rows.size() ? table.rows[i] : 0;
                    e.column = *request.order;
                    e.message = "--order needs numbers, got '" + (*values)[i] + "'";
                    err << kPrefix << e.text() << '\n';
                    return ExitCode::Usage;
                }
                diagnostics.orderKey.push_back(x);
            }
        }
    }
    std::string text;
    try {
        const AnalysisResult result = analyse(table.studies, *options, subgroups ? &*subgroups : nullptr);
        if (request.diagnostics()) {
            const DiagnosticsResult d = runDiagnostics(result, diagnostics);
            text = request.json ? io::analysisJson(result, d, io::DiagnosticsJsonOptions { request.goshFull })
                                : formatPoolReport(result) + formatDiagnosticsReport(result, d);
        } else {
            text = request.json ? io::analysisJson(result) : formatPoolReport(result);
        }
    } catch (const std::invalid_argument &e) {
        err << kPrefix << table.file << ": " << e.what() << '\n';
        return ExitCode::Usage;
    } catch (const ConvergenceError &e) {
        err << kPrefix << table.file << ": the analysis did not converge: " << e.what() << '\n';
        return ExitCode::Failure;
    } catch (const std::domain_error &e) {
        err << kPrefix << table.file << ": the analysis could not be completed: " << e.what() << '\n';
        return ExitCode::Failure;
    }
    out << text;
    return ExitCode::Ok;
}

std::string formatDiagnosticsReport(const AnalysisResult &r, const DiagnosticsResult &d)
{
    std::ostringstream out;
    std::vector<std::vector<std::string>> rows;
    auto label = [&](std::size_t pooled) { return oneLine(r.studies[d.studies[pooled]].label); };
    if (d.egger && d.begg && d.trimFill) {
        const EggerTest &e = *d.egger;
        out << "\nTests for Funnel Plot Asymmetry";
        if (e.fewStudies)
            out << " (warning: only " << d.studies.size() << " studies; these tests need at least "
                << kSmallStudyMinimum << ")";
        out << ":\n\n";
        out << "Egger's regression test (weighted lm on sei): bias = " << fixed(e.bias) << " (se = " << fixed(e.biasSe)
            << "), t = " << fixed(e.tval) << ", df = " << e.df << ", " << pvalueEq(e.pval) << "\n";
        out << "  limit estimate (sei -> 0): " << fixed(e.limitEstimate) << " [" << fixed(e.limitCiLb) << ", "
            << fixed(e.limitCiUb) << "]\n";
        out << "Begg's rank correlation test: Kendall's tau = " << fixed(d.begg->tau) << ", " << pvalueEq(d.begg->pval)
            << (d.begg->exact ? " (exact)" : " (normal approximation)") << "\n";
        const TrimAndFill &t = *d.trimFill;
        out << "Trim-and-fill (L0): " << t.k0 << " studies imputed on the "
            << (t.side == FunnelSide::Left ? "left" : "right") << " side; estimate " << fixed(t.fit.estimate) << " ["
            << fixed(t.fit.ciLb) << ", " << fixed(t.fit.ciUb) << "], tau^2 = " << fixed(t.fit.tau2) << "\n";
    }
    if (d.metaRegression) {
        const MetaRegressionFit &m = *d.metaRegression;
        out << "\nMeta-Regression (" << (m.randomEffects ? "mixed-effects, tau^2 " + std::string(toString(m.estimator))
                                                        : std::string("fixed-effect"))
            << (m.test == TestStatistic::KnappHartung ? ", Knapp-Hartung" : "") << "; k = " << m.k << "):\n\n";
        out << "tau^2 (residual heterogeneity) = " << fixed(m.tau2);
        if (m.R2)
            out << ", R^2 = " << fixed(*m.R2, 2) << "%";
        out << "\nTest for Residual Heterogeneity: QE(df = " << m.QEdf << ") = " << fixed(m.QE) << ", "
            << pvalueEq(m.QEp) << "\n";
        if (m.test == TestStatistic::KnappHartung)
            out << "Test of Moderators: F(df1 = " << m.QMdf1 << ", df2 = " << m.QMdf2 << ") = " << fixed(m.QM) << ", "
                << pvalueEq(m.QMp) << "\n\n";
        else
            out << "Test of Moderators: QM(df = " << m.QMdf1 << ") = " << fixed(m.QM) << ", " << pvalueEq(m.QMp)
                << "\n\n";
        rows.clear();
        for (std::size_t j = 0; j < m.p; ++j) {
            const auto jj = static_cast<Eigen::Index>(j);
            std::vector<std::string> row { m.terms[j], fixed(m.beta[jj]), fixed(m.se[jj]), fixed(m.zval[jj]),
                pvalue(m.pval[jj]), fixed(m.ciLb[jj]), fixed(m.ciUb[jj]) };
            if (d.permutation)
                row.push_back(pvalue(d.permutation->pval[j]));
            rows.push_back(std::move(row));
        }
        std::vector<std::string> header { "term", "estimate", "se", m.test == TestStatistic::KnappHartung ? "tval" : "zval",
            "pval", "ci.lb", "ci.ub" };
        if (d.permutation)
            header.push_back("pval(perm)");
        table(out, header, rows, true);
        if (d.permutation)
            out << "\nPermutation test (" << (d.permutation->exact ? "exact, " : "") << d.permutation->permutations
                << " permutations): QM " << pvalueEq(d.permutation->QMp) << "\n";
    }
    if (!d.influence.empty()) {
        out << "\nInfluence Diagnostics (* = influential by metafor's criteria):\n\n";
        rows.clear();
        for (const StudyInfluence &s : d.influence) {
            if (!s.estimable) {
                rows.push_back({ label(s.study), "-", "-", "-", "-", "-", "-", fixed(s.hat), fixed(s.weight, 2), "" });
                continue;
            }
            rows.push_back({ label(s.study), fixed(s.rstudent), fixed(s.dffits), fixed(s.cookD), fixed(s.covR),
                fixed(s.tau2Del), fixed(s.QEDel), fixed(s.hat), fixed(s.weight, 2), s.influential ? "*" : "" });
        }
        table(out, { "study", "rstudent", "dffits", "cook.d", "cov.r", "tau2.del", "QE.del", "hat", "weight", "inf" },
            rows, true);
    }
    if (!d.cumulative.empty()) {
        out << "\nCumulative Meta-Analysis:\n\n";
        rows.clear();
        for (const CumulativeStep &s : d.cumulative) {
            const PoolFit &g = s.fit;
            rows.push_back({ "+ " + label(s.added), fixed(g.estimate), fixed(g.se), fixed(g.ciLb), fixed(g.ciUb),
                pvalue(g.pval), fixed(g.tau2), fixed(g.I2, 2) + "%", fixed(g.Q) });
        }
        table(out, { "added", "estimate", "se", "ci.lb", "ci.ub", "pval", "tau2", "I2", "Q" }, rows, true);
    }
    if (d.gosh) {
        const GoshResult &g = *d.gosh;
        double lo = 0, hi = 0, i2lo = 0, i2hi = 0;
        bool first = true;
        for (std::size_t s = 0; s < g.count(); ++s) {
            if (!g.ok[s])
                continue;
            lo = first ? g.estimate[s] : std::min(lo, g.estimate[s]);
            hi = first ? g.estimate[s] : std::max(hi, g.estimate[s]);
            i2lo = first ? g.I2[s] : std::min(i2lo, g.I2[s]);
            i2hi = first ? g.I2[s] : std::max(i2hi, g.I2[s]);
            first = false;
        }
        out << "\nGOSH: " << g.count() << (g.exhaustive ? " subsets (all)" : " random subsets") << " of " << g.k
            << " studies; estimate from " << fixed(lo) << " to " << fixed(hi) << ", I^2 from " << fixed(i2lo, 2)
            << "% to " << fixed(i2hi, 2) << "%";
        if (g.failed)
            out << "; " << g.failed << " fits did not converge";
        out << "\n";
    }
    out << '\n';
    return out.str();
}

std::string PoolCommand::name() const
{
    return "pool";
}

std::string PoolCommand::summary() const
{
    return "Meta-analysis of the studies in a CSV file or a project (--db)";
}

std::string PoolCommand::usage() const
{
    return "Usage: evidence-cli pool FILE.csv [OPTIONS]\n"
           "       evidence-cli pool --db FILE.evidence --outcome CODE [--where FACET=LEVEL[,LEVEL]]... [OPTIONS]\n"
           "\n"
           "Pools the studies in FILE.csv as R's metafor does (escalc, rma, rma.mh, rma.peto,\n"
           "predict, confint, leave1out, baujat) and prints the result.\n"
           "\n"
           "Input (RFC 4180 CSV, UTF-8, header row; any other column is a moderator):\n"
           "  study,events_t,n_t,events_c,n_c              dichotomous outcome\n"
           "  study,mean_t,sd_t,n_t,mean_c,sd_c,n_c        continuous outcome\n"
           "  study,yi,vi   or   study,yi,sei              precomputed effect\n"
           "\n"
           "Studies from a project file instead of a CSV:\n"
           "  --db FILE.evidence             read the studies from a project (e.g. the bundled base)\n"
           "  --outcome CODE                 outcome to pool (healing, amputation, ...)\n"
           "  --where FACET=L1,L2            keep comparisons whose FACET is L1 or L2 (repeatable, facets\n"
           "                                 combine with AND; the level '-' means not recorded)\n"
           "  --split-shared-controls        divide a control arm shared by several comparisons\n"
           "\n"
           "Options:\n"
           "  --measure OR|RR|RD|MD|SMD|GEN  effect measure (default: OR, MD or GEN from the columns)\n"
           "  --method MH|PETO|IV            fixed-effect pooling (default: MH for OR/RR/RD, else IV)\n"
           "  --model fixed|random|auto      auto: fixed when I^2 < 50% and P(Q) > 0.10 (default)\n"
           "  --tau2 DL|REML|PM|ML|SJ|HE|EB  tau^2 estimator of the random-effects model (default REML)\n"
           "  --hksj                         Knapp-Hartung-Sidik-Jonkman test (t with k-1 df)\n"
           "  --level 95                     confidence level in percent\n"
           "  --subgroup COLUMN              fit the model within each level of COLUMN and test the\n"
           "                                 subgroup differences\n"
           "  --leave-one-out                refit without each study in turn\n"
           "  --baujat                       Baujat plot coordinates\n"
           "  --json                         one JSON object instead of the table\n"
           "  --bias                         Egger's regression test, Begg's rank correlation, trim-and-fill\n"
           "  --metareg COL[,COL...]         meta-regression on the columns (numeric, or categorical dummy\n"
           "                                 coded with the first sorted level as reference)\n"
           "  --permutations N               permutation test of the meta-regression (exact when N covers\n"
           "                                 all distinct permutations)\n"
           "  --seed S                       seed of the permutations and of GOSH sampling (default 1)\n"
           "  --influence                    influence diagnostics (rstudent, DFFITS, Cook's D, ...)\n"
           "  --cumulative [--order COL]     cumulative meta-analysis in input order or by COL\n"
           "  --gosh [--subsets N]           the model on every subset (k <= 20) or N random subsets;\n"
           "                                 --gosh-full adds the per-subset values to the JSON\n"
           "  --add 0.5                      continuity correction added to tables with a zero cell\n"
           "  --to only0|all|if0all|none     which tables get the correction (default only0)\n"
           "  --drop00 yes|no                drop studies without events in both arms (default: no for\n"
           "                                 IV, yes for MH and PETO, as metafor)\n"
           "\n"
           "Ratio measures are reported on the log scale (and exponentiated in the table).\n"
           "Exit codes: 0 success, 1 the analysis could not be completed, 2 bad usage or bad input.\n";
}

std::optional<io::StudyTable> studyTableFromStore(const PoolRequest &request, std::ostream &err, const std::string &prefix)
{
    const auto input = store::poolInputFromFile(QString::fromStdString(request.db), request.outcome, request.where,
                                                request.splitSharedControls ? store::SharedControlMode::Split
                                                                            : store::SharedControlMode::Flag);
    if (!input.ok()) {
        err << prefix << input.error().text().toStdString() << '\n';
        return std::nullopt;
    }
    const store::PoolInput &rows = input.value();
    if (rows.rows.empty()) {
        err << prefix << request.db << ": no study has data for outcome '" << request.outcome
            << "' with these filters";
        if (!rows.notExtracted.empty())
            err << " (" << rows.notExtracted.size() << " matching comparison(s) not extracted)";
        err << '\n';
        return std::nullopt;
    }
    io::StudyTable table;
    table.file = request.db;
    table.kind = rows.binary ? io::StudyDataKind::Binary : io::StudyDataKind::Continuous;
    // Facets, then numeric and text moderators, become moderator columns (for --subgroup).
    for (const auto &[facet, level] : rows.rows.front().facets)
        table.moderatorColumns.push_back(facet);
    for (const store::PoolInputRow &row : rows.rows) {
        for (const auto &[name, value] : row.moderators) {
            if (std::find(table.moderatorColumns.begin(), table.moderatorColumns.end(), name)
                == table.moderatorColumns.end())
                table.moderatorColumns.push_back(name);
        }
    }
    table.moderators.assign(table.moderatorColumns.size(), {});
    for (std::size_t r = 0; r < rows.rows.size(); ++r) {
        const store::PoolInputRow &row = rows.rows[r];
        table.studies.push_back(row.study);
        table.rows.push_back(r + 1);
        for (std::size_t c = 0; c < table.moderatorColumns.size(); ++c) {
            const std::string &name = table.moderatorColumns[c];
            std::string value;
            if (auto f = row.facets.find(name); f != row.facets.end())
                value = f->second;
            else if (auto m = row.moderators.find(name); m != row.moderators.end())
                value = m->second;
            table.moderators[c].push_back(value);
        }
    }
    if (rows.sharedControls && !request.splitSharedControls)
        err << prefix << "note: some comparisons share a control arm, whose patients count more than once; "
            << "--split-shared-controls divides them (Cochrane Handbook 23.3.4)\n";
    return table;
}

ExitCode PoolCommand::run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    std::string error;
    const std::optional<PoolRequest> request = parsePoolArguments(args, error);
    if (!request) {
        err << kPrefix << error << "\nRun 'evidence-cli pool --help' for the options.\n";
        return ExitCode::Usage;
    }
    if (!request->db.empty()) {
        const std::optional<io::StudyTable> table = studyTableFromStore(*request, err);
        if (!table)
            return ExitCode::Usage;
        return runPoolAnalysis(*request, *table, out, err);
    }
    const io::StudyCsvResult read = io::readStudyCsv(request->file, request->measure);
    if (!read.ok()) {
        err << kPrefix << read.error->text() << '\n';
        return ExitCode::Usage;
    }
    return runPoolAnalysis(*request, *read.table, out, err);
}

EE_REGISTER_COMMAND(PoolCommand);

} // namespace ee::cli
