#include "ui/diagnostics/influencetablemodel.h"

#include "ui/plots/effectformat.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QEvent>
#include <QFont>

#include <algorithm>
#include <cmath>

namespace ee::ui {

InfluenceTableModel::InfluenceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

bool InfluenceTableModel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
        if (columnCount() > 0)
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (rowCount() > 0 && columnCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
    return QAbstractTableModel::eventFilter(watched, event);
}

void InfluenceTableModel::setRows(const QVector<PlotStudy> &studies, const std::vector<stats::StudyInfluence> &rows)
{
    beginResetModel();
    m_studies = studies;
    m_rows = rows;
    endResetModel();
}

int InfluenceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InfluenceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InfluenceTableModel::keyAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_studies.value(static_cast<int>(m_rows[static_cast<std::size_t>(row)].study)).key;
}

int InfluenceTableModel::rowOfKey(const QString &key) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (keyAt(r) == key)
            return r;
    return -1;
}

int InfluenceTableModel::influentialCount() const
{
    return static_cast<int>(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const stats::StudyInfluence &s) { return s.influential; }));
}

QVariant InfluenceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const stats::StudyInfluence &s = m_rows[static_cast<std::size_t>(index.row())];
    const PlotStudy study = m_studies.value(static_cast<int>(s.study));
    if (role == KeyRole)
        return study.key;
    if (role == Qt::BackgroundRole && s.influential)
        return QBrush(QColor(255, 224, 178));
    if (role == Qt::FontRole && s.influential) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Study)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Study)
        return study.tooltip;
    if (role != Qt::DisplayRole)
        return {};
    const auto n = [&s](double v, int decimals = 3) {
        return s.estimable && std::isfinite(v) ? effectformat::number(v, decimals) : QStringLiteral("—");
    };
    switch (index.column()) {
    case Study:
        return study.label;
    case RStudent:
        return n(s.rstudent);
    case Dffits:
        return n(s.dffits);
    case CookD:
        return n(s.cookD);
    case CovRatio:
        return n(s.covR);
    case Tau2Deleted:
        return n(s.tau2Del, 4);
    case QEDeleted:
        return n(s.QEDel, 2);
    case Hat:
        return effectformat::number(s.hat, 3);
    case Weight:
        return effectformat::percent(s.weight);
    case Influential:
        return s.influential ? tr("influential") : QString();
    default:
        return {};
    }
}

QVariant InfluenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RStudent:
            return tr("Studentized deleted residual");
        case Dffits:
            return tr("Change in the fitted value in standard deviations when the study is left out");
        case CookD:
            return tr("Cook's distance");
        case CovRatio:
            return tr("Covariance ratio: precision lost (> 1) or gained (< 1) with the study");
        case Tau2Deleted:
            return tr("τ² without the study");
        case QEDeleted:
            return tr("Q without the study");
        case Hat:
            return tr("Leverage");
        case Influential:
            return tr("metafor's rule: |DFFITS| > 3√(p/(k−p)), P(χ²ₚ ≤ Cook's D) > 0.5, hat > 3p/k or |DFBETAS| > 1");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Study:
        return tr("Study");
    case RStudent:
        return tr("rstudent");
    case Dffits:
        return tr("DFFITS");
    case CookD:
        return tr("Cook's D");
    case CovRatio:
        return tr("cov.r");
    case Tau2Deleted:
        return tr("τ²(−i)");
    case QEDeleted:
        return tr("QE(−i)");
    case Hat:
        return tr("Hat");
    case Weight:
        return tr("Weight");
    case Influential:
        return tr("Flag");
    default:
        return {};
    }
}

} // namespace ee::ui
