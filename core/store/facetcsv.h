#pragma once

#include "core/store/csvtable.h"
#include "core/store/facetdefinition.h"
#include "core/store/result.h"

#include <QByteArray>
#include <QList>

namespace ee::store {

/// Facet definitions as CSV, one row per level (docs/store.md, "Facet CSV"):
/// facet, facet_label, kind (categorical|numeric), attribute, group, derivation,
/// level, level_label, lower, lower_inclusive, upper, upper_inclusive, match
/// ('|'-separated values that map to the level). Facets keep the order of
/// their first row, levels the order of their rows.
class FacetCsv
{
public:
    /// Reads facet definitions; every problem is reported with row and column.
    static Result<QList<FacetDefinition>> parse(const CsvTable &table);
    static Result<QList<FacetDefinition>> read(const QString &path);
    static QByteArray write(const QList<FacetDefinition> &facets);
};

} // namespace ee::store
