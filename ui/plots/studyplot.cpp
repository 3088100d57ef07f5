#include "ui/plots/studyplot.h"

#include "ui/plots/plotpalette.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QImage>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace ee::ui {

StudyPlot::StudyPlot(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover, false);
}

StudyPlot::~StudyPlot() = default;

QSizeF StudyPlot::preferredSize(qreal width, const QPaintDevice *device) const
{
    Q_UNUSED(device)
    return { width, std::round(width * 0.75) };
}

QImage StudyPlot::toImage(QSize size, qreal devicePixelRatio)
{
    if (devicePixelRatio <= 0.0)
        devicePixelRatio = devicePixelRatioF();
    if (size.isEmpty())
        size = defaultImageSize();
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(plotpalette::paper());
    QPainter painter(&image);
    render(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

QSize StudyPlot::defaultImageSize() const
{
    if (isVisible() && width() > 0 && height() > 0)
        return size();
    return preferredSize(480).toSize();
}

QMenu *StudyPlot::createContextMenu(const QPoint &pos, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const QString key = isShowingMessage() ? QString() : studyKeyAt(pos);
    if (!key.isEmpty()) {
        const bool excluded = isStudyExcluded(key);
        QAction *action = menu->addAction(excluded ? tr("Include study") : tr("Exclude study"));
        action->setObjectName(excluded ? QStringLiteral("includeStudy") : QStringLiteral("excludeStudy"));
        connect(action, &QAction::triggered, this,
            [this, key, excluded] { Q_EMIT studyExclusionRequested(key, !excluded); });
        menu->addSeparator();
    }
    QAction *copy = menu->addAction(tr("Copy image"));
    copy->setObjectName(QStringLiteral("copyImage"));
    connect(copy, &QAction::triggered, this, &StudyPlot::copyImage);
    Q_EMIT contextMenuCreated(menu);
    return menu;
}

void StudyPlot::paintMessage(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font)
{
    painter.save();
    QFont messageFont = font;
    if (messageFont.pointSizeF() > 0)
        messageFont.setPointSizeF(messageFont.pointSizeF() * 1.1);
    painter.setFont(messageFont);
    painter.setPen(plotpalette::mutedInk());
    const qreal margin = std::min(rect.width(), rect.height()) * 0.08;
    painter.drawText(rect.adjusted(margin, margin, -margin, -margin), Qt::AlignCenter | Qt::TextWordWrap, text);
    painter.restore();
}

void StudyPlot::setSelectedKeys(const QSet<QString> &keys)
{
    if (keys == m_selectedKeys)
        return;
    m_selectedKeys = keys;
    updateHighlights();
}

void StudyPlot::copyImage()
{
    QGuiApplication::clipboard()->setImage(toImage());
}

void StudyPlot::setMessage(const QString &message)
{
    if (message == m_message && (!m_content || m_content->isHidden() == !message.isEmpty()))
        return;
    m_message = message;
    if (m_content && m_content->isHidden() != !message.isEmpty())
        m_content->setVisible(message.isEmpty());
    update();
}

void StudyPlot::setContentWidget(QWidget *content, QWidget *input)
{
    m_content = content;
    m_input = input ? input : content;
    m_input->setMouseTracking(true);
    m_input->installEventFilter(this);
    m_input->setContextMenuPolicy(Qt::DefaultContextMenu);
}

void StudyPlot::retainKeys(const QStringList &keys)
{
    const QSet<QString> present(keys.cbegin(), keys.cend());
    if (!present.contains(m_currentKey))
        m_currentKey.clear();
    if (!present.contains(m_hoveredKey) && !m_hoveredKey.isEmpty()) {
        m_hoveredKey.clear();
        Q_EMIT studyHovered(QString());
    }
}

void StudyPlot::adoptSelectionFlags(const QSet<QString> &flagged)
{
    if (!flagged.isEmpty())
        m_selectedKeys = flagged;
}

bool StudyPlot::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_input || isShowingMessage())
        return QWidget::eventFilter(watched, event);
    auto here = [this](const QPointF &inputPos) { return m_input->mapTo(this, inputPos.toPoint()); };
    switch (event->type()) {
    case QEvent::MouseMove: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QString key = studyKeyAt(here(mouse->position()));
        setHoveredKey(key);
        m_input->setCursor(key.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        break;
    }
    case QEvent::Leave:
        setHoveredKey(QString());
        break;
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            setFocus(Qt::MouseFocusReason);
            handlePress(studyKeyAt(here(mouse->position())), mouse->modifiers());
        }
        break;
    }
    case QEvent::MouseButtonDblClick: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QString key = studyKeyAt(here(mouse->position()));
        if (mouse->button() == Qt::LeftButton && !key.isEmpty())
            Q_EMIT studyActivated(key);
        break;
    }
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString key = studyKeyAt(here(help->pos()));
        const QString tip = key.isEmpty() ? QString() : studyTooltip(key);
        if (tip.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), tip, m_input);
        }
        return true;
    }
    case QEvent::ContextMenu: {
        const auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        showContextMenu(here(menuEvent->pos()), menuEvent->globalPos());
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void StudyPlot::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    if (!isShowingMessage())
        return;
    QPainter painter(this);
    painter.fillRect(rect(), plotpalette::paper());
    paintMessage(painter, rect(), m_message, font());
}

void StudyPlot::keyPressEvent(QKeyEvent *event)
{
    if (isShowingMessage()) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Left:
        moveCurrent(-1, event->modifiers());
        break;
    case Qt::Key_Down:
    case Qt::Key_Right:
        moveCurrent(+1, event->modifiers());
        break;
    case Qt::Key_Home:
        moveCurrent(-studyKeys().size(), event->modifiers());
        break;
    case Qt::Key_End:
        moveCurrent(studyKeys().size(), event->modifiers());
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_currentKey.isEmpty())
            Q_EMIT studyActivated(m_currentKey);
        break;
    case Qt::Key_Space:
        if (!m_currentKey.isEmpty())
            handlePress(m_currentKey, event->modifiers());
        break;
    case Qt::Key_Escape:
        if (!m_selectedKeys.isEmpty())
            handlePress(QString(), Qt::NoModifier);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void StudyPlot::contextMenuEvent(QContextMenuEvent *event)
{
    QPoint pos = event->pos();
    QPoint globalPos = event->globalPos();
    if (event->reason() == QContextMenuEvent::Keyboard && !m_currentKey.isEmpty()) {
        if (const auto at = studyPosition(m_currentKey)) {
            pos = at->toPoint();
            globalPos = mapToGlobal(pos);
        }
    }
    showContextMenu(pos, globalPos);
    event->accept();
}

void StudyPlot::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    updateHighlights();
}

void StudyPlot::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    updateHighlights();
}

void StudyPlot::handlePress(const QString &key, Qt::KeyboardModifiers modifiers)
{
    const bool toggle = modifiers & (Qt::ControlModifier | Qt::ShiftModifier | Qt::MetaModifier);
    if (key.isEmpty()) {
        if (!toggle)
            m_selectedKeys.clear();
    } else if (toggle) {
        if (!m_selectedKeys.remove(key))
            m_selectedKeys.insert(key);
    } else {
        m_selectedKeys = { key };
    }
    if (!key.isEmpty())
        m_currentKey = key;
    updateHighlights();
    Q_EMIT studyClicked(key, modifiers);
}

void StudyPlot::setHoveredKey(const QString &key)
{
    if (key == m_hoveredKey)
        return;
    m_hoveredKey = key;
    updateHighlights();
    Q_EMIT studyHovered(key);
}

void StudyPlot::moveCurrent(int step, Qt::KeyboardModifiers modifiers)
{
    const QStringList keys = studyKeys();
    if (keys.isEmpty())
        return;
    int index = keys.indexOf(m_currentKey);
    if (index < 0)
        index = step > 0 ? 0 : int(keys.size()) - 1;
    else
        index = std::clamp(index + step, 0, int(keys.size()) - 1);
    const QString key = keys.at(index);
    ensureStudyVisible(key);
    // Arrow keys move the selection like a list view; with Ctrl they only move the current study.
    if (modifiers & Qt::ControlModifier) {
        m_currentKey = key;
        updateHighlights();
    } else {
        handlePress(key, Qt::NoModifier);
    }
}

void StudyPlot::showContextMenu(const QPoint &pos, const QPoint &globalPos)
{
    QMenu *menu = createContextMenu(pos, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

} // namespace ee::ui
