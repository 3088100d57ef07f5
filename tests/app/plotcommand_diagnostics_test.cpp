// `evidence-cli plot` for the diagnostics views (leave-one-out, cumulative, bubble,
// GOSH) and the batch form (several plots and formats into a folder), offscreen.

#include "app/cli/plotcommand.h"
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
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

int inked(const QImage &source)
{
    const QImage image = source.convertToFormat(QImage::Format_RGB32);
    const QRgb background = image.pixel(0, 0);
    int count = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            count += image.pixel(x, y) != background ? 1 : 0;
    return count;
}

TEST(PlotCommandDiagnostics, EachDiagnosticsPlotFromTheStore)
{
    QTemporaryDir dir;
    for (const char *kind : { "leave1out", "cumulative", "gosh" }) {
        const std::string out = dir.filePath(QStringLiteral("%1.png").arg(QString::fromLatin1(kind))).toStdString();
        const CliRun r = runCommand(
            "plot", { kind, "--db", kBase, "--outcome", "healing", "--out", out, "--width-mm", "120", "--dpi", "150" });
        ASSERT_EQ(r.code, 0) << kind << ": " << r.err;
        const QImage image(QString::fromStdString(out));
        EXPECT_EQ(image.width(), 709) << kind; // 120 mm at 150 dpi
        EXPECT_GT(inked(image), 200) << kind << " is blank";
        image.save(QStringLiteral("/tmp/export-cli-%1.png").arg(QString::fromLatin1(kind)));
    }
}

TEST(PlotCommandDiagnostics, LeaveOneOutHasOneRowPerStudyAndGrowsWithThem)
{
    // li2007 has 22 studies, bcg 13: the leave-one-out forest of li2007 is taller at the same width.
    QTemporaryDir dir;
    const std::string many = dir.filePath(QStringLiteral("many.png")).toStdString();
    const std::string few = dir.filePath(QStringLiteral("few.png")).toStdString();
    ASSERT_EQ(
        runCommand("plot", { "leave1out", referenceCsv("li2007_OR_mh_fixed"), "--out", many, "--preset", "double" })
            .code,
        0);
    ASSERT_EQ(
        runCommand("plot", { "leave1out", referenceCsv("bcg_OR_iv_REML_knha"), "--out", few, "--preset", "double" })
            .code,
        0);
    EXPECT_GT(QImage(QString::fromStdString(many)).height(), QImage(QString::fromStdString(few)).height());
}

TEST(PlotCommandDiagnostics, BubbleNeedsAKnownModerator)
{
    QTemporaryDir dir;
    const std::string out = dir.filePath(QStringLiteral("bubble.svg")).toStdString();
    CliRun r =
        runCommand("plot", { "bubble", "--db", kBase, "--outcome", "healing", "--out", out, "--preset", "single" });
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("--moderator"), std::string::npos) << r.err;
    r = runCommand("plot",
        { "bubble", "--db", kBase, "--outcome", "healing", "--moderator", "colour", "--out", out, "--preset",
            "single" });
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("colour"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("year"), std::string::npos) << "lists what is offered: " << r.err;
    r = runCommand("plot",
        { "bubble", "--db", kBase, "--outcome", "healing", "--moderator", "year", "--out", out, "--preset", "single" });
    ASSERT_EQ(r.code, 0) << r.err;
    QFile svg(QString::fromStdString(out));
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    EXPECT_TRUE(svg.readAll().contains("<text"));
}

TEST(PlotCommandDiagnostics, TooFewStudiesFailNamingThePlot)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("two.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("study,yi,vi\nA,0.10,0.04\nB,0.30,0.05\n");
    file.close();
    for (const char *kind : { "leave1out", "cumulative", "gosh" }) {
        const CliRun r = runCommand("plot",
            { kind, csv.toStdString(), "--out", dir.filePath(QStringLiteral("g.png")).toStdString(), "--width-mm",
                "85" });
        EXPECT_EQ(r.code, 1) << kind << ": " << r.err;
        EXPECT_NE(r.err.find(kind), std::string::npos) << r.err;
        EXPECT_NE(r.err.find("at least 3"), std::string::npos) << r.err;
    }
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("g.png"))));
}

TEST(PlotCommandBatch, WritesEveryPlotInEveryFormatAndNeverReplacesSilently)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("figures"));
    const std::vector<std::string> args { "forest,funnel,baujat", referenceCsv("bcg_OR_iv_REML_knha"), "--out-dir",
        folder.toStdString(), "--format", "png,pdf", "--stem", "bcg", "--preset", "onehalf", "--dpi", "100" };
    CliRun r = runCommand("plot", args);
    ASSERT_EQ(r.code, 0) << r.err;
    for (const char *name : { "bcg-forest.png", "bcg-forest.pdf", "bcg-funnel.png", "bcg-funnel.pdf", "bcg-baujat.png",
             "bcg-baujat.pdf" }) {
        EXPECT_TRUE(QFileInfo::exists(QDir(folder).filePath(QString::fromLatin1(name)))) << name;
        EXPECT_NE(r.out.find(name), std::string::npos) << "each file is reported: " << r.out;
    }
    EXPECT_EQ(QImage(QDir(folder).filePath(QStringLiteral("bcg-funnel.png"))).width(), 472); // 120 mm at 100 dpi

    // Again: refused, naming the files; --unique-names writes beside them.
    r = runCommand("plot", args);
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("bcg-forest.png"), std::string::npos) << r.err;
    std::vector<std::string> unique = args;
    unique.push_back("--unique-names");
    r = runCommand("plot", unique);
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("bcg-baujat-2.pdf"))));
}

TEST(PlotCommandBatch, BadBatchOptionsExit2NamingTheOption)
{
    const std::string csv = referenceCsv("bcg_OR_iv_REML_knha");
    struct Case {
        std::vector<std::string> args;
        const char *named;
    };
    const std::vector<Case> cases = {
        { { "forest,funnel", csv, "--out", "/tmp/x.png", "--width-mm", "85" }, "--out-dir" },
        { { "forest,funnel", csv, "--width-mm", "85" }, "--out-dir" },
        { { "forest,funnel", csv, "--out-dir", "/tmp/never", "--width-mm", "85" }, "--format" },
        { { "forest,funnel", csv, "--out-dir", "/tmp/never", "--format", "png,jpg", "--width-mm", "85" }, "jpg" },
        { { "forest,pie", csv, "--out-dir", "/tmp/never", "--format", "png", "--width-mm", "85" }, "pie" },
        { { "forest", csv, "--out-dir", "/tmp/never", "--format", "png", "--stem", "a/b", "--width-mm", "85" },
            "--stem" },
        { { "forest", csv, "--out", "/tmp/never.png", "--moderator", "year", "--width-mm", "85" }, "--moderator" },
    };
    for (const Case &c : cases) {
        const CliRun r = runCommand("plot", c.args);
        EXPECT_EQ(r.code, 2) << c.named;
        EXPECT_NE(r.err.find(c.named), std::string::npos) << r.err;
    }
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("/tmp/never")));
}

} // namespace
} // namespace ee::cli
