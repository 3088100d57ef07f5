#include "app/cli/reportcommand.h"

#include "app/cli/optionreader.h"
#include "app/cli/plotcommand.h"
#include "ui/export/reportwriter.h"
#include "ui/plots/baujatplot.h"
#include "ui/plots/forestplot.h"
#include "ui/plots/funnelplot.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QString>

#include <ostream>

namespace ee::cli {

namespace {
constexpr const char *kPrefix = "evidence-cli report: ";
} // namespace

std::optional<ReportRequest> parseReportArguments(const std::vector<std::string> &args, std::string &error)
{
    ReportRequest request;
    std::vector<std::string> poolArgs;
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
        if (arg == "--out") {
            if (!takeValue("FILE.html or FILE.pdf"))
                return std::nullopt;
            request.out = value;
        } else if (arg == "--title") {
            if (!takeValue("report title"))
                return std::nullopt;
            request.title = value;
        } else if (arg == "--no-prediction") {
            if (inlineValue) {
                error = "option --no-prediction takes no value";
                return std::nullopt;
            }
            request.predictionInterval = false;
        } else {
            poolArgs.push_back(option.raw());
        }
    }
    if (request.out.empty()) {
        error = "option --out is required (FILE.html or FILE.pdf)";
        return std::nullopt;
    }
    const QString suffix = QFileInfo(QString::fromStdString(request.out)).suffix().toLower();
    if (suffix != QLatin1String("html") && suffix != QLatin1String("htm") && suffix != QLatin1String("pdf")) {
        error = "option --out: unknown file type '" + request.out + "' (expected .html or .pdf)";
        return std::nullopt;
    }
    const std::optional<PoolRequest> pool = parsePoolArguments(poolArgs, error);
    if (!pool)
        return std::nullopt;
    if (pool->json) {
        error = "option --json does not apply to a report";
        return std::nullopt;
    }
    request.pool = *pool;
    return request;
}

std::string ReportCommand::name() const
{
    return "report";
}

std::string ReportCommand::summary() const
{
    return "Analysis report (methods, results, plots, studies with provenance) as HTML or PDF";
}

std::string ReportCommand::usage() const
{
    return "Usage: evidence-cli report FILE.csv --out FILE.html|FILE.pdf [OPTIONS]\n"
           "       evidence-cli report --db FILE.evidence --outcome CODE [--where F=L]... --out FILE.html|FILE.pdf\n"
           "\n"
           "Writes the analysis report offscreen (no display needed): a methods paragraph written from\n"
           "the settings used, the results (with the published estimate beside ours when the store has\n"
           "one for the outcome and filter), the forest, funnel and Baujat plots, and every study with\n"
           "its effect, weight and provenance (citation, quote, locator, what was counted, confidence).\n"
           "HTML is self-contained (plots embedded as PNG); PDF is A4 with text as text.\n"
           "\n"
           "Options: every data and model option of 'evidence-cli pool' (--measure, --method, --model,\n"
           "--tau2, --hksj, --level, --subgroup, --where, ...), and\n"
           "  --out FILE.html|FILE.pdf   the report to write\n"
           "  --title TEXT               its title (default: \"Meta-analysis: \" and the data's name)\n"
           "  --no-prediction            forest plot without the prediction interval\n"
           "\n"
           "Exit codes: 0 written, 1 the analysis or the file failed, 2 bad usage or input.\n";
}

ExitCode ReportCommand::run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    std::string error;
    const std::optional<ReportRequest> request = parseReportArguments(args, error);
    if (!request) {
        err << kPrefix << error << "\nRun 'evidence-cli report --help' for the options.\n";
        return ExitCode::Usage;
    }
    ExitCode code = ExitCode::Ok;
    const std::optional<CliExplorerData> data =
        cliExplorerData(request->pool, request->predictionInterval, kPrefix, err, code);
    if (!data)
        return code;

    ui::ForestPlot forest;
    forest.setData(data->result.forest);
    ui::FunnelPlot funnel;
    funnel.setData(data->result.funnel);
    ui::BaujatPlot baujat;
    baujat.setData(data->result.baujat);
    const QList<ui::StudyPlot *> plots { &forest, &funnel, &baujat };
    const QString title = request->title.empty()
        ? QCoreApplication::translate("ReportCommand", "Meta-analysis: %1").arg(data->title)
        : QString::fromStdString(request->title);
    const QString file = QString::fromStdString(request->out);
    const bool pdf = QFileInfo(file).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
    const ui::PlotExporter::Result written = pdf ? ui::ReportWriter::writePdf(data->result, plots, title, file)
                                                 : ui::ReportWriter::writeHtml(data->result, plots, title, file);
    if (!written.ok()) {
        err << kPrefix << written.error.toStdString() << '\n';
        return ExitCode::Failure;
    }
    out << request->out << ": report of " << data->result.analysis->fit.k << " studies";
    if (data->result.published)
        out << ", with the published estimate";
    out << '\n';
    return ExitCode::Ok;
}

EE_REGISTER_COMMAND(ReportCommand);

} // namespace ee::cli
