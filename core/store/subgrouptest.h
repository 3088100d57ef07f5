#pragma once

#include <QString>
#include <QtGlobal>

namespace ee::store {

/// A published test for subgroup differences, as printed.
struct SubgroupTest {
    qint64 id = 0;
    QString outcome;
    QString facet;
    QString chi2;
    QString df;
    QString pValue;
    QString section;
    QString quote;
    QString statedResult; ///< the result in words when no statistics are printed
    QString note;

    bool operator==(const SubgroupTest &) const = default;
};

} // namespace ee::store
