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

qint64 RecordListPane::recordAt(int row) const
{
    const QListWidgetItem *item = row >= 0 ? m_list->item(row) : nullptr;
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void RecordListPane::selectRecord(qint64 id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (recordAt(row) == id)
            m_list->setCurrentRow(row);
    }
}

} // namespace ee::ui
