#pragma once

#include "core/store/arm.h"
#include "core/store/celltype.h"
#include "core/store/comparison.h"
#include "core/store/evidencenote.h"
#include "core/store/facetdefinition.h"
#include "core/store/glossaryentry.h"
#include "core/store/heterogeneityresult.h"
#include "core/store/leaveoneoutrange.h"
#include "core/store/metaregressionresult.h"
#include "core/store/moderator.h"
#include "core/store/outcomedata.h"
#include "core/store/outcomedefinition.h"
#include "core/store/projectinfo.h"
#include "core/store/publishedresult.h"
#include "core/store/qualitativeresult.h"
#include "core/store/registryrecord.h"
#include "core/store/robassessment.h"
#include "core/store/study.h"
#include "core/store/subgrouptest.h"

#include <QList>

namespace ee::store {

/// Everything a project file holds, loaded into memory in one go. Lists are in
/// storage order (by id, or by position where the table has one).
struct EvidenceBase {
    ProjectInfo project;
    QList<CellType> cellTypes;
    QList<GlossaryEntry> glossary;
    QList<Study> studies;
    QList<Arm> arms;
    QList<Comparison> comparisons;
    QList<OutcomeDefinition> outcomes;
    QList<OutcomeData> outcomeData;
    QList<ModeratorDefinition> moderatorDefinitions;
    QList<Moderator> moderators;
    QList<FacetDefinition> facets;
    QList<RobAssessment> riskOfBias;
    QList<EvidenceNote> notes;
    QList<PublishedResult> publishedResults;
    QList<SubgroupTest> subgroupTests;
    QList<LeaveOneOutRange> leaveOneOutRanges;
    QList<MetaRegressionResult> metaRegressionResults;
    QList<HeterogeneityResult> heterogeneityResults;
    QList<QualitativeResult> qualitativeResults;
    QList<RegistryRecord> registryRecords;

    bool operator==(const EvidenceBase &) const = default;
};

} // namespace ee::store
