#include "ui/plots/baujatplot.h"

#include "ui/plots/baujatlabels.h"

#include <algorithm>
#include <cmath>

namespace ee::ui {

BaujatPlot::BaujatPlot(QWidget *parent)
    : ScatterStudyPlot(parent)
{
    styleAxis(m_plot->xAxis, QString());
    styleAxis(m_plot->yAxis, QString());
    m_labels = new BaujatLabels(m_plot);
    m_labels->setMarkerRadius(markerSize / 2.0 + 1.0);
    m_labels->setFont(font());
    retranslate();
}

BaujatPlot::~BaujatPlot() = default;

void BaujatPlot::retranslate()
{
    m_plot->xAxis->setLabel(tr("Contribution to overall heterogeneity"));
    m_plot->yAxis->setLabel(tr("Influence on overall result"));
    if (m_hasData)
        setData(m_data);
    else
        setMessage(tr("No study to show."));
}

void BaujatPlot::setData(const BaujatData &data)
{
    m_data = data;
    m_hasData = true;
    QVector<Point> pts;
    QVector<BaujatLabels::Label> labels;
    QSet<QString> flagged;
    int included = 0;
    double xMax = 0.0;
    double yMax = 0.0;
    for (const BaujatPoint &bp : std::as_const(m_data.points)) {
        if (bp.study < 0 || bp.study >= m_data.studies.size() || !std::isfinite(bp.x) || !std::isfinite(bp.y))
            continue;
        const PlotStudy &s = m_data.studies.at(bp.study);
        pts.append({ s.key, s.label, bp.x, bp.y, s.subgroup, s.excluded, s.tooltip });
        labels.append({ bp.x, bp.y, s.label });
        xMax = std::max(xMax, bp.x);
        yMax = std::max(yMax, bp.y);
        if (!s.excluded)
            ++included;
        if (s.selected)
            flagged.insert(s.key);
    }
    adoptSelectionFlags(flagged);
    if (!m_data.emptyMessage.isEmpty() || included < 2) {
        setPoints({}, {});
        m_labels->setLabels({});
        setMessage(!m_data.emptyMessage.isEmpty()
                ? m_data.emptyMessage
                : tr("A Baujat plot needs at least two studies; %1 available.").arg(included));
        return;
    }
    setPoints(pts, m_data.subgroupNames);
    m_labels->setLabels(labels);
    m_labels->setFont(font());
    finishLegend();
    // Both measures are non-negative; leave room above and right for labels.
    m_plot->xAxis->setRange(std::min(0.0, -xMax * 0.02), xMax > 0 ? xMax * 1.12 : 1.0);
    m_plot->yAxis->setRange(std::min(0.0, -yMax * 0.02), yMax > 0 ? yMax * 1.15 : 1.0);
    setMessage(QString());
    replotSoon();
}

QVector<QRectF> BaujatPlot::labelRects() const
{
    return m_labels->lastBoxes();
}

} // namespace ee::ui
