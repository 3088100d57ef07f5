#pragma once

#include "core/store/storeenums.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ee::store {

/// The value of a study attribute that a facet is derived from: the text as
/// recorded and, where it is a number or a range of numbers, its bounds.
struct AttributeValue {
    QString text;
    std::optional<double> min;
    std::optional<double> max;

    bool isEmpty() const { return text.isEmpty() && !min.has_value(); }
};

/// One level of a facet. Categorical levels match the attribute's text (the
/// code itself or any of `match`, case-insensitive); numeric levels match a
/// value (or a whole range) inside [lower, upper] with the given inclusivity.
/// A categorical level may still carry cut-offs: the ones its stored values
/// were derived with (the dose tiers' cell counts), kept for display and for
/// deriving new values.
struct FacetLevel {
    QString code; ///< "BMMSC", "<10 months", ...
    QString label;
    std::optional<double> lower;
    bool lowerInclusive = true;
    std::optional<double> upper;
    bool upperInclusive = false;
    QStringList match; ///< other attribute values that map to this level ("China" for "Asia")

    bool operator==(const FacetLevel &) const = default;
};

/// A dimension the explorer filters and subgroups by. Facets are data: each
/// project defines its own, so the same explorer serves any evidence base.
struct FacetDefinition {
    QString name; ///< "cell_type", "dose_tier", "followup", ...
    QString label;
    FacetKind kind = FacetKind::Categorical;
    /// Where the value comes from: study.year, study.country, study.region,
    /// study.design, study.label, study.first_author, arm.cell_type, arm.route,
    /// arm.dose_tier, arm.dose_cells, arm.origin, arm.dose_unit, rob.overall or
    /// moderator.NAME (arm.* is the comparison's treatment arm).
    QString attribute;
    QString group; ///< "main" (always shown) or "more" (collapsed)
    QString derivation; ///< how the levels were defined, with their source
    int position = 0;
    QList<FacetLevel> levels;

    /// The index in `levels` of the level a value belongs to, or -1 when the
    /// value is empty, matches no level, or is a range that spans levels.
    int levelFor(const AttributeValue &value) const;

    bool operator==(const FacetDefinition &) const = default;
};

/// The attribute names a facet may use, besides moderator.NAME.
QStringList facetAttributeNames();

} // namespace ee::store
