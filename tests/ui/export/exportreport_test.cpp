// The analysis report: methods paragraph from the settings, results, plots and
// studies, as HTML and as PDF.

#include "core/io/studycsv.h"
#include "core/stats/analysis.h"
#include "ui/explorer/plotdatabuilder.h"
#include "ui/export/methodstext.h"
#include "ui/export/reportwriter.h"
#include "ui/plots/forestplot.h"
#include "ui/plots/funnelplot.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <string>

namespace ee::ui {
namespace {

ExplorerResult bcgResult()
{
    const io::StudyCsvResult read =
        io::readStudyCsv(std::string(EE_REFERENCE_DIR) + "/bcg_OR_iv_REML/input.csv", stats::EffectMeasure::OR);
    EXPECT_TRUE(read.ok());
    stats::AnalysisOptions options;
    options.baujat = true;
    ExplorerResult result;
    result.analysis = stats::analyse(read.table->studies, options);
    PlotDataInput input;
    input.title = QStringLiteral("BCG");
    for (const stats::Study &s : read.table->studies)
        input.labels << QString::fromStdString(s.label);
    const PlotDataSet data = buildPlotData(*result.analysis, input);
    result.forest = data.forest;
    result.funnel = data.funnel;
    result.studies = data.forest.studies;
    result.summary.estimate = QStringLiteral("OR 0.49 [0.34, 0.70]");
    result.summary.published = QStringLiteral("Published: OR 0.49 [0.35, 0.70]");
    return result;
}

TEST(ReportWriter, HtmlHasMethodsResultsPlotsAndStudies)
{
    const ExplorerResult result = bcgResult();
    ForestPlot forest;
    forest.setData(result.forest);
    FunnelPlot funnel;
    funnel.setData(result.funnel);
    const QString html = ReportWriter::html(result, { &forest, &funnel }, QStringLiteral("BCG vaccine"));
    EXPECT_TRUE(html.contains(MethodsText::paragraph(*result.analysis).toHtmlEscaped()));
    EXPECT_TRUE(html.contains(QStringLiteral("restricted maximum likelihood")));
    EXPECT_EQ(html.count(QStringLiteral("data:image/png;base64,")), 2);
    EXPECT_TRUE(html.contains(QStringLiteral("Published: OR 0.49")));
    EXPECT_TRUE(html.contains(QStringLiteral("Aronson, 1948")));
    EXPECT_TRUE(html.contains(QStringLiteral("Prediction interval")));
}

TEST(ReportWriter, PdfIsWritten)
{
    const ExplorerResult result = bcgResult();
    ForestPlot forest;
    forest.setData(result.forest);
    const QString path = QStringLiteral("/tmp/export-report.pdf");
    ASSERT_TRUE(ReportWriter::writePdf(result, { &forest }, QStringLiteral("BCG vaccine"), path).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_TRUE(pdf.contains("/Image") || pdf.contains("/XObject"));
    QTemporaryDir dir;
    EXPECT_FALSE(
        ReportWriter::writeHtml(result, {}, QStringLiteral("x"), dir.filePath(QStringLiteral("no/such/x.html"))).ok());
}

} // namespace
} // namespace ee::ui
