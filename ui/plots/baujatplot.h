#pragma once

#include "ui/plots/baujatdata.h"
#include "ui/plots/scatterstudyplot.h"

namespace ee::ui {

class BaujatLabels;

/// Baujat plot (Baujat et al. 2002): each study's contribution to the overall
/// heterogeneity statistic (x) against its influence on the pooled result (y),
/// points coloured and shaped by subgroup and labelled with the study, labels
/// kept apart where space allows.
class BaujatPlot : public ScatterStudyPlot
{
    Q_OBJECT

public:
    explicit BaujatPlot(QWidget *parent = nullptr);
    ~BaujatPlot() override;

    /// Replaces what is drawn and queues one replot; objects are reused.
    void setData(const BaujatData &data);
    const BaujatData &data() const { return m_data; }

    int pointCount() const { return static_cast<int>(points().size()); }
    /// Label boxes of the last replot in plot pixels; empty boxes are labels left out for lack of room.
    QVector<QRectF> labelRects() const;

protected:
    void retranslate() override;

private:
    BaujatData m_data;
    bool m_hasData = false; ///< setData() was called: a language change redraws m_data
    BaujatLabels *m_labels = nullptr;
};

} // namespace ee::ui
