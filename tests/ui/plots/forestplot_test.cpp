#include "ui/plots/forestplot.h"
#include "ui/plots/plotevents.h"
#include "ui/plots/plotfixtures.h"

#include <QAction>
#include <QBuffer>
#include <QClipboard>
#include <QHelpEvent>
#include <QImage>
#include <QMenu>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSvgGenerator>
#include <QToolTip>

#include <gtest/gtest.h>

#include <cmath>

namespace {

using namespace ee::ui;
using namespace ee::ui::testing;

/// Pairs of text boxes that overlap by more than a sliver, as "a" / "b" descriptions.
QStringList overlaps(const QVector<ForestLayout::PlacedText> &texts)
{
    QStringList found;
    for (int i = 0; i < texts.size(); ++i)
        for (int j = i + 1; j < texts.size(); ++j) {
            const QRectF common = texts.at(i).rect.intersected(texts.at(j).rect);
            if (common.width() > 0.5 && common.height() > 0.5)
                found << texts.at(i).text + QStringLiteral(" / ") + texts.at(j).text;
        }
    return found;
}

QStringList outside(const QVector<ForestLayout::PlacedText> &texts, const QSizeF &size)
{
    QStringList found;
    const QRectF bounds = QRectF(QPointF(0, 0), size).adjusted(-0.5, -0.5, 0.5, 0.5);
    for (const auto &text : texts)
        if (!bounds.contains(text.rect))
            found << text.text;
    return found;
}

QImage renderLayout(const ForestLayout &layout, qreal width, const QString &name = QString())
{
    QImage probe(1, 1, QImage::Format_ARGB32);
    const QSizeF size = layout.preferredSize(width, &probe);
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    layout.render(painter, QRectF(QPointF(0, 0), size));
    painter.end();
    if (!name.isEmpty())
        image.save(imagePath(name));
    return image;
}

QAction *findAction(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

class ForestPlotTest : public ::testing::Test
{
protected:
    /// A shown plot tall enough for every row of `data`.
    void showPlot(ForestPlot &plot, const ForestData &data, int width = 900)
    {
        plot.setData(data);
        plot.resize(width, plot.preferredHeight(width - 20) + 40);
        plot.show();
        QApplication::processEvents();
    }
};

TEST_F(ForestPlotTest, RendersNonBlankAtSeveralWidths)
{
    ForestLayout layout;
    layout.setData(makeForest(12, 0, true));
    for (int width : { 600, 900, 1400 }) {
        const QImage image = renderLayout(layout, width, QStringLiteral("forest-12-%1").arg(width));
        EXPECT_EQ(image.width(), width);
        EXPECT_GT(image.height(), 12 * 15); // twelve rows and more
        EXPECT_GT(inkedFraction(image), 0.02) << width;
    }
}

TEST_F(ForestPlotTest, ThreeStudiesTextNeitherOverlapsNorLeavesThePlot)
{
    ForestLayout layout;
    layout.setData(makeForest(3));
    QImage probe(1, 1, QImage::Format_ARGB32);
    for (int width : { 600, 760, 1000, 1600 }) {
        const QSizeF size = layout.preferredSize(width, &probe);
        const auto texts = layout.placedTexts(size, &probe);
        ASSERT_GT(texts.size(), 20);
        EXPECT_TRUE(overlaps(texts).isEmpty())
            << width << ": " << overlaps(texts).join(QStringLiteral("; ")).toStdString();
        EXPECT_TRUE(outside(texts, size).isEmpty())
            << width << ": " << outside(texts, size).join(QStringLiteral("; ")).toStdString();
    }
    renderLayout(layout, 760, QStringLiteral("forest-3"));
}

TEST_F(ForestPlotTest, ThirtyEightStudiesInSubgroupsTextNeitherOverlapsNorLeavesThePlot)
{
    ForestLayout layout;
    layout.setData(makeForest(38, 3, true));
    QImage probe(1, 1, QImage::Format_ARGB32);
    for (int width : { 600, 800, 1200 }) {
        const QSizeF size = layout.preferredSize(width, &probe);
        const auto texts = layout.placedTexts(size, &probe);
        EXPECT_TRUE(overlaps(texts).isEmpty())
            << width << ": " << overlaps(texts).join(QStringLiteral("; ")).toStdString();
        EXPECT_TRUE(outside(texts, size).isEmpty())
            << width << ": " << outside(texts, size).join(QStringLiteral("; ")).toStdString();
    }
    renderLayout(layout, 1000, QStringLiteral("forest-38-subgroups"));
    renderLayout(layout, 600, QStringLiteral("forest-38-subgroups-600"));
}

TEST_F(ForestPlotTest, JournalColumnAt300DpiFitsWithoutOverlap)
{
    // 85 mm at 300 dpi, as an export of issue 8 would ask: fonts stay 9 pt physically.
    ForestLayout layout;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7.0);
    layout.setFont(font);
    layout.setData(makeForest(38, 3, true));
    QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(static_cast<int>(std::lround(300 / 0.0254)));
    image.setDotsPerMeterY(static_cast<int>(std::lround(300 / 0.0254)));
    const qreal width = std::round(180 / 25.4 * 300);
    const QSizeF size = layout.preferredSize(width, &image);
    const auto texts = layout.placedTexts(size, &image);
    EXPECT_TRUE(overlaps(texts).isEmpty()) << overlaps(texts).join(QStringLiteral("; ")).toStdString();
    EXPECT_TRUE(outside(texts, size).isEmpty());

    QImage page(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    page.setDotsPerMeterX(image.dotsPerMeterX());
    page.setDotsPerMeterY(image.dotsPerMeterY());
    page.fill(Qt::white);
    QPainter painter(&page);
    layout.render(painter, QRectF(QPointF(0, 0), size));
    painter.end();
    EXPECT_GT(inkedFraction(page), 0.02);
    page.save(imagePath(QStringLiteral("forest-38-180mm-300dpi")));
}

TEST_F(ForestPlotTest, GivenLessHeightTheFontShrinksRatherThanClipping)
{
    ForestLayout layout;
    layout.setData(makeForest(38, 3));
    QImage probe(1, 1, QImage::Format_ARGB32);
    const QSizeF wanted = layout.preferredSize(900, &probe);
    const QSizeF squeezed(900, wanted.height() * 0.75);
    EXPECT_LT(layout.fontScale(squeezed, &probe), 1.0);
    const auto texts = layout.placedTexts(squeezed, &probe);
    EXPECT_TRUE(overlaps(texts).isEmpty());
    EXPECT_TRUE(outside(texts, squeezed).isEmpty());
}

TEST_F(ForestPlotTest, HeightFollowsRowCount)
{
    ForestLayout few;
    few.setData(makeForest(3));
    ForestLayout many;
    many.setData(makeForest(38));
    EXPECT_GT(many.preferredSize(800).height(), few.preferredSize(800).height() + 30 * 12);
    ForestPlot plot;
    plot.setData(makeForest(3));
    const int fewHint = plot.sizeHint().height();
    plot.setData(makeForest(38));
    EXPECT_GT(plot.sizeHint().height(), fewHint + 35 * 10); // 35 more rows of at least 10 px
    EXPECT_EQ(plot.preferredHeight(800), static_cast<int>(std::ceil(plot.preferredSize(800).height())));
}

TEST_F(ForestPlotTest, RowAndDiamondCountsReflectTheData)
{
    ForestPlot plot;
    plot.setData(makeForest(3));
    EXPECT_EQ(plot.rowCount(), 3);
    EXPECT_EQ(plot.diamondCount(), 1);

    plot.setData(makeForest(38, 3, true));
    EXPECT_EQ(plot.rowCount(), 38);
    EXPECT_EQ(plot.diamondCount(), 4); // three subtotals and the total

    ForestData noPool = makeForest(5);
    noPool.overall.reset();
    plot.setData(noPool);
    EXPECT_EQ(plot.rowCount(), 5);
    EXPECT_EQ(plot.diamondCount(), 0);
}

TEST_F(ForestPlotTest, ExcludedStudyIsLabelledAndHasNoWeight)
{
    ForestLayout layout;
    const ForestData data = makeForest(6, 0, true);
    layout.setData(data);
    QStringList texts;
    for (const auto &text : layout.placedTexts(layout.preferredSize(1000)))
        texts << text.text;
    EXPECT_TRUE(texts.contains(data.studies.at(1).label + QStringLiteral(" (excluded)")));
    EXPECT_FALSE(texts.contains(QStringLiteral("0.0%")));
}

TEST_F(ForestPlotTest, EffectTextIsOnTheDisplayScale)
{
    ForestLayout layout;
    ForestData data = makeForest(2);
    data.studies[0].yi = std::log(4.64);
    data.studies[0].ciLower = std::log(3.11);
    data.studies[0].ciUpper = std::log(6.90);
    layout.setData(data);
    QStringList texts;
    for (const auto &text : layout.placedTexts(layout.preferredSize(1000)))
        texts << text.text;
    EXPECT_TRUE(texts.contains(QStringLiteral("4.64 [3.11, 6.90]"))) << texts.join(QLatin1Char('|')).toStdString();
}

TEST_F(ForestPlotTest, RatioTicksAreOnTheExpScale)
{
    ForestLayout layout;
    layout.setData(makeForest(12));
    const QSizeF size = layout.preferredSize(900);
    const auto ticks = layout.ticks(size);
    ASSERT_GE(ticks.size(), 3);
    QStringList labels;
    for (const AxisTick &tick : ticks) {
        labels << tick.label;
        bool ok = false;
        const double shown = tick.label.toDouble(&ok);
        ASSERT_TRUE(ok) << tick.label.toStdString();
        EXPECT_NEAR(std::log(shown), tick.value, 1e-9);
    }
    EXPECT_TRUE(labels.contains(QStringLiteral("1"))) << labels.join(QLatin1Char(' ')).toStdString();
    EXPECT_LT(ticks.first().value, 0.0) << labels.join(QLatin1Char(' ')).toStdString();
    EXPECT_GT(ticks.last().value, 0.0);
}

TEST_F(ForestPlotTest, DifferenceScaleHasLinearTicksThroughZero)
{
    ForestLayout layout;
    ForestData data = makeForest(8);
    data.ratioScale = false;
    data.measureLabel = QStringLiteral("Mean difference (IV, random, 95% CI)");
    layout.setData(data);
    const auto ticks = layout.ticks(layout.preferredSize(900));
    ASSERT_GE(ticks.size(), 3);
    bool hasZero = false;
    for (const AxisTick &tick : ticks)
        hasZero = hasZero || tick.label == QStringLiteral("0");
    EXPECT_TRUE(hasZero);
    renderLayout(layout, 800, QStringLiteral("forest-md"));
}

TEST_F(ForestPlotTest, WideIntervalsAreClippedToTheAxis)
{
    ForestLayout layout;
    ForestData data = makeForest(10);
    data.studies[4].ciUpper = data.studies[4].yi + 12.0; // e^12: far off any sensible axis
    layout.setData(data);
    const auto ticks = layout.ticks(layout.preferredSize(900));
    ASSERT_FALSE(ticks.isEmpty());
    EXPECT_LT(ticks.last().value, data.studies[4].ciUpper);
    EXPECT_LT(ticks.last().value, std::log(1000.0));
}

TEST_F(ForestPlotTest, EmptyDataShowsItsMessage)
{
    ForestPlot plot;
    ForestData data = makeForest(0);
    data.overall.reset();
    data.emptyMessage = QStringLiteral("No study has data for this outcome with the current filters");
    plot.setData(data);
    EXPECT_TRUE(plot.isShowingMessage());
    EXPECT_EQ(plot.message(), data.emptyMessage);
    const QImage image = plot.toImage(QSize(640, 300), 1.0);
    EXPECT_GT(inkedFraction(image), 0.001);
    image.save(imagePath(QStringLiteral("forest-empty")));

    data.emptyMessage.clear();
    plot.setData(data);
    EXPECT_TRUE(plot.isShowingMessage()); // no rows: a default message, not an empty axis

    plot.setData(makeForest(3));
    EXPECT_FALSE(plot.isShowingMessage());
}

TEST_F(ForestPlotTest, ClickingAStudySquareEmitsItsKey)
{
    ForestPlot plot;
    const ForestData data = makeForest(8);
    showPlot(plot, data);
    SignalLog log(&plot);
    const auto pos = plot.studyPosition(data.studies.at(3).key);
    ASSERT_TRUE(pos.has_value());
    click(&plot, pos->toPoint());
    ASSERT_EQ(log.clicked.size(), 1);
    EXPECT_EQ(log.clicked.at(0).first, data.studies.at(3).key);
    EXPECT_EQ(plot.selectedKeys(), QSet<QString> { data.studies.at(3).key });

    click(&plot, pos->toPoint(), Qt::ControlModifier);
    ASSERT_EQ(log.clicked.size(), 2);
    EXPECT_EQ(log.clicked.at(1).second, Qt::KeyboardModifiers(Qt::ControlModifier));
    EXPECT_TRUE(plot.selectedKeys().isEmpty());
}

TEST_F(ForestPlotTest, HoverDoubleClickAndKeyboardNameStudies)
{
    ForestPlot plot;
    const ForestData data = makeForest(8);
    showPlot(plot, data);
    SignalLog log(&plot);
    const QPoint pos = plot.studyPosition(data.studies.at(5).key)->toPoint();
    hover(&plot, pos);
    ASSERT_EQ(log.hovered.size(), 1);
    EXPECT_EQ(log.hovered.at(0), data.studies.at(5).key);
    leave(&plot, pos);
    ASSERT_EQ(log.hovered.size(), 2);
    EXPECT_TRUE(log.hovered.at(1).isEmpty());

    doubleClick(&plot, pos);
    ASSERT_EQ(log.activated.size(), 1);
    EXPECT_EQ(log.activated.at(0), data.studies.at(5).key);

    log.clicked.clear();
    pressKey(&plot, Qt::Key_Down);
    ASSERT_EQ(log.clicked.size(), 1);
    EXPECT_EQ(log.clicked.at(0).first, data.studies.at(6).key);
    pressKey(&plot, Qt::Key_Up);
    pressKey(&plot, Qt::Key_Up);
    EXPECT_EQ(log.clicked.last().first, data.studies.at(4).key);
    EXPECT_EQ(plot.currentKey(), data.studies.at(4).key);
}

TEST_F(ForestPlotTest, ContextMenuRequestsExclusionAndInclusion)
{
    ForestPlot plot;
    const ForestData data = makeForest(6, 0, true); // study 1 excluded
    showPlot(plot, data);
    SignalLog log(&plot);

    std::unique_ptr<QMenu> menu(plot.createContextMenu(plot.studyPosition(data.studies.at(0).key)->toPoint()));
    QAction *exclude = findAction(menu.get(), QStringLiteral("Exclude study"));
    ASSERT_NE(exclude, nullptr);
    EXPECT_NE(findAction(menu.get(), QStringLiteral("Copy image")), nullptr);
    exclude->trigger();
    ASSERT_EQ(log.exclusions.size(), 1);
    EXPECT_EQ(log.exclusions.at(0).first, data.studies.at(0).key);
    EXPECT_TRUE(log.exclusions.at(0).second);

    menu.reset(plot.createContextMenu(plot.studyPosition(data.studies.at(1).key)->toPoint()));
    QAction *include = findAction(menu.get(), QStringLiteral("Include study"));
    ASSERT_NE(include, nullptr);
    include->trigger();
    ASSERT_EQ(log.exclusions.size(), 2);
    EXPECT_EQ(log.exclusions.at(1).first, data.studies.at(1).key);
    EXPECT_FALSE(log.exclusions.at(1).second);

    menu.reset(plot.createContextMenu(QPoint(2, 2))); // the header: no study
    EXPECT_EQ(findAction(menu.get(), QStringLiteral("Exclude study")), nullptr);
    EXPECT_NE(findAction(menu.get(), QStringLiteral("Copy image")), nullptr);
}

TEST_F(ForestPlotTest, SelectionRepaintsWithoutMovingAnything)
{
    ForestPlot plot;
    const ForestData data = makeForest(10);
    showPlot(plot, data);
    const QVector<QRectF> before = plot.textRects();
    const QImage plain = plot.toImage(QSize(900, plot.preferredHeight(900)), 1.0);
    plot.setSelectedKeys({ data.studies.at(2).key, data.studies.at(7).key });
    EXPECT_EQ(plot.textRects(), before);
    const QImage selected = plot.toImage(QSize(900, plot.preferredHeight(900)), 1.0);
    EXPECT_NE(plain, selected);
    selected.save(imagePath(QStringLiteral("forest-selected")));
}

TEST_F(ForestPlotTest, DataFlaggedSelectedBecomesTheSelection)
{
    ForestPlot plot;
    ForestData data = makeForest(5);
    data.studies[2].selected = true;
    plot.setData(data);
    EXPECT_EQ(plot.selectedKeys(), QSet<QString> { data.studies.at(2).key });
}

TEST_F(ForestPlotTest, ExportsToSvgWithTextAndToPdf)
{
    ForestPlot plot;
    plot.setData(makeForest(6));

    QBuffer svgBuffer;
    svgBuffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&svgBuffer);
    const QSizeF size = plot.preferredSize(700, &svg);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    {
        QPainter painter(&svg);
        plot.render(painter, QRectF(QPointF(0, 0), size));
    }
    const QByteArray svgText = svgBuffer.data();
    EXPECT_TRUE(svgText.contains("<text")) << svgText.left(300).toStdString();
    EXPECT_TRUE(svgText.contains("Weight"));

    QBuffer pdfBuffer;
    pdfBuffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&pdfBuffer);
    pdf.setResolution(600);
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    const qreal widthPx = 120 / 25.4 * 600;
    const QSizeF pdfSize = plot.preferredSize(widthPx, &pdf);
    pdf.setPageSize(QPageSize(QSizeF(120, pdfSize.height() / 600 * 25.4), QPageSize::Millimeter));
    {
        QPainter painter(&pdf);
        plot.render(painter, QRectF(QPointF(0, 0), pdfSize));
    }
    EXPECT_GT(pdfBuffer.data().size(), 2000);
}

TEST_F(ForestPlotTest, LongLabelsElideInsteadOfOverlapping)
{
    ForestLayout layout;
    ForestData data = makeForest(5);
    data.studies[0].label = QStringLiteral("A study with an extraordinarily long label that would never fit 2019");
    data.studies[1].moderatorColumns[0] = QStringLiteral("Bone-marrow-derived mononuclear cells, autologous");
    layout.setData(data);
    QImage probe(1, 1, QImage::Format_ARGB32);
    const QSizeF size = layout.preferredSize(620, &probe);
    const auto texts = layout.placedTexts(size, &probe);
    EXPECT_TRUE(overlaps(texts).isEmpty()) << overlaps(texts).join(QStringLiteral("; ")).toStdString();
    EXPECT_TRUE(outside(texts, size).isEmpty());
    renderLayout(layout, 620, QStringLiteral("forest-long-labels"));
}

TEST_F(ForestPlotTest, HoveringShowsTheStudyTooltip)
{
    ForestPlot plot;
    const ForestData data = makeForest(6);
    showPlot(plot, data);
    const QPoint pos = plot.studyPosition(data.studies.at(2).key)->toPoint();
    QWidget *target = targetAt(&plot, pos);
    const QPoint local = target->mapFrom(&plot, pos);
    QHelpEvent help(QEvent::ToolTip, local, target->mapToGlobal(local));
    QApplication::sendEvent(target, &help);
    EXPECT_EQ(QToolTip::text(), data.studies.at(2).tooltip);
    QToolTip::hideText();
}

TEST_F(ForestPlotTest, CopyImagePutsThePlotOnTheClipboard)
{
    ForestPlot plot;
    showPlot(plot, makeForest(5));
    QGuiApplication::clipboard()->clear();
    plot.copyImage();
    const QImage copied = QGuiApplication::clipboard()->image();
    ASSERT_FALSE(copied.isNull());
    EXPECT_GT(inkedFraction(copied), 0.02);
}

TEST_F(ForestPlotTest, HighDpiImagesHaveDevicePixels)
{
    ForestPlot plot;
    plot.setData(makeForest(8));
    const QImage image = plot.toImage(QSize(700, 300), 2.0);
    EXPECT_EQ(image.size(), QSize(1400, 600));
    EXPECT_DOUBLE_EQ(image.devicePixelRatio(), 2.0);
    EXPECT_GT(inkedFraction(image), 0.02);
    image.save(imagePath(QStringLiteral("forest-dpr2")));
}

TEST_F(ForestPlotTest, WidgetScrollsVerticallyButNotSideways)
{
    ForestPlot plot;
    const ForestData data = makeForest(38, 3, true);
    plot.setData(data);
    plot.resize(680, 420);
    plot.show();
    QApplication::processEvents();
    auto *scroll = plot.findChild<QScrollArea *>();
    ASSERT_NE(scroll, nullptr);
    EXPECT_GT(scroll->verticalScrollBar()->maximum(), 0); // the rows do not fit: they scroll
    EXPECT_EQ(scroll->horizontalScrollBar()->maximum(), 0); // but the width does
    EXPECT_GE(plot.canvasSize().height(), plot.preferredHeight(plot.canvasSize().width()));

    // Arrow keys scroll the current study into view.
    plot.setFocus();
    for (int i = 0; i < 30; ++i)
        pressKey(&plot, Qt::Key_Down);
    EXPECT_TRUE(plot.studyPosition(plot.currentKey()).has_value());
    plot.grab().save(imagePath(QStringLiteral("forest-widget")));
}

} // namespace
