#pragma once

#include <QtGlobal>

namespace ee::store {

/// One user edit as the undo log recorded it: the span of log entries that
/// revert it (StudyStore::recordEdit, StudyStore::revertEdit). Empty when the
/// edit changed nothing.
struct EditRecord {
    qint64 first = 1;
    qint64 last = 0;

    bool isEmpty() const { return last < first; }
    bool operator==(const EditRecord &) const = default;
};

} // namespace ee::store
