// `evidence-cli report` (issue 8) in-process and offscreen: HTML and PDF from a CSV
// or the bundled base, with each study's provenance and the published estimate
// beside ours; bad options exit 2 naming the option. And the machine-read outputs
// (R script, pool CSV) keep '.' decimals whatever the UI locale.

#include "app/cli/cli.h"
#include "app/cli/plotcommand.h"
#include "clirun.h"
#include "core/io/studycsv.h"
#include "ui/explorer/poolcsv.h"
#include "ui/export/rscriptwriter.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>
#include <string>
#include <vector>

namespace ee::cli {
namespace {

using clitest::CliRun;
using clitest::runCommand;

const std::string kBase = EE_BINARY_DIR "/share/evidence-explorer/dfu-cell-therapy.evidence";

std::string referenceCsv(const char *caseName)
{
    return std::string(EE_REFERENCE_DIR) + "/" + caseName + "/input.csv";
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// Sets the default locale for one test and restores it.
class LocaleScope
{
public:
    explicit LocaleScope(const QLocale &locale) { QLocale::setDefault(locale); }
    ~LocaleScope() { QLocale::setDefault(m_before); }
    LocaleScope(const LocaleScope &) = delete;
    LocaleScope &operator=(const LocaleScope &) = delete;

private:
    QLocale m_before;
};

TEST(ReportCommand, HtmlFromTheStoreHasProvenanceAndThePublishedEstimate)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("healing.html"));
    const CliRun r = runCommand("report", { "--db", kBase, "--outcome", "healing", "--out", path.toStdString() });
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("with the published estimate"), std::string::npos) << r.out;
    const QString html = readText(path);
    EXPECT_TRUE(html.contains(QLatin1String("<h2>Methods</h2>")));
    EXPECT_TRUE(html.contains(QLatin1String("Published estimate")));
    EXPECT_TRUE(html.contains(QLatin1String("This analysis")));
    // The review's pooled OR for healing, as printed (Zhang et al. 2026): 4.64 [3.11, 6.90].
    EXPECT_TRUE(html.contains(QLatin1String("4.64 [3.11, 6.90]"))) << "published estimate missing";
    // Provenance of every study: what was counted, where, and how sure.
    EXPECT_GE(html.count(QLatin1String("counted: ")), 6);
    EXPECT_GE(html.count(QLatin1String("where: ")), 6);
    EXPECT_GE(html.count(QLatin1String("confidence: ")), 1);
    EXPECT_GE(html.count(QLatin1String("data:image/png;base64,")), 3); // forest, funnel, Baujat
    QFile out(QStringLiteral("/tmp/report-healing.html"));
    if (out.open(QIODevice::WriteOnly))
        out.write(html.toUtf8());
}

TEST(ReportCommand, PdfFromACsv)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bcg.pdf"));
    const CliRun r = runCommand("report",
        { referenceCsv("bcg_OR_iv_REML_knha"), "--measure", "OR", "--method", "IV", "--model", "random", "--hksj",
            "--out", path.toStdString(), "--title", "BCG vaccine" });
    ASSERT_EQ(r.code, 0) << r.err;
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_GT(pdf.size(), 20000);
    EXPECT_NE(r.out.find("13 studies"), std::string::npos) << r.out;
}

TEST(ReportCommand, BadOptionsExit2NamingTheOption)
{
    QTemporaryDir dir;
    const std::string csv = referenceCsv("bcg_OR_iv_REML_knha");
    struct Case {
        std::vector<std::string> args;
        const char *named;
    };
    const std::vector<Case> cases = {
        { { csv }, "--out" },
        { { csv, "--out", dir.filePath(QStringLiteral("r.docx")).toStdString() }, "--out" },
        { { csv, "--out", dir.filePath(QStringLiteral("r.html")).toStdString(), "--json" }, "--json" },
        { { csv, "--out", dir.filePath(QStringLiteral("r.html")).toStdString(), "--tau2", "XX" }, "--tau2" },
        { { "--db", kBase, "--outcome", "nope", "--out", dir.filePath(QStringLiteral("r.html")).toStdString() },
            "nope" },
    };
    for (const Case &c : cases) {
        const CliRun r = runCommand("report", c.args);
        EXPECT_EQ(r.code, 2) << c.named << ": " << r.err;
        EXPECT_NE(r.err.find(c.named), std::string::npos) << r.err;
    }
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("r.html"))));
}

TEST(ExportLocale, RScriptAndPoolCsvKeepDotDecimalsInSpanish)
{
    const LocaleScope spanish { QLocale(QLocale::Spanish, QLocale::Spain) };
    ASSERT_EQ(QLocale().decimalPoint(), QStringLiteral(","));
    PoolRequest request;
    request.file = referenceCsv("curtis1998_SMD_iv_REML_sub_fungrp");
    request.measure = stats::EffectMeasure::SMD;
    request.level = 97.5;
    std::ostringstream err;
    ExitCode code = ExitCode::Ok;
    const std::optional<CliExplorerData> data = cliExplorerData(request, true, "test: ", err, code);
    ASSERT_TRUE(data) << err.str();

    const QString script = ui::RScriptWriter::script(
        *data->result.analysis, ui::RScriptWriter::DataKind::Continuous, QStringLiteral("/tmp/studies.csv"), QString());
    EXPECT_TRUE(script.contains(QLatin1String("level = 97.5"))) << script.toStdString();
    EXPECT_FALSE(script.contains(QLatin1String("97,5")));

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("studies.csv"));
    ASSERT_TRUE(ui::writePoolCsv(data->result, QString(), csv).isEmpty());
    // Read back in the C locale: the same numbers, so '.' decimals and no extra fields.
    const io::StudyCsvResult original = io::readStudyCsv(request.file, stats::EffectMeasure::SMD);
    const io::StudyCsvResult written = io::readStudyCsv(csv.toStdString(), stats::EffectMeasure::SMD);
    ASSERT_TRUE(written.ok()) << written.error->text();
    ASSERT_EQ(written.table->studies.size(), original.table->studies.size());
    for (std::size_t i = 0; i < original.table->studies.size(); ++i) {
        const auto &a = std::get<stats::ContinuousArms>(original.table->studies[i].data);
        const auto &b = std::get<stats::ContinuousArms>(written.table->studies[i].data);
        EXPECT_NEAR(a.meanT, b.meanT, 1e-9 * std::max(1.0, std::abs(a.meanT))) << i;
        EXPECT_NEAR(a.meanC, b.meanC, 1e-9 * std::max(1.0, std::abs(a.meanC))) << i;
    }
    // The first treatment mean of the input, 6.8168999999999995, written back with a '.'.
    EXPECT_TRUE(readText(csv).contains(QLatin1String("6.8168999999999995"))) << readText(csv).toStdString();
}

TEST(ReportCommand, AnUnknownFacetLevelIsAUsageErrorNamingTheCommandTheFacetAndTheLevel)
{
    QTemporaryDir dir;
    for (const char *command : {"report", "plot"}) {
        const std::string path
            = dir.filePath(std::string(command) == "plot" ? QStringLiteral("r.png") : QStringLiteral("r.html")).toStdString();
        std::vector<std::string> args{"--db", kBase, "--outcome", "healing", "--where", "cell_type=nonexistent"};
        if (std::string(command) == "plot")
            args.insert(args.begin(), "forest");
        args.insert(args.end(), {"--out", path});
        if (std::string(command) == "plot")
            args.insert(args.end(), {"--width-mm", "120"});
        const CliRun r = runCommand(command, args);
        EXPECT_EQ(r.code, 2) << command;
        EXPECT_EQ(r.err.rfind(std::string("evidence-cli ") + command + ": ", 0), 0u) << r.err;
        EXPECT_NE(r.err.find("facet 'cell_type' has no level 'nonexistent'"), std::string::npos) << r.err;
        EXPECT_FALSE(QFile::exists(QString::fromStdString(path)));
    }
}

} // namespace
} // namespace ee::cli
