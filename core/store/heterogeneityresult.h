#pragma once

#include <QString>
#include <QtGlobal>

namespace ee::store {

/// A published I² and the study named as the top Baujat contributor, as printed.
struct HeterogeneityResult {
    qint64 id = 0;
    QString outcome;
    QString i2;
    QString baujatTopContributor;
    QString quote;

    bool operator==(const HeterogeneityResult &) const = default;
};

} // namespace ee::store
