#include "core/store/facetdefinition.h"

namespace ee::store {

namespace {

bool aboveLower(double value, const FacetLevel &level)
{
    if (!level.lower)
        return true;
    return level.lowerInclusive ? value >= *level.lower : value > *level.lower;
}

bool belowUpper(double value, const FacetLevel &level)
{
    if (!level.upper)
        return true;
    return level.upperInclusive ? value <= *level.upper : value < *level.upper;
}

} // namespace

int FacetDefinition::levelFor(const AttributeValue &value) const
{
    if (kind == FacetKind::Categorical) {
        const QString text = value.text.trimmed();
        if (text.isEmpty())
            return -1;
        for (int i = 0; i < levels.size(); ++i) {
            const FacetLevel &level = levels[i];
            if (level.code.compare(text, Qt::CaseInsensitive) == 0)
                return i;
            for (const QString &alias : level.match) {
                if (alias.compare(text, Qt::CaseInsensitive) == 0)
                    return i;
            }
        }
        return -1;
    }
    std::optional<double> low = value.min;
    std::optional<double> high = value.max ? value.max : value.min;
    if (!low) {
        bool ok = false;
        const double parsed = value.text.trimmed().toDouble(&ok);
        if (!ok)
            return -1;
        low = parsed;
        high = parsed;
    }
    // A printed range ("26-50 months") belongs to a level only if all of it does.
    for (int i = 0; i < levels.size(); ++i) {
        const FacetLevel &level = levels[i];
        if (aboveLower(*low, level) && belowUpper(*low, level) && aboveLower(*high, level) && belowUpper(*high, level))
            return i;
    }
    return -1;
}

QStringList facetAttributeNames()
{
    return { QStringLiteral("study.label"), QStringLiteral("study.first_author"), QStringLiteral("study.year"),
        QStringLiteral("study.country"), QStringLiteral("study.region"), QStringLiteral("study.design"),
        QStringLiteral("arm.cell_type"), QStringLiteral("arm.route"), QStringLiteral("arm.dose_tier"),
        QStringLiteral("arm.dose_cells"), QStringLiteral("arm.origin"), QStringLiteral("arm.dose_unit"),
        QStringLiteral("rob.overall") };
}

} // namespace ee::store
