#include "core/store/evidenceindex.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace ee::store {

QString QueryResult::levelOf(const QueryRow &row, const QString &facet) const
{
    const qsizetype i = facetNames.indexOf(facet);
    if (i < 0 || i >= row.facetLevels.size())
        return {};
    return row.facetLevels[i];
}

namespace {

AttributeValue numberValue(double value)
{
    return { QString::number(value, 'g', QLocale::FloatingPointShortest), value, value };
}

QString knownList(const QStringList &names)
{
    return names.isEmpty() ? storeTr("none") : names.join(QStringLiteral(", "));
}

} // namespace

EvidenceIndex::EvidenceIndex(EvidenceBase base)
    : m_base(std::move(base))
{
    for (int i = 0; i < m_base.studies.size(); ++i)
        m_studyIndex.insert(m_base.studies[i].id.value, i);
    for (int i = 0; i < m_base.arms.size(); ++i)
        m_armIndex.insert(m_base.arms[i].id.value, i);
    for (int i = 0; i < m_base.comparisons.size(); ++i)
        m_comparisonIndex.insert(m_base.comparisons[i].id.value, i);
    for (int i = 0; i < m_base.outcomes.size(); ++i)
        m_outcomeIndex.insert(m_base.outcomes[i].code, i);
    for (int i = 0; i < m_base.facets.size(); ++i)
        m_facetIndex.insert(m_base.facets[i].name, i);

    QHash<qint64, int> notesPerStudy;
    for (const EvidenceNote &note : m_base.notes)
        notesPerStudy[note.study.value] += 1;

    m_entries.reserve(m_base.comparisons.size());
    for (const Comparison &comparison : m_base.comparisons) {
        Entry entry;
        entry.comparison = &comparison;
        entry.study = study(comparison.study);
        entry.treatment = arm(comparison.treatmentArm);
        entry.control = arm(comparison.controlArm);
        entry.noteCount = notesPerStudy.value(comparison.study.value);
        m_entries.push_back(std::move(entry));
    }
    // Moderators: study-level first, then comparison-level values override.
    for (int pass = 0; pass < 2; ++pass) {
        for (const Moderator &moderator : m_base.moderators) {
            const bool comparisonLevel = moderator.comparison.isValid();
            if (comparisonLevel != (pass == 1))
                continue;
            const AttributeValue value { moderator.valueText, moderator.valueMin, moderator.valueMax };
            for (Entry &entry : m_entries) {
                if (entry.comparison->study != moderator.study)
                    continue;
                if (comparisonLevel && entry.comparison->id != moderator.comparison)
                    continue;
                entry.moderators.insert(moderator.name, value);
            }
        }
    }
    for (Entry &entry : m_entries) {
        entry.levels.reserve(m_base.facets.size());
        for (const FacetDefinition &facet : m_base.facets)
            entry.levels.push_back(facet.levelFor(attributeOf(entry, facet.attribute)));
    }

    QHash<qint64, int> entryOfComparison;
    for (int i = 0; i < static_cast<int>(m_entries.size()); ++i)
        entryOfComparison.insert(m_entries[i].comparison->id.value, i);
    for (int i = 0; i < m_base.outcomeData.size(); ++i) {
        const OutcomeData &data = m_base.outcomeData[i];
        const auto entry = entryOfComparison.constFind(data.comparison.value);
        if (entry == entryOfComparison.constEnd())
            continue;
        auto &perEntry = m_data[data.outcome];
        if (perEntry.empty())
            perEntry.resize(m_entries.size());
        perEntry[entry.value()].push_back(i);
    }
}

const Study *EvidenceIndex::study(StudyId id) const
{
    const auto found = m_studyIndex.constFind(id.value);
    return found == m_studyIndex.constEnd() ? nullptr : &m_base.studies[found.value()];
}

const Arm *EvidenceIndex::arm(ArmId id) const
{
    const auto found = m_armIndex.constFind(id.value);
    return found == m_armIndex.constEnd() ? nullptr : &m_base.arms[found.value()];
}

const Comparison *EvidenceIndex::comparison(ComparisonId id) const
{
    const auto found = m_comparisonIndex.constFind(id.value);
    return found == m_comparisonIndex.constEnd() ? nullptr : &m_base.comparisons[found.value()];
}

const OutcomeDefinition *EvidenceIndex::outcome(const QString &code) const
{
    const auto found = m_outcomeIndex.constFind(code);
    return found == m_outcomeIndex.constEnd() ? nullptr : &m_base.outcomes[found.value()];
}

const FacetDefinition *EvidenceIndex::facet(const QString &name) const
{
    const auto found = m_facetIndex.constFind(name);
    return found == m_facetIndex.constEnd() ? nullptr : &m_base.facets[found.value()];
}

AttributeValue EvidenceIndex::attributeOf(const Entry &entry, const QString &attribute) const
{
    if (attribute.startsWith(QLatin1String("moderator.")))
        return entry.moderators.value(attribute.mid(10));
    if (attribute.startsWith(QLatin1String("study."))) {
        if (!entry.study)
            return {};
        const Study &s = *entry.study;
        const QStringView field = QStringView(attribute).mid(6);
        if (field == QLatin1String("label"))
            return { s.label, {}, {} };
        if (field == QLatin1String("first_author"))
            return { s.firstAuthor, {}, {} };
        if (field == QLatin1String("year"))
            return s.year ? numberValue(*s.year) : AttributeValue {};
        if (field == QLatin1String("country"))
            return { s.country, {}, {} };
        if (field == QLatin1String("region"))
            return { s.region, {}, {} };
        if (field == QLatin1String("design"))
            return { toCode(s.design), {}, {} };
        return {};
    }
    if (attribute.startsWith(QLatin1String("arm."))) {
        if (!entry.treatment)
            return {};
        const Arm &a = *entry.treatment;
        const QStringView field = QStringView(attribute).mid(4);
        if (field == QLatin1String("cell_type"))
            return { a.cellType, {}, {} };
        if (field == QLatin1String("route"))
            return { toCode(a.route), {}, {} };
        if (field == QLatin1String("dose_tier"))
            return { toCode(a.doseTier), {}, {} };
        if (field == QLatin1String("dose_cells")) {
            if (!a.doseCellsMin)
                return {};
            // A lower bound only ("> 4e6 cells") is open above.
            return { a.doseText, a.doseCellsMin,
                a.doseCellsMax ? a.doseCellsMax : std::optional<double>(std::numeric_limits<double>::infinity()) };
        }
        if (field == QLatin1String("origin"))
            return { toCode(a.origin), {}, {} };
        if (field == QLatin1String("dose_unit"))
            return { toCode(a.doseUnit), {}, {} };
        return {};
    }
    if (attribute == QLatin1String("rob.overall") && entry.study) {
        for (const RobAssessment &rob : m_base.riskOfBias) {
            if (rob.study == entry.study->id && rob.outcome.isEmpty() && rob.domain == RobDomain::Overall)
                return { toCode(rob.judgement), {}, {} };
        }
    }
    return {};
}

AttributeValue EvidenceIndex::attribute(ComparisonId comparison, const QString &attribute) const
{
    for (const Entry &entry : m_entries) {
        if (entry.comparison->id == comparison)
            return attributeOf(entry, attribute);
    }
    return {};
}

QList<PublishedResult> EvidenceIndex::publishedResults(
    const QString &outcome, const QString &facet, const QString &level) const
{
    QList<PublishedResult> result;
    for (const PublishedResult &published : m_base.publishedResults) {
        if (published.outcome != outcome)
            continue;
        if (!facet.isEmpty() && published.facet != facet)
            continue;
        if (!level.isEmpty() && published.level != level)
            continue;
        result.append(published);
    }
    return result;
}

QList<EvidenceNote> EvidenceIndex::notesFor(StudyId study) const
{
    QList<EvidenceNote> result;
    for (const EvidenceNote &note : m_base.notes) {
        if (note.study == study)
            result.append(note);
    }
    return result;
}

Result<QueryResult> EvidenceIndex::query(const QueryRequest &request) const
{
    QueryResult result;
    result.sharedControlMode = request.sharedControl;
    const std::vector<std::vector<int>> *data = nullptr;
    if (!request.outcome.isEmpty()) {
        const OutcomeDefinition *definition = outcome(request.outcome);
        if (!definition) {
            QStringList known;
            for (const OutcomeDefinition &o : m_base.outcomes)
                known << o.code;
            return StoreError(StoreErrorCode::NotFound,
                storeTr("unknown outcome '%1'; this project has: %2").arg(request.outcome, knownList(known)),
                QString());
        }
        result.outcome = *definition;
        const auto found = m_data.constFind(request.outcome);
        if (found != m_data.constEnd())
            data = &found.value();
    }

    const int facetCount = static_cast<int>(m_base.facets.size());
    // Per facet, which level indices pass; the last slot is "not recorded".
    std::vector<std::vector<char>> allowed(facetCount);
    for (auto it = request.filters.constBegin(); it != request.filters.constEnd(); ++it) {
        const auto facetIt = m_facetIndex.constFind(it.key());
        if (facetIt == m_facetIndex.constEnd()) {
            QStringList known;
            for (const FacetDefinition &f : m_base.facets)
                known << f.name;
            return StoreError(StoreErrorCode::NotFound,
                storeTr("unknown facet '%1'; this project has: %2").arg(it.key(), knownList(known)), QString());
        }
        if (it.value().isEmpty())
            continue;
        const FacetDefinition &facet = m_base.facets[facetIt.value()];
        std::vector<char> &mask = allowed[facetIt.value()];
        mask.assign(facet.levels.size() + 1, 0);
        for (const QString &code : it.value()) {
            if (code.isEmpty()) {
                mask.back() = 1;
                continue;
            }
            int level = -1;
            for (int i = 0; i < facet.levels.size(); ++i) {
                if (facet.levels[i].code.compare(code, Qt::CaseInsensitive) == 0) {
                    level = i;
                    break;
                }
            }
            if (level < 0) {
                QStringList known;
                for (const FacetLevel &l : facet.levels)
                    known << l.code;
                return StoreError(StoreErrorCode::NotFound,
                    storeTr("facet '%1' has no level '%2'; its levels are: %3").arg(facet.name, code, knownList(known)),
                    QString());
            }
            mask[level] = 1;
        }
    }

    result.facetNames.reserve(facetCount);
    result.facetCounts.reserve(facetCount);
    for (const FacetDefinition &facet : m_base.facets) {
        result.facetNames << facet.name;
        FacetCounts counts { facet.name, facet.label, {} };
        counts.levels.reserve(facet.levels.size() + 1);
        for (const FacetLevel &level : facet.levels)
            counts.levels.append({ level.code, level.label, 0, 0 });
        counts.levels.append({ QString(), storeTr("not recorded"), 0, 0 });
        result.facetCounts.append(std::move(counts));
    }
    // Distinct studies per facet level, for the study counts.
    std::vector<std::vector<std::vector<qint64>>> studiesPerLevel(facetCount);
    for (int f = 0; f < facetCount; ++f)
        studiesPerLevel[f].resize(m_base.facets[f].levels.size() + 1);
    std::vector<qint64> resultStudies;

    std::vector<char> passes(facetCount);
    for (int e = 0; e < static_cast<int>(m_entries.size()); ++e) {
        const Entry &entry = m_entries[e];
        int failures = 0;
        for (int f = 0; f < facetCount; ++f) {
            const int level = entry.levels[f];
            const std::vector<char> &mask = allowed[f];
            passes[f] = mask.empty() || mask[level < 0 ? mask.size() - 1 : static_cast<std::size_t>(level)];
            failures += passes[f] ? 0 : 1;
        }
        if (failures > 1)
            continue;

        const OutcomeData *chosen = nullptr;
        if (data) {
            for (int index : (*data)[e]) {
                const OutcomeData &candidate = m_base.outcomeData[index];
                if (candidate.role != request.role)
                    continue;
                if (!request.timepoint.isEmpty() && candidate.timepoint != request.timepoint)
                    continue;
                chosen = &candidate;
                break;
            }
        }
        const bool available = request.outcome.isEmpty() || chosen;
        if (available) {
            const qint64 studyId = entry.comparison->study.value;
            for (int f = 0; f < facetCount; ++f) {
                if (failures == 1 && passes[f])
                    continue; // another facet excludes this comparison
                const int slot =
                    entry.levels[f] < 0 ? static_cast<int>(m_base.facets[f].levels.size()) : entry.levels[f];
                LevelCount &count = result.facetCounts[f].levels[slot];
                ++count.comparisons;
                std::vector<qint64> &seen = studiesPerLevel[f][slot];
                if (std::find(seen.begin(), seen.end(), studyId) == seen.end()) {
                    seen.push_back(studyId);
                    ++count.studies;
                }
            }
        }
        if (failures != 0)
            continue;

        const Study *s = entry.study;
        if (!chosen) {
            if (!request.outcome.isEmpty()) {
                result.notExtracted.append({ entry.comparison->id, entry.comparison->study, entry.comparison->label,
                    s ? s->label : QString(), s ? s->year : std::nullopt });
                continue;
            }
        }
        QueryRow row;
        row.comparison = entry.comparison->id;
        row.study = entry.comparison->study;
        row.label = entry.comparison->label;
        row.studyLabel = s ? s->label : QString();
        row.year = s ? s->year : std::nullopt;
        row.controlArm = entry.comparison->controlArm;
        row.noteCount = entry.noteCount;
        row.moderators = entry.moderators;
        row.facetLevels.reserve(facetCount);
        for (int f = 0; f < facetCount; ++f) {
            const int level = entry.levels[f];
            row.facetLevels << (level < 0 ? QString() : m_base.facets[f].levels[level].code);
        }
        if (chosen) {
            row.data = chosen->id;
            row.timepoint = chosen->timepoint;
            row.provenance = chosen->provenance;
            row.dataNotes = chosen->notes;
            row.treatment.n = chosen->nTreatment.value_or(0);
            row.control.n = chosen->nControl.value_or(0);
            if (chosen->eventsTreatment) {
                row.treatment.events = *chosen->eventsTreatment;
                row.control.events = chosen->eventsControl.value_or(0);
            } else {
                row.treatment.mean = chosen->meanTreatment;
                row.treatment.sd = chosen->sdTreatment;
                row.control.mean = chosen->meanControl;
                row.control.sd = chosen->sdControl;
            }
        }
        if (std::find(resultStudies.begin(), resultStudies.end(), row.study.value) == resultStudies.end())
            resultStudies.push_back(row.study.value);
        result.rows.append(std::move(row));
    }
    result.studyCount = static_cast<int>(resultStudies.size());

    // Shared control arms among the selected rows (same arm and time point).
    if (!request.outcome.isEmpty()) {
        for (int i = 0; i < result.rows.size(); ++i) {
            int size = 0;
            for (const QueryRow &other : std::as_const(result.rows)) {
                if (other.controlArm == result.rows[i].controlArm && other.timepoint == result.rows[i].timepoint)
                    ++size;
            }
            result.rows[i].sharedControlGroupSize = size;
            if (size > 1)
                result.sharedControls = true;
        }
        if (request.sharedControl == SharedControlMode::Split) {
            for (QueryRow &row : result.rows) {
                if (row.sharedControlGroupSize <= 1)
                    continue;
                const double parts = row.sharedControlGroupSize;
                row.control.n /= parts;
                if (row.control.events)
                    *row.control.events /= parts;
                row.controlSplit = true;
            }
        }
    }
    return result;
}

} // namespace ee::store
