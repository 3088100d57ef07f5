#include "core/store/storevalidation.h"

#include "core/store/storeerror.h"

#include <cmath>

namespace ee::store {

namespace {

void requireCount(QList<FieldProblem> &problems, const QString &field, const std::optional<int> &value)
{
    if (!value)
        problems.append({ field, storeTr("N is missing") });
    else if (*value < 1)
        problems.append({ field, storeTr("N must be at least 1, got %1").arg(*value) });
}

void requireFinite(
    QList<FieldProblem> &problems, const QString &field, const std::optional<double> &value, const QString &what)
{
    if (!value)
        problems.append({ field, storeTr("%1 is missing").arg(what) });
    else if (!std::isfinite(*value))
        problems.append({ field, storeTr("%1 must be a finite number").arg(what) });
}

} // namespace

QList<FieldProblem> validateStudy(const Study &study)
{
    QList<FieldProblem> problems;
    if (study.label.trimmed().isEmpty())
        problems.append({ QStringLiteral("study"), storeTr("the study label is empty") });
    if (study.year && (*study.year < 1800 || *study.year > 2200))
        problems.append({ QStringLiteral("year"), storeTr("year %1 is not plausible (1800-2200)").arg(*study.year) });
    return problems;
}

QList<FieldProblem> validateArm(const Arm &arm, const QString &suffix)
{
    QList<FieldProblem> problems;
    if (arm.label.trimmed().isEmpty())
        problems.append({ QStringLiteral("arm") + suffix, storeTr("the arm label is empty") });
    if (arm.nRandomized && *arm.nRandomized < 1)
        problems.append({ QStringLiteral("n_randomized") + suffix,
            storeTr("N randomized must be at least 1, got %1").arg(*arm.nRandomized) });
    if (arm.nAnalysed && *arm.nAnalysed < 1)
        problems.append({ QStringLiteral("n_analysed") + suffix,
            storeTr("N analysed must be at least 1, got %1").arg(*arm.nAnalysed) });
    if (arm.doseCellsMin && (!std::isfinite(*arm.doseCellsMin) || *arm.doseCellsMin <= 0))
        problems.append(
            { QStringLiteral("dose_cells_min") + suffix, storeTr("a cell count must be a positive number") });
    if (arm.doseCellsMax && !arm.doseCellsMin)
        problems.append({ QStringLiteral("dose_cells_min") + suffix,
            storeTr("an upper cell count needs a lower one (give both as the same number for a single value)") });
    if (arm.doseCellsMax && arm.doseCellsMin
        && (!std::isfinite(*arm.doseCellsMax) || *arm.doseCellsMax < *arm.doseCellsMin))
        problems.append({ QStringLiteral("dose_cells_max") + suffix,
            storeTr("the upper cell count must be at least the lower one") });
    return problems;
}

QList<FieldProblem> validateOutcomeData(const OutcomeData &data, OutcomeKind kind)
{
    QList<FieldProblem> problems;
    if (data.outcome.trimmed().isEmpty())
        problems.append({ QStringLiteral("outcome"), storeTr("the outcome is empty") });
    requireCount(problems, QStringLiteral("n_t"), data.nTreatment);
    requireCount(problems, QStringLiteral("n_c"), data.nControl);
    const bool hasMeans = data.meanTreatment || data.sdTreatment || data.meanControl || data.sdControl;
    const bool hasEvents = data.eventsTreatment || data.eventsControl;
    if (kind == OutcomeKind::Binary) {
        if (hasMeans)
            problems.append(
                { QStringLiteral("mean_t"), storeTr("a binary outcome takes events and N, not means and SDs") });
        const struct {
            const char *field;
            const std::optional<int> &events;
            const std::optional<int> &n;
        } arms[] = { { "events_t", data.eventsTreatment, data.nTreatment },
            { "events_c", data.eventsControl, data.nControl } };
        for (const auto &a : arms) {
            const QString field = QString::fromLatin1(a.field);
            if (!a.events)
                problems.append({ field, storeTr("the number of events is missing") });
            else if (*a.events < 0)
                problems.append({ field, storeTr("events cannot be negative, got %1").arg(*a.events) });
            else if (a.n && *a.events > *a.n)
                problems.append({ field, storeTr("events (%1) exceed N (%2)").arg(*a.events).arg(*a.n) });
        }
    } else {
        if (hasEvents)
            problems.append(
                { QStringLiteral("events_t"), storeTr("a continuous outcome takes mean, SD and N, not events") });
        requireFinite(problems, QStringLiteral("mean_t"), data.meanTreatment, storeTr("the mean"));
        requireFinite(problems, QStringLiteral("mean_c"), data.meanControl, storeTr("the mean"));
        const struct {
            const char *field;
            const std::optional<double> &sd;
        } sds[] = { { "sd_t", data.sdTreatment }, { "sd_c", data.sdControl } };
        for (const auto &s : sds) {
            const QString field = QString::fromLatin1(s.field);
            requireFinite(problems, field, s.sd, storeTr("the SD"));
            if (s.sd && std::isfinite(*s.sd) && *s.sd <= 0)
                problems.append({ field, storeTr("the SD must be positive, got %1").arg(*s.sd) });
        }
    }
    return problems;
}

QString joinProblems(const QList<FieldProblem> &problems)
{
    QStringList parts;
    for (const FieldProblem &p : problems)
        parts << p.field + QStringLiteral(": ") + p.message;
    return parts.join(QStringLiteral("; "));
}

} // namespace ee::store
