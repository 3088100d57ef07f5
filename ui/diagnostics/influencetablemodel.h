#pragma once

#include "core/stats/influencediagnostics.h"
#include "ui/plots/plotstudy.h"

#include <QAbstractTableModel>
#include <QVector>

namespace ee::ui {

/// influence() of the model without moderators as a read-only table: one row
/// per pooled study (rstudent, DFFITS, Cook's D, cov.r, τ²(−i), QE(−i), hat,
/// weight, influential); influential studies are highlighted.
class InfluenceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : int {
        Study = 0,
        RStudent,
        Dffits,
        CookD,
        CovRatio,
        Tau2Deleted,
        QEDeleted,
        Hat,
        Weight,
        Influential,
        ColumnCount
    };
    /// The study key of a row (Qt::UserRole on any column).
    static constexpr int KeyRole = Qt::UserRole;

    explicit InfluenceTableModel(QObject *parent = nullptr);

    /// `rows[i].study` indexes `studies`.
    void setRows(const QVector<PlotStudy> &studies, const std::vector<stats::StudyInfluence> &rows);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString keyAt(int row) const;
    int rowOfKey(const QString &key) const;
    int influentialCount() const;

protected:
    /// Headers and texts are translated when asked for: after a language
    /// change (seen on the application object) the views ask again.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QVector<PlotStudy> m_studies;
    std::vector<stats::StudyInfluence> m_rows;
};

} // namespace ee::ui
