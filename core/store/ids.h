#pragma once

#include <QtGlobal>

#include <compare>
#include <functional>

namespace ee::store {

/// A typed row id, so a StudyId cannot be passed where an ArmId is expected.
/// The value 0 means "not stored yet".
template<typename Tag> struct Id {
    qint64 value = 0;

    constexpr Id() = default;
    constexpr explicit Id(qint64 v)
        : value(v)
    { }
    constexpr bool isValid() const { return value > 0; }
    constexpr auto operator<=>(const Id &) const = default;
};

using StudyId = Id<struct StudyTag>;
using ArmId = Id<struct ArmTag>;
using ComparisonId = Id<struct ComparisonTag>;
using OutcomeDataId = Id<struct OutcomeDataTag>;
using ProvenanceId = Id<struct ProvenanceTag>;
using ModeratorId = Id<struct ModeratorTag>;
using NoteId = Id<struct NoteTag>;
using PublishedResultId = Id<struct PublishedResultTag>;
using RegistryRecordId = Id<struct RegistryRecordTag>;

} // namespace ee::store

template<typename Tag> struct std::hash<ee::store::Id<Tag>> {
    std::size_t operator()(const ee::store::Id<Tag> &id) const noexcept { return std::hash<qint64> {}(id.value); }
};
