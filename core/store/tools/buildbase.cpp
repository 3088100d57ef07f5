// evidence-buildbase: builds the read-only evidence bases shipped with the
// application from the CSV sources committed in resources/data. Run by the
// build (core/store/extra.cmake); never needs R or the network.
//
//   evidence-buildbase --data resources/data --out build/share/evidence-explorer
//
// writes dfu-cell-therapy.evidence and examples/<name>.evidence for every
// folder of resources/data/examples holding an evidence.csv. Each file is
// built under a temporary name and renamed into place when complete.
#include "core/store/studystore.h"
#include "core/store/tools/dfucellbase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <functional>
#include <iostream>
#include <system_error>

using namespace ee::store;

namespace {

bool build(const QString &target, const std::function<Status(StudyStore &)> &fill)
{
    const QString temporary = target + QStringLiteral(".building");
    for (const QString &leftover :
        QStringList { temporary, temporary + QStringLiteral("-wal"), temporary + QStringLiteral("-shm") })
        QFile::remove(leftover);
    {
        auto store = StudyStore::open(temporary, StudyStore::OpenMode::Create);
        if (!store) {
            std::cerr << "evidence-buildbase: " << store.error().text().toStdString() << '\n';
            return false;
        }
        Status filled = fill(*store.value());
        if (filled)
            filled = store.value()->finalizeForDistribution();
        if (!filled) {
            std::cerr << "evidence-buildbase: " << filled.error().text().toStdString() << '\n';
            return false;
        }
    }
    QFile::setPermissions(temporary, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(temporary).toStdString(), QFile::encodeName(target).toStdString(), error);
    if (error) {
        std::cerr << "evidence-buildbase: cannot move " << temporary.toStdString() << " to " << target.toStdString()
                  << ": " << error.message() << '\n';
        return false;
    }
    std::cout << "evidence-buildbase: wrote " << target.toStdString() << '\n';
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString dataDir;
    QString outDir;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--data") && i + 1 < args.size())
            dataDir = args[++i];
        else if (args[i] == QLatin1String("--out") && i + 1 < args.size())
            outDir = args[++i];
        else {
            std::cerr << "usage: evidence-buildbase --data DIR --out DIR\n";
            return 2;
        }
    }
    if (dataDir.isEmpty() || outDir.isEmpty()) {
        std::cerr << "usage: evidence-buildbase --data DIR --out DIR\n";
        return 2;
    }
    if (!QDir().mkpath(outDir + QStringLiteral("/examples"))) {
        std::cerr << "evidence-buildbase: cannot create " << outDir.toStdString() << '\n';
        return 1;
    }
    bool ok = build(outDir + QStringLiteral("/dfu-cell-therapy.evidence"),
        [&](StudyStore &store) { return buildDfuCellBase(store, dataDir); });
    const QDir examples(dataDir + QStringLiteral("/examples"));
    for (const QString &name : examples.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString folder = examples.filePath(name);
        if (!QFileInfo::exists(folder + QStringLiteral("/evidence.csv")))
            continue;
        ok = build(outDir + QStringLiteral("/examples/") + name + QStringLiteral(".evidence"), [&](StudyStore &store) {
            return buildExampleProject(store, folder);
        }) && ok;
    }
    return ok ? 0 : 1;
}
