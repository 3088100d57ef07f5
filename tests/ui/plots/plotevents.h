#pragma once

// Synthetic input for plot widgets: QTest is not linked, so events are built
// and sent by hand to the child widget under the point, as Qt would.

#include "ui/plots/studyplot.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWidget>

#include <utility>

namespace ee::ui::testing {

inline QWidget *targetAt(QWidget *plot, const QPoint &pos)
{
    QWidget *child = plot->childAt(pos);
    return child ? child : plot;
}

inline void sendMouse(QWidget *plot, QEvent::Type type, const QPoint &pos, Qt::MouseButton button,
    Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = targetAt(plot, pos);
    const QPoint local = target->mapFrom(plot, pos);
    const Qt::MouseButtons buttons =
        type == QEvent::MouseButtonRelease || type == QEvent::MouseMove ? Qt::MouseButtons() : Qt::MouseButtons(button);
    QMouseEvent event(type, QPointF(local), QPointF(target->mapToGlobal(local)),
        type == QEvent::MouseMove ? Qt::NoButton : button, buttons, modifiers);
    QApplication::sendEvent(target, &event);
}

inline void click(QWidget *plot, const QPoint &pos, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    sendMouse(plot, QEvent::MouseButtonPress, pos, Qt::LeftButton, modifiers);
    sendMouse(plot, QEvent::MouseButtonRelease, pos, Qt::LeftButton, modifiers);
}

inline void doubleClick(QWidget *plot, const QPoint &pos)
{
    click(plot, pos);
    sendMouse(plot, QEvent::MouseButtonDblClick, pos, Qt::LeftButton);
    sendMouse(plot, QEvent::MouseButtonRelease, pos, Qt::LeftButton);
}

inline void hover(QWidget *plot, const QPoint &pos)
{
    sendMouse(plot, QEvent::MouseMove, pos, Qt::NoButton);
}

inline void leave(QWidget *plot, const QPoint &lastPos)
{
    QEvent event(QEvent::Leave);
    QApplication::sendEvent(targetAt(plot, lastPos), &event);
}

inline void pressKey(QWidget *widget, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QKeyEvent press(QEvent::KeyPress, key, modifiers);
    QApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers);
    QApplication::sendEvent(widget, &release);
}

/// Records every signal a plot emits (QSignalSpy lives in Qt Test, which this suite does not link).
struct SignalLog {
    explicit SignalLog(StudyPlot *plot)
    {
        QObject::connect(plot, &StudyPlot::studyHovered, plot, [this](const QString &key) { hovered << key; });
        QObject::connect(plot, &StudyPlot::studyClicked, plot,
            [this](const QString &key, Qt::KeyboardModifiers modifiers) { clicked << std::make_pair(key, modifiers); });
        QObject::connect(plot, &StudyPlot::studyActivated, plot, [this](const QString &key) { activated << key; });
        QObject::connect(plot, &StudyPlot::studyExclusionRequested, plot,
            [this](const QString &key, bool exclude) { exclusions << std::make_pair(key, exclude); });
    }
    QStringList hovered;
    QVector<std::pair<QString, Qt::KeyboardModifiers>> clicked;
    QStringList activated;
    QVector<std::pair<QString, bool>> exclusions;
};

} // namespace ee::ui::testing
