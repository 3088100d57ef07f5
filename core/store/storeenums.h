#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

// The enumerations written to the store. Their integer values are part of the
// file format: never renumber, only append. Each has a stable text code used in
// CSV files, the CLI and facet definitions.

namespace ee::store {

/// Study design as the project records it (the review's label; conflicting
/// labels from other sources are kept as notes).
enum class StudyDesign : int {
    NotReported = 0,
    Rct = 1, ///< randomised controlled trial
    Cct = 2, ///< controlled clinical trial, not randomised
    Retrospective = 3, ///< retrospective comparison
    Other = 4,
};

enum class ArmRole : int {
    Treatment = 1,
    Control = 2,
};

/// Route of administration of the cells. Combinations ("IM + SC") are Combined,
/// with the printed text kept in Arm::routeText.
enum class Route : int {
    NotReported = 0,
    Intramuscular = 1,
    Subcutaneous = 2,
    IntraArterial = 3,
    Intravenous = 4,
    Topical = 5,
    Combined = 6,
};

/// Whether the cells came from the patient or from a donor.
enum class CellOrigin : int {
    NotReported = 0,
    Autologous = 1,
    Allogeneic = 2,
};

/// What a recorded cell count refers to.
enum class DoseUnit : int {
    NotReported = 0,
    PerPatient = 1, ///< total cells per patient, the unit of the review's dose tiers
    PerLeg = 2,
    PerUlcer = 3,
    PerCm2 = 4,
    PerKg = 5,
    Other = 6,
};

/// The review's dose tiers (total cells per patient; dose_tiers.csv).
enum class DoseTier : int {
    NotAssigned = 0, ///< no dose statement found, or one that fits no tier
    Low = 1,
    Medium = 2,
    High = 3,
    VeryHigh = 4,
    Unspecified = 5, ///< the review's "Dose-unspecified": no quantifiable total
};

/// How an arm's dose tier was arrived at: a tier is a judgement the data records.
enum class DoseTierBasis : int {
    NotAssigned = 0,
    TotalPerPatient = 1, ///< a stated total per patient inside one tier's cut-offs
    PerLegAsPerPatient = 2, ///< a count per leg or per ulcer read as the per-patient total (one treated limb)
    NoCellCount = 3, ///< a volume or product without a cell count: the review's "Dose-unspecified"
    NotATotal = 4, ///< a concentration (per cm², per kg) without a total: "Dose-unspecified"
    ReviewerJudgement = 5, ///< set by a reviewer; see the arm's notes
};

enum class OutcomeKind : int {
    Binary = 1, ///< events / N per arm
    Continuous = 2, ///< mean / SD / N per arm
};

/// Which direction of the outcome favours the treatment.
enum class BetterDirection : int {
    Unknown = 0,
    Higher = 1,
    Lower = 2,
};

/// How a number was obtained from its source.
enum class Confidence : int {
    NotStated = 0,
    Exact = 1, ///< printed in the source
    DerivedFromPercent = 2, ///< a printed percentage multiplied by the arm size
    Derived = 3, ///< computed from other printed numbers (e.g. n = events + non-events)
    Approximate = 4, ///< read from a figure or rounded
    Unclear = 5,
    AsTranscribed = 6, ///< copied from a secondary table, not checked against the primary source
};

/// Dual extraction: the analysis reads Final values.
enum class ExtractionRole : int {
    Final = 0,
    Extractor1 = 1,
    Extractor2 = 2,
};

/// The five RoB 2 domains and the overall judgement (Sterne et al. 2019).
enum class RobDomain : int {
    Randomisation = 1,
    Deviations = 2,
    MissingData = 3,
    Measurement = 4,
    Selection = 5,
    Overall = 6,
};

enum class RobJudgement : int {
    NotAssessed = 0,
    Low = 1,
    SomeConcerns = 2,
    High = 3,
};

enum class NoteKind : int {
    General = 0,
    Conflict = 1, ///< sources disagree; both sides are in the note
    SharedControl = 2, ///< a control group shared by several comparisons
    UncodedData = 3, ///< numbers found that could not be coded as outcome data
    MatchUncertain = 4, ///< the source was matched to the study by its features, not its name
    DoseRoute = 5, ///< a dose or route statement with its source
    Derivation = 6, ///< how a stored value was derived
};

enum class FacetKind : int {
    Categorical = 1, ///< levels matched by value
    NumericBinned = 2, ///< levels defined by cut-offs on a number
};

template<typename E> struct EnumCodes;

#define EE_ENUM_CODES(Enum, ...)                                                                                       \
    template<> struct EnumCodes<Enum> {                                                                                \
        static constexpr std::pair<Enum, const char *> table[] = { __VA_ARGS__ };                                      \
    }

EE_ENUM_CODES(StudyDesign, { StudyDesign::NotReported, "" }, { StudyDesign::Rct, "RCT" }, { StudyDesign::Cct, "CCT" },
    { StudyDesign::Retrospective, "retrospective" }, { StudyDesign::Other, "other" });
EE_ENUM_CODES(ArmRole, { ArmRole::Treatment, "treatment" }, { ArmRole::Control, "control" });
EE_ENUM_CODES(Route, { Route::NotReported, "" }, { Route::Intramuscular, "IM" }, { Route::Subcutaneous, "SC" },
    { Route::IntraArterial, "IA" }, { Route::Intravenous, "IV" }, { Route::Topical, "topical" },
    { Route::Combined, "combined" });
EE_ENUM_CODES(CellOrigin, { CellOrigin::NotReported, "" }, { CellOrigin::Autologous, "autologous" },
    { CellOrigin::Allogeneic, "allogeneic" });
EE_ENUM_CODES(DoseUnit, { DoseUnit::NotReported, "" }, { DoseUnit::PerPatient, "patient" }, { DoseUnit::PerLeg, "leg" },
    { DoseUnit::PerUlcer, "ulcer" }, { DoseUnit::PerCm2, "cm2" }, { DoseUnit::PerKg, "kg" },
    { DoseUnit::Other, "other" });
EE_ENUM_CODES(DoseTier, { DoseTier::NotAssigned, "" }, { DoseTier::Low, "low" }, { DoseTier::Medium, "medium" },
    { DoseTier::High, "high" }, { DoseTier::VeryHigh, "very_high" }, { DoseTier::Unspecified, "unspecified" });
EE_ENUM_CODES(DoseTierBasis, { DoseTierBasis::NotAssigned, "" }, { DoseTierBasis::TotalPerPatient, "total" },
    { DoseTierBasis::PerLegAsPerPatient, "per-leg-as-total" }, { DoseTierBasis::NoCellCount, "no-cell-count" },
    { DoseTierBasis::NotATotal, "not-a-total" }, { DoseTierBasis::ReviewerJudgement, "judgement" });
EE_ENUM_CODES(OutcomeKind, { OutcomeKind::Binary, "binary" }, { OutcomeKind::Continuous, "continuous" });
EE_ENUM_CODES(BetterDirection, { BetterDirection::Unknown, "unknown" }, { BetterDirection::Higher, "higher" },
    { BetterDirection::Lower, "lower" });
EE_ENUM_CODES(Confidence, { Confidence::NotStated, "" }, { Confidence::Exact, "exact" },
    { Confidence::DerivedFromPercent, "derived-from-percent" }, { Confidence::Derived, "derived" },
    { Confidence::Approximate, "approximate" }, { Confidence::Unclear, "unclear" },
    { Confidence::AsTranscribed, "as-transcribed" });
EE_ENUM_CODES(ExtractionRole, { ExtractionRole::Final, "final" }, { ExtractionRole::Extractor1, "extractor1" },
    { ExtractionRole::Extractor2, "extractor2" });
EE_ENUM_CODES(RobDomain, { RobDomain::Randomisation, "randomisation" }, { RobDomain::Deviations, "deviations" },
    { RobDomain::MissingData, "missing_data" }, { RobDomain::Measurement, "measurement" },
    { RobDomain::Selection, "selection" }, { RobDomain::Overall, "overall" });
EE_ENUM_CODES(RobJudgement, { RobJudgement::NotAssessed, "" }, { RobJudgement::Low, "low" },
    { RobJudgement::SomeConcerns, "some_concerns" }, { RobJudgement::High, "high" });
EE_ENUM_CODES(NoteKind, { NoteKind::General, "general" }, { NoteKind::Conflict, "conflict" },
    { NoteKind::SharedControl, "shared_control" }, { NoteKind::UncodedData, "uncoded_data" },
    { NoteKind::MatchUncertain, "match_uncertain" }, { NoteKind::DoseRoute, "dose_route" },
    { NoteKind::Derivation, "derivation" });
EE_ENUM_CODES(FacetKind, { FacetKind::Categorical, "categorical" }, { FacetKind::NumericBinned, "numeric" });

#undef EE_ENUM_CODES

/// The text code of an enum value ("IM", "very_high", ...).
template<typename E> QString toCode(E value)
{
    for (const auto &[v, code] : EnumCodes<E>::table) {
        if (v == value)
            return QString::fromLatin1(code);
    }
    return {};
}

/// The enum value with this code (case-insensitive), or nothing.
template<typename E> std::optional<E> fromCode(QStringView code)
{
    for (const auto &[v, text] : EnumCodes<E>::table) {
        if (code.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return v;
    }
    return std::nullopt;
}

/// The enum value with this integer as stored on disk, or nothing if the
/// integer is not one of its values (a newer file, or a damaged one).
template<typename E> std::optional<E> fromInt(int value)
{
    for (const auto &entry : EnumCodes<E>::table) {
        if (static_cast<int>(entry.first) == value)
            return entry.first;
    }
    return std::nullopt;
}

/// All codes of an enum joined by '|', for messages ("IM|SC|IA|...").
template<typename E> QString allCodes()
{
    QString result;
    for (const auto &entry : EnumCodes<E>::table) {
        if (entry.second[0] == '\0')
            continue;
        if (!result.isEmpty())
            result += QLatin1Char('|');
        result += QLatin1String(entry.second);
    }
    return result;
}

} // namespace ee::store
