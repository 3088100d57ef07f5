#include "ui/plots/scatterstudyplot.h"

#include "ui/plots/plotpalette.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPicture>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ee::ui {

ScatterStudyPlot::ScatterStudyPlot(QWidget *parent)
    : StudyPlot(parent)
    , m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setFocusPolicy(Qt::NoFocus);
    m_plot->setInteractions(QCP::Interactions());
    m_plot->setBackground(plotpalette::paper());
    m_plot->setAutoAddPlottableToLegend(false);
    m_plot->setNoAntialiasingOnDrag(false);
    m_plot->xAxis2->setVisible(false);
    m_plot->yAxis2->setVisible(false);

    // The legend lives under the plot, not over the points.
    m_plot->legend->setVisible(true);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setBrush(Qt::NoBrush);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setIconSize(14, 10);
    m_plot->legend->setRowSpacing(2);
    m_plot->legend->setColumnSpacing(12);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->simplify();

    m_excludedGraph = m_plot->addGraph();
    m_excludedGraph->setName(tr("Excluded"));
    m_excludedGraph->setLineStyle(QCPGraph::lsNone);
    m_excludedGraph->setScatterStyle(QCPScatterStyle(
        QCPScatterStyle::ssCircle, QPen(plotpalette::excluded(), 1.5), QBrush(plotpalette::paper()), markerSize));

    m_selectionGraph = m_plot->addGraph();
    m_selectionGraph->setLineStyle(QCPGraph::lsNone);
    m_selectionGraph->setScatterStyle(QCPScatterStyle(
        QCPScatterStyle::ssCircle, QPen(plotpalette::selectionRing(), 2.2), Qt::NoBrush, markerSize + 9));
    m_selectionGraph->setLayer(QStringLiteral("overlay"));

    m_focusGraph = m_plot->addGraph();
    m_focusGraph->setLineStyle(QCPGraph::lsNone);
    m_focusGraph->setScatterStyle(QCPScatterStyle(
        QCPScatterStyle::ssSquare, QPen(plotpalette::mutedInk(), 1.0, Qt::DotLine), Qt::NoBrush, markerSize + 15));
    m_focusGraph->setLayer(QStringLiteral("overlay"));

    applyFonts();
    setContentWidget(m_plot);
}

ScatterStudyPlot::~ScatterStudyPlot() = default;

void ScatterStudyPlot::render(QPainter &painter, const QRectF &target)
{
    if (target.isEmpty())
        return;
    if (isShowingMessage()) {
        paintMessage(painter, target, message(), font());
        return;
    }
    // QCustomPlot paints only through a QCPPainter. Record into a QPicture and
    // replay it (QCustomPlot's own advice), which keeps lines and text as vectors
    // on SVG and PDF. QPainter::drawPicture() scales a picture from its
    // resolution to the device's, so the plot is laid out at the picture's
    // resolution, in the size the target has there: point sizes stay physical.
    QPicture picture;
    const QPaintDevice *device = painter.device();
    const qreal factor = device ? qreal(device->logicalDpiX()) / picture.logicalDpiX() : 1.0;
    const int width = std::max(1, static_cast<int>(std::lround(target.width() / factor)));
    const int height = std::max(1, static_cast<int>(std::lround(target.height() / factor)));
    const bool focusShown = m_focusGraph->visible();
    m_focusGraph->setVisible(false);
    fitLegendColumns(width);
    {
        QCPPainter recorder(&picture);
        recorder.setMode(QCPPainter::pmVectorized);
        recorder.setMode(QCPPainter::pmNoCaching);
        m_plot->toPainter(&recorder, width, height);
    }
    fitLegendColumns(m_plot->width());
    m_focusGraph->setVisible(focusShown);
    painter.save();
    painter.translate(target.topLeft());
    painter.drawPicture(QPointF(0, 0), picture);
    painter.restore();
    // toPainter() laid the plot out for the export size: lay it out again for the screen.
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

std::optional<QPointF> ScatterStudyPlot::studyPosition(const QString &key) const
{
    if (isShowingMessage())
        return std::nullopt;
    const auto it = m_index.constFind(key);
    if (it == m_index.cend())
        return std::nullopt;
    const Point &p = m_points.at(*it);
    const QPointF pixel(m_plot->xAxis->coordToPixel(p.x), m_plot->yAxis->coordToPixel(p.y));
    if (!m_plot->axisRect()->rect().contains(pixel.toPoint()))
        return std::nullopt;
    return QPointF(m_plot->mapTo(this, pixel.toPoint()));
}

QStringList ScatterStudyPlot::studyKeys() const
{
    QVector<int> order(m_points.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) { return m_points.at(a).x < m_points.at(b).x; });
    QStringList keys;
    for (int i : order)
        keys << m_points.at(i).key;
    return keys;
}

void ScatterStudyPlot::setPoints(const QVector<Point> &points, const QStringList &subgroupNames)
{
    m_points = points;
    m_index.clear();
    for (int i = 0; i < m_points.size(); ++i)
        m_index.insert(m_points.at(i).key, i);

    // One graph per subgroup; a runaway subgroup index must not create thousands.
    constexpr int maxGroups = 64;
    auto slotOf = [](int subgroup) { return std::max(0, subgroup) % maxGroups; };
    int groups = 1;
    for (const Point &p : std::as_const(m_points))
        groups = std::max(groups, slotOf(p.subgroup) + 1);
    QVector<QVector<double>> xs(groups);
    QVector<QVector<double>> ys(groups);
    QVector<double> excludedX;
    QVector<double> excludedY;
    for (const Point &p : std::as_const(m_points)) {
        if (p.excluded) {
            excludedX << p.x;
            excludedY << p.y;
        } else {
            const int slot = slotOf(p.subgroup);
            xs[slot] << p.x;
            ys[slot] << p.y;
        }
    }
    m_plot->legend->clearItems();
    for (int slot = 0; slot < std::max<int>(groups, m_subgroupGraphs.size()); ++slot) {
        QCPGraph *graph = subgroupGraph(slot);
        if (slot < groups) {
            graph->setData(xs.at(slot), ys.at(slot));
            const bool named = slot < subgroupNames.size() && !subgroupNames.at(slot).isEmpty();
            graph->setName(named ? subgroupNames.at(slot) : tr("Studies"));
            if (named && !xs.at(slot).isEmpty())
                graph->addToLegend();
        } else {
            graph->data()->clear();
        }
    }
    m_excludedGraph->setData(excludedX, excludedY);
    if (!excludedX.isEmpty())
        m_excludedGraph->addToLegend();
    retainKeys(studyKeys());
    refreshRings(); // the caller's replot draws them
}

void ScatterStudyPlot::finishLegend()
{
    const bool wanted = m_plot->legend->itemCount() > 0;
    if (wanted && !m_legendInLayout) {
        m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
        m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
        m_legendInLayout = true;
    } else if (!wanted && m_legendInLayout) {
        m_plot->plotLayout()->take(m_plot->legend);
        m_plot->plotLayout()->simplify();
        m_legendInLayout = false;
    }
    fitLegendColumns(m_plot->width());
}

void ScatterStudyPlot::replotSoon()
{
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ScatterStudyPlot::styleAxis(QCPAxis *axis, const QString &label)
{
    axis->setLabel(label);
    const QPen pen(plotpalette::ink(), 1.0);
    axis->setBasePen(pen);
    axis->setTickPen(pen);
    axis->setSubTickPen(pen);
    axis->setTickLabelColor(plotpalette::ink());
    axis->setLabelColor(plotpalette::ink());
    axis->setTickLengthIn(0);
    axis->setTickLengthOut(5);
    axis->setSubTicks(false);
    axis->grid()->setPen(QPen(plotpalette::gridLine(), 1.0, Qt::SolidLine));
    axis->grid()->setSubGridVisible(false);
    axis->grid()->setZeroLinePen(Qt::NoPen);
}

QString ScatterStudyPlot::studyKeyAt(const QPoint &pos) const
{
    if (isShowingMessage() || m_points.isEmpty())
        return {};
    const QPointF local = m_plot->mapFrom(this, pos);
    const double reach = markerSize / 2.0 + 5.0;
    double best = reach * reach;
    QString key;
    for (const Point &p : m_points) {
        const double dx = m_plot->xAxis->coordToPixel(p.x) - local.x();
        const double dy = m_plot->yAxis->coordToPixel(p.y) - local.y();
        const double d2 = dx * dx + dy * dy;
        if (d2 <= best) {
            best = d2;
            key = p.key;
        }
    }
    return key;
}

bool ScatterStudyPlot::isStudyExcluded(const QString &key) const
{
    const auto it = m_index.constFind(key);
    return it != m_index.cend() && m_points.at(*it).excluded;
}

QString ScatterStudyPlot::studyTooltip(const QString &key) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.cend() ? QString() : m_points.at(*it).tooltip;
}

void ScatterStudyPlot::updateHighlights()
{
    refreshRings();
    // The rings live on the separately buffered overlay layer: redrawing it
    // alone leaves the points, axes and labels untouched.
    m_selectionGraph->layer()->replot();
}

void ScatterStudyPlot::refreshRings()
{
    QVector<double> xs;
    QVector<double> ys;
    const QSet<QString> selected = selectedKeys();
    for (const QString &key : selected) {
        const auto it = m_index.constFind(key);
        if (it == m_index.cend())
            continue;
        xs << m_points.at(*it).x;
        ys << m_points.at(*it).y;
    }
    m_selectionGraph->setData(xs, ys);
    const auto current = m_index.constFind(currentKey());
    if (hasFocus() && current != m_index.cend())
        m_focusGraph->setData({ m_points.at(*current).x }, { m_points.at(*current).y });
    else
        m_focusGraph->data()->clear();
}

void ScatterStudyPlot::resizeEvent(QResizeEvent *event)
{
    StudyPlot::resizeEvent(event);
    // Moving to a screen of another scale resizes the window: keep the buffers sharp.
    if (!qFuzzyCompare(m_plot->bufferDevicePixelRatio(), devicePixelRatioF()))
        m_plot->setBufferDevicePixelRatio(devicePixelRatioF());
    fitLegendColumns(m_plot->width());
}

void ScatterStudyPlot::showEvent(QShowEvent *event)
{
    StudyPlot::showEvent(event);
    if (!qFuzzyCompare(m_plot->bufferDevicePixelRatio(), devicePixelRatioF()))
        m_plot->setBufferDevicePixelRatio(devicePixelRatioF());
}

void ScatterStudyPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        applyFonts();
        replotSoon();
    }
    if (event->type() == QEvent::LanguageChange) {
        // Tick labels follow the interface language's number format.
        QLocale locale;
        locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
        m_plot->setLocale(locale);
        const QSet<QString> selection = selectedKeys();
        retranslate();
        setSelectedKeys(selection);
        replotSoon();
    }
    StudyPlot::changeEvent(event);
}

QCPGraph *ScatterStudyPlot::subgroupGraph(int slot)
{
    while (m_subgroupGraphs.size() <= slot) {
        const int index = static_cast<int>(m_subgroupGraphs.size());
        QCPGraph *graph = m_plot->addGraph();
        graph->setLineStyle(QCPGraph::lsNone);
        const QColor colour = plotpalette::subgroupColor(index);
        graph->setPen(QPen(colour));
        graph->setScatterStyle(
            QCPScatterStyle(shapeFor(index), QPen(colour.darker(140), 1.0), QBrush(colour), markerSize));
        // Studies draw under the rings but over shading and lines added earlier.
        graph->setLayer(QStringLiteral("main"));
        m_subgroupGraphs << graph;
    }
    return m_subgroupGraphs.at(slot);
}

void ScatterStudyPlot::applyFonts()
{
    QFont base = font();
    QFont labelFont = base;
    for (QCPAxis *axis : { m_plot->xAxis, m_plot->yAxis }) {
        axis->setTickLabelFont(base);
        axis->setLabelFont(labelFont);
    }
    m_plot->legend->setFont(base);
}

void ScatterStudyPlot::fitLegendColumns(int width)
{
    QCPLegend *legend = m_plot->legend;
    int widest = 1;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (QCPAbstractLegendItem *item = legend->item(i)) // cells of a partly filled last row are empty
            widest = std::max(widest, item->minimumOuterSizeHint().width());
    const int available = width - legend->margins().left() - legend->margins().right();
    const int columns = std::max(1, (available + legend->columnSpacing()) / (widest + legend->columnSpacing()));
    if (columns == legend->wrap() && legend->columnCount() <= columns)
        return;
    legend->setWrap(columns);
    legend->setFillOrder(QCPLegend::foColumnsFirst, true); // re-flow the entries into the new column count
}

QCPScatterStyle::ScatterShape ScatterStudyPlot::shapeFor(int subgroup)
{
    static const QCPScatterStyle::ScatterShape shapes[] = {
        QCPScatterStyle::ssCircle,
        QCPScatterStyle::ssSquare,
        QCPScatterStyle::ssTriangle,
        QCPScatterStyle::ssDiamond,
        QCPScatterStyle::ssTriangleInverted,
        QCPScatterStyle::ssCrossCircle,
        QCPScatterStyle::ssStar,
    };
    const int count = static_cast<int>(std::size(shapes));
    return shapes[std::max(0, subgroup) % count];
}

} // namespace ee::ui
