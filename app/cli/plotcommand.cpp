#include "app/cli/plotcommand.h"

#include "app/cli/optionreader.h"
#include "core/io/studycsv.h"
#include "core/stats/errors.h"
#include "core/store/evidenceindex.h"
#include "core/store/poolinput.h"
#include "core/store/studystore.h"
#include "ui/diagnostics/bubbleplot.h"
#include "ui/diagnostics/diagnosticspanel.h"
#include "ui/diagnostics/goshplot.h"
#include "ui/diagnostics/goshworker.h"
#include "ui/diagnostics/metaregressionview.h"
#include "ui/explorer/plotdatabuilder.h"
#include "ui/export/batchexport.h"
#include "ui/export/chartexportplot.h"
#include "ui/export/plotexporter.h"
#include "ui/plots/baujatplot.h"
#include "ui/plots/effectformat.h"
#include "ui/plots/forestplot.h"
#include "ui/plots/funnelplot.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QPushButton>
#include <QString>

#include <algorithm>
#include <cmath>
#include <memory>
#include <ostream>
#include <stdexcept>
#include <variant>

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

std::string plotKindCode(PlotKind kind)
{
    switch (kind) {
    case PlotKind::Forest:
        return "forest";
    case PlotKind::Funnel:
        return "funnel";
    case PlotKind::Baujat:
        return "baujat";
    case PlotKind::LeaveOneOut:
        return "leave1out";
    case PlotKind::Cumulative:
        return "cumulative";
    case PlotKind::Bubble:
        return "bubble";
    case PlotKind::Gosh:
        return "gosh";
    }
    return {};
}

std::optional<PlotKind> plotKindFromCode(const std::string &code)
{
    for (PlotKind kind : { PlotKind::Forest, PlotKind::Funnel, PlotKind::Baujat, PlotKind::LeaveOneOut,
             PlotKind::Cumulative, PlotKind::Bubble, PlotKind::Gosh })
        if (plotKindCode(kind) == code)
            return kind;
    if (code == "leave-one-out" || code == "loo")
        return PlotKind::LeaveOneOut;
    return std::nullopt;
}

std::optional<PlotRequest> parsePlotArguments(const std::vector<std::string> &args, std::string &error)
{
    PlotRequest request;
    if (args.empty() || args.front().rfind("-", 0) == 0) {
        error = "which plot? (usage: evidence-cli plot forest|funnel|baujat|leave1out|cumulative|bubble|gosh DATA "
                "--out FILE --width-mm W)";
        return std::nullopt;
    }
    for (const QString &part : QString::fromStdString(args.front()).split(QLatin1Char(','))) {
        const std::string code = part.trimmed().toStdString();
        const std::optional<PlotKind> kind = plotKindFromCode(code);
        if (!kind) {
            error = "unknown plot '" + code
                + "' (expected forest, funnel, baujat, leave1out, cumulative, bubble or gosh, or several joined by "
                  "',')";
            return std::nullopt;
        }
        if (std::find(request.kinds.begin(), request.kinds.end(), *kind) == request.kinds.end())
            request.kinds.push_back(*kind);
    }
    request.kind = request.kinds.front();

    std::optional<double> width;
    std::optional<double> height;
    std::optional<ui::ExportPreset> preset;
    std::optional<double> fontSize;
    std::vector<std::string> poolArgs;
    for (OptionReader option(args, 1); option.next();) {
        const std::string &arg = option.name();
        const bool inlineValue = option.hasInlineValue();
        std::string value = option.value();
        auto takeValue = [&](const char *what) -> bool {
            if (!option.takeValue(what, error))
                return false;
            value = option.value();
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

        if (arg == "--out-dir") {
            if (!takeValue("folder"))
                return std::nullopt;
            request.outDir = value;
        } else if (arg == "--format") {
            if (!takeValue("png, tiff, svg or pdf, or several joined by ','"))
                return std::nullopt;
            for (const QString &part : QString::fromStdString(value).split(QLatin1Char(','))) {
                const std::optional<ui::ExportFormat> f = ui::formatFromSuffix(part.trimmed());
                if (!f) {
                    error = "option --format: unknown format '" + part.trimmed().toStdString()
                        + "' (expected png, tiff, svg or pdf)";
                    return std::nullopt;
                }
                if (std::find(request.formats.begin(), request.formats.end(), *f) == request.formats.end())
                    request.formats.push_back(*f);
            }
        } else if (arg == "--stem") {
            if (!takeValue("file name stem"))
                return std::nullopt;
            if (value.find('/') != std::string::npos || value.find('\\') != std::string::npos) {
                error = "option --stem must be a file name without a folder, got '" + value + "'";
                return std::nullopt;
            }
            request.stem = value;
        } else if (arg == "--overwrite") {
            if (!flag())
                return std::nullopt;
            request.overwrite = true;
        } else if (arg == "--unique-names") {
            if (!flag())
                return std::nullopt;
            request.uniqueNames = true;
        } else if (arg == "--moderator") {
            if (!takeValue("column, moderator or facet name"))
                return std::nullopt;
            request.moderator = value;
        } else if (arg == "--out") {
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
            poolArgs.push_back(option.raw());
        }
    }

    if (!request.out.empty() && !request.outDir.empty()) {
        error = "options --out and --out-dir exclude each other (--out for one file, --out-dir for several)";
        return std::nullopt;
    }
    if (request.out.empty() && request.outDir.empty()) {
        error = request.kinds.size() > 1 ? "option --out-dir is required for several plots (with --format png,pdf)"
                                         : "option --out is required (FILE.png, .tiff, .svg or .pdf)";
        return std::nullopt;
    }
    if (!request.out.empty() && request.kinds.size() > 1) {
        error = "option --out writes one plot: use --out-dir DIR --format png,pdf for several";
        return std::nullopt;
    }
    if (!request.outDir.empty() && request.formats.empty()) {
        error = "option --format is required with --out-dir (png, tiff, svg or pdf, or several joined by ',')";
        return std::nullopt;
    }
    if (request.out.empty() && (!request.stem.empty() || request.overwrite || request.uniqueNames)
        && request.outDir.empty()) {
        error = "options --stem, --overwrite and --unique-names go with --out-dir";
        return std::nullopt;
    }
    if (request.overwrite && request.uniqueNames) {
        error = "options --overwrite and --unique-names exclude each other";
        return std::nullopt;
    }
    const bool wantsBubble =
        std::find(request.kinds.begin(), request.kinds.end(), PlotKind::Bubble) != request.kinds.end();
    if (wantsBubble && request.moderator.empty()) {
        error = "option --moderator is required for the bubble plot (a CSV column, moderator or facet name, or year)";
        return std::nullopt;
    }
    if (!wantsBubble && !request.moderator.empty()) {
        error = "option --moderator goes with the bubble plot only";
        return std::nullopt;
    }
    ui::ExportFormat format = request.formats.empty() ? ui::ExportFormat::Png : request.formats.front();
    if (!request.out.empty()) {
        const std::optional<ui::ExportFormat> suffixFormat =
            ui::formatFromSuffix(QString::fromStdString(suffixOf(request.out)));
        if (!suffixFormat) {
            error = "option --out: unknown file type '" + request.out + "' (expected .png, .tif, .tiff, .svg or .pdf)";
            return std::nullopt;
        }
        format = *suffixFormat;
        request.formats = { format };
    }
    request.settings.format = format;
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
    if (request.settings.transparent && request.out.empty() && request.formats.size() == 1
        && request.formats.front() == ui::ExportFormat::Pdf) {
        error = "option --transparent needs a png, tiff or svg format";
        return std::nullopt;
    }
    if (request.settings.transparent && !request.out.empty() && format == ui::ExportFormat::Pdf) {
        error = "option --transparent needs a .png, .tiff or .svg output";
        return std::nullopt;
    }

    const std::optional<PoolRequest> pool = parsePoolArguments(poolArgs, error);
    if (!pool)
        return std::nullopt;
    request.pool = *pool;
    return request;
}

namespace {

/// The query rows of a CSV table: label, the year column (if any) and every other column as a moderator.
store::QueryResult queryFromTable(const io::StudyTable &table)
{
    store::QueryResult query;
    if (table.kind != io::StudyDataKind::Generic) {
        store::OutcomeDefinition outcome;
        outcome.code = QFileInfo(QString::fromStdString(table.file)).completeBaseName();
        outcome.label = outcome.code;
        outcome.kind =
            table.kind == io::StudyDataKind::Binary ? store::OutcomeKind::Binary : store::OutcomeKind::Continuous;
        query.outcome = outcome;
    }
    int yearColumn = -1;
    for (std::size_t c = 0; c < table.moderatorColumns.size(); ++c)
        if (QString::fromStdString(table.moderatorColumns[c]).compare(QLatin1String("year"), Qt::CaseInsensitive) == 0)
            yearColumn = static_cast<int>(c);
    for (std::size_t r = 0; r < table.studies.size(); ++r) {
        store::QueryRow row;
        row.label = QString::fromStdString(table.studies[r].label);
        row.studyLabel = row.label;
        // The arms as the store would hold them (the pool CSV and R script export read them).
        if (const auto *b = std::get_if<stats::BinaryArms>(&table.studies[r].data)) {
            row.treatment = { b->nT, b->eventsT, std::nullopt, std::nullopt };
            row.control = { b->nC, b->eventsC, std::nullopt, std::nullopt };
        } else if (const auto *m = std::get_if<stats::ContinuousArms>(&table.studies[r].data)) {
            row.treatment = { m->nT, std::nullopt, m->meanT, m->sdT };
            row.control = { m->nC, std::nullopt, m->meanC, m->sdC };
        }
        for (std::size_t c = 0; c < table.moderatorColumns.size(); ++c) {
            const QString text =
                r < table.moderators[c].size() ? QString::fromStdString(table.moderators[c][r]).trimmed() : QString();
            if (static_cast<int>(c) == yearColumn) {
                bool ok = false;
                const int year = text.toInt(&ok);
                if (ok)
                    row.year = year;
                continue;
            }
            if (text.isEmpty())
                continue;
            store::AttributeValue value;
            value.text = text;
            bool ok = false;
            const double number = text.toDouble(&ok); // C locale: CSV numbers use '.'
            if (ok && std::isfinite(number))
                value.min = number;
            row.moderators.insert(QString::fromStdString(table.moderatorColumns[c]), value);
        }
        query.rows.append(row);
    }
    query.studyCount = static_cast<int>(query.rows.size());
    return query;
}

/// The published estimate the explorer would show: overall without filters, a facet
/// level's with exactly one facet and one level.
std::optional<store::PublishedResult> publishedFor(
    const store::EvidenceIndex &index, const QString &outcome, const QMap<QString, QStringList> &filters)
{
    QList<store::PublishedResult> found;
    if (filters.isEmpty())
        found = index.publishedResults(outcome, QStringLiteral("overall"), QStringLiteral("overall"));
    else if (filters.size() == 1 && filters.first().size() == 1)
        found = index.publishedResults(outcome, filters.firstKey(), filters.first().first());
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

ui::SummaryData summaryFor(const stats::AnalysisResult &analysis, const io::StudyTable &table)
{
    const stats::PoolFit &fit = analysis.fit;
    const bool ratio = stats::isRatioMeasure(analysis.options.measure);
    ui::SummaryData summary;
    const std::string_view measure = stats::toString(analysis.options.measure);
    summary.estimate = QString::fromUtf8(measure.data(), static_cast<qsizetype>(measure.size())) + QLatin1Char(' ')
        + ui::effectformat::estimateWithInterval(fit.estimate, fit.ciLb, fit.ciUb, ratio);
    summary.pValue = ui::plotdata::pText(fit.pval);
    summary.model = ui::plotdata::modelLabel(fit);
    double patients = 0;
    for (const stats::Study &study : table.studies) {
        if (const auto *b = std::get_if<stats::BinaryArms>(&study.data))
            patients += b->nT + b->nC;
        else if (const auto *c = std::get_if<stats::ContinuousArms>(&study.data))
            patients += c->nT + c->nC;
    }
    summary.counts = QCoreApplication::translate("PlotCommand", "%n studies", nullptr, static_cast<int>(fit.k));
    if (patients > 0)
        summary.counts +=
            QCoreApplication::translate("PlotCommand", ", %1 patients").arg(QLocale().toString(std::llround(patients)));
    return summary;
}

} // namespace

std::optional<CliExplorerData> cliExplorerData(
    const PoolRequest &pool, bool predictionInterval, const std::string &prefix, std::ostream &err, ExitCode &code)
{
    code = ExitCode::Usage;
    std::optional<io::StudyTable> table;
    CliExplorerData data;
    std::unique_ptr<store::StudyStore> opened;
    QMap<QString, QStringList> filters;
    if (!pool.db.empty()) {
        table = studyTableFromStore(pool, err, prefix);
        if (!table)
            return std::nullopt;
        auto storeResult =
            store::StudyStore::open(QString::fromStdString(pool.db), store::StudyStore::OpenMode::ReadOnly);
        auto parsed = store::parseWhereClauses(pool.where);
        if (!storeResult.ok() || !parsed.ok()) {
            err << prefix << (storeResult.ok() ? parsed.error() : storeResult.error()).text().toStdString() << '\n';
            return std::nullopt;
        }
        opened = std::move(storeResult.value());
        filters = parsed.value();
        auto index = opened->index();
        if (!index.ok()) {
            err << prefix << index.error().text().toStdString() << '\n';
            return std::nullopt;
        }
        store::QueryRequest query;
        query.outcome = QString::fromStdString(pool.outcome);
        query.filters = filters;
        query.sharedControl =
            pool.splitSharedControls ? store::SharedControlMode::Split : store::SharedControlMode::Flag;
        auto rows = index.value()->query(query);
        if (!rows.ok()) {
            err << prefix << rows.error().text().toStdString() << '\n';
            return std::nullopt;
        }
        data.result.query = rows.value();
        data.result.published = publishedFor(*index.value(), query.outcome, filters);
        const store::OutcomeDefinition *outcome = index.value()->outcome(query.outcome);
        data.title = outcome && !outcome->label.isEmpty() ? outcome->label : query.outcome;
    } else {
        io::StudyCsvResult read = io::readStudyCsv(pool.file, pool.measure);
        if (!read.ok()) {
            err << prefix << read.error->text() << '\n';
            return std::nullopt;
        }
        table = std::move(read.table);
        data.result.query = queryFromTable(*table);
        data.title = QFileInfo(QString::fromStdString(pool.file)).completeBaseName();
    }
    if (data.result.query.rows.size() != static_cast<qsizetype>(table->studies.size())) {
        err << prefix << table->file << ": the store's rows do not match its pooling input\n";
        code = ExitCode::Failure;
        return std::nullopt;
    }

    std::string error;
    std::optional<stats::AnalysisOptions> options = resolvePoolOptions(pool, table->kind, error);
    if (!options) {
        err << prefix << error << '\n';
        return std::nullopt;
    }
    options->baujat = true;
    options->leaveOneOut = true;
    std::optional<stats::Subgrouping> subgroups;
    if (pool.subgroup) {
        const std::vector<std::string> *levels = table->moderator(*pool.subgroup);
        if (!levels) {
            err << prefix << table->file << ": no column '" << *pool.subgroup << "' for --subgroup\n";
            return std::nullopt;
        }
        subgroups = stats::Subgrouping { *pool.subgroup, *levels };
    }
    stats::AnalysisResult analysis;
    try {
        analysis = stats::analyse(table->studies, *options, subgroups ? &*subgroups : nullptr);
    } catch (const std::invalid_argument &e) {
        err << prefix << table->file << ": " << e.what() << '\n';
        return std::nullopt;
    } catch (const stats::ConvergenceError &e) {
        err << prefix << table->file << ": the analysis did not converge: " << e.what() << '\n';
        code = ExitCode::Failure;
        return std::nullopt;
    } catch (const std::domain_error &e) {
        err << prefix << table->file << ": the analysis could not be completed: " << e.what() << '\n';
        code = ExitCode::Failure;
        return std::nullopt;
    }

    ui::PlotDataInput input;
    input.title = data.title;
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
    input.predictionInterval = predictionInterval;
    const ui::PlotDataSet plots = ui::buildPlotData(analysis, input);

    ui::ExplorerResult &result = data.result;
    QHash<QString, ui::PlotStudy> byKey;
    for (const ui::PlotStudy &study : plots.forest.studies)
        byKey.insert(study.key, study);
    for (std::size_t i = 0; i < analysis.studies.size(); ++i) {
        const QString key = QStringLiteral("s") + QString::number(i + 1);
        ui::PlotStudy study = byKey.value(key);
        study.key = key;
        if (study.label.isEmpty())
            study.label = QString::fromStdString(analysis.studies[i].label);
        result.studies << study;
        result.analysisIndex << static_cast<int>(i);
    }
    result.forest = plots.forest;
    result.funnel = plots.funnel;
    result.baujat = plots.baujat;
    result.summary = summaryFor(analysis, *table);
    if (result.published) {
        const store::PublishedResult &p = *result.published;
        result.summary.published = QCoreApplication::translate("PlotCommand", "Published: %1 %2 [%3, %4]")
                                       .arg(p.measure, p.estimate, p.ciLower, p.ciUpper);
    }
    result.analysis = std::move(analysis);

    data.state.outcome = QString::fromStdString(pool.outcome);
    data.state.filters = filters;
    data.state.model.measure = options->measure;
    data.state.model.pooling = options->method;
    data.state.model.model = options->model;
    data.state.model.tau2 = options->tau2;
    data.state.model.hksj = options->hksj;
    data.state.model.predictionInterval = predictionInterval;
    if (pool.subgroup)
        data.state.model.subgroupFacet = QString::fromStdString(*pool.subgroup);
    code = ExitCode::Ok;
    return data;
}

std::string PlotCommand::name() const
{
    return "plot";
}

std::string PlotCommand::summary() const
{
    return "Forest, funnel, Baujat and diagnostics plots to PNG, TIFF, SVG or PDF at an exact size";
}

std::string PlotCommand::usage() const
{
    return "Usage: evidence-cli plot PLOT FILE.csv --out FILE.EXT --width-mm W [OPTIONS]\n"
           "       evidence-cli plot PLOT --db FILE.evidence --outcome CODE [--where F=L]...\n"
           "                         --out FILE.EXT --width-mm W [OPTIONS]\n"
           "       evidence-cli plot PLOT,PLOT,... DATA --out-dir DIR --format png,pdf [--stem NAME] [OPTIONS]\n"
           "\n"
           "PLOT is forest, funnel, baujat, leave1out (leave-one-out forest), cumulative (cumulative\n"
           "forest by year: a 'year' column of the CSV, or the store's years), bubble (meta-regression\n"
           "bubble plot, with --moderator COL) or gosh (GOSH plot: every subset up to 20 studies, else a\n"
           "million random subsets, seed 1). The diagnostics plots need at least 3 pooled studies.\n"
           "\n"
           "Renders offscreen (no display needed). The data and model options are those of\n"
           "'evidence-cli pool' (--measure, --method, --model, --tau2, --hksj, --subgroup, ...).\n"
           "\n"
           "Output:\n"
           "  --out FILE.{png,tiff,svg,pdf}  file to write (one plot); the suffix picks the format (SVG\n"
           "                                 and PDF are vector, with text as text)\n"
           "  --out-dir DIR                  folder for several plots (created if missing); each plot in\n"
           "  --format png,tiff,svg,pdf      each format as DIR/STEM-PLOT.SUFFIX\n"
           "  --stem NAME                    file name stem (default: the CSV's name or the outcome code)\n"
           "  --overwrite | --unique-names   with --out-dir: replace existing files, or write\n"
           "                                 STEM-PLOT-2.SUFFIX beside them (default: stop, naming them)\n"
           "  --width-mm W                   width in millimetres (or use --preset)\n"
           "  --height-mm H                  height in millimetres (default: forest plots grow with their\n"
           "                                 rows; scatter plots are 4:3). At a fixed height the font is\n"
           "                                 reduced (down to 6 pt) until every row fits, with a note\n"
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
           "  --moderator COL                bubble plot: the moderator (CSV column, store moderator or\n"
           "                                 facet, or year)\n"
           "\n"
           "Exit codes: 0 success, 1 the analysis or a file could not be completed, 2 bad usage or input.\n";
}

namespace {

/// Selects `wanted` in the meta-regression view: a choice id ("mod:dose", "facet:route",
/// "year"), the name after the prefix, or the label, case-insensitive.
bool selectModerator(ui::MetaRegressionView &view, const std::string &wanted, std::string &offered)
{
    QComboBox *box = view.moderatorBox();
    const QString name = QString::fromStdString(wanted);
    QStringList names;
    for (int i = 0; i < box->count(); ++i) {
        const QString id = box->itemData(i).toString();
        const QString bare = id.section(QLatin1Char(':'), -1);
        names << bare;
        if (id.compare(name, Qt::CaseInsensitive) == 0 || bare.compare(name, Qt::CaseInsensitive) == 0
            || box->itemText(i).compare(name, Qt::CaseInsensitive) == 0) {
            box->setCurrentIndex(i);
            return true;
        }
    }
    offered = names.join(QStringLiteral(", ")).toStdString();
    return false;
}

} // namespace

ExitCode PlotCommand::run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    std::string error;
    const std::optional<PlotRequest> request = parsePlotArguments(args, error);
    if (!request) {
        err << kPrefix << error << "\nRun 'evidence-cli plot --help' for the options.\n";
        return ExitCode::Usage;
    }
    ExitCode code = ExitCode::Ok;
    std::optional<CliExplorerData> data =
        cliExplorerData(request->pool, request->predictionInterval, kPrefix, err, code);
    if (!data)
        return code;
    const ui::ExplorerResult &result = data->result;
    const std::string source = request->pool.db.empty() ? request->pool.file : request->pool.db;

    // Every plot lives as long as the export; the diagnostics come from the explorer's own panel.
    ui::ForestPlot forest;
    ui::FunnelPlot funnel;
    ui::BaujatPlot baujat;
    std::unique_ptr<ui::DiagnosticsPanel> diagnostics;
    QList<std::pair<QString, ui::StudyPlot *>> plots;
    for (const PlotKind kind : request->kinds) {
        ui::StudyPlot *plot = nullptr;
        QString message;
        switch (kind) {
        case PlotKind::Forest:
            forest.setData(result.forest);
            plot = &forest;
            break;
        case PlotKind::Funnel:
            funnel.setData(result.funnel);
            plot = &funnel;
            break;
        case PlotKind::Baujat:
            baujat.setData(result.baujat);
            plot = &baujat;
            break;
        case PlotKind::LeaveOneOut:
        case PlotKind::Cumulative:
        case PlotKind::Bubble:
        case PlotKind::Gosh: {
            if (!diagnostics) {
                diagnostics = std::make_unique<ui::DiagnosticsPanel>();
                diagnostics->setResult(result, data->state);
            }
            if (kind == PlotKind::LeaveOneOut) {
                plot = diagnostics->leaveOneOutPlot();
            } else if (kind == PlotKind::Cumulative) {
                plot = diagnostics->cumulativePlot();
            } else if (kind == PlotKind::Bubble) {
                ui::MetaRegressionView &view = *diagnostics->metaRegressionView();
                std::string offered;
                if (!view.message().isEmpty()) {
                    message = view.message();
                } else if (!selectModerator(view, request->moderator, offered)) {
                    err << kPrefix << source << ": no moderator '" << request->moderator << "' for --moderator"
                        << (offered.empty() ? std::string(" (none has two distinct values)")
                                            : " (offered: " + offered + ")")
                        << '\n';
                    return ExitCode::Usage;
                }
                if (message.isEmpty() && !view.message().isEmpty())
                    message = view.message();
                plot = view.bubblePlot();
            } else {
                if (!diagnostics->goshComputeButton()->isEnabled()) {
                    message = diagnostics->goshStatus();
                } else {
                    QEventLoop loop;
                    QObject::connect(diagnostics->goshWorker(), &ui::GoshWorker::finished, &loop, &QEventLoop::quit,
                        Qt::QueuedConnection);
                    diagnostics->startGosh();
                    if (diagnostics->goshWorker()->isRunning())
                        loop.exec();
                    QCoreApplication::processEvents();
                    if (diagnostics->goshPlot()->pointCount() == 0)
                        message = diagnostics->goshStatus();
                }
                plot = diagnostics->goshExportPlot();
            }
            break;
        }
        }
        if (message.isEmpty() && plot->isShowingMessage())
            message = plot->message();
        if (!message.isEmpty()) {
            err << kPrefix << source << ": " << plotKindCode(kind) << ": " << message.toStdString() << '\n';
            return ExitCode::Failure;
        }
        plots.append({ QString::fromStdString(plotKindCode(kind)), plot });
    }

    for (const auto &[title, plot] : std::as_const(plots)) {
        const QString note = ui::PlotExporter::fitNote(*plot, request->settings);
        if (!note.isEmpty())
            err << kPrefix << "note: " << title.toStdString() << ": " << note.toStdString() << '\n';
        const QString warning = ui::PlotExporter::fitWarning(*plot, request->settings);
        if (!warning.isEmpty())
            err << kPrefix << "warning: " << title.toStdString() << ": " << warning.toStdString() << '\n';
    }

    auto describe = [&](ui::StudyPlot &plot, const std::string &file, ui::ExportFormat format) {
        ui::ExportSettings s = request->settings;
        s.format = format;
        const QSizeF mm = ui::PlotExporter::sizeMm(plot, s);
        out << file << ": " << QString::number(mm.width(), 'f', 1).toStdString() << " x "
            << QString::number(mm.height(), 'f', 1).toStdString() << " mm";
        if (ui::isRaster(format)) {
            const QSize pixels = ui::PlotExporter::pixelSize(mm, s.dpi);
            out << ", " << pixels.width() << " x " << pixels.height() << " px at " << s.dpi << " dpi";
        }
        out << '\n';
    };

    if (!request->out.empty()) {
        ui::StudyPlot &plot = *plots.front().second;
        const ui::PlotExporter::Result written =
            ui::PlotExporter::exportToFile(plot, request->settings, QString::fromStdString(request->out));
        if (!written.ok()) {
            err << kPrefix << written.error.toStdString() << '\n';
            return ExitCode::Failure;
        }
        describe(plot, request->out, request->settings.format);
        return ExitCode::Ok;
    }

    const QString folder = QString::fromStdString(request->outDir);
    const QString stem = request->stem.empty()
        ? (request->pool.db.empty() ? data->title : QString::fromStdString(request->pool.outcome))
        : QString::fromStdString(request->stem);
    QList<ui::ExportFormat> formats;
    for (const ui::ExportFormat f : request->formats)
        formats << f;
    ui::BatchExport::Existing existing = ui::BatchExport::Existing::Overwrite;
    if (request->uniqueNames) {
        existing = ui::BatchExport::Existing::UniqueSuffix;
    } else if (!request->overwrite) {
        const QStringList present = ui::BatchExport::existing(ui::BatchExport::plan(plots, formats, folder, stem));
        if (!present.isEmpty()) {
            err << kPrefix << "not replacing existing files (use --overwrite or --unique-names):";
            for (const QString &file : present)
                err << ' ' << file.toStdString();
            err << '\n';
            return ExitCode::Failure;
        }
    }
    const QList<ui::BatchExport::Entry> entries =
        ui::BatchExport::write(plots, request->settings, formats, folder, stem, existing);
    int failed = 0;
    int i = 0;
    for (const auto &[title, plot] : std::as_const(plots)) {
        for (int f = 0; f < formats.size(); ++f, ++i) {
            const ui::BatchExport::Entry &e = entries[i];
            if (e.ok()) {
                describe(*plot, e.path.toStdString(), e.format);
            } else {
                ++failed;
                err << kPrefix << e.error.toStdString() << '\n';
            }
        }
    }
    return failed == 0 ? ExitCode::Ok : ExitCode::Failure;
}

EE_REGISTER_COMMAND(PlotCommand);

} // namespace ee::cli
