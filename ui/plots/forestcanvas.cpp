#include "ui/plots/forestcanvas.h"

#include "ui/plots/forestlayout.h"
#include "ui/plots/plotpalette.h"

#include <QPainter>
#include <QPaintEvent>

#include <cmath>

namespace ee::ui {

ForestCanvas::ForestCanvas(const ForestLayout &layout, QWidget *parent)
    : QWidget(parent)
    , m_layout(layout)
{
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
}

void ForestCanvas::layoutChanged()
{
    updateGeometry();
    update();
}

int ForestCanvas::heightForWidth(int width) const
{
    return static_cast<int>(std::ceil(m_layout.preferredSize(width, this).height()));
}

QSize ForestCanvas::sizeHint() const
{
    // The scroll area asks on every layout pass: answer at the current width,
    // whose geometry is cached, rather than lay out again at a nominal one.
    const int width = isVisible() ? this->width() : std::max(720, minimumSizeHint().width());
    return { width, heightForWidth(width) };
}

QSize ForestCanvas::minimumSizeHint() const
{
    return { static_cast<int>(m_layout.minimumWidth(this)), 0 };
}

void ForestCanvas::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    // Only the exposed part: in the scroll area a long forest plot is mostly
    // outside the viewport, and the layout skips rows outside the clip.
    painter.setClipRegion(event->region());
    painter.fillRect(event->rect(), plotpalette::paper());
    m_layout.render(painter, QRectF(rect()), m_interactive);
}

} // namespace ee::ui
