#pragma once

#include "core/store/evidencebase.h"
#include "core/store/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace ee::store {

class StudyStore;

/// What a reconciliation item is about: one number of a result, or the whole
/// result (a time point extracted by one extractor only).
enum class ReconciliationField : int {
    Result = 0,
    EventsTreatment = 1,
    NTreatment = 2,
    EventsControl = 3,
    NControl = 4,
    MeanTreatment = 5,
    SdTreatment = 6,
    MeanControl = 7,
    SdControl = 8,
};

/// The number fields of OutcomeData in display order.
inline constexpr ReconciliationField kReconciliationNumberFields[] = { ReconciliationField::EventsTreatment,
    ReconciliationField::NTreatment, ReconciliationField::EventsControl, ReconciliationField::NControl,
    ReconciliationField::MeanTreatment, ReconciliationField::SdTreatment, ReconciliationField::MeanControl,
    ReconciliationField::SdControl };

/// The CSV column name of a field ("events_t", "sd_c"), as validateOutcomeData
/// names it; "result" for the whole result.
QString reconciliationFieldCode(ReconciliationField field);
/// True for events and N (whole numbers).
bool isIntegerField(ReconciliationField field);
/// The value of a number field of `data` (nothing for ReconciliationField::Result).
std::optional<double> fieldValue(const OutcomeData &data, ReconciliationField field);
/// Sets a number field of `data`; integer fields take the value rounded to the
/// nearest whole number (callers check it is whole first).
void setFieldValue(OutcomeData &data, ReconciliationField field, std::optional<double> value);

/// One thing the two extractors of a result did not enter identically (or did
/// identically, for ReconciliationResult::agreed), with both records and the
/// consensus (role Final) record of the same comparison, outcome and time point.
struct ReconciliationItem {
    StudyId study;
    QString studyLabel;
    ComparisonId comparison;
    QString comparisonLabel;
    QString outcome; ///< OutcomeDefinition::code
    QString outcomeLabel;
    OutcomeKind kind = OutcomeKind::Binary;
    QString timepoint;
    ReconciliationField field = ReconciliationField::Result;
    std::optional<double> extractor1; ///< the field's value as extractor 1 entered it
    std::optional<double> extractor2;
    std::optional<double> consensus; ///< the Final record's value, if any
    std::optional<OutcomeData> data1; ///< extractor 1's record (absent: not extracted by extractor 1)
    std::optional<OutcomeData> data2;
    std::optional<OutcomeData> final; ///< the consensus record, if any
    /// A reviewer has decided this disagreement (see reconcile()); decided
    /// items are still disagreements and stay listed.
    bool decided = false;

    bool operator==(const ReconciliationItem &) const = default;
};

/// The state of dual extraction in a project.
struct ReconciliationResult {
    /// Every disagreement, decided or not, by study, comparison, outcome, time
    /// point and field.
    QList<ReconciliationItem> disagreements;
    /// Values both extractors entered identically for a result that has no
    /// consensus record yet ("agreed, not yet accepted").
    QList<ReconciliationItem> agreed;

    /// The disagreements no reviewer has decided yet.
    int openCount() const;
};

/// The key of the decision note that records a reviewer's decision on a field
/// of a result: "events_t@12 weeks" ("events_t@" when no time point is stated).
QString reconciliationNoteField(ReconciliationField field, const QString &timepoint);

/// Pairs the Extractor1 and Extractor2 results of `base` by (comparison,
/// outcome, time point) and lists, field by field, where they differ, with the
/// consensus (Final) value of the same key.
///
/// - A key extracted by one extractor only is one item with field Result; it
///   is decided once a Final record exists for the key.
/// - For a key extracted by both, each number field entered by either is
///   compared. Both equal and equal to the Final value: nothing to list. Both
///   equal and no Final record: listed in `agreed`. Otherwise (they differ,
///   one left it empty, or they agree but the Final value differs) it is a
///   disagreement. It is decided when the reviewer's decision note (a
///   NoteKind::Conflict note on the comparison and outcome whose field is
///   reconciliationNoteField() and whose reviewValue is the Final value) is
///   present: a Final value that merely happens to equal one side (the
///   published review's value, say) still waits for a reviewer.
/// When an extractor entered a key twice, the first record (by id) is used.
ReconciliationResult reconcile(const EvidenceBase &base);

/// The Final record a decision on `item` writes: the existing Final record,
/// or (none yet) a copy of the chosen extractor's record (`chosen` 1 or 2; 0
/// for a typed consensus, which starts from extractor 1's record, or
/// extractor 2's when extractor 1 has none), with the field set to `value`
/// and the provenance replaced by `provenance`. For a Result item the chosen
/// extractor's record is copied whole and `value` is ignored. Check it with
/// validateOutcomeData before writing.
OutcomeData consensusRecord(
    const ReconciliationItem &item, int chosen, std::optional<double> value, const Provenance &provenance);

/// Writes a reviewer's decision on `item` in one transaction: the Final record
/// (consensusRecord(), added or updated) and, for a number field, the decision
/// note naming both extractors' values, the consensus and who decided
/// (`reviewer`, at `decidedAt`, ISO 8601) with the provenance of the value.
/// Fails (writing nothing) when the record breaks a rule of
/// validateOutcomeData.
Status writeReconciliationDecision(StudyStore &store, const ReconciliationItem &item, int chosen,
    std::optional<double> value, const Provenance &provenance, const QString &reviewer, const QString &decidedAt);

/// Accepts every agreed value in one transaction: for each result in
/// `agreed` without a Final record, writes extractor 1's record as the Final
/// record (with extractor 1's provenance). Fields where the extractors differ
/// take extractor 1's value provisionally and stay open disagreements.
Status acceptAgreedValues(StudyStore &store, const ReconciliationResult &result);

} // namespace ee::store
