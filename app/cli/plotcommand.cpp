#include "app/cli/plotcommand.h"

#include "core/io/studycsv.h"
#include "core/stats/errors.h"
#include "ui/explorer/plotdatabuilder.h"
#include "ui/export/plotexporter.h"
#include "ui/plots/baujatplot.h"
#include "ui/plots/forestplot.h"
#include "ui/plots/funnelplot.h"

#include <QFileInfo>
#include <QString>

#include <cmath>
#include <memory>
#include <ostream>
#include <stdexcept>

namespace ee::cli {

namespace {

constexpr const char *kPrefix = "evidence-cli plot: ";

bool parseDouble(const std::string &text, double &value)
{
    try {
        std::size_t used = 0;
        value = std::stod(text, &used);
        return used == text.size() && std::isfinite(value);
    } catch (const std::exception &) {
        return false;
    }
}

std::string suffixOf(const std::string &file)
{
    return QFileInfo(QString::fromStdString(file)).suffix().toStdString();
}

} // namespace

std::optional<PlotRequest> parsePlotArguments(const std::vector<std::string> &args, std::string &error)
{
    PlotRequest request;
    if (args.empty() || args.front().rfind("-", 0) == 0) {
        error = "which plot? (usage: evidence-cli plot forest|funnel|baujat DATA --out FILE --width-mm W)";
        return std::nullopt;
    }
    const std::string &kind = args.front();
    if (kind == "forest")
        request.kind = PlotKind::Forest;
    else if (kind == "funnel")
        request.kind = PlotKind::Funnel;
    else if (kind == "baujat")
        request.kind = PlotKind::Baujat;
    else {
        error = "unknown plot '" + kind + "' (expected forest, funnel or baujat)";
        return std::nullopt;
    }

    std::optional<double> width;
    std::optional<double> height;
    std::optional<ui::ExportPreset> preset;
    std::optional<double> fontSize;
    std::vector<std::string> poolArgs;
    for (std::size_t i = 1; i < args.size(); ++i) {
        std::string arg = args[i];
        std::string value;
        bool inlineValue = false;
        if (arg.rfind("--", 0) == 0) {
            if (const auto eq = arg.find('='); eq != std::string::npos) {
                value = arg.substr(eq + 1);
                arg = arg.substr(0, eq);
                inlineValue = true;
            }
        }
        auto takeValue = [&](const char *what) -> bool {
            if (inlineValue)
                return true;
            if (i + 1 >= args.size() || (args[i + 1].rfind("--", 0) == 0 && args[i + 1].size() > 2)) {
                error = "option " + arg + " needs a value (" + what + ")";
                return false;
            }
            value = args[++i];
            return true;
        };
        auto number = [&](const char *what, double low, double high, std::optional<double> &into) -> bool {
            if (!takeValue(what))
                return false;
            double x = 0;
            if (!parseDouble(value, x) || x < low || x > high) {
                error = "option " + arg + " must be a number from " + QString::number(low).toStdString() + " to "
                    + QString::number(high).toStdString() + ", got '" + value + "'";
                return false;
            }
            into = x;
            return true;
        };
        auto flag = [&]() -> bool {
            if (inlineValue) {
                error = "option " + arg + " takes no value";
                return false;
            }
            return true;
        };

        if (arg == "--out") {
            if (!takeValue("FILE.png, .tiff, .svg or .pdf"))
                return std::nullopt;
            request.out = value;
        } else if (arg == "--width-mm") {
            if (!number("width in millimetres", 10, 2000, width))
                return std::nullopt;
        } else if (arg == "--height-mm") {
            if (!number("height in millimetres", 10, 2000, height))
                return std::nullopt;
        } else if (arg == "--dpi") {
            std::optional<double> dpi;
            if (!number("dots per inch", 10, 4800, dpi))
                return std::nullopt;
            if (*dpi != std::floor(*dpi)) {
                error = "option --dpi must be a whole number, got '" + value + "'";
                return std::nullopt;
            }
            request.settings.dpi = static_cast<int>(*dpi);
        } else if (arg == "--preset") {
            if (!takeValue("single, onehalf, double or slide"))
                return std::nullopt;
            preset = ui::presetFromCode(QString::fromStdString(value));
            if (!preset || *preset == ui::ExportPreset::Custom) {
                error = "unknown --preset '" + value + "' (expected single, onehalf, double or slide)";
                return std::nullopt;
            }
        } else if (arg == "--font") {
            if (!takeValue("font family"))
                return std::nullopt;
            request.settings.fontFamily = QString::fromStdString(value);
        } else if (arg == "--font-size") {
            if (!number("points", 4, 48, fontSize))
                return std::nullopt;
        } else if (arg == "--greyscale" || arg == "--grayscale") {
            if (!flag())
                return std::nullopt;
            request.settings.greyscale = true;
        } else if (arg == "--transparent") {
            if (!flag())
                return std::nullopt;
            request.settings.transparent = true;
        } else if (arg == "--no-prediction") {
            if (!flag())
                return std::nullopt;
            request.predictionInterval = false;
        } else {
            poolArgs.push_back(args[i]);
        }
    }

    if (request.out.empty()) {
        error = "option --out is required (FILE.png, .tiff, .svg or .pdf)";
        return std::nullopt;
    }
    const std::optional<ui::ExportFormat> format = ui::formatFromSuffix(QString::fromStdString(suffixOf(request.out)));
    if (!format) {
        error = "option --out: unknown file type '" + request.out + "' (expected .png, .tif, .tiff, .svg or .pdf)";
        return std::nullopt;
    }
    request.settings.format = *format;
    if (!width && !preset) {
        error = "option --width-mm (or --preset) is required";
        return std::nullopt;
    }
    request.settings.applyPreset(preset.value_or(ui::ExportPreset::Custom));
    if (width) {
        request.settings.widthMm = *width;
        if (preset)
            request.settings.preset = ui::ExportPreset::Custom;
    }
    if (height)
        request.settings.heightMm = *height;
    // Without --font-size, text has the size journals ask for at that width
    // (the application font of an offscreen process is a screen size).
    if (fontSize)
        request.settings.fontPointSize = *fontSize;
    else if (request.settings.fontPointSize <= 0)
        request.settings.fontPointSize = request.settings.widthMm <= 100 ? 7.0
            : request.settings.widthMm <= 200                            ? 8.0
                                                                         : 12.0;
    if (request.settings.transparent && !ui::isRaster(*format) && *format != ui::ExportFormat::Svg) {
        error = "option --transparent needs a .png, .tiff or .svg output";
        return std::nullopt;
    }

    const std::optional<PoolRequest> pool = parsePoolArguments(poolArgs, error);
    if (!pool)
        return std::nullopt;
    request.pool = *pool;
    return request;
}

std::string PlotCommand::name() const
{
    return "plot";
}

std::string PlotCommand::summary() const
{
    return "Forest, funnel or Baujat plot to PNG, TIFF, SVG or PDF at an exact size";
}

std::string PlotCommand::usage() const
{
    return "Usage: evidence-cli plot forest|funnel|baujat FILE.csv --out FILE.EXT --width-mm W [OPTIONS]\n"
           "       evidence-cli plot forest|funnel|baujat --db FILE.evidence --outcome CODE [--where F=L]...\n"
           "                         --out FILE.EXT --width-mm W [OPTIONS]\n"
           "\n"
           "Renders a plot offscreen (no display needed). The data and model options are those of\n"
           "'evidence-cli pool' (--measure, --method, --model, --tau2, --hksj, --subgroup, ...).\n"
           "\n"
           "Output:\n"
           "  --out FILE.{png,tiff,svg,pdf}  file to write; the suffix picks the format (SVG and PDF are\n"
           "                                 vector, with text as text)\n"
           "  --width-mm W                   width in millimetres (or use --preset)\n"
           "  --height-mm H                  height in millimetres (default: the forest plot's height\n"
           "                                 follows its rows; funnel and Baujat are 4:3)\n"
           "  --dpi D                        resolution of PNG and TIFF (default 300): the image is\n"
           "                                 round(W / 25.4 * D) pixels wide\n"
           "  --preset single|onehalf|double|slide\n"
           "                                 journal column 85, 120 or 180 mm wide, or a 16:9 slide\n"
           "                                 (254 x 142.9 mm); --width-mm and --height-mm override it\n"
           "  --font FAMILY, --font-size PT  text font (default size: 7 pt up to 100 mm wide, 8 pt up to\n"
           "                                 200 mm, 12 pt wider, as the presets)\n"
           "  --greyscale                    PNG and TIFF in shades of grey\n"
           "  --transparent                  no background (PNG, TIFF, SVG)\n"
           "  --no-prediction                forest plot without the prediction interval\n"
           "\n"
           "Exit codes: 0 success, 1 the analysis or the file could not be completed, 2 bad usage or input.\n";
}

ExitCode PlotCommand::run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    std::string error;
    const std::optional<PlotRequest> request = parsePlotArguments(args, error);
    if (!request) {
        err << kPrefix << error << "\nRun 'evidence-cli plot --help' for the options.\n";
        return ExitCode::Usage;
    }
    const PoolRequest &pool = request->pool;
    std::optional<io::StudyTable> table;
    if (!pool.db.empty()) {
        table = studyTableFromStore(pool, err);
        if (!table)
            return ExitCode::Usage;
    } else {
        io::StudyCsvResult read = io::readStudyCsv(pool.file, pool.measure);
        if (!read.ok()) {
            err << kPrefix << read.error->text() << '\n';
            return ExitCode::Usage;
        }
        table = std::move(read.table);
    }

    std::optional<stats::AnalysisOptions> options = resolvePoolOptions(pool, table->kind, error);
    if (!options) {
        err << kPrefix << error << '\n';
        return ExitCode::Usage;
    }
    options->baujat = true;
    std::optional<stats::Subgrouping> subgroups;
    if (pool.subgroup) {
        const std::vector<std::string> *levels = table->moderator(*pool.subgroup);
        if (!levels) {
            err << kPrefix << table->file << ": no column '" << *pool.subgroup << "' for --subgroup\n";
            return ExitCode::Usage;
        }
        subgroups = stats::Subgrouping { *pool.subgroup, *levels };
    }
    stats::AnalysisResult analysis;
    try {
        analysis = stats::analyse(table->studies, *options, subgroups ? &*subgroups : nullptr);
    } catch (const std::invalid_argument &e) {
        err << kPrefix << table->file << ": " << e.what() << '\n';
        return ExitCode::Usage;
    } catch (const stats::ConvergenceError &e) {
        err << kPrefix << table->file << ": the analysis did not converge: " << e.what() << '\n';
        return ExitCode::Failure;
    } catch (const std::domain_error &e) {
        err << kPrefix << table->file << ": the analysis could not be completed: " << e.what() << '\n';
        return ExitCode::Failure;
    }

    ui::PlotDataInput input;
    input.title = pool.db.empty() ? QFileInfo(QString::fromStdString(pool.file)).completeBaseName()
                                  : QString::fromStdString(pool.outcome);
    for (const stats::Study &study : table->studies) {
        input.labels << QString::fromStdString(study.label);
        input.dataColumns << ui::studyDataColumns(study);
    }
    if (!table->studies.empty())
        input.dataHeaders = ui::studyDataHeaders(table->studies.front());
    if (subgroups) {
        for (const std::string &level : subgroups->levels)
            input.subgroupLevels << QString::fromStdString(level);
        input.subgroupTitle = QString::fromStdString(*pool.subgroup);
    }
    input.predictionInterval = request->predictionInterval;
    const ui::PlotDataSet data = ui::buildPlotData(analysis, input);

    std::unique_ptr<ui::StudyPlot> plot;
    QString emptyMessage;
    switch (request->kind) {
    case PlotKind::Forest: {
        auto forest = std::make_unique<ui::ForestPlot>();
        forest->setData(data.forest);
        emptyMessage = data.forest.emptyMessage;
        plot = std::move(forest);
        break;
    }
    case PlotKind::Funnel: {
        auto funnel = std::make_unique<ui::FunnelPlot>();
        funnel->setData(data.funnel);
        emptyMessage = data.funnel.emptyMessage;
        plot = std::move(funnel);
        break;
    }
    case PlotKind::Baujat: {
        auto baujat = std::make_unique<ui::BaujatPlot>();
        baujat->setData(data.baujat);
        emptyMessage = data.baujat.emptyMessage;
        plot = std::move(baujat);
        break;
    }
    }
    if (!emptyMessage.isEmpty()) {
        err << kPrefix << table->file << ": " << emptyMessage.toStdString() << '\n';
        return ExitCode::Failure;
    }
    const QString warning = ui::PlotExporter::fitWarning(*plot, request->settings);
    if (!warning.isEmpty())
        err << kPrefix << "warning: " << warning.toStdString() << '\n';
    const ui::PlotExporter::Result written =
        ui::PlotExporter::exportToFile(*plot, request->settings, QString::fromStdString(request->out));
    if (!written.ok()) {
        err << kPrefix << written.error.toStdString() << '\n';
        return ExitCode::Failure;
    }
    const QSizeF mm = ui::PlotExporter::sizeMm(*plot, request->settings);
    out << request->out << ": " << QString::number(mm.width(), 'f', 1).toStdString() << " x "
        << QString::number(mm.height(), 'f', 1).toStdString() << " mm";
    if (ui::isRaster(request->settings.format)) {
        const QSize pixels = ui::PlotExporter::pixelSize(mm, request->settings.dpi);
        out << ", " << pixels.width() << " x " << pixels.height() << " px at " << request->settings.dpi << " dpi";
    }
    out << '\n';
    return ExitCode::Ok;
}

EE_REGISTER_COMMAND(PlotCommand);

} // namespace ee::cli
