#include "ui/explorer/plotarea.h"

#include "ui/plots/baujatplot.h"
#include "ui/plots/forestplot.h"
#include "ui/plots/funnelplot.h"

#include <QDataStream>
#include <QEvent>
#include <QIODevice>
#include <QSplitter>
#include <QVBoxLayout>

namespace ee::ui {

void PlotArea::retranslate()
{
    m_forest->setAccessibleName(tr("Forest plot"));
    m_funnel->setAccessibleName(tr("Funnel plot"));
    m_baujat->setAccessibleName(tr("Baujat plot"));
}

void PlotArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

PlotArea::PlotArea(QWidget *parent)
    : QWidget(parent)
    , m_forest(new ForestPlot(this))
    , m_funnel(new FunnelPlot(this))
    , m_baujat(new BaujatPlot(this))
    , m_main(new QSplitter(Qt::Horizontal, this))
    , m_side(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("plotArea"));
    m_forest->setObjectName(QStringLiteral("forestPlot"));
    m_funnel->setObjectName(QStringLiteral("funnelPlot"));
    m_baujat->setObjectName(QStringLiteral("baujatPlot"));
    retranslate();
    m_main->setObjectName(QStringLiteral("plotSplitter"));
    m_side->setObjectName(QStringLiteral("sidePlotSplitter"));
    m_side->addWidget(m_funnel);
    m_side->addWidget(m_baujat);
    m_main->addWidget(m_forest);
    m_main->addWidget(m_side);
    m_main->setStretchFactor(0, 3);
    m_main->setStretchFactor(1, 2);
    m_main->setChildrenCollapsible(false);
    m_side->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_main);
}

QList<StudyPlot *> PlotArea::plots() const
{
    return { m_forest, m_funnel, m_baujat };
}

void PlotArea::maximize(StudyPlot *plot)
{
    m_maximized = plot;
    for (StudyPlot *p : plots())
        p->setVisible(!plot || p == plot);
    m_side->setVisible(!plot || plot == m_funnel || plot == m_baujat);
}

QByteArray PlotArea::saveLayout() const
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << m_main->saveState() << m_side->saveState();
    return bytes;
}

void PlotArea::restoreLayout(const QByteArray &state)
{
    QDataStream stream(state);
    QByteArray main;
    QByteArray side;
    stream >> main >> side;
    if (stream.status() != QDataStream::Ok)
        return;
    m_main->restoreState(main);
    m_side->restoreState(side);
}

} // namespace ee::ui
