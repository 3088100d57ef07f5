#pragma once

#include "core/store/evidencequery.h"

#include <QMap>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QVBoxLayout;

namespace ee::store {
class EvidenceIndex;
}

namespace ee::ui {

class FacetFilterBox;

/// The "Evidence" dock: outcome picker, one FacetFilterBox per facet of the
/// project (main facets open, the others collapsed), and a line of chips for
/// the active filters that clear with one click.
class FilterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FilterPanel(QWidget *parent = nullptr);

    /// Rebuilds the outcome list and the facet boxes for a project.
    void setIndex(const store::EvidenceIndex &index);

    QString outcome() const;
    /// Selects an outcome by code; emits nothing.
    void setOutcome(const QString &code);

    /// Facet → ticked codes for every facet that filters (not all ticked).
    QMap<QString, QStringList> filters() const;
    /// Ticks exactly what `filters` says (facets missing from it: all); emits nothing.
    void setFilters(const QMap<QString, QStringList> &filters);

    /// Updates the study counts of every level from a query result.
    void setCounts(const QList<store::FacetCounts> &counts);

    FacetFilterBox *facetBox(const QString &facet) const;

Q_SIGNALS:
    /// The user picked another outcome.
    void outcomeEdited();
    /// The user changed a facet filter (a tick, All/None, or a chip).
    void filtersEdited();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The outcome label, the outcomes' tooltips and the filter chips in the current language.
    void retranslate();
    void updateChips();
    void handleChipActivated(const QString &link);

    QComboBox *m_outcome = nullptr;
    QLabel *m_chips = nullptr;
    QLabel *m_outcomeLabel = nullptr;
    QVBoxLayout *m_facetLayout = nullptr;
    QList<FacetFilterBox *> m_boxes;
};

} // namespace ee::ui
