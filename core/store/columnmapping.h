#pragma once

#include "core/store/csvtable.h"
#include "core/store/storeerror.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ee::store {

/// How the columns of a user's CSV become evidence CSV columns
/// (docs/store.md, "Evidence CSV" and "Importing other CSV files"): each
/// source column maps to one evidence column, to a moderator (`mod:NAME`,
/// `cmod:NAME`) or to nothing (ignored). An evidence column no source column
/// provides may get one fixed value for every row ("Treatment" for `arm_t`).
/// A value type: the import wizard edits one and applies it to the table.
class ColumnMapping
{
public:
    ColumnMapping() = default;
    /// A mapping of `sourceColumns` with every column ignored.
    explicit ColumnMapping(const QStringList &sourceColumns);

    /// The suggested mapping for a header: every column gets suggestTarget(),
    /// and a target claimed by an earlier column is not given twice. When the
    /// file has outcome data but no arm labels, `arm_t` and `arm_c` get the
    /// fixed values `treatmentLabel` and `controlLabel`.
    static ColumnMapping suggest(
        const QStringList &sourceColumns, const QString &treatmentLabel, const QString &controlLabel);

    /// The evidence column a header name suggests, or "" for none. Names are
    /// compared normalised (lower case, runs of other characters than letters
    /// and digits as one '_', trimmed): "Events (treatment)" → events_t,
    /// "N_T" → n_t; common synonyms of meta-analysis packages are known (metafor's
    /// ai/ci/n1i/n2i/m1i/sd1i..., RevMan's e.e/n.e/e.c/n.c, "author_year"...).
    /// `mod:NAME` and `cmod:NAME` headers keep their name.
    static QString suggestTarget(const QString &sourceColumn);

    /// The name a column gets as a moderator: its normalised name.
    static QString normalisedName(const QString &sourceColumn);

    /// True for an evidence CSV column or a `mod:NAME` / `cmod:NAME` with a
    /// non-empty NAME.
    static bool isValidTarget(const QString &target);

    const QStringList &sourceColumns() const { return m_sources; }
    /// The evidence column `sourceColumn` maps to; "" when it is ignored.
    QString target(const QString &sourceColumn) const { return m_targets.value(sourceColumn); }
    /// Maps `sourceColumn` ("" ignores it). Unknown source columns are ignored.
    void setTarget(const QString &sourceColumn, const QString &target);
    /// The first source column mapped to `target`, or "".
    QString sourceOf(const QString &target) const;

    /// The value every row gets in `target` when no column maps to it ("" = none).
    QString fixedValue(const QString &target) const { return m_fixed.value(target); }
    /// Sets (or with "" clears) a fixed value; it is used only while no
    /// source column maps to `target`.
    void setFixedValue(const QString &target, const QString &value);

    /// Evidence columns the import needs that neither a column nor a fixed
    /// value provides: always `study`; with outcome data (events, means, SDs
    /// or N) also `arm_t`, `arm_c`, `outcome`, `n_t`, `n_c` and the other
    /// side of each events / mean / SD pair; with a comparison, its arms.
    /// `comparison` itself is never missing: the study label stands in.
    QStringList missingRequired() const;

    /// Problems of the mapping itself, as row-1 errors naming the source
    /// column: a target that is not an evidence column, a target given twice.
    QList<RowError> problems() const;

    /// The evidence CSV table: mapped columns renamed, ignored columns
    /// dropped, fixed values added, and when nothing provides `comparison`,
    /// each row with arm or outcome values gets its study label as the
    /// comparison label. Row numbers (file lines) and the file name are kept,
    /// so errors still point into the user's file. A target given twice takes
    /// the first column.
    CsvTable apply(const CsvTable &table) const;

    bool operator==(const ColumnMapping &) const = default;

private:
    /// True when a source column or a fixed value provides `target`.
    bool provides(const QString &target) const;

    QStringList m_sources;
    QMap<QString, QString> m_targets;
    QMap<QString, QString> m_fixed;
};

} // namespace ee::store
