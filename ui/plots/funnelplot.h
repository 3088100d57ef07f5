#pragma once

#include "ui/plots/funneldata.h"
#include "ui/plots/scatterstudyplot.h"

#include <QSharedPointer>

#include <array>

namespace ee::ui {

class RatioAxisTicker;

/// Funnel plot: each study's effect (x, analysis scale; ratio measures are
/// labelled with ratios) against its standard error (y, inverted: 0 at the
/// top), the pseudo-95% confidence funnel around the pooled estimate, a
/// vertical line at the pooled estimate, optionally the contour-enhanced
/// regions of Peters et al. (2008) around the null (p < 0.10, 0.05, 0.01 in
/// greys, with a legend), and points coloured and shaped by subgroup.
class FunnelPlot : public ScatterStudyPlot
{
    Q_OBJECT

public:
    explicit FunnelPlot(QWidget *parent = nullptr);
    ~FunnelPlot() override;

    /// Replaces what is drawn and queues one replot; objects are reused.
    void setData(const FunnelData &data);
    const FunnelData &data() const { return m_data; }

    /// Studies drawn as points (finite effect, positive variance).
    int pointCount() const { return static_cast<int>(points().size()); }
    bool showsContours() const { return m_data.contours && !isShowingMessage(); }
    /// The x axis tick labels as last laid out (after a replot).
    QStringList xTickLabels() const;
    /// Small-study overlay as drawn: imputed (hollow) points, whether Egger's line shows, the test text.
    int imputedPointCount() const;
    bool showsEggerLine() const;
    QString overlayText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void retranslate() override;

private:
    void fitTickCount();

    FunnelData m_data;
    bool m_hasData = false; ///< setData() was called: a language change redraws m_data
    QSharedPointer<RatioAxisTicker> m_ratioTicker;
    QSharedPointer<QCPAxisTicker> m_linearTicker;
    QCPCurve *m_funnel = nullptr;
    QCPItemStraightLine *m_pooledLine = nullptr;
    std::array<QCPCurve *, 3> m_contours {};
    QCPCurve *m_eggerLine = nullptr;
    QCPGraph *m_imputedGraph = nullptr;
    QCPItemStraightLine *m_adjustedLine = nullptr;
    QString m_overlayText; ///< test results and warning as shown under the x axis
    void updateOverlay(double yMax); ///< 99%, 95%, 90% regions, drawn in that order
};

} // namespace ee::ui
