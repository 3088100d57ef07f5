#include "ui/explorer/summarystrip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ee::ui {

namespace {

QLabel *plainLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setShown(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

SummaryStrip::SummaryStrip(QWidget *parent)
    : QFrame(parent)
    , m_estimate(plainLabel(QStringLiteral("summaryEstimate"), this))
    , m_statistics(plainLabel(QStringLiteral("summaryStatistics"), this))
    , m_model(plainLabel(QStringLiteral("summaryModel"), this))
    , m_published(plainLabel(QStringLiteral("summaryPublished"), this))
    , m_warning(plainLabel(QStringLiteral("summaryWarning"), this))
{
    setObjectName(QStringLiteral("summaryStrip"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    QFont big = m_estimate->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_estimate->setFont(big);
    QFont larger = m_statistics->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    m_statistics->setFont(larger);
    m_statistics->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    QPalette muted = m_published->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::Disabled, QPalette::WindowText).darker(140));
    m_published->setPalette(muted);
    QPalette warning = m_warning->palette();
    warning.setColor(QPalette::WindowText, QColor(0xa0, 0x52, 0x2d));
    m_warning->setPalette(warning);
    m_warning->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_estimate);
    top->addWidget(m_statistics, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_model);
    layout->addWidget(m_published);
    layout->addWidget(m_warning);
}

void SummaryStrip::setSummary(const SummaryData &summary)
{
    m_estimate->setText(summary.estimate);
    QStringList statistics;
    for (const QString &part : {summary.pValue, summary.heterogeneity, summary.counts}) {
        if (!part.isEmpty())
            statistics << part;
    }
    m_statistics->setText(statistics.join(QStringLiteral("  ·  ")));
    setShown(m_model, summary.model);
    setShown(m_published, summary.published);
    setShown(m_warning, summary.warning.isEmpty() ? QString() : QStringLiteral("⚠ ") + summary.warning);
}

QString SummaryStrip::text() const
{
    QStringList lines{m_estimate->text() + QStringLiteral("  ·  ") + m_statistics->text()};
    for (const QLabel *label : {m_model, m_published, m_warning}) {
        if (!label->text().isEmpty())
            lines << label->text();
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ee::ui
