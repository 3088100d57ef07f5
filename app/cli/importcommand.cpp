#include "app/cli/importcommand.h"

#include "core/store/evidencecsv.h"
#include "core/store/facetcsv.h"
#include "core/store/studystore.h"

#include <ostream>

namespace ee::cli {

namespace {

constexpr const char *kPrefix = "evidence-cli import: ";

} // namespace

std::string ImportCommand::name() const
{
    return "import";
}

std::string ImportCommand::summary() const
{
    return "Add studies, arms and outcome data from an evidence CSV to a project";
}

std::string ImportCommand::usage() const
{
    return "Usage: evidence-cli import --db FILE.evidence [--create] [--facets FACETS.csv] FILE.csv\n"
           "\n"
           "Adds the studies, arms, comparisons, outcome data (with provenance) and moderators of\n"
           "an evidence CSV to a project (columns: docs/store.md, \"Evidence CSV\"). The import is\n"
           "all or nothing: if any row is rejected, every rejected row is listed with its row,\n"
           "column and reason, and the project is left unchanged.\n"
           "\n"
           "Options:\n"
           "  --db FILE.evidence   the project to add to (opened for writing)\n"
           "  --create             create the project if it does not exist\n"
           "  --facets FACETS.csv  also add or replace facet definitions (docs/store.md, \"Facet CSV\"),\n"
           "                       in the same transaction\n"
           "\n"
           "Exit codes: 0 success, 1 the project could not be written, 2 bad usage or bad input.\n";
}

ExitCode ImportCommand::run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    std::string db;
    std::string facetsFile;
    std::string file;
    bool create = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if ((arg == "--db" || arg == "--facets") && i + 1 < args.size()) {
            (arg == "--db" ? db : facetsFile) = args[++i];
        } else if (arg == "--db" || arg == "--facets") {
            err << kPrefix << "option " << arg << " needs a value\n";
            return ExitCode::Usage;
        } else if (arg == "--create") {
            create = true;
        } else if (!arg.empty() && arg.front() == '-') {
            err << kPrefix << "unknown option '" << arg << "'\nRun 'evidence-cli import --help' for the options.\n";
            return ExitCode::Usage;
        } else if (file.empty()) {
            file = arg;
        } else {
            err << kPrefix << "one CSV file at a time (got '" << file << "' and '" << arg << "')\n";
            return ExitCode::Usage;
        }
    }
    if (db.empty() || file.empty()) {
        err << kPrefix << (db.empty() ? "--db FILE.evidence is required" : "the CSV file to import is missing")
            << "\nRun 'evidence-cli import --help' for the options.\n";
        return ExitCode::Usage;
    }

    // Read and check the inputs before the project is opened for writing.
    auto table = store::CsvTable::read(QString::fromStdString(file));
    if (!table) {
        err << kPrefix << table.error().text().toStdString() << '\n';
        return ExitCode::Usage;
    }
    QList<store::FacetDefinition> facets;
    if (!facetsFile.empty()) {
        auto parsed = store::FacetCsv::read(QString::fromStdString(facetsFile));
        if (!parsed) {
            err << kPrefix << parsed.error().text().toStdString() << '\n';
            return ExitCode::Usage;
        }
        facets = parsed.value();
    }
    auto store = store::StudyStore::open(QString::fromStdString(db),
        create ? store::StudyStore::OpenMode::Create : store::StudyStore::OpenMode::ReadWrite);
    if (!store) {
        err << kPrefix << store.error().text().toStdString() << '\n';
        return ExitCode::Usage;
    }
    store::ImportSummary summary;
    store::Status status = store.value()->transaction([&]() -> store::Status {
        auto imported = store::EvidenceCsv::import(*store.value(), table.value());
        if (!imported)
            return imported.error();
        summary = imported.value();
        for (const store::FacetDefinition &facet : std::as_const(facets)) {
            if (store::Status s = store.value()->putFacet(facet); !s)
                return s;
        }
        return {};
    });
    if (!status) {
        err << kPrefix << status.error().text().toStdString() << '\n';
        const store::StoreErrorCode code = status.error().code();
        return code == store::StoreErrorCode::InvalidInput || code == store::StoreErrorCode::Constraint
                || code == store::StoreErrorCode::ReadOnly
            ? ExitCode::Usage
            : ExitCode::Failure;
    }
    out << "Imported " << summary.rows << " row(s) of " << file << " into " << db << ": " << summary.studies << " stud"
        << (summary.studies == 1 ? "y" : "ies") << ", " << summary.arms << " arm(s), " << summary.comparisons
        << " comparison(s), " << summary.outcomeData << " outcome value(s), " << summary.moderators
        << " moderator value(s), " << summary.outcomesCreated << " new outcome(s)";
    if (!facets.isEmpty())
        out << ", " << facets.size() << " facet(s)";
    out << ".\n";
    return ExitCode::Ok;
}

EE_REGISTER_COMMAND(ImportCommand);

} // namespace ee::cli
