#pragma once

#include "ui/explorer/explorerresult.h"

#include <QString>
#include <QVector>

#include <optional>
#include <vector>

namespace ee::ui {

/// The studies the diagnostics run on: the analysis' pooled studies (estimable
/// effect), in analysis order, with the query row and plot study of each.
struct DiagnosticsStudies {
    QVector<int> rows; ///< query row of each pooled study
    QVector<PlotStudy> studies; ///< as the main plots show them (key, label, tooltip, weight)
    std::vector<double> yi; ///< analysis scale
    std::vector<double> vi;
    int size() const { return static_cast<int>(rows.size()); }
};

/// Fewest studies the diagnostics views draw anything for.
inline constexpr int kDiagnosticsMinimumStudies = 3;

DiagnosticsStudies diagnosticsStudies(const ExplorerResult &result);

/// "Leave-one-out needs at least 3 pooled studies (2 pooled)." or empty when there are enough.
QString tooFewStudiesMessage(const QString &view, int pooled);

/// Leave-one-out forest: one row per pooled study, "Omitting <study>", the refit
/// estimate and CI, τ² and I² columns; the overall diamond is the full model.
ForestData leaveOneOutForest(const ExplorerResult &result, const DiagnosticsStudies &studies);

/// Cumulative forest by year of the query rows (studies without a year last,
/// ties in analysis order), τ² and I² columns.
ForestData cumulativeForest(const ExplorerResult &result, const DiagnosticsStudies &studies);

/// A moderator the meta-regression can use.
struct ModeratorChoice {
    QString id; ///< "year", "mod:<name>" or "facet:<name>"
    QString label; ///< shown in the chooser
    bool numeric = false;
    bool positive = false; ///< numeric and every value > 0 (a log scale is possible)
    /// Per pooled study; empty string when the study has no value.
    QStringList values;
    int present() const;
};

/// The year, every numeric or categorical moderator of the query rows and every
/// facet, each with at least two distinct values among the pooled studies.
QVector<ModeratorChoice> moderatorChoices(const ExplorerResult &result, const DiagnosticsStudies &studies);

} // namespace ee::ui
