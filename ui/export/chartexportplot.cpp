#include "ui/export/chartexportplot.h"

#include <QPainter>
#include <QPicture>

#include <algorithm>
#include <cmath>
#include <vector>

namespace ee::ui {

ChartExportPlot::ChartExportPlot(QCustomPlot *chart, QWidget *parent)
    : StudyPlot(parent)
    , m_chart(chart)
{
    setVisible(false);
    setAccessibleName(chart ? chart->accessibleName() : QString());
}

ChartExportPlot::~ChartExportPlot() = default;

void ChartExportPlot::render(QPainter &painter, const QRectF &target)
{
    if (target.isEmpty())
        return;
    if (isShowingMessage() || !m_chart) {
        paintMessage(painter, target, isShowingMessage() ? message() : tr("Nothing to draw."), font());
        return;
    }
    // As ScatterStudyPlot::render: record through a QCPPainter into a QPicture laid out
    // at the picture's resolution, so text stays text and point sizes stay physical.
    struct AxisFonts {
        QCPAxis *axis;
        QFont tick;
        QFont label;
    };
    std::vector<AxisFonts> saved;
    for (QCPAxis *axis : m_chart->axisRect()->axes()) {
        saved.push_back({ axis, axis->tickLabelFont(), axis->labelFont() });
        axis->setTickLabelFont(font());
        axis->setLabelFont(font());
    }
    const QFont legendFont = m_chart->legend->font();
    m_chart->legend->setFont(font());

    QPicture picture;
    const QPaintDevice *device = painter.device();
    const qreal factor = device ? qreal(device->logicalDpiX()) / picture.logicalDpiX() : 1.0;
    const int width = std::max(1, static_cast<int>(std::lround(target.width() / factor)));
    const int height = std::max(1, static_cast<int>(std::lround(target.height() / factor)));
    {
        QCPPainter recorder(&picture);
        recorder.setMode(QCPPainter::pmVectorized);
        recorder.setMode(QCPPainter::pmNoCaching);
        m_chart->toPainter(&recorder, width, height);
    }
    painter.save();
    painter.translate(target.topLeft());
    painter.drawPicture(QPointF(0, 0), picture);
    painter.restore();

    for (const AxisFonts &f : saved) {
        f.axis->setTickLabelFont(f.tick);
        f.axis->setLabelFont(f.label);
    }
    m_chart->legend->setFont(legendFont);
    // toPainter() laid the chart out for the export size: lay it out again for the screen.
    m_chart->replot(QCustomPlot::rpQueuedReplot);
}

QSize ChartExportPlot::defaultImageSize() const
{
    if (m_chart && m_chart->isVisible() && m_chart->width() > 0 && m_chart->height() > 0)
        return m_chart->size();
    return { 480, 360 };
}

std::optional<QPointF> ChartExportPlot::studyPosition(const QString &key) const
{
    Q_UNUSED(key)
    return std::nullopt;
}

QString ChartExportPlot::studyKeyAt(const QPoint &pos) const
{
    Q_UNUSED(pos)
    return {};
}

bool ChartExportPlot::isStudyExcluded(const QString &key) const
{
    Q_UNUSED(key)
    return false;
}

QString ChartExportPlot::studyTooltip(const QString &key) const
{
    Q_UNUSED(key)
    return {};
}

} // namespace ee::ui
