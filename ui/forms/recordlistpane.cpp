#include "ui/forms/recordlistpane.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ee::ui {

RecordListPane::RecordListPane(const Names &names, const QString &accessibleName, const QString &addText,
    const QString &removeText, QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget)
    , m_add(new QPushButton(addText))
    , m_remove(new QPushButton(removeText))
{
    m_list->setObjectName(names.list);
    m_list->setAccessibleName(accessibleName);
    m_add->setObjectName(names.add);
    m_remove->setObjectName(names.remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    layout->addLayout(buttons);
}

} // namespace ee::ui
