#include "ui/plots/baujatlabels.h"

#include "ui/plots/plotpalette.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ee::ui {

BaujatLabels::BaujatLabels(QCustomPlot *plot)
    : QCPAbstractItem(plot)
    , m_font(plot->font())
{
    setSelectable(false);
    // Above the points, below the selection rings; not on the overlay layer,
    // which selection changes redraw on their own.
    const QString labelsLayer = QStringLiteral("labels");
    if (!plot->layer(labelsLayer))
        plot->addLayer(labelsLayer, plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    setLayer(labelsLayer);
}

void BaujatLabels::setLabels(const QVector<Label> &labels)
{
    m_labels = labels;
}

double BaujatLabels::selectTest(const QPointF &pos, bool onlySelectable, QVariant *details) const
{
    Q_UNUSED(pos)
    Q_UNUSED(onlySelectable)
    Q_UNUSED(details)
    return -1;
}

void BaujatLabels::draw(QCPPainter *painter)
{
    m_lastBoxes = QVector<QRectF>(m_labels.size());
    if (m_labels.isEmpty())
        return;
    QCPAxisRect *rect = clipAxisRect();
    if (!rect)
        return;
    QCPAxis *xAxis = rect->axis(QCPAxis::atBottom);
    QCPAxis *yAxis = rect->axis(QCPAxis::atLeft);
    const QRectF area = QRectF(rect->rect()).adjusted(2, 2, -2, -2);
    painter->setFont(m_font);
    const QFontMetricsF fm(m_font, painter->device());

    QVector<QPointF> anchors;
    anchors.reserve(m_labels.size());
    for (const Label &label : std::as_const(m_labels))
        anchors << QPointF(xAxis->coordToPixel(label.x), yAxis->coordToPixel(label.y));

    // Most prominent first: the points far from the origin are the ones a reader looks for.
    QVector<int> order(m_labels.size());
    std::iota(order.begin(), order.end(), 0);
    const QPointF origin(xAxis->coordToPixel(xAxis->range().lower), yAxis->coordToPixel(yAxis->range().lower));
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const QPointF da = anchors.at(a) - origin;
        const QPointF db = anchors.at(b) - origin;
        return QPointF::dotProduct(da, da) > QPointF::dotProduct(db, db);
    });

    QVector<QRectF> taken;
    const double r = m_markerRadius;
    auto clashes = [&](const QRectF &box, int self) {
        if (!area.contains(box))
            return true;
        for (const QRectF &other : std::as_const(taken))
            if (box.intersects(other))
                return true;
        for (int i = 0; i < anchors.size(); ++i) {
            if (i == self)
                continue;
            const QRectF marker(anchors.at(i) - QPointF(r, r), QSizeF(2 * r, 2 * r));
            if (box.intersects(marker))
                return true;
        }
        return false;
    };

    struct Placement {
        QRectF box;
        bool leader = false;
    };
    QVector<Placement> placements(m_labels.size());
    for (int i : std::as_const(order)) {
        const QString &text = m_labels.at(i).text;
        if (text.isEmpty())
            continue;
        const qreal w = fm.horizontalAdvance(text);
        const qreal h = fm.height();
        const QPointF p = anchors.at(i);
        bool placed = false;
        for (int ring = 0; ring < 3 && !placed; ++ring) {
            const qreal d = r + 2 + ring * h * 1.1;
            // Right, left, above, below, then the diagonals.
            const QRectF candidates[] = {
                QRectF(p.x() + d, p.y() - h / 2, w, h),
                QRectF(p.x() - d - w, p.y() - h / 2, w, h),
                QRectF(p.x() - w / 2, p.y() - d - h, w, h),
                QRectF(p.x() - w / 2, p.y() + d, w, h),
                QRectF(p.x() + d * 0.7, p.y() - d * 0.7 - h, w, h),
                QRectF(p.x() - d * 0.7 - w, p.y() - d * 0.7 - h, w, h),
                QRectF(p.x() + d * 0.7, p.y() + d * 0.7, w, h),
                QRectF(p.x() - d * 0.7 - w, p.y() + d * 0.7, w, h),
            };
            for (const QRectF &box : candidates) {
                if (!clashes(box, i)) {
                    placements[i] = { box, ring > 0 };
                    taken << box;
                    placed = true;
                    break;
                }
            }
        }
    }

    painter->setPen(QPen(plotpalette::mutedInk(), 0.8));
    for (int i = 0; i < placements.size(); ++i) {
        const Placement &placement = placements.at(i);
        if (placement.box.isEmpty() || !placement.leader)
            continue;
        const QRectF &box = placement.box;
        const QPointF p = anchors.at(i);
        const QPointF target(std::clamp(p.x(), box.left(), box.right()), std::clamp(p.y(), box.top(), box.bottom()));
        const QPointF direction = target - p;
        const double length = std::hypot(direction.x(), direction.y());
        if (length > r + 1)
            painter->drawLine(p + direction * ((r + 1) / length), target);
    }
    painter->setPen(plotpalette::ink());
    for (int i = 0; i < placements.size(); ++i) {
        if (placements.at(i).box.isEmpty())
            continue;
        painter->drawText(placements.at(i).box, Qt::AlignCenter | Qt::TextDontClip, m_labels.at(i).text);
        m_lastBoxes[i] = placements.at(i).box;
    }
}

} // namespace ee::ui
