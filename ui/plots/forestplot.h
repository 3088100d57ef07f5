#pragma once

#include "ui/plots/forestdata.h"
#include "ui/plots/forestlayout.h"
#include "ui/plots/studyplot.h"

#include <QHash>

class QScrollArea;

namespace ee::ui {

class ForestCanvas;

/// A RevMan-style forest plot: study rows with data, moderator, weight and
/// effect columns, squares sized by weight (area ∝ weight), CI whiskers with
/// arrows where the axis clips them, subgroup sections with subtotal diamonds,
/// the pooled diamond with its prediction interval, a log axis for ratios and
/// the heterogeneity and test lines. The plot scrolls vertically: its height
/// follows the rows (preferredHeight()). Drawing goes through ForestLayout,
/// which exports reuse at an exact size.
class ForestPlot : public StudyPlot
{
    Q_OBJECT

public:
    explicit ForestPlot(QWidget *parent = nullptr);
    ~ForestPlot() override;

    /// Replaces what is drawn. Fast: no layout is computed until painted.
    void setData(const ForestData &data);
    const ForestData &data() const { return m_layout.data(); }
    /// The layout, for exports: preferredSize() then render() at an exact size.
    const ForestLayout &layout() const { return m_layout; }

    int rowCount() const { return m_layout.rowCount(); } ///< study rows
    int diamondCount() const { return m_layout.diamondCount(); } ///< subtotal and overall diamonds
    /// Height the plot needs at `width` pixels to show every row without clipping.
    int preferredHeight(int width) const;
    /// Bounding boxes of every text drawn, in the coordinates of the scrolled canvas.
    QVector<QRectF> textRects() const;
    /// The canvas size the plot currently lays out for.
    QSize canvasSize() const;

    void render(QPainter &painter, const QRectF &target) override;
    QSizeF preferredSize(qreal width, const QPaintDevice *device = nullptr) const override;
    QSize defaultImageSize() const override;
    std::optional<QPointF> studyPosition(const QString &key) const override;
    QStringList studyKeys() const override { return m_layout.studyKeys(); }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    QString studyKeyAt(const QPoint &pos) const override;
    bool isStudyExcluded(const QString &key) const override;
    QString studyTooltip(const QString &key) const override;
    void updateHighlights() override;
    void ensureStudyVisible(const QString &key) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    const PlotStudy *study(const QString &key) const;

    ForestLayout m_layout;
    QScrollArea *m_scroll = nullptr;
    ForestCanvas *m_canvas = nullptr;
    QHash<QString, int> m_index; ///< key → index into data().studies
    // Highlights as last handed to the layout, to repaint only rows that change.
    QString m_paintedHover;
    QString m_paintedCurrent;
    bool m_paintedFocus = false;
};

} // namespace ee::ui
