#include "ui/plots/funnelplot.h"

#include "ui/plots/effectformat.h"
#include "ui/plots/plotpalette.h"
#include "ui/plots/ratioaxisticker.h"
#include "ui/plots/swatchlegenditem.h"

#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace ee::ui {

namespace {

constexpr double z95 = 1.959963984540054;
// Two-sided normal quantiles of the contour levels 90%, 95%, 99%.
constexpr std::array<double, 3> contourZ = { 2.5758293035489004, 1.959963984540054, 1.6448536269514722 };

} // namespace

FunnelPlot::FunnelPlot(QWidget *parent)
    : ScatterStudyPlot(parent)
    , m_ratioTicker(new RatioAxisTicker)
    , m_linearTicker(new QCPAxisTicker)
{
    styleAxis(m_plot->xAxis, QString());
    styleAxis(m_plot->yAxis, QString());
    m_plot->yAxis->setRangeReversed(true);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->yAxis->grid()->setVisible(false);

    // Contour regions: nested triangles from the null at SE = 0, drawn on the
    // background layer over the darkest shade (the axis rect's background).
    const std::array<QColor, 3> fills = { plotpalette::contourShade(1), plotpalette::contourShade(0),
        plotpalette::paper() };
    for (std::size_t i = 0; i < m_contours.size(); ++i) {
        auto *curve = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
        curve->setLayer(QStringLiteral("background"));
        curve->setPen(Qt::NoPen);
        curve->setBrush(fills[i]);
        curve->setScatterStyle(QCPScatterStyle::ssNone);
        // Antialiased fills of large areas dominate a replot; the edges between
        // greys need none (exports are vectors and stay smooth).
        curve->setAntialiasedFill(false);
        m_contours[i] = curve;
    }

    m_funnel = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
    m_funnel->setPen(QPen(plotpalette::ink(), 1.0, Qt::DashLine));
    m_funnel->setBrush(Qt::NoBrush);

    m_pooledLine = new QCPItemStraightLine(m_plot);
    m_pooledLine->setPen(QPen(plotpalette::ink(), 1.0));
    m_pooledLine->point1->setCoords(0, 0);
    m_pooledLine->point2->setCoords(0, 1);

    // Small-study overlay (hidden until FunnelData::overlay asks for it).
    m_eggerLine = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
    m_eggerLine->setPen(QPen(plotpalette::subgroupColor(1), 1.6, Qt::DashDotLine));
    m_eggerLine->setBrush(Qt::NoBrush);
    m_eggerLine->setVisible(false);

    m_imputedGraph = m_plot->addGraph();
    m_imputedGraph->setLineStyle(QCPGraph::lsNone);
    m_imputedGraph->setScatterStyle(QCPScatterStyle(
        QCPScatterStyle::ssCircle, QPen(plotpalette::subgroupColor(1), 1.5), QBrush(Qt::NoBrush), markerSize));
    m_imputedGraph->setVisible(false);

    m_adjustedLine = new QCPItemStraightLine(m_plot);
    m_adjustedLine->setPen(QPen(plotpalette::subgroupColor(1), 1.0, Qt::DashLine));
    m_adjustedLine->setVisible(false);

    retranslate();
}

FunnelPlot::~FunnelPlot() = default;

void FunnelPlot::retranslate()
{
    m_plot->yAxis->setLabel(tr("Standard error"));
    m_funnel->setName(tr("Pseudo 95% CI"));
    m_eggerLine->setName(tr("Egger's regression"));
    m_imputedGraph->setName(tr("Imputed (trim-and-fill)"));
    if (m_hasData)
        setData(m_data);
    else
        setMessage(tr("No study to show."));
}

void FunnelPlot::setData(const FunnelData &data)
{
    m_data = data;
    m_hasData = true;
    QVector<Point> pts;
    QSet<QString> flagged;
    double seMax = 0.0;
    int included = 0;
    for (const PlotStudy &s : std::as_const(m_data.studies)) {
        if (!std::isfinite(s.yi) || !std::isfinite(s.vi) || !(s.vi > 0.0))
            continue;
        const double se = std::sqrt(s.vi);
        pts.append({ s.key, s.label, s.yi, se, s.subgroup, s.excluded, s.tooltip });
        seMax = std::max(seMax, se);
        if (!s.excluded)
            ++included;
        if (s.selected)
            flagged.insert(s.key);
    }
    adoptSelectionFlags(flagged);

    if (!m_data.emptyMessage.isEmpty()) {
        setPoints({}, {});
        setMessage(m_data.emptyMessage);
        return;
    }
    if (included < 2) {
        setPoints({}, {});
        setMessage(tr("A funnel plot needs at least two studies with a standard error; %1 available.").arg(included));
        return;
    }

    setPoints(pts, m_data.subgroupNames);

    // Axes: SE from 0 (top) to a little past the largest; effect wide enough for
    // every point and the funnel at its widest.
    const double yMax = seMax * 1.08;
    const double pooled = std::isfinite(m_data.pooled) ? m_data.pooled : 0.0;
    double lo = pooled - z95 * yMax;
    double hi = pooled + z95 * yMax;
    for (const Point &p : points()) {
        lo = std::min(lo, p.x);
        hi = std::max(hi, p.x);
    }
    for (const QPointF &p : std::as_const(m_data.overlay.imputed)) {
        if (std::isfinite(p.x())) {
            lo = std::min(lo, p.x());
            hi = std::max(hi, p.x());
        }
    }
    if (m_data.contours) {
        lo = std::min(lo, m_data.nullValue - contourZ[0] * yMax * 0.5);
        hi = std::max(hi, m_data.nullValue + contourZ[0] * yMax * 0.5);
    }
    const double pad = (hi - lo) * 0.04;
    m_plot->xAxis->setRange(lo - pad, hi + pad);
    m_plot->yAxis->setRange(0.0, yMax);
    styleAxis(m_plot->xAxis, m_data.xLabel);
    if (m_data.ratioScale) {
        m_ratioTicker->setNullValue(m_data.nullValue);
        m_plot->xAxis->setTicker(m_ratioTicker);
    } else {
        m_plot->xAxis->setTicker(m_linearTicker);
    }
    fitTickCount();

    // Pseudo-confidence funnel and pooled line.
    m_funnel->setData(QVector<double> { 0, 1, 2 }, QVector<double> { pooled - z95 * yMax, pooled, pooled + z95 * yMax },
        QVector<double> { yMax, 0.0, yMax });
    m_pooledLine->point1->setCoords(pooled, 0.0);
    m_pooledLine->point2->setCoords(pooled, 1.0);
    m_funnel->addToLegend();

    // Contour triangles, clipped to the visible range here: filling polygons that
    // reach far outside the axis rect costs the rasterizer dearly.
    const QCPRange xRange = m_plot->xAxis->range();
    for (std::size_t i = 0; i < m_contours.size(); ++i) {
        QCPCurve *curve = m_contours[i];
        curve->setVisible(m_data.contours);
        if (!m_data.contours) {
            curve->data()->clear();
            continue;
        }
        const double z = contourZ[i];
        const QPolygonF triangle({ QPointF(m_data.nullValue, 0.0), QPointF(m_data.nullValue + z * yMax, yMax),
            QPointF(m_data.nullValue - z * yMax, yMax) });
        const QPolygonF visible =
            triangle.intersected(QPolygonF(QRectF(QPointF(xRange.lower, 0.0), QPointF(xRange.upper, yMax))));
        QVector<double> t;
        QVector<double> keys;
        QVector<double> values;
        for (const QPointF &corner : visible) {
            t << static_cast<double>(t.size());
            keys << corner.x();
            values << corner.y();
        }
        curve->setData(t, keys, values);
    }
    m_plot->axisRect()->setBackground(
        m_data.contours ? QBrush(plotpalette::contourShade(2)) : QBrush(plotpalette::paper()));
    if (m_data.contours) {
        QCPLegend *legend = m_plot->legend;
        const QString p10 = effectformat::number(0.10, 2);
        const QString p05 = effectformat::number(0.05, 2);
        const QString p01 = effectformat::number(0.01, 2);
        legend->addItem(new SwatchLegendItem(legend, plotpalette::paper(), tr("p > %1").arg(p10)));
        legend->addItem(new SwatchLegendItem(legend, plotpalette::contourShade(0), tr("%1 < p < %2").arg(p05, p10)));
        legend->addItem(new SwatchLegendItem(legend, plotpalette::contourShade(1), tr("%1 < p < %2").arg(p01, p05)));
        legend->addItem(new SwatchLegendItem(legend, plotpalette::contourShade(2), tr("p < %1").arg(p01)));
    }
    updateOverlay(yMax);
    finishLegend();
    setMessage(QString());
    replotSoon();
}

void FunnelPlot::updateOverlay(double yMax)
{
    const FunnelOverlay &o = m_data.overlay;
    m_eggerLine->setVisible(o.eggerLine);
    if (o.eggerLine) {
        m_eggerLine->setData(QVector<double> { 0, 1 },
            QVector<double> { o.eggerIntercept, o.eggerIntercept + o.eggerSlope * yMax },
            QVector<double> { 0.0, yMax });
        m_eggerLine->addToLegend();
    } else {
        m_eggerLine->data()->clear();
    }
    QVector<double> xs;
    QVector<double> ys;
    for (const QPointF &p : o.imputed) {
        if (std::isfinite(p.x()) && std::isfinite(p.y())) {
            xs << p.x();
            ys << p.y();
        }
    }
    m_imputedGraph->setData(xs, ys);
    m_imputedGraph->setVisible(!xs.isEmpty());
    if (!xs.isEmpty())
        m_imputedGraph->addToLegend();
    m_adjustedLine->setVisible(o.adjustedEstimate.has_value());
    if (o.adjustedEstimate) {
        m_adjustedLine->point1->setCoords(*o.adjustedEstimate, 0.0);
        m_adjustedLine->point2->setCoords(*o.adjustedEstimate, 1.0);
    }
    QString text = o.testText;
    if (!o.warning.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + o.warning;
    // The test results go under the axis label: inside the plot they would cover
    // the funnel's apex or the studies.
    m_overlayText = text;
    if (!text.isEmpty())
        m_plot->xAxis->setLabel(m_data.xLabel + QLatin1Char('\n') + text);
}

int FunnelPlot::imputedPointCount() const
{
    return m_imputedGraph->visible() ? m_imputedGraph->dataCount() : 0;
}

bool FunnelPlot::showsEggerLine() const
{
    return m_eggerLine->visible() && !isShowingMessage();
}

QString FunnelPlot::overlayText() const
{
    return isShowingMessage() ? QString() : m_overlayText;
}

QStringList FunnelPlot::xTickLabels() const
{
    const QVector<QString> labels = m_plot->xAxis->tickVectorLabels();
    return QStringList(labels.cbegin(), labels.cend());
}

void FunnelPlot::resizeEvent(QResizeEvent *event)
{
    ScatterStudyPlot::resizeEvent(event);
    fitTickCount();
}

void FunnelPlot::fitTickCount()
{
    const int count = std::clamp(m_plot->width() / 75, 3, 8);
    m_ratioTicker->setTickCount(count);
    m_linearTicker->setTickCount(count);
}

} // namespace ee::ui
