#include "ui/plots/swatchlegenditem.h"

#include "ui/plots/plotpalette.h"

#include <QFontMetrics>

#include <algorithm>

namespace ee::ui {

SwatchLegendItem::SwatchLegendItem(QCPLegend *legend, const QColor &fill, const QString &text)
    : QCPAbstractLegendItem(legend)
    , m_fill(fill)
    , m_text(text)
{
    setSelectable(false);
}

void SwatchLegendItem::draw(QCPPainter *painter)
{
    const QSize iconSize = mParentLegend->iconSize();
    painter->setFont(mFont);
    const QRect textBox = painter->fontMetrics().boundingRect(0, 0, 0, iconSize.height(), Qt::TextDontClip, m_text);
    const int height = std::max(textBox.height(), iconSize.height());
    const QRectF swatch(mRect.x() + 0.5, mRect.y() + (height - iconSize.height()) / 2.0 + 0.5, iconSize.width() - 1.0,
        iconSize.height() - 1.0);
    painter->setPen(QPen(plotpalette::mutedInk(), 0.8));
    painter->setBrush(m_fill);
    painter->drawRect(swatch);
    painter->setPen(mTextColor);
    painter->drawText(mRect.x() + iconSize.width() + mParentLegend->iconTextPadding(), mRect.y(), textBox.width(),
        height, Qt::TextDontClip, m_text);
}

QSize SwatchLegendItem::minimumOuterSizeHint() const
{
    const QSize iconSize = mParentLegend->iconSize();
    const QFontMetrics metrics(mFont);
    const QRect textBox = metrics.boundingRect(0, 0, 0, iconSize.height(), Qt::TextDontClip, m_text);
    QSize size(iconSize.width() + mParentLegend->iconTextPadding() + textBox.width(),
        std::max(textBox.height(), iconSize.height()));
    size.rwidth() += mMargins.left() + mMargins.right();
    size.rheight() += mMargins.top() + mMargins.bottom();
    return size;
}

} // namespace ee::ui
