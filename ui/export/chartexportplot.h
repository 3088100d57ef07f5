#pragma once

#include "ui/plots/qcustomplotinclude.h"
#include "ui/plots/studyplot.h"

#include <QPointer>

namespace ee::ui {

/// A StudyPlot face for a QCustomPlot chart that has no studies to select (the
/// GOSH plot), so the exporter, the export dialog, "Copy as SVG" and batch export
/// treat it like the forest, funnel and Baujat plots. It never shows itself: it
/// renders the chart it is given at any size, in its own font (the export's),
/// and restores the chart's fonts afterwards.
class ChartExportPlot : public StudyPlot
{
    Q_OBJECT

public:
    /// `chart` stays owned by its widget; when it is gone the plot draws its message.
    explicit ChartExportPlot(QCustomPlot *chart, QWidget *parent = nullptr);
    ~ChartExportPlot() override;

    QCustomPlot *chart() const { return m_chart; }
    /// Shows `message` instead of the chart (empty: draw the chart), e.g. before GOSH is computed.
    void setEmptyMessage(const QString &message) { setMessage(message); }

    void render(QPainter &painter, const QRectF &target) override;
    /// The chart as shown when it is visible, else 480 × 360.
    QSize defaultImageSize() const override;
    std::optional<QPointF> studyPosition(const QString &key) const override;
    QStringList studyKeys() const override { return {}; }

protected:
    QString studyKeyAt(const QPoint &pos) const override;
    bool isStudyExcluded(const QString &key) const override;
    QString studyTooltip(const QString &key) const override;
    void updateHighlights() override { }

private:
    QPointer<QCustomPlot> m_chart;
};

} // namespace ee::ui
