#include "ui/plots/forestplot.h"

#include "ui/plots/forestcanvas.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <cmath>

namespace ee::ui {

ForestPlot::ForestPlot(QWidget *parent)
    : StudyPlot(parent)
{
    m_layout.setFont(font());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_canvas = new ForestCanvas(m_layout);
    m_canvas->setFocusPolicy(Qt::NoFocus);
    m_scroll->setWidget(m_canvas);
    layout->addWidget(m_scroll);
    // Mouse events arrive on the canvas; the scroll area only frames it.
    setContentWidget(m_scroll, m_canvas);
    setMessage(m_layout.message());
}

ForestPlot::~ForestPlot() = default;

void ForestPlot::setData(const ForestData &data)
{
    m_layout.setData(data);
    m_index.clear();
    QSet<QString> flagged;
    for (int i = 0; i < data.studies.size(); ++i) {
        m_index.insert(data.studies.at(i).key, i);
        if (data.studies.at(i).selected)
            flagged.insert(data.studies.at(i).key);
    }
    adoptSelectionFlags(flagged);
    retainKeys(m_layout.studyKeys());
    m_layout.setSelectedKeys(selectedKeys());
    m_layout.setHoveredKey(hoveredKey());
    m_layout.setCurrentKey(currentKey(), hasFocus());
    m_paintedHover = hoveredKey();
    m_paintedCurrent = currentKey();
    m_paintedFocus = hasFocus();
    setMessage(m_layout.message());
    m_canvas->layoutChanged();
}

int ForestPlot::preferredHeight(int width) const
{
    return static_cast<int>(std::ceil(m_layout.preferredSize(width, m_canvas).height()));
}

QVector<QRectF> ForestPlot::textRects() const
{
    return m_layout.textRects(QSizeF(m_canvas->size()), m_canvas);
}

QSize ForestPlot::canvasSize() const
{
    return m_canvas->size();
}

void ForestPlot::render(QPainter &painter, const QRectF &target)
{
    m_layout.render(painter, target, false);
}

QSizeF ForestPlot::preferredSize(qreal width, const QPaintDevice *device) const
{
    if (isShowingMessage())
        return StudyPlot::preferredSize(width, device);
    return m_layout.preferredSize(width, device ? device : m_canvas);
}

QSize ForestPlot::defaultImageSize() const
{
    const int width = m_canvas->isVisible() ? m_canvas->width() : 760;
    return preferredSize(width).toSize();
}

std::optional<QPointF> ForestPlot::studyPosition(const QString &key) const
{
    if (isShowingMessage())
        return std::nullopt;
    QRectF rect = m_layout.studyMarkerRect(key, QSizeF(m_canvas->size()), m_canvas);
    if (rect.isEmpty()) {
        const QRectF row = m_layout.studyRowRect(key, QSizeF(m_canvas->size()), m_canvas);
        if (row.isEmpty())
            return std::nullopt;
        rect = QRectF(row.left() + row.height(), row.top(), row.height(), row.height());
    }
    const QPoint inCanvas = rect.center().toPoint();
    const QPoint inViewport = m_canvas->mapTo(m_scroll->viewport(), inCanvas);
    if (!m_scroll->viewport()->rect().contains(inViewport))
        return std::nullopt;
    return QPointF(m_canvas->mapTo(this, inCanvas));
}

QSize ForestPlot::sizeHint() const
{
    const int width = m_canvas->isVisible() ? m_canvas->width() : 760;
    const int frame = m_scroll->verticalScrollBar()->sizeHint().width();
    return { width + frame, std::min(preferredHeight(width), 1200) };
}

QSize ForestPlot::minimumSizeHint() const
{
    return { 320, 160 };
}

QString ForestPlot::studyKeyAt(const QPoint &pos) const
{
    const QPoint inViewport = m_scroll->viewport()->mapFrom(this, pos);
    if (!m_scroll->viewport()->rect().contains(inViewport))
        return {};
    return m_layout.studyKeyAt(QPointF(m_canvas->mapFrom(this, pos)), QSizeF(m_canvas->size()), m_canvas);
}

bool ForestPlot::isStudyExcluded(const QString &key) const
{
    const PlotStudy *s = study(key);
    return s && s->excluded;
}

QString ForestPlot::studyTooltip(const QString &key) const
{
    const PlotStudy *s = study(key);
    return s ? s->tooltip : QString();
}

void ForestPlot::updateHighlights()
{
    // Repaint only the rows whose highlight changed: hovering along the plot
    // must not redraw forty rows of text at every step.
    QSet<QString> changed = m_layout.selectedKeys();
    changed.unite(selectedKeys()).subtract(QSet<QString>(m_layout.selectedKeys()).intersect(selectedKeys()));
    if (m_paintedHover != hoveredKey())
        changed << m_paintedHover << hoveredKey();
    if (m_paintedCurrent != currentKey() || m_paintedFocus != hasFocus())
        changed << m_paintedCurrent << currentKey();
    changed.remove(QString());

    m_layout.setSelectedKeys(selectedKeys());
    m_layout.setHoveredKey(hoveredKey());
    m_layout.setCurrentKey(currentKey(), hasFocus());
    m_paintedHover = hoveredKey();
    m_paintedCurrent = currentKey();
    m_paintedFocus = hasFocus();

    if (changed.size() > 12) {
        m_canvas->update();
        return;
    }
    for (const QString &key : std::as_const(changed)) {
        const QRectF row = m_layout.studyRowRect(key, QSizeF(m_canvas->size()), m_canvas);
        if (!row.isEmpty())
            m_canvas->update(row.toAlignedRect().adjusted(0, -1, 0, 1));
    }
}

void ForestPlot::ensureStudyVisible(const QString &key)
{
    const QRectF row = m_layout.studyRowRect(key, QSizeF(m_canvas->size()), m_canvas);
    if (!row.isEmpty())
        m_scroll->ensureVisible(
            static_cast<int>(row.center().x()), static_cast<int>(row.center().y()), 0, static_cast<int>(row.height()));
}

void ForestPlot::keyPressEvent(QKeyEvent *event)
{
    QScrollBar *bar = m_scroll->verticalScrollBar();
    switch (event->key()) {
    case Qt::Key_PageUp:
        bar->triggerAction(QAbstractSlider::SliderPageStepSub);
        event->accept();
        return;
    case Qt::Key_PageDown:
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        event->accept();
        return;
    default:
        StudyPlot::keyPressEvent(event);
    }
}

void ForestPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        m_layout.setFont(font());
        m_canvas->layoutChanged();
    }
    if (event->type() == QEvent::LanguageChange) {
        // The layout's own texts ("Study or subgroup", "Weight", "Not estimable")
        // and its numbers are made when rows are built: build them again, keeping
        // the selection, hover and focus as they are.
        const ForestData data = m_layout.data();
        m_layout.setData(data);
        m_layout.setSelectedKeys(selectedKeys());
        m_layout.setHoveredKey(hoveredKey());
        m_layout.setCurrentKey(currentKey(), hasFocus());
        setMessage(m_layout.message());
        m_canvas->layoutChanged();
    }
    StudyPlot::changeEvent(event);
}

const PlotStudy *ForestPlot::study(const QString &key) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.cend() ? nullptr : &m_layout.data().studies.at(*it);
}

} // namespace ee::ui
