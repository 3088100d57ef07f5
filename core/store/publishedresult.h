#pragma once

#include "core/store/ids.h"

#include <QString>

#include <optional>

namespace ee::store {

/// A pooled estimate as a published review prints it, so the explorer can show
/// the paper's number beside its own. Numbers are kept as printed (text) and,
/// where they are numbers, parsed.
struct PublishedResult {
    PublishedResultId id;
    QString outcome;
    QString measure; ///< OR, MD, ...
    QString facet; ///< "overall" or a facet name
    QString level; ///< "overall" or a facet level code
    QString estimate; ///< as printed ("4.64")
    QString ciLower;
    QString ciUpper;
    std::optional<double> estimateValue;
    std::optional<double> ciLowerValue;
    std::optional<double> ciUpperValue;
    QString model; ///< "random", "fixed" or empty when the text does not say
    QString i2;
    QString k;
    QString patients;
    QString pValue;
    QString figure;
    QString section;
    QString quote;
    QString heterogeneityP;
    QString note;

    bool operator==(const PublishedResult &) const = default;
};

} // namespace ee::store
