#include "core/store/storevalidation.h"

#include "core/store/numbertext.h"
#include "core/store/storeerror.h"

#include <QCoreApplication>

#include <cmath>
#include <utility>

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

QStringList outcomeValueFields(OutcomeKind kind)
{
    if (kind == OutcomeKind::Binary)
        return { QStringLiteral("events_t"), QStringLiteral("n_t"), QStringLiteral("events_c"), QStringLiteral("n_c") };
    return { QStringLiteral("mean_t"), QStringLiteral("sd_t"), QStringLiteral("n_t"), QStringLiteral("mean_c"),
        QStringLiteral("sd_c"), QStringLiteral("n_c") };
}

QString outcomeFieldSentenceName(const QString &field)
{
    static const struct {
        const char *field;
        const char *name;
    } names[] = {
        { "events_t", QT_TRANSLATE_NOOP("ee::store", "Events in the treatment arm") },
        { "events_c", QT_TRANSLATE_NOOP("ee::store", "Events in the control arm") },
        { "n_t", QT_TRANSLATE_NOOP("ee::store", "N in the treatment arm") },
        { "n_c", QT_TRANSLATE_NOOP("ee::store", "N in the control arm") },
        { "mean_t", QT_TRANSLATE_NOOP("ee::store", "The mean in the treatment arm") },
        { "mean_c", QT_TRANSLATE_NOOP("ee::store", "The mean in the control arm") },
        { "sd_t", QT_TRANSLATE_NOOP("ee::store", "The SD in the treatment arm") },
        { "sd_c", QT_TRANSLATE_NOOP("ee::store", "The SD in the control arm") },
    };
    for (const auto &n : names) {
        if (field == QLatin1String(n.field))
            return storeTr(n.name);
    }
    return field;
}

QString outcomeFieldShortName(const QString &field)
{
    static const struct {
        const char *field;
        const char *name;
    } names[] = {
        { "events_t", QT_TRANSLATE_NOOP("ee::store", "events (treatment)") },
        { "events_c", QT_TRANSLATE_NOOP("ee::store", "events (control)") },
        { "n_t", QT_TRANSLATE_NOOP("ee::store", "N (treatment)") },
        { "n_c", QT_TRANSLATE_NOOP("ee::store", "N (control)") },
        { "mean_t", QT_TRANSLATE_NOOP("ee::store", "mean (treatment)") },
        { "mean_c", QT_TRANSLATE_NOOP("ee::store", "mean (control)") },
        { "sd_t", QT_TRANSLATE_NOOP("ee::store", "SD (treatment)") },
        { "sd_c", QT_TRANSLATE_NOOP("ee::store", "SD (control)") },
    };
    for (const auto &n : names) {
        if (field == QLatin1String(n.field))
            return storeTr(n.name);
    }
    return field;
}

QList<FieldProblem> validatePartialOutcomeData(const OutcomeData &data, OutcomeKind kind)
{
    QList<FieldProblem> problems;
    const QString eventsT = QStringLiteral("events_t"), eventsC = QStringLiteral("events_c");
    const QString nT = QStringLiteral("n_t"), nC = QStringLiteral("n_c");
    for (const auto &[field, n] : { std::pair { nT, data.nTreatment }, std::pair { nC, data.nControl } }) {
        if (n && *n < 1)
            problems.append(
                { field, storeTr("%1 must be at least 1 (got %2).").arg(outcomeFieldSentenceName(field)).arg(*n) });
    }
    if (kind == OutcomeKind::Binary) {
        const struct {
            QString events;
            QString n;
            const std::optional<int> &eventsValue;
            const std::optional<int> &nValue;
        } arms[] = { { eventsT, nT, data.eventsTreatment, data.nTreatment },
            { eventsC, nC, data.eventsControl, data.nControl } };
        for (const auto &a : arms) {
            if (!a.eventsValue)
                continue;
            if (*a.eventsValue < 0) {
                problems.append({ a.events,
                    storeTr("%1 cannot be negative (got %2).")
                        .arg(outcomeFieldSentenceName(a.events))
                        .arg(*a.eventsValue) });
            } else if (a.nValue && *a.nValue >= 1 && *a.eventsValue > *a.nValue) {
                problems.append({ a.events,
                    storeTr("%1 (%2) cannot exceed its N (%3).")
                        .arg(outcomeFieldSentenceName(a.events))
                        .arg(*a.eventsValue)
                        .arg(*a.nValue) });
                problems.append({ a.n,
                    storeTr("%1 (%2) is less than its events (%3).")
                        .arg(outcomeFieldSentenceName(a.n))
                        .arg(*a.nValue)
                        .arg(*a.eventsValue) });
            }
        }
        if (data.meanTreatment || data.sdTreatment || data.meanControl || data.sdControl)
            problems.append(
                { QStringLiteral("mean_t"), storeTr("A binary outcome takes events and N, not means and SDs.") });
    } else {
        const struct {
            QString field;
            const std::optional<double> &value;
            bool positive;
        } values[] = { { QStringLiteral("mean_t"), data.meanTreatment, false },
            { QStringLiteral("sd_t"), data.sdTreatment, true }, { QStringLiteral("mean_c"), data.meanControl, false },
            { QStringLiteral("sd_c"), data.sdControl, true } };
        for (const auto &v : values) {
            if (!v.value)
                continue;
            if (!std::isfinite(*v.value))
                problems.append(
                    { v.field, storeTr("%1 must be a finite number.").arg(outcomeFieldSentenceName(v.field)) });
            else if (v.positive && *v.value <= 0)
                problems.append({ v.field,
                    storeTr("%1 must be positive (got %2).")
                        .arg(outcomeFieldSentenceName(v.field), formatNumber(*v.value)) });
        }
        if (data.eventsTreatment || data.eventsControl)
            problems.append({ eventsT, storeTr("A continuous outcome takes mean, SD and N, not events.") });
    }
    return problems;
}

QStringList missingOutcomeFields(const OutcomeData &data, OutcomeKind kind)
{
    QStringList missing;
    for (const QString &field : outcomeValueFields(kind)) {
        bool present = false;
        if (field == QLatin1String("events_t"))
            present = data.eventsTreatment.has_value();
        else if (field == QLatin1String("events_c"))
            present = data.eventsControl.has_value();
        else if (field == QLatin1String("n_t"))
            present = data.nTreatment.has_value();
        else if (field == QLatin1String("n_c"))
            present = data.nControl.has_value();
        else if (field == QLatin1String("mean_t"))
            present = data.meanTreatment.has_value();
        else if (field == QLatin1String("mean_c"))
            present = data.meanControl.has_value();
        else if (field == QLatin1String("sd_t"))
            present = data.sdTreatment.has_value();
        else if (field == QLatin1String("sd_c"))
            present = data.sdControl.has_value();
        if (!present)
            missing << field;
    }
    return missing;
}

QString joinProblems(const QList<FieldProblem> &problems)
{
    QStringList parts;
    for (const FieldProblem &p : problems)
        parts << p.field + QStringLiteral(": ") + p.message;
    return parts.join(QStringLiteral("; "));
}

} // namespace ee::store
