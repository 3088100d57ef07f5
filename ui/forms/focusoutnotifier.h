#pragma once

#include <QObject>

#include <functional>

namespace ee::ui {

/// Calls a function when the watched widget loses focus: multi-line fields
/// (notes, quotes) end their edit there, as line edits do on Enter.
class FocusOutNotifier : public QObject
{
public:
    /// Watches `watched`; the notifier is a child of it.
    static void watch(QObject *watched, std::function<void()> onFocusOut);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FocusOutNotifier(QObject *parent, std::function<void()> onFocusOut);
    std::function<void()> m_onFocusOut;
};

} // namespace ee::ui
