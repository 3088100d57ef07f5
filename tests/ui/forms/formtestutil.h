#pragma once

// Typing into the extraction forms as a user does, and reading the message
// shown beside a field.
#include "ui/forms/fieldmessage.h"

#include <QLineEdit>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

namespace ee::formtest {

/// Replaces a line edit's text by typing, then presses Enter (which ends the edit).
inline void typeAndCommit(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    if (!text.isEmpty())
        QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

/// The problem shown next to `field` (its FieldMessage), or an empty string.
inline QString problemShownFor(QWidget *field)
{
    QWidget *root = field->window();
    for (ui::FieldMessage *message : root->findChildren<ui::FieldMessage *>()) {
        if (message->hasProblem() && message->isVisibleTo(root) && field->accessibleDescription() == message->text())
            return message->text();
    }
    return {};
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    EXPECT_NE(found, nullptr) << "no widget named " << name;
    return found;
}

} // namespace ee::formtest
