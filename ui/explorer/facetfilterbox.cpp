#include "ui/explorer/facetfilterbox.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ee::ui {

namespace {
constexpr int kCodeRole = Qt::UserRole;
constexpr int kLabelRole = Qt::UserRole + 1;
} // namespace

FacetFilterBox::FacetFilterBox(const QString &facet, const QString &label, QWidget *parent)
    : QWidget(parent)
    , m_facet(facet)
    , m_label(label)
    , m_title(new QToolButton(this))
    , m_all(new QToolButton(this))
    , m_none(new QToolButton(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("facet_") + facet);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_title->setAutoRaise(true);
    m_title->setCheckable(true);
    m_title->setChecked(true);
    m_title->setArrowType(Qt::DownArrow);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_all->setObjectName(QStringLiteral("all"));
    m_all->setAutoRaise(true);
    m_none->setObjectName(QStringLiteral("none"));
    m_none->setAutoRaise(true);
    retranslate();
    m_list->setObjectName(QStringLiteral("levels"));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setAccessibleName(label);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->setSpacing(2);
    header->addWidget(m_title, 1);
    header->addWidget(m_all);
    header->addWidget(m_none);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_list);

    connect(m_title, &QToolButton::toggled, this, &FacetFilterBox::setExpanded);
    connect(m_all, &QToolButton::clicked, this, [this] { setAll(true); });
    connect(m_none, &QToolButton::clicked, this, [this] { setAll(false); });
    connect(m_list, &QListWidget::itemChanged, this, &FacetFilterBox::handleItemChanged);
    updateTitle();
}

void FacetFilterBox::retranslate()
{
    m_all->setText(tr("All"));
    m_all->setToolTip(tr("Tick every level of %1").arg(m_label));
    m_none->setText(tr("None"));
    m_none->setToolTip(tr("Untick every level of %1").arg(m_label));
}

void FacetFilterBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // "Not recorded" and the count tooltips are written by setCounts().
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->data(kCodeRole).toString().isEmpty())
                m_list->item(i)->setData(kLabelRole, tr("Not recorded"));
        }
        setCounts(m_counts);
    }
    QWidget::changeEvent(event);
}

void FacetFilterBox::setCounts(const store::FacetCounts &counts)
{
    m_counts = counts;
    m_updating = true;
    for (const store::LevelCount &level : counts.levels) {
        QListWidgetItem *item = nullptr;
        for (int i = 0; i < m_list->count() && !item; ++i) {
            if (m_list->item(i)->data(kCodeRole).toString() == level.code)
                item = m_list->item(i);
        }
        const QString label =
            level.code.isEmpty() ? tr("Not recorded") : (level.label.isEmpty() ? level.code : level.label);
        if (!item) {
            item = new QListWidgetItem(m_list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Checked);
            item->setData(kCodeRole, level.code);
            item->setData(kLabelRole, label);
        }
        item->setText(QStringLiteral("%1  (%2)").arg(label).arg(level.comparisons));
        item->setToolTip(tr("%n comparison(s) with data", nullptr, level.comparisons) + QStringLiteral(", ")
            + tr("%n stud(ies)", nullptr, level.studies));
        item->setForeground(level.comparisons == 0 ? palette().brush(QPalette::Disabled, QPalette::Text)
                                                   : palette().brush(QPalette::Active, QPalette::Text));
    }
    m_updating = false;
    fitListHeight();
    updateTitle();
}

QStringList FacetFilterBox::checkedCodes() const
{
    QStringList codes;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            codes << m_list->item(i)->data(kCodeRole).toString();
    }
    return codes;
}

bool FacetFilterBox::allChecked() const
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() != Qt::Checked)
            return false;
    }
    return true;
}

void FacetFilterBox::setCheckedCodes(const QStringList &codes)
{
    m_updating = true;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(codes.contains(item->data(kCodeRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    updateTitle();
}

void FacetFilterBox::setAllChecked()
{
    m_updating = true;
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(Qt::Checked);
    m_updating = false;
    updateTitle();
}

QString FacetFilterBox::levelLabel(const QString &code) const
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kCodeRole).toString() == code)
            return m_list->item(i)->data(kLabelRole).toString();
    }
    return code;
}

void FacetFilterBox::setExpanded(bool expanded)
{
    if (m_title->isChecked() != expanded)
        m_title->setChecked(expanded);
    m_title->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_list->setVisible(expanded);
}

bool FacetFilterBox::isExpanded() const
{
    return m_title->isChecked();
}

void FacetFilterBox::handleItemChanged(QListWidgetItem *)
{
    if (m_updating)
        return;
    updateTitle();
    Q_EMIT selectionEdited();
}

void FacetFilterBox::setAll(bool checked)
{
    m_updating = true;
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    m_updating = false;
    updateTitle();
    Q_EMIT selectionEdited();
}

void FacetFilterBox::updateTitle()
{
    const int total = m_list->count();
    const int checked = static_cast<int>(checkedCodes().size());
    m_title->setText(checked == total ? m_label : QStringLiteral("%1 (%2/%3)").arg(m_label).arg(checked).arg(total));
}

void FacetFilterBox::fitListHeight()
{
    const int rows = m_list->count();
    const int rowHeight = rows > 0 ? m_list->sizeHintForRow(0) : 0;
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 2);
}

} // namespace ee::ui
