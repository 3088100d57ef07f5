#pragma once

#include "ui/explorer/explorerresult.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace ee::store {
class EvidenceIndex;
}

namespace ee::ui {

/// The study table: every comparison matching the filters, with its data,
/// effect and weight, then those without data for the outcome, marked
/// "not extracted". The first column's check box includes or excludes a study;
/// the model only reports the wish (exclusionRequested), it computes nothing.
class StudyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : int {
        Included = 0,
        Study,
        Year,
        Treatment,
        Control,
        Effect,
        Weight,
        Timepoint,
        Counted,
        Confidence,
        FirstFacet, ///< one column per facet of the project follows
    };
    static constexpr int KeyRole = Qt::UserRole + 1;

    explicit StudyTableModel(QObject *parent = nullptr);

    /// Shows a result; facet columns follow `index`'s facets.
    void setResult(const ExplorerResult &result, const store::EvidenceIndex &index, bool ratioScale);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// The row showing a study key, or -1.
    int rowOfKey(const QString &key) const;
    QString keyOfRow(int row) const;

Q_SIGNALS:
    /// The user ticked or unticked a study's "included" box.
    void exclusionRequested(const QString &key, bool excluded);

protected:
    /// Headers and texts are translated when asked for: after a language
    /// change (seen on the application object) the views ask again.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row {
        QString key;
        QString study;
        QString year;
        QString treatment;
        QString control;
        QString effect;
        double effectSort = 0;
        QString weight;
        double weightSort = -1;
        QString timepoint;
        QString counted;
        QString confidence;
        QStringList facets;
        QString tooltip;
        bool hasData = false;
        bool excluded = false;
    };

    QList<Row> m_rows;
    QStringList m_facetHeaders;
};

} // namespace ee::ui
