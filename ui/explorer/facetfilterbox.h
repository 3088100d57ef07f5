#pragma once

#include "core/store/evidencequery.h"

#include <QStringList>
#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace ee::ui {

/// One facet's filter in the "Evidence" dock: a collapsible title, All / None,
/// and a checkable list of the facet's levels, each with the number of studies
/// it would give under the other filters.
class FacetFilterBox : public QWidget
{
    Q_OBJECT

public:
    FacetFilterBox(const QString &facet, const QString &label, QWidget *parent = nullptr);

    QString facet() const { return m_facet; }
    QString label() const { return m_label; }

    /// Shows `counts`: adds levels not seen yet, updates every count. Ticks of
    /// known levels are kept; new levels start ticked.
    void setCounts(const store::FacetCounts &counts);

    /// The codes of the ticked levels.
    QStringList checkedCodes() const;
    /// True when every level is ticked (the facet does not filter).
    bool allChecked() const;
    /// Ticks exactly `codes`; emits nothing.
    void setCheckedCodes(const QStringList &codes);
    void setAllChecked();
    /// The label a level code is shown with.
    QString levelLabel(const QString &code) const;

    void setExpanded(bool expanded);
    bool isExpanded() const;

Q_SIGNALS:
    /// The user ticked or unticked levels (directly or with All / None).
    void selectionEdited();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The All / None buttons and the level texts in the current language.
    void retranslate();
    void handleItemChanged(QListWidgetItem *item);
    void setAll(bool checked);
    void updateTitle();
    void fitListHeight();

    QString m_facet;
    QString m_label;
    QToolButton *m_title = nullptr;
    QToolButton *m_all = nullptr;
    QToolButton *m_none = nullptr;
    QListWidget *m_list = nullptr;
    bool m_updating = false;
    store::FacetCounts m_counts; ///< as last set, to write the level texts again
};

} // namespace ee::ui
