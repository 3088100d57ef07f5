#include "ui/forms/focusoutnotifier.h"

#include <QEvent>

namespace ee::ui {

FocusOutNotifier::FocusOutNotifier(QObject *parent, std::function<void()> onFocusOut)
    : QObject(parent)
    , m_onFocusOut(std::move(onFocusOut))
{ }

void FocusOutNotifier::watch(QObject *watched, std::function<void()> onFocusOut)
{
    watched->installEventFilter(new FocusOutNotifier(watched, std::move(onFocusOut)));
}

bool FocusOutNotifier::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        m_onFocusOut();
    return QObject::eventFilter(watched, event);
}

} // namespace ee::ui
