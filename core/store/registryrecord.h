#pragma once

#include "core/store/ids.h"

#include <QString>

#include <optional>

namespace ee::store {

/// A registered trial as a review's table lists it: browsable and filterable,
/// not poolable (it carries no outcome data).
struct RegistryRecord {
    RegistryRecordId id;
    std::optional<int> number; ///< row number in the source table
    QString trialId; ///< NCT..., ChiCTR..., as printed
    QString phase;
    QString status;
    QString cellProduct;
    QString cellSource;
    QString originText; ///< "autologous" / "allogeneic" where stated
    QString diseaseStage;
    QString doseText;
    std::optional<double> doseCellsMin;
    std::optional<double> doseCellsMax;
    QString route;
    QString endpoints; ///< ';'-separated codes as printed
    std::optional<double> followupMonths;
    std::optional<int> enrollmentTotal;
    QString enrollmentArms;
    StudyId study; ///< the project's study with the same registry id, if any

    bool operator==(const RegistryRecord &) const = default;
};

} // namespace ee::store
