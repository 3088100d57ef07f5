// `evidence-cli plot` driven in-process and offscreen: exact pixel sizes for
// --width-mm × --dpi, vector outputs, presets, the pool data options, and bad
// options exiting 2 with a message naming the option.

#include "app/cli/cli.h"
#include "app/cli/plotcommand.h"

#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QSvgRenderer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>
#include <string>
#include <vector>

namespace ee::cli {
namespace {

struct CliRun {
    int code = -1;
    std::string out;
    std::string err;
};

CliRun plot(std::vector<std::string> args)
{
    args.insert(args.begin(), "plot");
    std::ostringstream out, err;
    CliRun r;
    r.code = runCli(args, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

std::string referenceCsv(const char *caseName)
{
    return std::string(EE_REFERENCE_DIR) + "/" + caseName + "/input.csv";
}

std::string temp(const QTemporaryDir &dir, const char *name)
{
    return dir.filePath(QString::fromLatin1(name)).toStdString();
}

TEST(PlotCommand, ForestPngHasExactPixelWidth)
{
    QTemporaryDir dir;
    const std::string out = temp(dir, "forest.png");
    const CliRun r =
        plot({ "forest", referenceCsv("axfors_OR_mh_fixed"), "--out", out, "--width-mm", "85", "--dpi", "300" });
    ASSERT_EQ(r.code, 0) << r.err;
    const QImage image(QString::fromStdString(out));
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), static_cast<int>(std::lround(85 / 25.4 * 300)));
    EXPECT_GT(image.height(), 100);
    EXPECT_NE(r.out.find("1004 x "), std::string::npos) << r.out;
    image.save(QStringLiteral("/tmp/export-cli-forest.png"));
}

TEST(PlotCommand, FunnelAndBaujatWithHeightAndSubgroup)
{
    QTemporaryDir dir;
    for (const char *kind : { "funnel", "baujat" }) {
        const std::string out = temp(dir, "plot.png");
        const CliRun r = plot({ kind, referenceCsv("curtis1998_SMD_iv_REML_sub_fungrp"), "--measure", "SMD",
            "--subgroup", "fungrp", "--out", out, "--width-mm=120", "--height-mm", "90", "--dpi", "200" });
        ASSERT_EQ(r.code, 0) << kind << ": " << r.err;
        const QImage image(QString::fromStdString(out));
        EXPECT_EQ(image.size(), QSize(945, 709)) << kind; // 120 and 90 mm at 200 dpi
        image.save(QStringLiteral("/tmp/export-cli-%1.png").arg(QString::fromLatin1(kind)));
    }
}

TEST(PlotCommand, PresetGivesWidthAndSvgIsVector)
{
    QTemporaryDir dir;
    const std::string out = temp(dir, "forest.svg");
    const CliRun r = plot({ "forest", referenceCsv("axfors_OR_mh_fixed"), "--preset", "double", "--out", out });
    ASSERT_EQ(r.code, 0) << r.err;
    QFile file(QString::fromStdString(out));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    EXPECT_TRUE(QSvgRenderer(svg).isValid());
    EXPECT_TRUE(svg.contains("<text"));
    EXPECT_TRUE(svg.contains("width=\"180mm\"") || svg.contains("width=\"179.9")) << svg.left(600).toStdString();
}

TEST(PlotCommand, PdfOutput)
{
    const std::string out = "/tmp/export-cli-forest.pdf";
    const CliRun r = plot({ "forest", referenceCsv("axfors_OR_mh_fixed"), "--preset", "single", "--out", out });
    ASSERT_EQ(r.code, 0) << r.err;
    QFile file(QString::fromStdString(out));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().startsWith("%PDF"));
}

TEST(PlotCommand, BadOptionsExit2NamingTheOption)
{
    QTemporaryDir dir;
    const std::string csv = referenceCsv("axfors_OR_mh_fixed");
    const std::string png = temp(dir, "x.png");
    struct Case {
        std::vector<std::string> args;
        const char *named;
    };
    const std::vector<Case> cases = {
        { { "forest", csv, "--width-mm", "85" }, "--out" },
        { { "forest", csv, "--out", png }, "--width-mm" },
        { { "forest", csv, "--out", png, "--width-mm", "abc" }, "--width-mm" },
        { { "forest", csv, "--out", png, "--width-mm", "-3" }, "--width-mm" },
        { { "forest", csv, "--out", png, "--width-mm", "85", "--dpi", "0" }, "--dpi" },
        { { "forest", csv, "--out", png, "--width-mm", "85", "--dpi", "72.5" }, "--dpi" },
        { { "forest", csv, "--out", png, "--width-mm", "85", "--height-mm" }, "--height-mm" },
        { { "forest", csv, "--out", png, "--preset", "triple" }, "--preset" },
        { { "forest", csv, "--out", temp(dir, "x.jpg"), "--width-mm", "85" }, "--out" },
        { { "forest", csv, "--out", temp(dir, "x.pdf"), "--width-mm", "85", "--transparent" }, "--transparent" },
        { { "forest", csv, "--out", png, "--width-mm", "85", "--measure", "XX" }, "--measure" },
        { { "pie", csv, "--out", png, "--width-mm", "85" }, "pie" },
        { { "forest", csv, "--out", png, "--width-mm", "85", "--bogus" }, "--bogus" },
    };
    for (const Case &c : cases) {
        const CliRun r = plot(c.args);
        EXPECT_EQ(r.code, 2) << c.named;
        EXPECT_NE(r.err.find(c.named), std::string::npos) << r.err;
        EXPECT_TRUE(r.out.empty());
    }
    EXPECT_FALSE(QFile::exists(QString::fromStdString(png)));
}

TEST(PlotCommand, MissingFileExit2NamingTheFile)
{
    const CliRun r = plot({ "forest", "/no/such.csv", "--out", "/tmp/export-never.png", "--width-mm", "85" });
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("/no/such.csv"), std::string::npos) << r.err;
}

TEST(PlotCommand, ParsesPlotOptionsAndLeavesPoolOptionsToPool)
{
    std::string error;
    const auto request = parsePlotArguments({ "funnel", "a.csv", "--out", "f.tif", "--preset", "slide", "--dpi", "600",
                                                "--model", "random", "--font-size", "10", "--greyscale" },
        error);
    ASSERT_TRUE(request) << error;
    EXPECT_EQ(request->kind, PlotKind::Funnel);
    EXPECT_EQ(request->settings.format, ui::ExportFormat::Tiff);
    EXPECT_EQ(request->settings.widthMm, 254.0);
    ASSERT_TRUE(request->settings.heightMm);
    EXPECT_NEAR(*request->settings.heightMm, 142.875, 1e-9);
    EXPECT_EQ(request->settings.dpi, 600);
    EXPECT_EQ(request->settings.fontPointSize, 10.0);
    EXPECT_TRUE(request->settings.greyscale);
    EXPECT_EQ(request->pool.file, "a.csv");
    EXPECT_EQ(request->pool.model, stats::ModelChoice::Random);
}

} // namespace
} // namespace ee::cli
