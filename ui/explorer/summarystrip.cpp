#include "ui/explorer/summarystrip.h"

#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ee::ui {

SummaryStrip::SummaryStrip(QWidget *parent)
    : QFrame(parent)
    , m_main(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("summaryStrip"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_main->setObjectName(QStringLiteral("summaryMain"));
    m_detail->setObjectName(QStringLiteral("summaryDetail"));
    m_main->setTextFormat(Qt::RichText);
    m_detail->setTextFormat(Qt::RichText);
    m_main->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_main->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_main->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_main->setFont(big);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    layout->addWidget(m_main);
    layout->addWidget(m_detail);
}

void SummaryStrip::setSummary(const SummaryData &summary)
{
    QStringList main;
    if (!summary.estimate.isEmpty())
        main << QStringLiteral("<b>") + summary.estimate.toHtmlEscaped() + QStringLiteral("</b>");
    for (const QString &part : {summary.pValue, summary.heterogeneity, summary.counts}) {
        if (!part.isEmpty())
            main << part.toHtmlEscaped();
    }
    m_main->setText(main.join(QStringLiteral(" &nbsp;·&nbsp; ")));

    QStringList detail;
    if (!summary.model.isEmpty())
        detail << summary.model.toHtmlEscaped();
    if (!summary.published.isEmpty())
        detail << QStringLiteral("<span style=\"color:#555\">") + summary.published.toHtmlEscaped()
                + QStringLiteral("</span>");
    if (!summary.warning.isEmpty())
        detail << QStringLiteral("<span style=\"color:#a0522d\">⚠ ") + summary.warning.toHtmlEscaped()
                + QStringLiteral("</span>");
    m_detail->setText(detail.join(QStringLiteral("<br/>")));
    m_detail->setVisible(!detail.isEmpty());
}

QString SummaryStrip::text() const
{
    QString plain = m_main->text() + QLatin1Char('\n') + m_detail->text();
    plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    plain.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    plain.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    plain.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    plain.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return plain;
}

} // namespace ee::ui
