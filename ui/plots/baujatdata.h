#pragma once

#include "ui/plots/plotstudy.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace ee::ui {

/// One point of a Baujat plot (Baujat et al. 2002): contribution to the
/// heterogeneity statistic Q (x) against influence on the pooled result (y).
struct BaujatPoint {
    int study = -1;  ///< index into BaujatData::studies
    double x = 0.0;
    double y = 0.0;
};

struct BaujatData {
    QVector<PlotStudy> studies;
    QVector<BaujatPoint> points;
    QStringList subgroupNames;
    QString emptyMessage;
};

} // namespace ee::ui
