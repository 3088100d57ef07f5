#pragma once

#include "core/store/storeenums.h"

#include <QList>
#include <QString>

#include <utility>

namespace ee::ui {

/// What the forms show for the store's coded values, translated, with every
/// value of each enum in the order the forms list them.
class EnumLabels
{
public:
    static QList<std::pair<store::StudyDesign, QString>> designs();
    static QList<std::pair<store::ArmRole, QString>> armRoles();
    static QList<std::pair<store::Route, QString>> routes();
    static QList<std::pair<store::CellOrigin, QString>> origins();
    static QList<std::pair<store::DoseUnit, QString>> doseUnits();
    static QList<std::pair<store::DoseTier, QString>> doseTiers();
    static QList<std::pair<store::Confidence, QString>> confidences();
    static QList<std::pair<store::ExtractionRole, QString>> extractionRoles();

    template<typename E> static QString label(E value, const QList<std::pair<E, QString>> &labels)
    {
        for (const auto &[candidate, text] : labels) {
            if (candidate == value)
                return text;
        }
        return {};
    }
};

} // namespace ee::ui
