#include "ui/explorer/studytablemodel.h"

#include "core/store/evidenceindex.h"
#include "ui/explorer/plotdatabuilder.h"
#include "ui/plots/effectformat.h"

#include <QBrush>
#include <QCoreApplication>
#include <QEvent>
#include <QFont>
#include <QPalette>

#include <cmath>

namespace ee::ui {

StudyTableModel::StudyTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

bool StudyTableModel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
        if (columnCount() > 0)
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (rowCount() > 0 && columnCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
    return QAbstractTableModel::eventFilter(watched, event);
}

void StudyTableModel::setResult(const ExplorerResult &result, const store::EvidenceIndex &index, bool ratioScale)
{
    beginResetModel();
    m_rows.clear();
    m_facetHeaders.clear();
    const store::QueryResult &query = result.query;
    auto levelLabel = [&index](const QString &facet, const QString &code) {
        if (code.isEmpty())
            return QString();
        if (const store::FacetDefinition *definition = index.facet(facet)) {
            for (const store::FacetLevel &level : definition->levels) {
                if (level.code == code)
                    return level.label.isEmpty() ? code : level.label;
            }
        }
        return code;
    };
    for (const QString &facet : query.facetNames) {
        const store::FacetDefinition *definition = index.facet(facet);
        m_facetHeaders << (definition && !definition->label.isEmpty() ? definition->label : facet);
    }

    for (int r = 0; r < query.rows.size(); ++r) {
        const store::QueryRow &q = query.rows[r];
        const PlotStudy &s = result.studies[r];
        Row row;
        row.key = s.key;
        row.study = q.label;
        row.year = q.year ? QString::number(*q.year) : QString();
        row.hasData = !s.dataColumns.isEmpty();
        row.treatment = row.hasData ? s.dataColumns.value(0) : tr("not extracted");
        row.control = row.hasData ? s.dataColumns.value(1) : tr("not extracted");
        if (row.hasData && std::isfinite(s.yi)) {
            row.effect = effectformat::estimateWithInterval(s.yi, s.ciLower, s.ciUpper, ratioScale);
            row.effectSort = s.yi;
        }
        if (result.analysisIndex.value(r, -1) >= 0) {
            row.weight = effectformat::percent(s.weightPercent);
            row.weightSort = s.weightPercent;
        }
        row.timepoint = q.timepoint;
        row.counted = q.provenance.counted;
        row.confidence = plotdata::confidenceName(q.provenance.confidence);
        for (const QString &facet : query.facetNames)
            row.facets << levelLabel(facet, query.levelOf(q, facet));
        row.tooltip = s.tooltip;
        row.excluded = s.excluded;
        m_rows.append(row);
    }
    for (const store::NotExtractedRow &n : query.notExtracted) {
        Row row;
        row.key = QStringLiteral("c") + QString::number(n.comparison.value);
        row.study = n.label;
        row.year = n.year ? QString::number(*n.year) : QString();
        row.treatment = row.control = tr("not extracted");
        row.tooltip = tr("No data has been extracted for this outcome yet.");
        m_rows.append(row);
    }
    endResetModel();
}

int StudyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StudyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstFacet + static_cast<int>(m_facetHeaders.size());
}

QVariant StudyTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    const int column = index.column();
    if (role == KeyRole)
        return row.key;
    if (role == Qt::ToolTipRole)
        return row.tooltip;
    if (role == Qt::CheckStateRole && column == Included && row.hasData)
        return row.excluded ? Qt::Unchecked : Qt::Checked;
    if (role == Qt::ForegroundRole && (!row.hasData || row.excluded))
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::FontRole && !row.hasData && (column == Treatment || column == Control)) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && (column == Weight || column == Year))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole) { // sort key
        switch (column) {
        case Effect:
            return row.hasData ? QVariant(row.effectSort) : QVariant();
        case Weight:
            return row.weightSort;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    switch (column) {
    case Included:
        return row.hasData ? (row.excluded ? tr("excluded") : QString()) : QString();
    case Study:
        return row.study;
    case Year:
        return row.year;
    case Treatment:
        return row.treatment;
    case Control:
        return row.control;
    case Effect:
        return row.effect;
    case Weight:
        return row.weight;
    case Timepoint:
        return row.timepoint;
    case Counted:
        return row.counted;
    case Confidence:
        return row.confidence;
    default:
        return row.facets.value(column - FirstFacet);
    }
}

QVariant StudyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Included:
        return tr("Pooled");
    case Study:
        return tr("Study");
    case Year:
        return tr("Year");
    case Treatment:
        return tr("Treatment");
    case Control:
        return tr("Control");
    case Effect:
        return tr("Effect [95% CI]");
    case Weight:
        return tr("Weight");
    case Timepoint:
        return tr("Time point");
    case Counted:
        return tr("Unit counted");
    case Confidence:
        return tr("Confidence");
    default:
        return m_facetHeaders.value(section - FirstFacet);
    }
}

Qt::ItemFlags StudyTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Included && m_rows[index.row()].hasData)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool StudyTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Included || role != Qt::CheckStateRole || !m_rows[index.row()].hasData)
        return false;
    const bool excluded = value.toInt() != Qt::Checked;
    Q_EMIT exclusionRequested(m_rows[index.row()].key, excluded);
    return true;
}

int StudyTableModel::rowOfKey(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].key == key)
            return i;
    }
    return -1;
}

QString StudyTableModel::keyOfRow(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].key : QString();
}

} // namespace ee::ui
