#pragma once

#include "ui/explorer/explorerresult.h"

#include <QString>

namespace ee::ui {

/// Writes the pooled studies of `result` (in analysis order, excluded and
/// not-extracted ones left out) as a study CSV in the format of
/// `evidence-cli pool` (core/io/studycsv.h), with the level of `subgroupFacet`
/// as an extra column when given. Returns an error message naming the file, or empty.
QString writePoolCsv(const ExplorerResult &result, const QString &subgroupFacet, const QString &fileName);

} // namespace ee::ui
