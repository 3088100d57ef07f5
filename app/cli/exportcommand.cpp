#include "app/cli/exportcommand.h"

#include "core/store/evidencecsv.h"
#include "core/store/facetcsv.h"
#include "core/store/studystore.h"

#include <QSaveFile>

#include <ostream>

namespace ee::cli {

namespace {

constexpr const char *kPrefix = "evidence-cli export: ";

/// Writes a whole file or nothing (QSaveFile renames into place on commit).
bool writeFile(const std::string &path, const QByteArray &bytes, std::string &error)
{
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        error = path + ": cannot be written: " + file.errorString().toStdString();
        return false;
    }
    return true;
}

} // namespace

std::string ExportCommand::name() const
{
    return "export";
}

std::string ExportCommand::summary() const
{
    return "Write a project's studies, arms and outcome data as an evidence CSV";
}

std::string ExportCommand::usage() const
{
    return "Usage: evidence-cli export --db FILE.evidence [--out FILE.csv] [--facets-out FACETS.csv]\n"
           "\n"
           "Writes every comparison of the project with its study, arms, outcome data, provenance\n"
           "and moderators as an evidence CSV (docs/store.md), one row per comparison, outcome and\n"
           "time point, to standard output or --out. `evidence-cli import` reads it back.\n"
           "\n"
           "Options:\n"
           "  --db FILE.evidence       the project (opened read-only)\n"
           "  --out FILE.csv           write to a file instead of standard output\n"
           "  --facets-out FACETS.csv  also write the project's facet definitions\n"
           "\n"
           "Exit codes: 0 success, 1 a file could not be written, 2 bad usage or bad input.\n";
}

ExitCode ExportCommand::run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    std::string db;
    std::string outFile;
    std::string facetsFile;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        std::string *target = arg == "--db" ? &db
            : arg == "--out"                ? &outFile
            : arg == "--facets-out"         ? &facetsFile
                                            : nullptr;
        if (!target) {
            err << kPrefix << "unknown argument '" << arg << "'\nRun 'evidence-cli export --help' for the options.\n";
            return ExitCode::Usage;
        }
        if (i + 1 >= args.size()) {
            err << kPrefix << "option " << arg << " needs a value\n";
            return ExitCode::Usage;
        }
        *target = args[++i];
    }
    if (db.empty()) {
        err << kPrefix << "--db FILE.evidence is required\nRun 'evidence-cli export --help' for the options.\n";
        return ExitCode::Usage;
    }
    auto store = store::StudyStore::open(QString::fromStdString(db), store::StudyStore::OpenMode::ReadOnly);
    if (!store) {
        err << kPrefix << store.error().text().toStdString() << '\n';
        return ExitCode::Usage;
    }
    auto base = store.value()->load();
    if (!base) {
        err << kPrefix << base.error().text().toStdString() << '\n';
        return ExitCode::Failure;
    }
    const QByteArray csv = store::EvidenceCsv::exportBase(base.value());
    std::string error;
    if (!facetsFile.empty() && !writeFile(facetsFile, store::FacetCsv::write(base->facets), error)) {
        err << kPrefix << error << '\n';
        return ExitCode::Failure;
    }
    if (outFile.empty()) {
        out << csv.toStdString();
        return ExitCode::Ok;
    }
    if (!writeFile(outFile, csv, error)) {
        err << kPrefix << error << '\n';
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}

EE_REGISTER_COMMAND(ExportCommand);

} // namespace ee::cli
