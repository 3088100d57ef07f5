#pragma once

#include <QString>
#include <QtGlobal>

namespace ee::store {

/// A published meta-regression p-value for one moderator, as printed.
struct MetaRegressionResult {
    qint64 id = 0;
    QString outcome;
    QString moderator;
    QString pValue;
    QString quote;

    bool operator==(const MetaRegressionResult &) const = default;
};

} // namespace ee::store
