#pragma once

#include "ui/plots/qcustomplotinclude.h"

#include <QColor>
#include <QFont>
#include <QString>
#include <QVector>

namespace ee::ui {

/// A QCustomPlot item that labels the points of a scatter plot without
/// overlap where it can: at draw time (so at any size, including exports) each
/// label tries eight places around its point, then farther places with a
/// leader line, in order of the point's prominence; a label that fits nowhere
/// is left out (its point keeps its tooltip).
class BaujatLabels : public QCPAbstractItem
{
    Q_OBJECT

public:
    struct Label {
        double x = 0.0;
        double y = 0.0;
        QString text;
    };

    explicit BaujatLabels(QCustomPlot *plot);

    void setLabels(const QVector<Label> &labels);
    void setFont(const QFont &font) { m_font = font; }
    /// Radius around each point kept free of labels, in pixels.
    void setMarkerRadius(double radius) { m_markerRadius = radius; }

    /// Label boxes of the last draw, in plot pixels (for tests); empty boxes for labels left out.
    QVector<QRectF> lastBoxes() const { return m_lastBoxes; }

    double selectTest(const QPointF &pos, bool onlySelectable, QVariant *details = nullptr) const override;

protected:
    void draw(QCPPainter *painter) override;

private:
    QVector<Label> m_labels;
    QFont m_font;
    double m_markerRadius = 5.0;
    QVector<QRectF> m_lastBoxes;
};

} // namespace ee::ui
