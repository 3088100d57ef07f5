// `evidence-cli import` and `export` in-process: round trip through files,
// all-or-nothing import with row-level messages, read-only projects.
#include "app/cli/cli.h"
#include "core/store/csvtable.h"
#include "core/store/studystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace {

const std::string kBase = EE_BINARY_DIR "/share/evidence-explorer/dfu-cell-therapy.evidence";
const std::string kExamples = EE_SOURCE_DIR "/resources/data/examples";

struct CliResult {
    int code = -1;
    std::string out;
    std::string err;
};

CliResult cli(std::vector<std::string> args)
{
    std::ostringstream out;
    std::ostringstream err;
    CliResult r;
    r.code = ee::cli::runCli(args, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

std::string path(const QTemporaryDir &dir, const char *name)
{
    return dir.filePath(QString::fromLatin1(name)).toStdString();
}

QByteArray readAll(const std::string &file)
{
    QFile f(QString::fromStdString(file));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const std::string &file, const QByteArray &bytes)
{
    QFile f(QString::fromStdString(file));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

TEST(ImportExportCommands, ExampleRoundTripsThroughImportAndExport)
{
    QTemporaryDir dir;
    const std::string db = path(dir, "gibson.evidence");
    const CliResult imported = cli({ "import", "--db", db, "--create", "--facets", kExamples + "/gibson2002/facets.csv",
        kExamples + "/gibson2002/evidence.csv" });
    ASSERT_EQ(imported.code, 0) << imported.err;
    EXPECT_NE(imported.out.find("15 studies"), std::string::npos) << imported.out;
    EXPECT_NE(imported.out.find("20 outcome value(s)"), std::string::npos) << imported.out;
    EXPECT_NE(imported.out.find("2 facet(s)"), std::string::npos) << imported.out;

    const std::string csv = path(dir, "out.csv");
    const std::string facets = path(dir, "facets-out.csv");
    const CliResult exported = cli({ "export", "--db", db, "--out", csv, "--facets-out", facets });
    ASSERT_EQ(exported.code, 0) << exported.err;
    EXPECT_TRUE(exported.out.empty());

    // Export → import into a new project → export gives the same file.
    const std::string second = path(dir, "second.evidence");
    ASSERT_EQ(cli({ "import", "--db", second, "--create", "--facets", facets, csv }).code, 0);
    const CliResult again = cli({ "export", "--db", second });
    ASSERT_EQ(again.code, 0) << again.err;
    EXPECT_EQ(QByteArray::fromStdString(again.out), readAll(csv));

    const CliResult studies = cli({ "studies", "--db", second, "--outcome", "days_off", "--where", "type=1" });
    ASSERT_EQ(studies.code, 0) << studies.err;
    EXPECT_NE(studies.out.find("Cote 1997"), std::string::npos);
}

TEST(ImportExportCommands, RejectedRowsAreListedAndNothingIsImported)
{
    QTemporaryDir dir;
    const std::string db = path(dir, "p.evidence");
    ASSERT_EQ(cli({ "import", "--db", db, "--create", kExamples + "/bcg/evidence.csv" }).code, 0);
    const QByteArray before = QByteArray::fromStdString(cli({ "export", "--db", db }).out);

    const std::string bad = path(dir, "bad.csv");
    writeAll(bad,
        "study,comparison,arm_t,arm_c,outcome,events_t,n_t,events_c,n_c\n"
        "New 2020,New,T,C,tb,5,4,1,10\n"
        "Other 2021,Other,T,C,tb,1,10,1,0\n");
    const CliResult r = cli({ "import", "--db", db, bad });
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.out.empty());
    EXPECT_NE(r.err.find("2 row(s) rejected; nothing was imported"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(bad + ":2: column 'events_t': events (5) exceed N (4)"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(bad + ":3: column 'n_c': N must be at least 1"), std::string::npos) << r.err;
    EXPECT_EQ(QByteArray::fromStdString(cli({ "export", "--db", db }).out), before);
}

TEST(ImportExportCommands, BundledBaseCannotBeImportedInto)
{
    QTemporaryDir dir;
    const std::string csv = path(dir, "one.csv");
    writeAll(csv, "study,comparison,arm_t,arm_c\nNew 2026,New,T,C\n");
    // The bundled base is a read-only file (root can still write it, so check
    // through a copy whose folder we control).
    const std::string copy = path(dir, "base.evidence");
    ASSERT_TRUE(QFile::copy(QString::fromStdString(kBase), QString::fromStdString(copy)));
    QFile::setPermissions(QString::fromStdString(copy), QFileDevice::ReadOwner);
    const CliResult r = cli({ "import", "--db", copy, csv });
    if (QFileInfo(QString::fromStdString(copy)).isWritable()) {
        GTEST_SKIP() << "running as a user who can write read-only files";
    }
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("read-only"), std::string::npos) << r.err;
}

TEST(ImportExportCommands, UsageErrors)
{
    EXPECT_EQ(cli({ "import" }).code, 2);
    EXPECT_NE(cli({ "import", "x.csv" }).err.find("--db FILE.evidence is required"), std::string::npos);
    EXPECT_NE(cli({ "import", "--db", "x.evidence" }).err.find("the CSV file to import is missing"), std::string::npos);
    const CliResult missing =
        cli({ "import", "--db", "/nonexistent/x.evidence", EE_SOURCE_DIR "/tests/fuzz/corpus/bcg.csv" });
    EXPECT_EQ(missing.code, 2);
    EXPECT_NE(missing.err.find("does not exist"), std::string::npos) << missing.err;
    const CliResult noCsv = cli({ "import", "--db", "/tmp/x.evidence", "--create", "/nonexistent/in.csv" });
    EXPECT_EQ(noCsv.code, 2);
    EXPECT_NE(noCsv.err.find("/nonexistent/in.csv: cannot be read"), std::string::npos) << noCsv.err;
    EXPECT_FALSE(QFile::exists(QStringLiteral("/tmp/x.evidence"))); // inputs are checked before the project is created
    EXPECT_EQ(cli({ "export" }).code, 2);
    EXPECT_NE(
        cli({ "export", "--db", kBase, "--sideways" }).err.find("unknown argument '--sideways'"), std::string::npos);
}

TEST(ImportExportCommands, ExportOfTheBundledBaseCoversEveryComparison)
{
    const CliResult r = cli({ "export", "--db", kBase });
    ASSERT_EQ(r.code, 0) << r.err;
    auto table = ee::store::CsvTable::parse(QByteArray::fromStdString(r.out), QStringLiteral("export"));
    ASSERT_TRUE(table.ok());
    // 38 comparisons; Huang, Uzun (3 outcomes), Zhang and Liu_B (3) add rows.
    EXPECT_EQ(table->rowCount(), 38 + 1 + 2 + 1 + 2);
    EXPECT_TRUE(table->header().contains(QStringLiteral("mod:followup_months")));
    EXPECT_TRUE(table->header().contains(QStringLiteral("cmod:age")));
}
