#pragma once

#include "ui/plots/plotstudy.h"
#include "ui/plots/scatterstudyplot.h"

#include <QStringList>
#include <QVector>

namespace ee::ui {

/// What a meta-regression bubble plot draws: one bubble per study (x = moderator,
/// y = effect on the analysis scale, area proportional to the weight), the
/// regression line with its confidence band for a numeric moderator, or the
/// level estimates with their intervals for a categorical one.
struct BubbleData {
    QString xLabel;
    QString yLabel;
    bool ratioScale = false; ///< label the y axis with exp(y)
    bool categorical = false; ///< x are level indexes 0..levels-1
    QStringList levels; ///< tick labels of a categorical moderator
    QVector<PlotStudy> studies; ///< key, label, tooltip, subgroup, selected
    QVector<double> x; ///< per study
    QVector<double> weights; ///< per study, any positive scale (random-effects weights)
    QVector<double> lineX; ///< numeric: fitted line and band at these x
    QVector<double> lineY;
    QVector<double> bandLower;
    QVector<double> bandUpper;
    QVector<double> levelEstimate; ///< categorical: per level
    QVector<double> levelLower;
    QVector<double> levelUpper;
    QString emptyMessage;
};

/// Meta-regression bubble plot with the linked selection of the other study plots.
class BubblePlot : public ScatterStudyPlot
{
    Q_OBJECT

public:
    explicit BubblePlot(QWidget *parent = nullptr);
    ~BubblePlot() override;

    void setData(const BubbleData &data);
    const BubbleData &data() const { return m_data; }
    int pointCount() const { return static_cast<int>(points().size()); }
    /// Bubble radius in pixels of each drawn study, in data order.
    QVector<double> bubbleRadii() const { return m_radii; }

protected:
    void retranslate() override;

private:
    void clearBubbles();

    BubbleData m_data;
    bool m_hasData = false; ///< setData() was called: a language change redraws m_data
    QVector<QCPAbstractItem *> m_bubbles;
    QVector<double> m_radii;
    QCPGraph *m_line = nullptr;
    QCPGraph *m_bandLower = nullptr;
    QCPGraph *m_bandUpper = nullptr;
    QCPGraph *m_levels = nullptr;
    QCPErrorBars *m_levelBars = nullptr;
};

} // namespace ee::ui
