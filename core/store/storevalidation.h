#pragma once

#include "core/store/arm.h"
#include "core/store/outcomedata.h"
#include "core/store/outcomedefinition.h"
#include "core/store/study.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ee::store {

/// A value that breaks a rule, with the field it is in. Field names are the
/// column names of the evidence CSV ("events_t", "sd_c", "year"), so the
/// importer can report them as columns and the forms can place the message
/// next to the widget.
struct FieldProblem {
    QString field;
    QString message; ///< translated
    bool operator==(const FieldProblem &) const = default;
};

/// Checks a study: a label, a plausible year (1800-2200).
QList<FieldProblem> validateStudy(const Study &study);

/// Checks an arm: a label, N at least 1, dose bounds positive and ordered.
/// `suffix` ("_t" or "_c") is appended to the field names.
QList<FieldProblem> validateArm(const Arm &arm, const QString &suffix = {});

/// Checks an outcome result against its outcome's kind: binary data needs
/// events and N per arm with 0 <= events <= N and N >= 1, and no means;
/// continuous data needs mean, SD > 0 and N >= 1 per arm, and no events.
/// Every value must be finite.
QList<FieldProblem> validateOutcomeData(const OutcomeData &data, OutcomeKind kind);

/// The fields of an outcome result in entry order for its kind, as the
/// evidence CSV names them: events_t, n_t, events_c, n_c (binary) or mean_t,
/// sd_t, n_t, mean_c, sd_c, n_c (continuous).
QStringList outcomeValueFields(OutcomeKind kind);

/// A value field of an outcome result in words, for messages that start a
/// sentence ("Events in the treatment arm", "The SD in the control arm");
/// the field code itself when it is not a value field.
QString outcomeFieldSentenceName(const QString &field);

/// A value field in short words for lists ("events (treatment)", "N (control)").
QString outcomeFieldShortName(const QString &field);

/// The forms' check while a result is being typed: the values present so far
/// are checked against each other and their outcome's kind (events within
/// 0..N, N >= 1, SD > 0, finite numbers), and a missing value is not a
/// problem. Messages are whole sentences naming the field in words ("Events in
/// the treatment arm (25) cannot exceed its N (20)."); a conflict between two
/// fields is reported on both. A result that passes this and has no
/// missingOutcomeFields() passes validateOutcomeData().
QList<FieldProblem> validatePartialOutcomeData(const OutcomeData &data, OutcomeKind kind);

/// The value fields a result of this kind still lacks, in entry order.
QStringList missingOutcomeFields(const OutcomeData &data, OutcomeKind kind);

/// All problems as one translated sentence list ("events_t: ...; sd_c: ...").
QString joinProblems(const QList<FieldProblem> &problems);

} // namespace ee::store
