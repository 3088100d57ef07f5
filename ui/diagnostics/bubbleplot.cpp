#include "ui/diagnostics/bubbleplot.h"

#include "ui/plots/plotpalette.h"
#include "ui/plots/ratioaxisticker.h"

#include <algorithm>
#include <cmath>

namespace ee::ui {

namespace {

constexpr double maxRadius = 22.0;
constexpr double minRadius = 4.0;

} // namespace

BubblePlot::BubblePlot(QWidget *parent)
    : ScatterStudyPlot(parent)
{
    QColor band = plotpalette::subgroupColor(1);
    band.setAlpha(45);
    m_bandLower = m_plot->addGraph();
    m_bandUpper = m_plot->addGraph();
    for (QCPGraph *g : { m_bandLower, m_bandUpper }) {
        g->setPen(QPen(plotpalette::subgroupColor(1), 1.0, Qt::DashLine));
        g->setLayer(QStringLiteral("background"));
    }
    m_bandUpper->setBrush(band);
    m_bandUpper->setChannelFillGraph(m_bandLower);
    m_line = m_plot->addGraph();
    m_line->setPen(QPen(plotpalette::subgroupColor(1), 2.0));

    m_levels = m_plot->addGraph();
    m_levels->setLineStyle(QCPGraph::lsNone);
    m_levels->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(plotpalette::subgroupColor(1), 1.5),
        QBrush(plotpalette::subgroupColor(1)), 13));
    m_levelBars = new QCPErrorBars(m_plot->xAxis, m_plot->yAxis);
    m_levelBars->setDataPlottable(m_levels);
    m_levelBars->setPen(QPen(plotpalette::subgroupColor(1), 2.0));
    m_levelBars->setWhiskerWidth(12);

    styleAxis(m_plot->xAxis, QString());
    styleAxis(m_plot->yAxis, QString());
    retranslate();
}

void BubblePlot::retranslate()
{
    m_bandUpper->setName(tr("Confidence band"));
    m_line->setName(tr("Meta-regression"));
    m_levels->setName(tr("Level estimate"));
    if (m_hasData)
        setData(m_data);
    else
        setMessage(tr("No study to show."));
}

BubblePlot::~BubblePlot() = default;

void BubblePlot::clearBubbles()
{
    for (QCPAbstractItem *item : std::as_const(m_bubbles))
        m_plot->removeItem(item);
    m_bubbles.clear();
    m_radii.clear();
}

void BubblePlot::setData(const BubbleData &data)
{
    m_data = data;
    m_hasData = true;
    clearBubbles();
    QVector<Point> pts;
    QSet<QString> flagged;
    double maxWeight = 0.0;
    for (double w : std::as_const(m_data.weights))
        if (std::isfinite(w))
            maxWeight = std::max(maxWeight, w);
    double xLo = INFINITY, xHi = -INFINITY, yLo = INFINITY, yHi = -INFINITY;
    const int n = static_cast<int>(std::min({ m_data.studies.size(), m_data.x.size(), m_data.weights.size() }));
    for (int i = 0; i < n; ++i) {
        const PlotStudy &s = m_data.studies[i];
        const double x = m_data.x[i];
        if (!std::isfinite(x) || !std::isfinite(s.yi))
            continue;
        pts.append({ s.key, s.label, x, s.yi, -1, false, s.tooltip });
        if (s.selected)
            flagged.insert(s.key);
        xLo = std::min(xLo, x);
        xHi = std::max(xHi, x);
        yLo = std::min(yLo, s.yi);
        yHi = std::max(yHi, s.yi);
    }
    adoptSelectionFlags(flagged);
    if (!m_data.emptyMessage.isEmpty() || pts.size() < 2) {
        setPoints({}, {});
        setMessage(
            !m_data.emptyMessage.isEmpty() ? m_data.emptyMessage : tr("A bubble plot needs at least two studies."));
        return;
    }
    setPoints(pts, {});

    // Bubbles: area proportional to the weight, drawn under the study markers.
    QColor fill = plotpalette::marker();
    fill.setAlpha(60);
    for (int i = 0; i < n; ++i) {
        const PlotStudy &s = m_data.studies[i];
        if (!std::isfinite(m_data.x[i]) || !std::isfinite(s.yi))
            continue;
        const double w = std::isfinite(m_data.weights[i]) && maxWeight > 0 ? m_data.weights[i] / maxWeight : 0.0;
        const double r = std::max(minRadius, maxRadius * std::sqrt(std::max(0.0, w)));
        auto *tracer = new QCPItemTracer(m_plot);
        tracer->setStyle(QCPItemTracer::tsNone);
        tracer->position->setCoords(m_data.x[i], s.yi);
        tracer->setClipToAxisRect(true);
        auto *ellipse = new QCPItemEllipse(m_plot);
        ellipse->setLayer(QStringLiteral("background"));
        ellipse->topLeft->setParentAnchor(tracer->position);
        ellipse->bottomRight->setParentAnchor(tracer->position);
        ellipse->topLeft->setType(QCPItemPosition::ptAbsolute);
        ellipse->bottomRight->setType(QCPItemPosition::ptAbsolute);
        ellipse->topLeft->setCoords(-r, -r);
        ellipse->bottomRight->setCoords(r, r);
        ellipse->setPen(QPen(plotpalette::marker(), 1.0));
        ellipse->setBrush(fill);
        m_bubbles << tracer << ellipse;
        m_radii << r;
    }

    // Fitted line and band, or level estimates.
    m_line->setData(m_data.lineX, m_data.lineY, true);
    m_bandLower->setData(m_data.lineX, m_data.bandLower, true);
    m_bandUpper->setData(m_data.lineX, m_data.bandUpper, true);
    for (double v : std::as_const(m_data.bandLower))
        if (std::isfinite(v))
            yLo = std::min(yLo, v);
    for (double v : std::as_const(m_data.bandUpper))
        if (std::isfinite(v))
            yHi = std::max(yHi, v);
    QVector<double> lx;
    QVector<double> err;
    QVector<double> errLo;
    QVector<double> errHi;
    for (int l = 0; l < m_data.levelEstimate.size(); ++l) {
        // Level markers sit just right of their bubbles' column.
        lx << l + 0.22;
        errLo << m_data.levelEstimate[l] - m_data.levelLower.value(l);
        errHi << m_data.levelUpper.value(l) - m_data.levelEstimate[l];
        yLo = std::min(yLo, m_data.levelLower.value(l));
        yHi = std::max(yHi, m_data.levelUpper.value(l));
    }
    m_levels->setData(lx, m_data.levelEstimate, true);
    m_levelBars->setData(errLo, errHi);
    if (!m_data.lineX.isEmpty()) {
        m_line->addToLegend();
        m_bandUpper->addToLegend();
    }
    if (!m_data.levelEstimate.isEmpty())
        m_levels->addToLegend();

    styleAxis(m_plot->xAxis, m_data.xLabel);
    styleAxis(m_plot->yAxis, m_data.yLabel);
    if (m_data.categorical) {
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        for (int l = 0; l < m_data.levels.size(); ++l)
            ticker->addTick(l, m_data.levels[l]);
        m_plot->xAxis->setTicker(ticker);
        m_plot->xAxis->setRange(-0.6, m_data.levels.size() - 0.4);
    } else {
        m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        const double pad = std::max((xHi - xLo) * 0.06, 1e-6);
        m_plot->xAxis->setRange(xLo - pad, xHi + pad);
    }
    if (m_data.ratioScale)
        m_plot->yAxis->setTicker(QSharedPointer<RatioAxisTicker>::create());
    else
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    const double yPad = std::max((yHi - yLo) * 0.1, 1e-6);
    m_plot->yAxis->setRange(yLo - yPad, yHi + yPad);
    finishLegend();
    setMessage(QString());
    replotSoon();
}

} // namespace ee::ui
