#include "core/store/reconciliation.h"

#include "core/store/numbertext.h"
#include "core/store/storevalidation.h"
#include "core/store/studystore.h"

#include <QHash>

#include <cmath>
#include <tuple>

namespace ee::store {

namespace {

struct Key {
    qint64 comparison = 0;
    QString outcome;
    QString timepoint;
    bool operator==(const Key &) const = default;
};

size_t qHash(const Key &key, size_t seed = 0)
{
    return qHashMulti(seed, key.comparison, key.outcome, key.timepoint);
}

/// The records of one key, by role (first by id wins).
struct Slot {
    const OutcomeData *final = nullptr;
    const OutcomeData *extractor1 = nullptr;
    const OutcomeData *extractor2 = nullptr;
};

std::optional<double> toDouble(const std::optional<int> &value)
{
    return value ? std::optional<double>(*value) : std::nullopt;
}

bool sameValue(const std::optional<double> &a, const std::optional<double> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || *a == *b;
}

QString valueText(const std::optional<double> &value)
{
    return value ? formatNumber(*value) : QString();
}

QString decisionValues(const std::optional<double> &extractor1, const std::optional<double> &extractor2)
{
    return valueText(extractor1) + QLatin1Char('|') + valueText(extractor2);
}

bool hasDecisionNote(const EvidenceBase &base, const ReconciliationItem &item)
{
    if (!item.consensus)
        return false;
    const QString field = reconciliationNoteField(item.field, item.timepoint);
    const QString values = decisionValues(item.extractor1, item.extractor2);
    for (const EvidenceNote &note : base.notes) {
        if (note.kind != NoteKind::Conflict || note.comparison != item.comparison || note.outcome != item.outcome
            || note.field != field || note.otherValue != values)
            continue;
        const std::optional<double> decided = parseNumber(note.reviewValue);
        if (decided && *decided == *item.consensus)
            return true;
    }
    return false;
}

} // namespace

QString reconciliationFieldCode(ReconciliationField field)
{
    switch (field) {
    case ReconciliationField::Result:
        return QStringLiteral("result");
    case ReconciliationField::EventsTreatment:
        return QStringLiteral("events_t");
    case ReconciliationField::NTreatment:
        return QStringLiteral("n_t");
    case ReconciliationField::EventsControl:
        return QStringLiteral("events_c");
    case ReconciliationField::NControl:
        return QStringLiteral("n_c");
    case ReconciliationField::MeanTreatment:
        return QStringLiteral("mean_t");
    case ReconciliationField::SdTreatment:
        return QStringLiteral("sd_t");
    case ReconciliationField::MeanControl:
        return QStringLiteral("mean_c");
    case ReconciliationField::SdControl:
        return QStringLiteral("sd_c");
    }
    return {};
}

bool isIntegerField(ReconciliationField field)
{
    return field == ReconciliationField::EventsTreatment || field == ReconciliationField::NTreatment
        || field == ReconciliationField::EventsControl || field == ReconciliationField::NControl;
}

std::optional<double> fieldValue(const OutcomeData &data, ReconciliationField field)
{
    switch (field) {
    case ReconciliationField::Result:
        return std::nullopt;
    case ReconciliationField::EventsTreatment:
        return toDouble(data.eventsTreatment);
    case ReconciliationField::NTreatment:
        return toDouble(data.nTreatment);
    case ReconciliationField::EventsControl:
        return toDouble(data.eventsControl);
    case ReconciliationField::NControl:
        return toDouble(data.nControl);
    case ReconciliationField::MeanTreatment:
        return data.meanTreatment;
    case ReconciliationField::SdTreatment:
        return data.sdTreatment;
    case ReconciliationField::MeanControl:
        return data.meanControl;
    case ReconciliationField::SdControl:
        return data.sdControl;
    }
    return std::nullopt;
}

void setFieldValue(OutcomeData &data, ReconciliationField field, std::optional<double> value)
{
    const auto whole = [&value]() -> std::optional<int> {
        return value ? std::optional<int>(static_cast<int>(std::lround(*value))) : std::nullopt;
    };
    switch (field) {
    case ReconciliationField::Result:
        break;
    case ReconciliationField::EventsTreatment:
        data.eventsTreatment = whole();
        break;
    case ReconciliationField::NTreatment:
        data.nTreatment = whole();
        break;
    case ReconciliationField::EventsControl:
        data.eventsControl = whole();
        break;
    case ReconciliationField::NControl:
        data.nControl = whole();
        break;
    case ReconciliationField::MeanTreatment:
        data.meanTreatment = value;
        break;
    case ReconciliationField::SdTreatment:
        data.sdTreatment = value;
        break;
    case ReconciliationField::MeanControl:
        data.meanControl = value;
        break;
    case ReconciliationField::SdControl:
        data.sdControl = value;
        break;
    }
}

QString reconciliationNoteField(ReconciliationField field, const QString &timepoint)
{
    return reconciliationFieldCode(field) + QLatin1Char('@') + timepoint;
}

int ReconciliationResult::openCount() const
{
    int open = 0;
    for (const ReconciliationItem &item : disagreements)
        open += item.decided ? 0 : 1;
    return open;
}

ReconciliationResult reconcile(const EvidenceBase &base)
{
    QHash<Key, Slot> byKey;
    QList<Key> order; // keys in the order of their first extractor record
    for (const OutcomeData &data : base.outcomeData) {
        const Key key { data.comparison.value, data.outcome, data.timepoint };
        Slot &slot = byKey[key];
        const OutcomeData **target = data.role == ExtractionRole::Final ? &slot.final
            : data.role == ExtractionRole::Extractor1                   ? &slot.extractor1
                                                                        : &slot.extractor2;
        if (*target && (*target)->id < data.id)
            continue;
        if (data.role != ExtractionRole::Final && !slot.extractor1 && !slot.extractor2)
            order.append(key);
        *target = &data;
    }

    ReconciliationResult result;
    for (const Key &key : std::as_const(order)) {
        const Slot &slot = byKey[key];
        ReconciliationItem common;
        common.comparison = ComparisonId(key.comparison);
        common.outcome = key.outcome;
        common.timepoint = key.timepoint;
        for (const Comparison &comparison : base.comparisons) {
            if (comparison.id == common.comparison) {
                common.comparisonLabel = comparison.label;
                common.study = comparison.study;
                break;
            }
        }
        for (const Study &study : base.studies) {
            if (study.id == common.study) {
                common.studyLabel = study.label;
                break;
            }
        }
        for (const OutcomeDefinition &outcome : base.outcomes) {
            if (outcome.code == key.outcome) {
                common.outcomeLabel = outcome.label;
                common.kind = outcome.kind;
                break;
            }
        }
        if (slot.extractor1)
            common.data1 = *slot.extractor1;
        if (slot.extractor2)
            common.data2 = *slot.extractor2;
        if (slot.final)
            common.final = *slot.final;

        if (!slot.extractor1 || !slot.extractor2) {
            ReconciliationItem item = common;
            item.field = ReconciliationField::Result;
            item.decided = slot.final != nullptr;
            result.disagreements.append(item);
            continue;
        }
        for (const ReconciliationField field : kReconciliationNumberFields) {
            ReconciliationItem item = common;
            item.field = field;
            item.extractor1 = fieldValue(*slot.extractor1, field);
            item.extractor2 = fieldValue(*slot.extractor2, field);
            if (slot.final)
                item.consensus = fieldValue(*slot.final, field);
            if (!item.extractor1 && !item.extractor2)
                continue;
            const bool agree = sameValue(item.extractor1, item.extractor2);
            if (agree && !slot.final) {
                result.agreed.append(item);
                continue;
            }
            if (agree && sameValue(item.consensus, item.extractor1))
                continue;
            item.decided = hasDecisionNote(base, item);
            result.disagreements.append(item);
        }
    }
    return result;
}

OutcomeData consensusRecord(
    const ReconciliationItem &item, int chosen, std::optional<double> value, const Provenance &provenance)
{
    const std::optional<OutcomeData> &preferred = chosen == 2 ? item.data2 : item.data1;
    const std::optional<OutcomeData> &other = chosen == 2 ? item.data1 : item.data2;
    OutcomeData record;
    if (item.field == ReconciliationField::Result || !item.final) {
        if (preferred)
            record = *preferred;
        else if (chosen == 0 && other)
            record = *other;
        else if (item.final)
            record = *item.final;
        record.id = item.final ? item.final->id : OutcomeDataId();
    } else {
        record = *item.final;
    }
    record.role = ExtractionRole::Final;
    record.comparison = item.comparison;
    record.outcome = item.outcome;
    record.timepoint = item.timepoint;
    if (item.field != ReconciliationField::Result)
        setFieldValue(record, item.field, value);
    const ProvenanceId keep = item.final ? item.final->provenance.id : ProvenanceId();
    record.provenance = provenance;
    record.provenance.id = keep;
    return record;
}

Status writeReconciliationDecision(StudyStore &store, const ReconciliationItem &item, int chosen,
    std::optional<double> value, const Provenance &provenance, const QString &reviewer, const QString &decidedAt)
{
    const OutcomeData record = consensusRecord(item, chosen, value, provenance);
    if (const auto problems = validateOutcomeData(record, item.kind); !problems.isEmpty())
        return StoreError(StoreErrorCode::Constraint, joinProblems(problems), store.path());
    return store.transaction([&]() -> Status {
        if (record.id.isValid()) {
            if (Status s = store.updateOutcomeData(record); !s)
                return s;
        } else {
            auto added = store.addOutcomeData(record);
            if (!added)
                return added.error();
        }
        if (item.field == ReconciliationField::Result)
            return {};
        EvidenceNote note;
        note.study = item.study;
        note.comparison = item.comparison;
        note.outcome = item.outcome;
        note.kind = NoteKind::Conflict;
        note.field = reconciliationNoteField(item.field, item.timepoint);
        note.reviewValue = valueText(fieldValue(record, item.field));
        note.otherValue = decisionValues(item.extractor1, item.extractor2);
        const QString extractor1 = item.extractor1 ? formatNumber(*item.extractor1) : storeTr("nothing");
        const QString extractor2 = item.extractor2 ? formatNumber(*item.extractor2) : storeTr("nothing");
        const QString source = chosen == 1 ? storeTr("extractor 1's value")
            : chosen == 2                  ? storeTr("extractor 2's value")
                                           : storeTr("a consensus value");
        note.text = storeTr("Dual extraction of %1 (%2): extractor 1 entered %3, extractor 2 entered %4; "
                            "%5 decided on %6 (%7), on %8.")
                        .arg(reconciliationFieldCode(item.field),
                            item.timepoint.isEmpty() ? storeTr("no time point") : item.timepoint, extractor1,
                            extractor2, reviewer, note.reviewValue, source, decidedAt);
        note.provenance = provenance;
        note.provenance->id = ProvenanceId();
        auto added = store.addNote(note);
        return added ? Status() : Status(added.error());
    });
}

Status acceptAgreedValues(StudyStore &store, const ReconciliationResult &result)
{
    return store.transaction([&]() -> Status {
        QList<std::tuple<qint64, QString, QString>> written;
        for (const ReconciliationItem &item : result.agreed) {
            if (item.final || !item.data1)
                continue;
            const auto key = std::make_tuple(item.comparison.value, item.outcome, item.timepoint);
            if (written.contains(key))
                continue;
            written.append(key);
            OutcomeData record = *item.data1;
            record.id = OutcomeDataId();
            record.role = ExtractionRole::Final;
            record.provenance.id = ProvenanceId();
            auto added = store.addOutcomeData(record);
            if (!added)
                return added.error();
        }
        return {};
    });
}

} // namespace ee::store
