#include "app/cli/studiescommand.h"

#include "core/store/evidenceindex.h"
#include "core/store/numbertext.h"
#include "core/store/poolinput.h"
#include "core/store/studystore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <ostream>
#include <sstream>

namespace ee::cli {

namespace {

constexpr const char *kPrefix = "evidence-cli studies: ";

struct StudiesRequest {
    std::string db;
    std::string outcome;
    std::string timepoint;
    std::vector<std::string> where;
    store::SharedControlMode sharedControl = store::SharedControlMode::Flag;
    bool json = false;
    bool counts = false;
};

std::optional<StudiesRequest> parseArguments(const std::vector<std::string> &args, std::string &error)
{
    StudiesRequest request;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        auto value = [&](std::string &target) {
            if (i + 1 >= args.size()) {
                error = "option " + arg + " needs a value";
                return false;
            }
            target = args[++i];
            return true;
        };
        if (arg == "--db") {
            if (!value(request.db))
                return std::nullopt;
        } else if (arg == "--outcome") {
            if (!value(request.outcome))
                return std::nullopt;
        } else if (arg == "--timepoint") {
            if (!value(request.timepoint))
                return std::nullopt;
        } else if (arg == "--where") {
            std::string clause;
            if (!value(clause))
                return std::nullopt;
            request.where.push_back(clause);
        } else if (arg == "--shared-control") {
            std::string mode;
            if (!value(mode))
                return std::nullopt;
            if (mode == "flag")
                request.sharedControl = store::SharedControlMode::Flag;
            else if (mode == "split")
                request.sharedControl = store::SharedControlMode::Split;
            else {
                error = "--shared-control must be flag or split, got '" + mode + "'";
                return std::nullopt;
            }
        } else if (arg == "--json") {
            request.json = true;
        } else if (arg == "--counts") {
            request.counts = true;
        } else {
            error = "unknown option '" + arg + "'";
            return std::nullopt;
        }
    }
    if (request.db.empty()) {
        error = "--db FILE.evidence is required";
        return std::nullopt;
    }
    return request;
}

QString number(double value)
{
    return store::formatNumber(value);
}

QString armText(const store::ArmNumbers &arm, bool binary)
{
    if (binary)
        return number(arm.events.value_or(0)) + QLatin1Char('/') + number(arm.n);
    return number(arm.mean.value_or(0)) + QStringLiteral(" (") + number(arm.sd.value_or(0)) + QStringLiteral(") ")
        + number(arm.n);
}

QJsonObject provenanceJson(const store::Provenance &p)
{
    return QJsonObject { { QStringLiteral("citation"), p.citation }, { QStringLiteral("quote"), p.quote },
        { QStringLiteral("locator"), p.locator }, { QStringLiteral("counted"), p.counted },
        { QStringLiteral("confidence"), store::toCode(p.confidence) }, { QStringLiteral("entered_by"), p.enteredBy },
        { QStringLiteral("entered_at"), p.enteredAt } };
}

QJsonValue yearJson(const std::optional<int> &year)
{
    return year ? QJsonValue(*year) : QJsonValue();
}

std::string toJson(const QString &path, const store::EvidenceBase &base, const store::QueryRequest &request,
    const store::QueryResult &result)
{
    QJsonObject root;
    root.insert(QStringLiteral("db"), path);
    root.insert(QStringLiteral("project"), base.project.name);
    if (result.outcome) {
        root.insert(QStringLiteral("outcome"),
            QJsonObject { { QStringLiteral("code"), result.outcome->code },
                { QStringLiteral("label"), result.outcome->label },
                { QStringLiteral("kind"), store::toCode(result.outcome->kind) },
                { QStringLiteral("unit"), result.outcome->unit },
                { QStringLiteral("better"), store::toCode(result.outcome->better) } });
    } else {
        root.insert(QStringLiteral("outcome"), QJsonValue());
    }
    QJsonObject filters;
    for (auto it = request.filters.constBegin(); it != request.filters.constEnd(); ++it)
        filters.insert(it.key(), QJsonArray::fromStringList(it.value()));
    root.insert(QStringLiteral("filters"), filters);
    root.insert(QStringLiteral("shared_control"),
        request.sharedControl == store::SharedControlMode::Split ? QStringLiteral("split") : QStringLiteral("flag"));
    const bool binary = result.outcome && result.outcome->kind == store::OutcomeKind::Binary;
    QJsonArray rows;
    for (const store::QueryRow &row : result.rows) {
        QJsonObject item { { QStringLiteral("comparison"), row.label }, { QStringLiteral("study"), row.studyLabel },
            { QStringLiteral("year"), yearJson(row.year) } };
        QJsonObject facets;
        for (int f = 0; f < result.facetNames.size(); ++f)
            facets.insert(result.facetNames[f], row.facetLevels.value(f));
        item.insert(QStringLiteral("facets"), facets);
        QJsonObject moderators;
        for (auto it = row.moderators.constBegin(); it != row.moderators.constEnd(); ++it)
            moderators.insert(it.key(), it->text);
        item.insert(QStringLiteral("moderators"), moderators);
        item.insert(QStringLiteral("notes"), row.noteCount);
        if (result.outcome) {
            QJsonObject data;
            if (binary) {
                data = { { QStringLiteral("events_t"), row.treatment.events.value_or(0) },
                    { QStringLiteral("n_t"), row.treatment.n },
                    { QStringLiteral("events_c"), row.control.events.value_or(0) },
                    { QStringLiteral("n_c"), row.control.n } };
            } else {
                data = { { QStringLiteral("mean_t"), row.treatment.mean.value_or(0) },
                    { QStringLiteral("sd_t"), row.treatment.sd.value_or(0) },
                    { QStringLiteral("n_t"), row.treatment.n },
                    { QStringLiteral("mean_c"), row.control.mean.value_or(0) },
                    { QStringLiteral("sd_c"), row.control.sd.value_or(0) }, { QStringLiteral("n_c"), row.control.n } };
            }
            item.insert(QStringLiteral("timepoint"), row.timepoint);
            item.insert(QStringLiteral("data"), data);
            item.insert(QStringLiteral("shared_control_group_size"), row.sharedControlGroupSize);
            item.insert(QStringLiteral("control_split"), row.controlSplit);
            item.insert(QStringLiteral("provenance"), provenanceJson(row.provenance));
            item.insert(QStringLiteral("data_notes"), row.dataNotes);
        }
        rows.append(item);
    }
    root.insert(QStringLiteral("rows"), rows);
    QJsonArray notExtracted;
    for (const store::NotExtractedRow &row : result.notExtracted) {
        notExtracted.append(QJsonObject { { QStringLiteral("comparison"), row.label },
            { QStringLiteral("study"), row.studyLabel }, { QStringLiteral("year"), yearJson(row.year) } });
    }
    root.insert(QStringLiteral("not_extracted"), notExtracted);
    QJsonObject counts;
    for (const store::FacetCounts &facet : result.facetCounts) {
        QJsonArray levels;
        for (const store::LevelCount &level : facet.levels) {
            levels.append(QJsonObject { { QStringLiteral("level"), level.code },
                { QStringLiteral("label"), level.label }, { QStringLiteral("comparisons"), level.comparisons },
                { QStringLiteral("studies"), level.studies } });
        }
        counts.insert(facet.facet, levels);
    }
    root.insert(QStringLiteral("facet_counts"), counts);
    root.insert(QStringLiteral("comparisons"), static_cast<int>(result.rows.size()));
    root.insert(QStringLiteral("studies"), result.studyCount);
    root.insert(QStringLiteral("shared_controls"), result.sharedControls);
    return QJsonDocument(root).toJson(QJsonDocument::Indented).toStdString();
}

void writeTable(std::ostream &out, const std::vector<std::vector<std::string>> &rows)
{
    std::vector<std::size_t> widths;
    auto width = [](const std::string &text) { return static_cast<std::size_t>(QString::fromStdString(text).size()); };
    for (const auto &row : rows) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (std::size_t c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], width(row[c]));
    }
    for (const auto &row : rows) {
        std::string line;
        for (std::size_t c = 0; c < row.size(); ++c) {
            line += row[c];
            if (c + 1 < row.size())
                line += std::string(widths[c] - width(row[c]) + 2, ' ');
        }
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out << "  " << line << '\n';
    }
}

std::string toText(const QString &path, const store::EvidenceBase &base, const store::QueryRequest &request,
    const store::QueryResult &result, bool counts)
{
    std::ostringstream out;
    out << "Project: " << base.project.title.toStdString() << " (" << QFileInfo(path).fileName().toStdString() << ")\n";
    if (result.outcome) {
        out << "Outcome: " << result.outcome->code.toStdString() << " (" << result.outcome->label.toStdString() << ", "
            << store::toCode(result.outcome->kind).toStdString();
        if (result.outcome->better != store::BetterDirection::Unknown)
            out << ", " << store::toCode(result.outcome->better).toStdString() << " is better";
        out << ")\n";
    }
    if (!request.filters.isEmpty()) {
        out << "Filters:";
        for (auto it = request.filters.constBegin(); it != request.filters.constEnd(); ++it) {
            QStringList shown;
            for (const QString &level : it.value())
                shown << (level.isEmpty() ? QStringLiteral("(not recorded)") : level);
            out << ' ' << it.key().toStdString() << '=' << shown.join(QLatin1Char(',')).toStdString();
        }
        out << '\n';
    }
    out << '\n';

    // The table shows the project's main facets; --json has them all.
    QList<int> shownFacets;
    for (int f = 0; f < base.facets.size(); ++f) {
        if (base.facets[f].group == QLatin1String("main"))
            shownFacets << static_cast<int>(result.facetNames.indexOf(base.facets[f].name));
    }
    const bool binary = result.outcome && result.outcome->kind == store::OutcomeKind::Binary;
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> header = { "comparison", "study", "year" };
    for (int f : std::as_const(shownFacets))
        header.push_back(result.facetNames[f].toStdString());
    if (result.outcome) {
        header.push_back(binary ? "events/N (T)" : "mean (SD) N (T)");
        header.push_back(binary ? "events/N (C)" : "mean (SD) N (C)");
        header.push_back("timepoint");
        header.push_back("confidence");
    }
    header.push_back("notes");
    rows.push_back(header);
    for (const store::QueryRow &row : result.rows) {
        std::vector<std::string> line = { row.label.toStdString(), row.studyLabel.toStdString(),
            row.year ? std::to_string(*row.year) : std::string("-") };
        for (int f : std::as_const(shownFacets)) {
            const QString level = row.facetLevels.value(f);
            line.push_back(level.isEmpty() ? std::string("-") : level.toStdString());
        }
        if (result.outcome) {
            std::string control = armText(row.control, binary).toStdString();
            if (row.sharedControlGroupSize > 1)
                control += row.controlSplit ? " (split)" : " (shared)";
            line.push_back(armText(row.treatment, binary).toStdString());
            line.push_back(control);
            line.push_back(row.timepoint.isEmpty() ? std::string("-") : row.timepoint.toStdString());
            line.push_back(store::toCode(row.provenance.confidence).isEmpty()
                    ? std::string("-")
                    : store::toCode(row.provenance.confidence).toStdString());
        }
        line.push_back(row.noteCount ? std::to_string(row.noteCount) : std::string("-"));
        rows.push_back(line);
    }
    if (result.rows.isEmpty())
        out << "  (no comparison matches)\n";
    else
        writeTable(out, rows);

    out << '\n'
        << result.rows.size() << (result.outcome ? " comparison(s) with data from " : " comparison(s) from ")
        << result.studyCount << " stud" << (result.studyCount == 1 ? "y" : "ies") << ".\n";
    if (result.outcome) {
        if (!result.notExtracted.isEmpty()) {
            QStringList labels;
            for (const store::NotExtractedRow &row : result.notExtracted)
                labels << row.label;
            out << result.notExtracted.size() << " matching comparison(s) not extracted for "
                << result.outcome->code.toStdString() << ": " << labels.join(QStringLiteral(", ")).toStdString()
                << '\n';
        }
        if (result.sharedControls) {
            out << (request.sharedControl == store::SharedControlMode::Split
                    ? "Shared control arms were split between their comparisons (Cochrane Handbook 23.3.4).\n"
                    : "Some comparisons share a control arm: pooled as is, its patients count more than once "
                      "(use --shared-control split).\n");
        }
    }
    if (counts) {
        out << "\nStudies available per facet level (comparisons / studies):\n";
        for (const store::FacetCounts &facet : result.facetCounts) {
            QStringList parts;
            for (const store::LevelCount &level : facet.levels) {
                if (level.code.isEmpty() && level.comparisons == 0)
                    continue;
                parts << (level.code.isEmpty() ? QStringLiteral("not recorded") : level.code)
                        + QStringLiteral(" %1/%2").arg(level.comparisons).arg(level.studies);
            }
            out << "  " << facet.facet.toStdString() << ": " << parts.join(QStringLiteral(", ")).toStdString() << '\n';
        }
    }
    return out.str();
}

} // namespace

std::string StudiesCommand::name() const
{
    return "studies";
}

std::string StudiesCommand::summary() const
{
    return "List the studies of a project that match facet filters";
}

std::string StudiesCommand::usage() const
{
    return "Usage: evidence-cli studies --db FILE.evidence [--outcome CODE] [--where FACET=LEVEL[,LEVEL]]... "
           "[OPTIONS]\n"
           "\n"
           "Lists the comparisons (forest-plot rows) of a project that match the filters, with\n"
           "their facets; with --outcome also their data, its provenance, and the matching\n"
           "comparisons that have no data for the outcome (\"not extracted\").\n"
           "\n"
           "Options:\n"
           "  --db FILE.evidence          the project (opened read-only)\n"
           "  --outcome CODE              an outcome of the project (healing, amputation, ...)\n"
           "  --timepoint TEXT            use the values at this time point (default: the first stored)\n"
           "  --where FACET=L1[,L2...]    keep comparisons whose FACET is one of the levels; repeat for\n"
           "                              more facets (they combine with AND); the level - means\n"
           "                              \"not recorded\"\n"
           "  --shared-control flag|split flag shared control arms (default) or split their N and\n"
           "                              events between the comparisons (Cochrane Handbook 23.3.4)\n"
           "  --counts                    also print, per facet level, how many comparisons and\n"
           "                              studies that level would give\n"
           "  --json                      one JSON object (every facet, moderators, provenance,\n"
           "                              facet counts) instead of the table\n"
           "\n"
           "Exit codes: 0 success, 1 the project could not be read, 2 bad usage or bad input.\n";
}

ExitCode StudiesCommand::run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    std::string error;
    const std::optional<StudiesRequest> request = parseArguments(args, error);
    if (!request) {
        err << kPrefix << error << "\nRun 'evidence-cli studies --help' for the options.\n";
        return ExitCode::Usage;
    }
    const QString path = QString::fromStdString(request->db);
    auto store = store::StudyStore::open(path, store::StudyStore::OpenMode::ReadOnly);
    if (!store) {
        err << kPrefix << store.error().text().toStdString() << '\n';
        return ExitCode::Usage;
    }
    auto filters = store::parseWhereClauses(request->where);
    if (!filters) {
        err << kPrefix << filters.error().text().toStdString() << '\n';
        return ExitCode::Usage;
    }
    store::QueryRequest query;
    query.outcome = QString::fromStdString(request->outcome);
    query.timepoint = QString::fromStdString(request->timepoint);
    query.filters = filters.value();
    query.sharedControl = request->sharedControl;
    auto index = store.value()->index();
    if (!index) {
        err << kPrefix << index.error().text().toStdString() << '\n';
        return ExitCode::Failure;
    }
    auto result = index.value()->query(query);
    if (!result) {
        err << kPrefix << path.toStdString() << ": " << result.error().message().toStdString() << '\n';
        return ExitCode::Usage;
    }
    const store::EvidenceBase &base = index.value()->base();
    out << (request->json ? toJson(path, base, query, result.value())
                          : toText(path, base, query, result.value(), request->counts));
    return ExitCode::Ok;
}

EE_REGISTER_COMMAND(StudiesCommand);

} // namespace ee::cli
