#pragma once

#include "ui/plots/axisticks.h"
#include "ui/plots/forestdata.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QRectF>
#include <QSet>
#include <QSizeF>
#include <QString>
#include <QVector>

#include <map>
#include <memory>
#include <optional>
#include <vector>

class QPainter;
class QPaintDevice;

namespace ee::ui {

/// Lays out and paints a RevMan-style forest plot onto any paint device at any
/// size: the widget, a QImage, a QSvgGenerator or a QPdfWriter.
///
/// Columns, left to right: study, data columns, moderator columns, weight,
/// effect with CI as text, and the graph. Widths follow the text; when the
/// width is short the study and moderator columns elide, then the font
/// shrinks (to 70%), then moderator columns are dropped. The height follows
/// the rows: ask preferredSize() for a width, then render() into that size.
/// Given less height than it wants, the layout shrinks its font to fit.
///
/// Every length derives from the font's metrics on the target device, so an
/// export at 600 dpi keeps the proportions of the screen. Geometry is cached
/// per size and device resolution; selection changes only repaint.
class ForestLayout
{
    Q_DECLARE_TR_FUNCTIONS(ee::ui::ForestLayout)

public:
    /// How one text item was placed, for overlap checks and tests.
    struct PlacedText {
        QRectF rect; ///< tight box of the drawn text
        QString text;
    };

    ForestLayout();
    ~ForestLayout();
    ForestLayout(const ForestLayout &) = delete;
    ForestLayout &operator=(const ForestLayout &) = delete;

    void setData(const ForestData &data);
    const ForestData &data() const { return m_data; }
    /// Base font (point size is the size at 100%); default: the application font.
    void setFont(const QFont &font);
    QFont font() const { return m_font; }

    void setSelectedKeys(const QSet<QString> &keys) { m_selected = keys; }
    const QSet<QString> &selectedKeys() const { return m_selected; }
    void setHoveredKey(const QString &key) { m_hovered = key; }
    /// The keyboard's study, outlined when `showFocus`.
    void setCurrentKey(const QString &key, bool showFocus)
    {
        m_current = key;
        m_showFocus = showFocus;
    }

    /// The message to show instead of a plot: the data's emptyMessage, or a
    /// default one when there is no study row; empty when there is a plot.
    QString message() const;

    int rowCount() const; ///< study rows, excluded ones included
    int diamondCount() const; ///< pooled diamonds: subtotals and overall
    QStringList studyKeys() const; ///< study keys, top to bottom

    /// Size wanted at `width` (logical units of `device`; the screen when null).
    QSizeF preferredSize(qreal width, const QPaintDevice *device = nullptr) const;
    /// Narrowest width at which the layout still fits without overlap.
    qreal minimumWidth(const QPaintDevice *device = nullptr) const;

    /// Paints into `target`. With `interactive`, hover and keyboard focus are marked too.
    void render(QPainter &painter, const QRectF &target, bool interactive = false) const;

    // Introspection, for hit tests and tests, in coordinates of a plot of `size` at the origin.
    QVector<PlacedText> placedTexts(const QSizeF &size, const QPaintDevice *device = nullptr) const;
    QVector<QRectF> textRects(const QSizeF &size, const QPaintDevice *device = nullptr) const;
    QString studyKeyAt(const QPointF &pos, const QSizeF &size, const QPaintDevice *device = nullptr) const;
    QRectF studyRowRect(const QString &key, const QSizeF &size, const QPaintDevice *device = nullptr) const;
    /// Square of a study, or an empty rect when its effect is not drawable.
    QRectF studyMarkerRect(const QString &key, const QSizeF &size, const QPaintDevice *device = nullptr) const;
    QVector<AxisTick> ticks(const QSizeF &size, const QPaintDevice *device = nullptr) const;
    /// Font scale chosen to fit (1.0 = the base font).
    qreal fontScale(const QSizeF &size, const QPaintDevice *device = nullptr) const;
    /// Whether moderator columns are shown at this size (they are dropped last, when nothing else fits).
    bool showsModerators(const QSizeF &size, const QPaintDevice *device = nullptr) const;

private:
    enum class RowKind { SubgroupTitle, Study, Pooled, Prediction, Note, Spacer };
    struct Row {
        RowKind kind = RowKind::Study;
        int study = -1; ///< index into m_data.studies
        int pooled = -1; ///< index into m_pooled
        QString text; ///< title, note text or prediction label
    };
    struct Pooled {
        PooledRow row;
        bool overall = false;
        double weight = 0.0;
        QString effectText; ///< "2.29 [1.93, 2.71]"
        QString predictionText; ///< "[1.91, 2.74]", empty without a prediction interval
    };
    struct Geometry;
    /// `minShare` for layoutAt(): squeeze every column, numbers included, when nothing else fits.
    static constexpr qreal squeezed = -1.0;

    void buildRows();
    const Geometry &geometry(const QSizeF &size, const QPaintDevice *device, qreal transformScale = 1.0) const;
    std::unique_ptr<Geometry> computeGeometry(
        const QSizeF &size, const QPaintDevice *device, qreal transformScale) const;
    /// Lays out at one font scale; false when the columns do not fit the width.
    /// `withData` false leaves out the per-arm data columns (narrow exports).
    /// With `columnsOnly`, stops after the column widths (to test a scale cheaply).
    bool layoutAt(Geometry &g, qreal scale, bool moderators, bool withData, qreal minShare, const QSizeF &size,
        const QPaintDevice *device, qreal transformScale, bool columnsOnly = false) const;
    void paintGeometry(QPainter &painter, const Geometry &g, bool interactive) const;
    QRectF markerRect(const PlotStudy &study, const Geometry &g, qreal centreY) const;

    ForestData m_data;
    QFont m_font;
    QVector<Row> m_rows;
    QStringList m_studyEffectTexts; ///< per study, formatted once per setData()
    QVector<Pooled> m_pooled;
    QStringList m_footer;
    double m_maxWeight = 0.0;
    QSet<QString> m_selected;
    QString m_hovered;
    QString m_current;
    bool m_showFocus = false;
    /// A few recent geometries: the widget asks for its preferred height and paints at its
    /// real size, an export at another; each keeps its own entry.
    mutable std::vector<std::unique_ptr<Geometry>> m_cache;
    mutable qreal m_minimumWidth = 0.0;
    mutable int m_minimumWidthDpi = -1;
    /// Text widths by font key and device resolution, kept across data updates.
    mutable std::map<QString, QHash<QString, qreal>> m_widths;
};

} // namespace ee::ui
