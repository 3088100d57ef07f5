#pragma once

#include <QWidget>

class QSplitter;

namespace ee::ui {

class BaujatPlot;
class ForestPlot;
class FunnelPlot;
class StudyPlot;

/// The central plots: the forest plot on the left, funnel and Baujat plots
/// stacked on the right, in splitters the user can drag. One plot can be
/// maximized to fill the area and restored again.
class PlotArea : public QWidget
{
    Q_OBJECT

public:
    explicit PlotArea(QWidget *parent = nullptr);

    ForestPlot *forest() const { return m_forest; }
    FunnelPlot *funnel() const { return m_funnel; }
    BaujatPlot *baujat() const { return m_baujat; }
    QList<StudyPlot *> plots() const;

    /// Shows only `plot` (nullptr: all three again).
    void maximize(StudyPlot *plot);
    StudyPlot *maximized() const { return m_maximized; }

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    ForestPlot *m_forest = nullptr;
    FunnelPlot *m_funnel = nullptr;
    BaujatPlot *m_baujat = nullptr;
    QSplitter *m_main = nullptr;
    QSplitter *m_side = nullptr;
    StudyPlot *m_maximized = nullptr;
};

} // namespace ee::ui
