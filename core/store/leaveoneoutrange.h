#pragma once

#include <QString>
#include <QtGlobal>

namespace ee::store {

/// A published leave-one-out range of a pooled estimate, as printed.
struct LeaveOneOutRange {
    qint64 id = 0;
    QString outcome;
    QString minimum;
    QString maximum;
    QString quote;
    QString measure;
    QString figure;

    bool operator==(const LeaveOneOutRange &) const = default;
};

} // namespace ee::store
