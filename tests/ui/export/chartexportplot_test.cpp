// ChartExportPlot: a QCustomPlot chart (the GOSH plot's kind) exported like any
// study plot, in the export's font, transparent on request, and left as the
// screen shows it afterwards.

#include "ui/export/chartexportplot.h"
#include "ui/export/plotexporter.h"
#include "ui/plots/plotfixtures.h"
#include "ui/plots/plotpalette.h"

#include <QSvgRenderer>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <cmath>

namespace ee::ui {
namespace {

struct Chart {
    QCustomPlot plot;
    ChartExportPlot exported { &plot };
    Chart()
    {
        plot.setBackground(plotpalette::paper());
        QCPGraph *graph = plot.addGraph();
        graph->setData({ 0, 1, 2, 3 }, { 1, 3, 2, 4 });
        plot.xAxis->setLabel(QStringLiteral("Estimate"));
        plot.yAxis->setLabel(QStringLiteral("I² (%)"));
        plot.rescaleAxes();
    }
};

TEST(ChartExportPlot, ExportsAtTheExactSizeInTheExportFont)
{
    Chart chart;
    const QFont tickFont = chart.plot.xAxis->tickLabelFont();
    ExportSettings settings;
    settings.applyPreset(ExportPreset::OneAndHalfColumn);
    settings.dpi = 200;
    const QImage image = PlotExporter::renderImage(chart.exported, settings);
    // 120 mm at 200 dpi = 944.9 → 945 px; 4:3 → 708.75 → 709 px.
    EXPECT_EQ(image.size(), QSize(945, 709));
    EXPECT_GT(testing::inkedFraction(image), 0.005);
    // The chart's own fonts are back for the screen.
    EXPECT_EQ(chart.plot.xAxis->tickLabelFont(), tickFont);

    settings.format = ExportFormat::Svg;
    const QByteArray svg = PlotExporter::renderSvg(chart.exported, settings);
    EXPECT_TRUE(QSvgRenderer(svg).isValid());
    QXmlStreamReader xml(svg);
    int texts = 0;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            ++texts;
    EXPECT_GE(texts, 4); // tick labels and the two axis labels, as text
}

TEST(ChartExportPlot, TransparentBackgroundOnlyForTheExport)
{
    Chart chart;
    ExportSettings settings;
    settings.transparent = true;
    settings.dpi = 100;
    const QImage image = PlotExporter::renderImage(chart.exported, settings);
    ASSERT_TRUE(image.hasAlphaChannel());
    EXPECT_EQ(qAlpha(image.pixel(0, 0)), 0);
    // The chart is opaque again afterwards: an export without transparency has a paper corner.
    const QImage opaque = PlotExporter::renderImage(chart.exported, ExportSettings());
    EXPECT_EQ(QColor(opaque.pixel(0, 0)), plotpalette::paper());
}

TEST(ChartExportPlot, DrawsItsMessageWhenThereIsNothingToDraw)
{
    Chart chart;
    chart.exported.setEmptyMessage(QStringLiteral("Compute the GOSH plot first."));
    EXPECT_TRUE(chart.exported.isShowingMessage());
    const QImage withMessage = PlotExporter::renderImage(chart.exported, ExportSettings());
    chart.exported.setEmptyMessage(QString());
    const QImage withChart = PlotExporter::renderImage(chart.exported, ExportSettings());
    EXPECT_NE(withMessage, withChart);
    EXPECT_GT(testing::inkedFraction(withMessage), 0.0005);
}

} // namespace
} // namespace ee::ui
