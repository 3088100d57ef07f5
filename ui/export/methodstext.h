#pragma once

#include "core/stats/analysis.h"

#include <QString>

namespace ee::ui {

/// The methods paragraph of a report, written from the settings the analysis
/// actually used (effect measure, pooling method, model and how it was chosen,
/// tau² estimator and its confidence interval, HKSJ, prediction interval,
/// continuity correction, subgroup test, software version), so a published
/// analysis states what it did.
class MethodsText
{
public:
    /// One paragraph of plain text (translated).
    static QString paragraph(const stats::AnalysisResult &analysis);
};

} // namespace ee::ui
