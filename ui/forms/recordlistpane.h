#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace ee::ui {

/// The left side of a list-and-details form (arms, comparisons): the records
/// of the study with Add and Remove buttons under them.
class RecordListPane : public QWidget
{
    Q_OBJECT

public:
    struct Names {
        QString list; ///< object names, for tests and accessibility tools
        QString add;
        QString remove;
    };

    RecordListPane(const Names &names, const QString &accessibleName, const QString &addText, const QString &removeText,
        QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

    /// The store id kept with the item at `row` (Qt::UserRole), or 0.
    qint64 recordAt(int row) const;
    /// Makes the item with this store id current, if it is listed.
    void selectRecord(qint64 id);

private:
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace ee::ui
