#pragma once

#include "core/store/storeenums.h"
#include "ui/explorer/modelpanel.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ee::ui {

/// How the forest plot orders its studies (within each subgroup).
enum class StudyOrder : int {
    Year = 0,
    Effect = 1,
    Weight = 2,
    Label = 3,
};

/// Everything the user has chosen in the explorer: outcome, facet filters,
/// model settings, excluded studies and presentation choices. A plain value;
/// the controller turns it into results, QSettings keeps it between sessions.
struct ExplorerState {
    QString outcome;
    /// Facet name → level codes that are ticked. A facet missing from the map
    /// is not filtered (every level ticked); an empty list means none ticked.
    QMap<QString, QStringList> filters;
    ModelSettings model;
    /// Keys (PlotStudy::key) of the studies the user excluded from pooling.
    QSet<QString> excluded;
    StudyOrder order = StudyOrder::Year;
    /// Facets shown as moderator columns beside each study in the forest plot.
    QStringList forestColumns{QStringLiteral("cell_type"), QStringLiteral("dose_tier"), QStringLiteral("route")};
    bool contourFunnel = false;
    /// Egger's line, trim-and-fill's imputed studies and the test results on the funnel plot.
    bool smallStudyTests = false;
    /// Whose values the analysis uses: the consensus (final) values, or one
    /// extractor's values of a dual extraction.
    store::ExtractionRole dataSource = store::ExtractionRole::Final;

    bool operator==(const ExplorerState &) const = default;
};

/// `model` with the measure and pooling method made valid for an outcome's
/// kind of data (OR and Mantel-Haenszel by default for events, MD and inverse
/// variance for means; Peto only with odds ratios).
ModelSettings adjustedForOutcome(ModelSettings model, store::OutcomeKind kind);

/// Saves and restores an ExplorerState under a QSettings group named after the project.
void saveExplorerState(const ExplorerState &state, const QString &project);
ExplorerState loadExplorerState(const QString &project);

} // namespace ee::ui
