#pragma once

#include "ui/plots/qcustomplotinclude.h"
#include "ui/plots/studyplot.h"

#include <QHash>
#include <QVector>

namespace ee::ui {

/// Base of the funnel and Baujat plots: one QCustomPlot created once and
/// reused by every setData(), one graph per subgroup (colour-blind-safe
/// colours paired with marker shapes), a graph for excluded studies, rings for
/// the selection and the keyboard's study, nearest-point hit testing, and
/// vector rendering for export.
class ScatterStudyPlot : public StudyPlot
{
    Q_OBJECT

public:
    explicit ScatterStudyPlot(QWidget *parent = nullptr);
    ~ScatterStudyPlot() override;

    /// The underlying plot (for tests and exports); positions are valid after a replot.
    QCustomPlot *customPlot() const { return m_plot; }

    void render(QPainter &painter, const QRectF &target) override;
    std::optional<QPointF> studyPosition(const QString &key) const override;
    QStringList studyKeys() const override; ///< left to right
    QSize sizeHint() const override { return { 480, 360 }; }
    QSize minimumSizeHint() const override { return { 200, 160 }; }

    /// Marker diameter in pixels of studies (default 8).
    static constexpr double markerSize = 8.0;

protected:
    struct Point {
        QString key;
        QString label;
        double x = 0.0;
        double y = 0.0;
        int subgroup = -1;
        bool excluded = false;
        QString tooltip;
    };

    /// Replaces the points: fills the subgroup and excluded graphs, rebuilds the
    /// legend entries for them (subgroup names from `subgroupNames`) and the rings.
    /// Does not replot; call replotSoon().
    void setPoints(const QVector<Point> &points, const QStringList &subgroupNames);
    const QVector<Point> &points() const { return m_points; }
    /// Shows the legend below the plot when it has entries.
    void finishLegend();
    void replotSoon();
    void styleAxis(QCPAxis *axis, const QString &label);

    QString studyKeyAt(const QPoint &pos) const override;
    bool isStudyExcluded(const QString &key) const override;
    QString studyTooltip(const QString &key) const override;
    void updateHighlights() override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    /// The interface language changed: set the fixed texts again and redraw
    /// the current data (whose own texts the data's owner translates).
    virtual void retranslate() { }

    QCustomPlot *m_plot = nullptr;

private:
    QCPGraph *subgroupGraph(int slot);
    /// Puts the selected and current studies into the ring graphs (no replot).
    void refreshRings();
    void applyFonts();
    /// Legend columns that fit `width` pixels, from the widest entry.
    void fitLegendColumns(int width);
    static QCPScatterStyle::ScatterShape shapeFor(int subgroup);

    QVector<Point> m_points;
    QHash<QString, int> m_index;
    QVector<QCPGraph *> m_subgroupGraphs;
    QCPGraph *m_excludedGraph = nullptr;
    QCPGraph *m_selectionGraph = nullptr;
    QCPGraph *m_focusGraph = nullptr;
    bool m_legendInLayout = false;
};

} // namespace ee::ui
