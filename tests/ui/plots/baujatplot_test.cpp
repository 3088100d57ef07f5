#include "ui/plots/baujatplot.h"
#include "ui/plots/plotevents.h"
#include "ui/plots/plotfixtures.h"

#include <QAction>
#include <QImage>
#include <QMenu>

#include <gtest/gtest.h>

namespace {

using namespace ee::ui;
using namespace ee::ui::testing;

void showPlot(BaujatPlot &plot, const BaujatData &data, QSize size = QSize(640, 480))
{
    plot.setData(data);
    plot.resize(size);
    plot.show();
    QApplication::processEvents();
    plot.customPlot()->replot();
}

TEST(BaujatPlotTest, RendersNonBlankAtSeveralSizes)
{
    BaujatPlot plot;
    plot.setData(makeBaujat(20, 3));
    for (const QSize size : { QSize(400, 300), QSize(640, 480), QSize(1000, 700) }) {
        const QImage image = plot.toImage(size, 1.0);
        EXPECT_GT(inkedFraction(image), 0.01) << size.width();
        image.save(imagePath(QStringLiteral("baujat-%1").arg(size.width())));
    }
    EXPECT_EQ(plot.pointCount(), 20);
}

TEST(BaujatPlotTest, LabelsDoNotOverlapEachOther)
{
    for (int count : { 6, 38 }) {
        BaujatPlot plot;
        showPlot(plot, makeBaujat(count, count > 10 ? 3 : 0), QSize(800, 600));
        const QVector<QRectF> boxes = plot.labelRects();
        ASSERT_EQ(boxes.size(), count);
        int shown = 0;
        for (int i = 0; i < boxes.size(); ++i) {
            if (boxes.at(i).isEmpty())
                continue;
            ++shown;
            EXPECT_TRUE(QRectF(plot.customPlot()->axisRect()->rect()).contains(boxes.at(i)));
            for (int j = i + 1; j < boxes.size(); ++j)
                EXPECT_FALSE(boxes.at(i).intersects(boxes.at(j))) << i << " " << j;
        }
        // Prominent points are labelled; only points piled on others near the origin may go without.
        EXPECT_GE(shown, count <= 6 ? count - 2 : count / 3) << count;
        plot.toImage(QSize(800, 600), 1.0).save(imagePath(QStringLiteral("baujat-labels-%1").arg(count)));
    }
}

TEST(BaujatPlotTest, EmptyDataShowsItsMessage)
{
    BaujatPlot plot;
    BaujatData data;
    data.emptyMessage = QStringLiteral("Baujat plot needs at least 3 studies");
    plot.setData(data);
    EXPECT_TRUE(plot.isShowingMessage());
    EXPECT_EQ(plot.message(), data.emptyMessage);
    plot.setData(makeBaujat(1));
    EXPECT_TRUE(plot.isShowingMessage());
    plot.setData(makeBaujat(4));
    EXPECT_FALSE(plot.isShowingMessage());
}

TEST(BaujatPlotTest, ClickAndDoubleClickNameTheStudy)
{
    BaujatPlot plot;
    const BaujatData data = makeBaujat(10);
    showPlot(plot, data);
    SignalLog log(&plot);
    const QString key = data.studies.at(data.points.at(6).study).key;
    const auto pos = plot.studyPosition(key);
    ASSERT_TRUE(pos.has_value());
    doubleClick(&plot, pos->toPoint());
    ASSERT_FALSE(log.clicked.isEmpty());
    EXPECT_EQ(log.clicked.at(0).first, key);
    ASSERT_EQ(log.activated.size(), 1);
    EXPECT_EQ(log.activated.at(0), key);

    // Empty space clears the selection and says so with an empty key.
    click(&plot, QPoint(plot.width() - 5, 5));
    EXPECT_TRUE(log.clicked.last().first.isEmpty());
    EXPECT_TRUE(plot.selectedKeys().isEmpty());
}

TEST(BaujatPlotTest, ArrowKeysWalkLeftToRight)
{
    BaujatPlot plot;
    const BaujatData data = makeBaujat(8);
    showPlot(plot, data);
    SignalLog log(&plot);
    pressKey(&plot, Qt::Key_Right);
    pressKey(&plot, Qt::Key_Right);
    ASSERT_EQ(log.clicked.size(), 2);
    const QStringList order = plot.studyKeys();
    EXPECT_EQ(log.clicked.at(0).first, order.at(0));
    EXPECT_EQ(log.clicked.at(1).first, order.at(1));
}

} // namespace
