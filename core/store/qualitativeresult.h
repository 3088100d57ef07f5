#pragma once

#include <QString>
#include <QtGlobal>

namespace ee::store {

/// A published result stated without numbers ("no statistically significant difference").
struct QualitativeResult {
    qint64 id = 0;
    QString outcome;
    QString measure;
    QString facet;
    QString level;
    QString statement;
    QString figure;
    QString section;
    QString quote;

    bool operator==(const QualitativeResult &) const = default;
};

} // namespace ee::store
