// The analysis report: methods paragraph from the settings, results, plots and
// studies, as HTML and as PDF.

#include "core/io/studycsv.h"
#include "core/stats/analysis.h"
#include "ui/explorer/plotdatabuilder.h"
#include "ui/export/methodstext.h"
#include "ui/export/reportwriter.h"
#include "ui/plots/effectformat.h"
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

TEST(ReportWriter, PublishedEstimateBesideOursAndProvenanceOfEachStudy)
{
    ExplorerResult result = bcgResult();
    store::PublishedResult published;
    published.measure = QStringLiteral("OR");
    published.estimate = QStringLiteral("0.49");
    published.ciLower = QStringLiteral("0.35");
    published.ciUpper = QStringLiteral("0.70");
    published.model = QStringLiteral("random");
    published.k = QStringLiteral("13");
    published.figure = QStringLiteral("2");
    published.quote = QStringLiteral("BCG reduced the risk of tuberculosis");
    result.published = published;
    // Provenance for the first study only; the others have none.
    result.query.rows.resize(result.studies.size());
    store::Provenance &p = result.query.rows[0].provenance;
    p.citation = QStringLiteral("Aronson JD. Protective vaccination against tuberculosis. JAMA 1948");
    p.quote = QStringLiteral("4 of 123 vaccinated and 11 of 139 controls developed tuberculosis");
    p.locator = QStringLiteral("Table 2");
    p.counted = QStringLiteral("children");
    p.confidence = store::Confidence::Exact;
    const QString html = ReportWriter::html(result, {}, QStringLiteral("BCG vaccine"));
    EXPECT_TRUE(html.contains(QStringLiteral("This analysis")));
    // Ours: exp of the REML estimate as the plots print it; theirs as printed.
    const stats::PoolFit &fit = result.analysis->fit;
    EXPECT_TRUE(html.contains(effectformat::estimateWithInterval(fit.estimate, fit.ciLb, fit.ciUb, true)));
    EXPECT_TRUE(html.contains(QStringLiteral("<td>0.49 [0.35, 0.70]</td>"))) << "published estimate as printed";
    EXPECT_TRUE(html.contains(QStringLiteral("figure 2")));
    EXPECT_TRUE(html.contains(QStringLiteral("“4 of 123 vaccinated and 11 of 139 controls developed tuberculosis”")));
    EXPECT_TRUE(html.contains(QStringLiteral("where: Table 2")));
    EXPECT_TRUE(html.contains(QStringLiteral("counted: children")));
    EXPECT_TRUE(html.contains(QStringLiteral("confidence: exact")));
    EXPECT_EQ(html.count(QStringLiteral("where: ")), 1);
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
