#pragma once

#include "core/store/evidencebase.h"
#include "core/store/evidencequery.h"
#include "core/store/result.h"

#include <QHash>

#include <vector>

namespace ee::store {

/// An in-memory, read-only view of a project built for the explorer: every
/// comparison with its study, arms, moderators and facet levels resolved once,
/// so a query is a scan over a few dozen precomputed rows.
class EvidenceIndex
{
public:
    explicit EvidenceIndex(EvidenceBase base);

    const EvidenceBase &base() const { return m_base; }

    /// The rows for an outcome and facet filters, the studies without data,
    /// and per facet level the number of studies available. Fails, naming the
    /// culprit, for an unknown outcome, facet or level.
    Result<QueryResult> query(const QueryRequest &request) const;

    /// The value a facet reads for a comparison (its attribute), e.g. for tooltips.
    AttributeValue attribute(ComparisonId comparison, const QString &attribute) const;

    /// The published estimates for an outcome, optionally one facet and level.
    QList<PublishedResult> publishedResults(
        const QString &outcome, const QString &facet = {}, const QString &level = {}) const;

    /// Notes on a study (including notes on its arms and comparisons).
    QList<EvidenceNote> notesFor(StudyId study) const;

    const Study *study(StudyId id) const;
    const Arm *arm(ArmId id) const;
    const Comparison *comparison(ComparisonId id) const;
    const OutcomeDefinition *outcome(const QString &code) const;
    const FacetDefinition *facet(const QString &name) const;

private:
    struct Entry {
        const Comparison *comparison = nullptr;
        const Study *study = nullptr;
        const Arm *treatment = nullptr;
        const Arm *control = nullptr;
        std::vector<int> levels; ///< per facet: level index, or -1 when not recorded
        QHash<QString, AttributeValue> moderators;
        int noteCount = 0;
    };

    AttributeValue attributeOf(const Entry &entry, const QString &attribute) const;

    EvidenceBase m_base;
    std::vector<Entry> m_entries;
    QHash<qint64, int> m_studyIndex;
    QHash<qint64, int> m_armIndex;
    QHash<qint64, int> m_comparisonIndex;
    QHash<QString, int> m_outcomeIndex;
    QHash<QString, int> m_facetIndex;
    /// outcome code → per entry, the indices into m_base.outcomeData (by id).
    QHash<QString, std::vector<std::vector<int>>> m_data;
};

} // namespace ee::store
