#include "ui/plots/funnelplot.h"
#include "ui/plots/plotevents.h"
#include "ui/plots/plotfixtures.h"
#include "ui/plots/swatchlegenditem.h"

#include <QAction>
#include <QBuffer>
#include <QImage>
#include <QMenu>
#include <QPainter>
#include <QSvgGenerator>

#include <gtest/gtest.h>

#include <cmath>

namespace {

using namespace ee::ui;
using namespace ee::ui::testing;

QAction *findAction(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

void showPlot(FunnelPlot &plot, const FunnelData &data, QSize size = QSize(640, 480))
{
    plot.setData(data);
    plot.resize(size);
    plot.show();
    QApplication::processEvents();
    plot.customPlot()->replot();
}

TEST(FunnelPlotTest, RendersNonBlankAtSeveralSizes)
{
    FunnelPlot plot;
    plot.setData(makeFunnel(24, 3));
    for (const QSize size : { QSize(400, 300), QSize(640, 480), QSize(1200, 800) }) {
        const QImage image = plot.toImage(size, 1.0);
        EXPECT_EQ(image.size(), size);
        EXPECT_GT(inkedFraction(image), 0.01) << size.width();
        image.save(imagePath(QStringLiteral("funnel-%1").arg(size.width())));
    }
    EXPECT_EQ(plot.pointCount(), 24);
}

TEST(FunnelPlotTest, ContourEnhancedVersionShadesAndExplainsTheRegions)
{
    FunnelPlot plot;
    showPlot(plot, makeFunnel(30, 0, true));
    EXPECT_TRUE(plot.showsContours());
    QStringList legend;
    for (int i = 0; i < plot.customPlot()->legend->itemCount(); ++i) {
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(plot.customPlot()->legend->item(i)))
            legend << item->plottable()->name();
        else if (auto *swatch = qobject_cast<SwatchLegendItem *>(plot.customPlot()->legend->item(i)))
            legend << swatch->text();
    }
    EXPECT_TRUE(legend.contains(QStringLiteral("p < 0.01"))) << legend.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(legend.contains(QStringLiteral("0.01 < p < 0.05")));
    EXPECT_TRUE(legend.contains(QStringLiteral("0.05 < p < 0.10")));
    const QImage image = plot.toImage(QSize(640, 480), 2.0);
    EXPECT_GT(inkedFraction(image), 0.2); // shaded
    image.save(imagePath(QStringLiteral("funnel-contours")));
}

TEST(FunnelPlotTest, StandardErrorAxisIsInvertedFromZero)
{
    FunnelPlot plot;
    showPlot(plot, makeFunnel(10));
    EXPECT_TRUE(plot.customPlot()->yAxis->rangeReversed());
    EXPECT_DOUBLE_EQ(plot.customPlot()->yAxis->range().lower, 0.0);
    // A precise study sits above an imprecise one.
    const FunnelData &data = plot.data();
    int precise = 0, vague = 0;
    for (int i = 0; i < data.studies.size(); ++i) {
        if (data.studies.at(i).vi < data.studies.at(precise).vi)
            precise = i;
        if (data.studies.at(i).vi > data.studies.at(vague).vi)
            vague = i;
    }
    EXPECT_LT(
        plot.studyPosition(data.studies.at(precise).key)->y(), plot.studyPosition(data.studies.at(vague).key)->y());
}

TEST(FunnelPlotTest, RatioTicksAreLabelledWithRatios)
{
    FunnelPlot plot;
    showPlot(plot, makeFunnel(20));
    const QStringList labels = plot.xTickLabels();
    ASSERT_GE(labels.size(), 3);
    EXPECT_TRUE(labels.contains(QStringLiteral("1"))) << labels.join(QLatin1Char(' ')).toStdString();
    for (const QString &label : labels) {
        bool ok = false;
        EXPECT_GT(label.toDouble(&ok), 0.0);
        EXPECT_TRUE(ok) << label.toStdString();
    }
}

TEST(FunnelPlotTest, DifferenceScaleUsesPlainTicksAndShowsExcludedStudies)
{
    FunnelPlot plot;
    FunnelData data = makeFunnel(14);
    data.ratioScale = false;
    data.xLabel = QStringLiteral("Mean difference");
    data.studies[3].excluded = true;
    showPlot(plot, data);
    const QStringList labels = plot.xTickLabels();
    EXPECT_TRUE(labels.contains(QStringLiteral("0"))) << labels.join(QLatin1Char(' ')).toStdString();
    QStringList legend;
    for (int i = 0; i < plot.customPlot()->legend->itemCount(); ++i)
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(plot.customPlot()->legend->item(i)))
            legend << item->plottable()->name();
    EXPECT_TRUE(legend.contains(QStringLiteral("Excluded")));
    plot.toImage(QSize(560, 420), 1.0).save(imagePath(QStringLiteral("funnel-md")));
}

TEST(FunnelPlotTest, EmptyAndTooFewStudiesShowMessages)
{
    FunnelPlot plot;
    FunnelData data = makeFunnel(0);
    data.emptyMessage = QStringLiteral("No study has data for this outcome with the current filters");
    plot.setData(data);
    EXPECT_TRUE(plot.isShowingMessage());
    EXPECT_EQ(plot.message(), data.emptyMessage);
    const QImage image = plot.toImage(QSize(500, 300), 1.0);
    EXPECT_GT(inkedFraction(image), 0.001);
    image.save(imagePath(QStringLiteral("funnel-empty")));

    plot.setData(makeFunnel(1));
    EXPECT_TRUE(plot.isShowingMessage());
    EXPECT_FALSE(plot.message().isEmpty());

    plot.setData(makeFunnel(5));
    EXPECT_FALSE(plot.isShowingMessage());
}

TEST(FunnelPlotTest, ClickHoverAndContextMenuNameTheStudy)
{
    FunnelPlot plot;
    const FunnelData data = makeFunnel(12, 2);
    showPlot(plot, data);
    SignalLog log(&plot);
    const QString key = data.studies.at(4).key;
    const auto pos = plot.studyPosition(key);
    ASSERT_TRUE(pos.has_value());

    hover(&plot, pos->toPoint());
    ASSERT_FALSE(log.hovered.isEmpty());
    EXPECT_EQ(log.hovered.last(), key);

    click(&plot, pos->toPoint());
    ASSERT_EQ(log.clicked.size(), 1);
    EXPECT_EQ(log.clicked.at(0).first, key);
    EXPECT_EQ(plot.selectedKeys(), QSet<QString> { key });

    std::unique_ptr<QMenu> menu(plot.createContextMenu(pos->toPoint()));
    QAction *exclude = findAction(menu.get(), QStringLiteral("Exclude study"));
    ASSERT_NE(exclude, nullptr);
    exclude->trigger();
    ASSERT_EQ(log.exclusions.size(), 1);
    EXPECT_EQ(log.exclusions.at(0), std::make_pair(key, true));
}

TEST(FunnelPlotTest, SetSelectedKeysRingsThePoints)
{
    FunnelPlot plot;
    const FunnelData data = makeFunnel(12);
    showPlot(plot, data);
    const QImage before = plot.toImage(QSize(640, 480), 1.0);
    plot.setSelectedKeys({ data.studies.at(3).key });
    EXPECT_EQ(plot.selectedKeys(), QSet<QString> { data.studies.at(3).key });
    const QImage after = plot.toImage(QSize(640, 480), 1.0);
    EXPECT_NE(before, after);
    after.save(imagePath(QStringLiteral("funnel-selected")));
}

TEST(FunnelPlotTest, RepeatedSetDataReusesThePlotObjects)
{
    FunnelPlot plot;
    plot.setData(makeFunnel(20, 3));
    const int plottables = plot.customPlot()->plottableCount();
    const int items = plot.customPlot()->itemCount();
    for (int round = 0; round < 5; ++round) {
        plot.setData(makeFunnel(10 + round, round % 3, round % 2 == 0));
        plot.setData(makeFunnel(20, 3));
    }
    EXPECT_EQ(plot.customPlot()->plottableCount(), plottables);
    EXPECT_EQ(plot.customPlot()->itemCount(), items);
}

TEST(FunnelPlotTest, SvgExportKeepsText)
{
    FunnelPlot plot;
    plot.setData(makeFunnel(10));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(600, 450));
    svg.setViewBox(QRect(0, 0, 600, 450));
    {
        QPainter painter(&svg);
        plot.render(painter, QRectF(0, 0, 600, 450));
    }
    EXPECT_TRUE(buffer.data().contains("<text"));
    EXPECT_TRUE(buffer.data().contains("Standard error"));
}

TEST(FunnelPlotTest, HighResolutionExportKeepsProportions)
{
    // 120 mm × 90 mm at 300 dpi: text must stay small relative to the plot, as on screen.
    FunnelPlot plot;
    plot.setData(makeFunnel(16, 2, true));
    const QSize pixels(static_cast<int>(120 / 25.4 * 300), static_cast<int>(90 / 25.4 * 300));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(static_cast<int>(300 / 0.0254));
    image.setDotsPerMeterY(static_cast<int>(300 / 0.0254));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        plot.render(painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
    }
    EXPECT_GT(inkedFraction(image), 0.2);
    image.save(imagePath(QStringLiteral("funnel-120mm-300dpi")));
}

} // namespace
