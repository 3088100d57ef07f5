#pragma once

#include "core/store/arm.h"
#include "core/store/outcomedata.h"
#include "core/store/outcomedefinition.h"
#include "core/store/study.h"

#include <QList>
#include <QString>

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

/// All problems as one translated sentence list ("events_t: ...; sd_c: ...").
QString joinProblems(const QList<FieldProblem> &problems);

} // namespace ee::store
