#pragma once

#include "ui/plots/qcustomplotinclude.h"

#include <QColor>
#include <QString>

namespace ee::ui {

/// A legend entry that is a filled, outlined square and a text: the key of a
/// shaded region (QCustomPlot's own entries draw fills as a thin strip, and a
/// white region would not show at all).
class SwatchLegendItem : public QCPAbstractLegendItem
{
    Q_OBJECT

public:
    SwatchLegendItem(QCPLegend *legend, const QColor &fill, const QString &text);

    QString text() const { return m_text; }

protected:
    void draw(QCPPainter *painter) override;
    QSize minimumOuterSizeHint() const override;

private:
    QColor m_fill;
    QString m_text;
};

} // namespace ee::ui
