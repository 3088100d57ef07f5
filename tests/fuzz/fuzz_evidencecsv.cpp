// libFuzzer target: the evidence CSV importer (and the CSV and facet readers
// under it). Build and run with tests/fuzz/run_fuzz.sh. Aborts when any input
// crashes, hangs (libFuzzer -timeout) or breaks the import property
// (importproperty.h): all or nothing, errors with rows, stable round trip.
#include "fuzz/importproperty.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt Sql finds its SQLite driver through the application object.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (const auto failure = ee::store::fuzz::checkImportProperty(bytes)) {
        std::fprintf(stderr, "import property broken: %s\n", failure->c_str());
        std::abort();
    }
    return 0;
}
