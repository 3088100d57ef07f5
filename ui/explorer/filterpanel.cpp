#include "ui/explorer/filterpanel.h"

#include "core/store/evidenceindex.h"
#include "ui/explorer/facetfilterbox.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace ee::ui {

namespace {
/// An outcome item's number of comparisons with data, for its tooltip.
constexpr int kComparisonsRole = Qt::UserRole + 1;
} // namespace

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_outcome(new QComboBox(this))
    , m_chips(new QLabel(this))
{
    setObjectName(QStringLiteral("filterPanel"));
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    m_outcome->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_outcome->setMinimumContentsLength(12);
    m_chips->setObjectName(QStringLiteral("filterChips"));
    m_chips->setWordWrap(true);
    m_chips->setTextFormat(Qt::RichText);
    m_chips->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);

    auto *outcomeRow = new QFormLayout;
    outcomeRow->setContentsMargins(0, 0, 0, 0);
    m_outcomeLabel = new QLabel(this);
    m_outcomeLabel->setBuddy(m_outcome);
    outcomeRow->addRow(m_outcomeLabel, m_outcome);

    m_facetLayout = new QVBoxLayout;
    m_facetLayout->setContentsMargins(0, 0, 0, 0);
    m_facetLayout->setSpacing(2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(outcomeRow);
    layout->addWidget(m_chips);
    layout->addLayout(m_facetLayout);
    layout->addStretch(1);

    connect(m_outcome, &QComboBox::activated, this, [this] { Q_EMIT outcomeEdited(); });
    connect(m_chips, &QLabel::linkActivated, this, &FilterPanel::handleChipActivated);
    retranslate();
}

void FilterPanel::retranslate()
{
    m_outcomeLabel->setText(tr("&Outcome:"));
    for (int i = 0; i < m_outcome->count(); ++i) {
        const int comparisons = m_outcome->itemData(i, kComparisonsRole).toInt();
        m_outcome->setItemData(i, tr("%n comparison(s) with data", nullptr, comparisons), Qt::ToolTipRole);
    }
    updateChips();
}

void FilterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilterPanel::setIndex(const store::EvidenceIndex &index)
{
    const store::EvidenceBase &base = index.base();
    m_outcome->clear();
    QList<store::OutcomeDefinition> outcomes = base.outcomes;
    std::stable_sort(
        outcomes.begin(), outcomes.end(), [](const auto &a, const auto &b) { return a.position < b.position; });
    for (const store::OutcomeDefinition &outcome : outcomes) {
        int comparisons = 0;
        store::QueryRequest request;
        request.outcome = outcome.code;
        if (auto result = index.query(request); result.ok())
            comparisons = static_cast<int>(result->rows.size());
        m_outcome->addItem(
            QStringLiteral("%1 (%2)").arg(outcome.label.isEmpty() ? outcome.code : outcome.label).arg(comparisons),
            outcome.code);
        m_outcome->setItemData(m_outcome->count() - 1, comparisons, kComparisonsRole);
        m_outcome->setItemData(
            m_outcome->count() - 1, tr("%n comparison(s) with data", nullptr, comparisons), Qt::ToolTipRole);
    }

    qDeleteAll(m_boxes);
    m_boxes.clear();
    QList<store::FacetDefinition> facets = base.facets;
    std::stable_sort(facets.begin(), facets.end(), [](const auto &a, const auto &b) {
        const bool mainA = a.group != QStringLiteral("more");
        const bool mainB = b.group != QStringLiteral("more");
        return mainA != mainB ? mainA : a.position < b.position;
    });
    for (const store::FacetDefinition &facet : facets) {
        auto *box = new FacetFilterBox(facet.name, facet.label.isEmpty() ? facet.name : facet.label, this);
        box->setToolTip(facet.derivation);
        box->setExpanded(facet.group != QStringLiteral("more"));
        connect(box, &FacetFilterBox::selectionEdited, this, [this] {
            updateChips();
            Q_EMIT filtersEdited();
        });
        m_facetLayout->addWidget(box);
        m_boxes.append(box);
    }
    updateChips();
}

QString FilterPanel::outcome() const
{
    return m_outcome->currentData().toString();
}

void FilterPanel::setOutcome(const QString &code)
{
    const int index = m_outcome->findData(code);
    if (index >= 0)
        m_outcome->setCurrentIndex(index);
}

QMap<QString, QStringList> FilterPanel::filters() const
{
    QMap<QString, QStringList> result;
    for (const FacetFilterBox *box : m_boxes) {
        if (!box->allChecked())
            result.insert(box->facet(), box->checkedCodes());
    }
    return result;
}

void FilterPanel::setFilters(const QMap<QString, QStringList> &filters)
{
    for (FacetFilterBox *box : m_boxes) {
        if (filters.contains(box->facet()))
            box->setCheckedCodes(filters.value(box->facet()));
        else
            box->setAllChecked();
    }
    updateChips();
}

void FilterPanel::setCounts(const QList<store::FacetCounts> &counts)
{
    for (const store::FacetCounts &facet : counts) {
        if (FacetFilterBox *box = facetBox(facet.facet)) {
            const bool wasAll = box->allChecked();
            const QStringList checked = box->checkedCodes();
            box->setCounts(facet);
            // A level seen for the first time is ticked only when the facet was not filtering.
            if (!wasAll)
                box->setCheckedCodes(checked);
        }
    }
    updateChips();
}

FacetFilterBox *FilterPanel::facetBox(const QString &facet) const
{
    for (FacetFilterBox *box : m_boxes) {
        if (box->facet() == facet)
            return box;
    }
    return nullptr;
}

void FilterPanel::updateChips()
{
    QStringList chips;
    for (const FacetFilterBox *box : m_boxes) {
        if (box->allChecked())
            continue;
        QStringList labels;
        for (const QString &code : box->checkedCodes())
            labels << box->levelLabel(code);
        const QString levels = labels.isEmpty() ? tr("none") : labels.join(QStringLiteral(", "));
        chips << QStringLiteral("<a href=\"%1\" style=\"text-decoration:none\">%2: %3 ✕</a>")
                     .arg(box->facet().toHtmlEscaped(), box->label().toHtmlEscaped(), levels.toHtmlEscaped());
    }
    if (chips.isEmpty()) {
        m_chips->setText(tr("No filter: all studies."));
        m_chips->setToolTip(QString());
    } else {
        if (chips.size() > 1)
            chips << QStringLiteral("<a href=\"*\" style=\"text-decoration:none\"><b>%1</b></a>").arg(tr("Clear all"));
        m_chips->setText(chips.join(QStringLiteral(" &nbsp; ")));
        m_chips->setToolTip(tr("Click a filter to clear it"));
    }
}

void FilterPanel::handleChipActivated(const QString &link)
{
    for (FacetFilterBox *box : m_boxes) {
        if (link == QStringLiteral("*") || box->facet() == link)
            box->setAllChecked();
    }
    updateChips();
    Q_EMIT filtersEdited();
}

} // namespace ee::ui
