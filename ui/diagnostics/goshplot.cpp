#include "ui/diagnostics/goshplot.h"

#include "ui/plots/plotpalette.h"
#include "ui/plots/ratioaxisticker.h"

#include <QEvent>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <vector>

namespace ee::ui {

namespace {

constexpr int maxBinsX = 160;

} // namespace

GoshPlot::GoshPlot(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setBackground(plotpalette::paper());
    m_plot->setInteractions(QCP::Interactions());
    m_plot->yAxis->setLabel(tr("I² (%)"));
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->yAxis->grid()->setVisible(false);

    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_map->setInterpolate(false);
    m_map->setDataScaleType(QCPAxis::stLogarithmic);
    QCPColorGradient gradient;
    gradient.setColorStopAt(0.0, QColor(198, 219, 239));
    gradient.setColorStopAt(0.5, QColor(33, 113, 181));
    gradient.setColorStopAt(1.0, QColor(8, 29, 88));
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    m_map->setGradient(gradient);

    m_full = m_plot->addGraph();
    m_full->setLineStyle(QCPGraph::lsNone);
    m_full->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCrossCircle, QPen(QColor(213, 94, 0), 2.0), Qt::NoBrush, 14));
    m_full->setName(tr("All studies"));
    clear();
}

GoshPlot::~GoshPlot() = default;

void GoshPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_plot->yAxis->setLabel(tr("I² (%)"));
        m_full->setName(tr("All studies"));
        QLocale locale;
        locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
        m_plot->setLocale(locale);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    QWidget::changeEvent(event);
}

void GoshPlot::clear()
{
    m_points = 0;
    m_map->data()->setSize(1, 1);
    m_map->data()->fill(std::nan(""));
    m_full->data()->clear();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void GoshPlot::setResult(
    const stats::GoshResult &result, std::optional<QPointF> full, const QString &xLabel, bool ratio)
{
    double lo = INFINITY;
    double hi = -INFINITY;
    m_points = 0;
    for (std::size_t s = 0; s < result.count(); ++s) {
        if (!result.ok[s] || !std::isfinite(result.estimate[s]) || !std::isfinite(result.I2[s]))
            continue;
        lo = std::min(lo, result.estimate[s]);
        hi = std::max(hi, result.estimate[s]);
        ++m_points;
    }
    m_plot->xAxis->setLabel(xLabel);
    if (ratio) {
        auto ticker = QSharedPointer<RatioAxisTicker>::create();
        m_plot->xAxis->setTicker(ticker);
    } else {
        m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    }
    if (m_points == 0) {
        clear();
        return;
    }
    if (full) {
        lo = std::min(lo, full->x());
        hi = std::max(hi, full->x());
    }
    if (hi - lo < 1e-9) {
        lo -= 0.5;
        hi += 0.5;
    }
    // Coarser bins for few subsets, so that a small GOSH plot still shows density.
    const int binsX = std::clamp(static_cast<int>(std::sqrt(static_cast<double>(m_points)) * 3), 40, maxBinsX);
    const int binsY = binsX * 5 / 8;
    const double pad = (hi - lo) * 0.03;
    lo -= pad;
    hi += pad;
    std::vector<double> counts(static_cast<std::size_t>(binsX * binsY), 0.0);
    for (std::size_t s = 0; s < result.count(); ++s) {
        if (!result.ok[s] || !std::isfinite(result.estimate[s]) || !std::isfinite(result.I2[s]))
            continue;
        const int bx = std::clamp(static_cast<int>((result.estimate[s] - lo) / (hi - lo) * binsX), 0, binsX - 1);
        const int by = std::clamp(static_cast<int>(result.I2[s] / 100.0 * binsY), 0, binsY - 1);
        counts[static_cast<std::size_t>(by * binsX + bx)] += 1.0;
    }
    QCPColorMapData *cells = m_map->data();
    cells->setSize(binsX, binsY);
    cells->setRange(QCPRange(lo + (hi - lo) / binsX / 2, hi - (hi - lo) / binsX / 2),
        QCPRange(100.0 / binsY / 2, 100.0 - 100.0 / binsY / 2));
    double maxCount = 1.0;
    for (int by = 0; by < binsY; ++by) {
        for (int bx = 0; bx < binsX; ++bx) {
            const double c = counts[static_cast<std::size_t>(by * binsX + bx)];
            cells->setCell(bx, by, c > 0 ? c : std::nan(""));
            maxCount = std::max(maxCount, c);
        }
    }
    m_map->setDataRange(QCPRange(1.0, std::max(2.0, maxCount)));
    m_full->data()->clear();
    if (full)
        m_full->addData(full->x(), full->y());
    m_plot->xAxis->setRange(lo, hi);
    m_plot->yAxis->setRange(0.0, 100.0);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ee::ui
