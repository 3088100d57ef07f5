#pragma once

#include <QString>

namespace ee::store {

/// An abbreviation and its meaning, as a source's legend defines it.
struct GlossaryEntry {
    QString scope; ///< which table or source the legend belongs to
    QString abbreviation;
    QString meaning;

    bool operator==(const GlossaryEntry &) const = default;
};

} // namespace ee::store
