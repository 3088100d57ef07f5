#pragma once

#include "core/stats/gosh.h"
#include "ui/plots/qcustomplotinclude.h"

#include <QWidget>

#include <optional>

namespace ee::ui {

/// GOSH plot (Olkin, Dahabreh & Trikalinos 2012): the estimate (x) against I²
/// (y) of every fitted subset, shaded by density: a 2D histogram on a log
/// colour scale (a million subsets stay one image), with the full model marked.
class GoshPlot : public QWidget
{
    Q_OBJECT

public:
    explicit GoshPlot(QWidget *parent = nullptr);
    ~GoshPlot() override;

    /// Draws `result`; `full` is the model on all studies (estimate, I²), marked
    /// with a cross. `ratio` labels the x axis with exp(x).
    void setResult(const stats::GoshResult &result, std::optional<QPointF> full, const QString &xLabel, bool ratio);
    void clear();

    /// Subsets drawn (fits that succeeded).
    qint64 pointCount() const { return m_points; }
    QCustomPlot *customPlot() const { return m_plot; }
    QSize sizeHint() const override { return { 480, 360 }; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QCustomPlot *m_plot = nullptr;
    QCPColorMap *m_map = nullptr;
    QCPGraph *m_full = nullptr;
    qint64 m_points = 0;
};

} // namespace ee::ui
