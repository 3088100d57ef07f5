#pragma once

#include "ui/explorer/explorerresult.h"
#include "ui/explorer/explorerstate.h"

namespace ee::store {
class EvidenceIndex;
}

namespace ee::ui {

/// Runs one explorer update: queries the index for the state's outcome and
/// filters, pools the studies that are not excluded with the state's model,
/// and formats the forest, funnel, Baujat and summary data. Never throws:
/// engine and query failures become ExplorerResult::message.
ExplorerResult buildExplorerResult(const store::EvidenceIndex &index, const ExplorerState &state);

/// The key a query row is known by in every view (linked selection, exclusion).
QString studyKey(const store::QueryRow &row);

} // namespace ee::ui
