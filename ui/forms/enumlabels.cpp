#include "ui/forms/enumlabels.h"

#include <QCoreApplication>

namespace ee::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ee::ui::EnumLabels", text);
}
} // namespace

using namespace store;

QList<std::pair<StudyDesign, QString>> EnumLabels::designs()
{
    return { { StudyDesign::Rct, tr("Randomised controlled trial") },
        { StudyDesign::Cct, tr("Controlled clinical trial (not randomised)") },
        { StudyDesign::Retrospective, tr("Retrospective comparison") }, { StudyDesign::Other, tr("Other design") },
        { StudyDesign::NotReported, tr("Not reported") } };
}

QList<std::pair<ArmRole, QString>> EnumLabels::armRoles()
{
    return { { ArmRole::Treatment, tr("Cell therapy (treatment)") }, { ArmRole::Control, tr("Control") } };
}

QList<std::pair<Route, QString>> EnumLabels::routes()
{
    return { { Route::Intramuscular, tr("Intramuscular") }, { Route::Subcutaneous, tr("Subcutaneous") },
        { Route::IntraArterial, tr("Intra-arterial") }, { Route::Intravenous, tr("Intravenous") },
        { Route::Topical, tr("Topical") }, { Route::Combined, tr("Combined routes") },
        { Route::NotReported, tr("Not reported") } };
}

QList<std::pair<CellOrigin, QString>> EnumLabels::origins()
{
    return { { CellOrigin::Autologous, tr("Autologous") }, { CellOrigin::Allogeneic, tr("Allogeneic") },
        { CellOrigin::NotReported, tr("Not reported") } };
}

QList<std::pair<DoseUnit, QString>> EnumLabels::doseUnits()
{
    return { { DoseUnit::PerPatient, tr("total cells per patient") },
        { DoseUnit::PerKg, tr("cells per kg body weight") }, { DoseUnit::PerLeg, tr("cells per leg") },
        { DoseUnit::PerUlcer, tr("cells per ulcer") }, { DoseUnit::PerCm2, tr("cells per cm²") },
        { DoseUnit::Other, tr("other unit (see dose text)") }, { DoseUnit::NotReported, tr("not reported") } };
}

QList<std::pair<DoseTier, QString>> EnumLabels::doseTiers()
{
    return { { DoseTier::Low, tr("Low") }, { DoseTier::Medium, tr("Medium") }, { DoseTier::High, tr("High") },
        { DoseTier::VeryHigh, tr("Very high") }, { DoseTier::Unspecified, tr("Dose unspecified") },
        { DoseTier::NotAssigned, tr("Not assigned") } };
}

QList<std::pair<Confidence, QString>> EnumLabels::confidences()
{
    return { { Confidence::Exact, tr("Exact: printed in the source") },
        { Confidence::DerivedFromPercent, tr("Derived from a percentage") },
        { Confidence::Derived, tr("Derived from other printed numbers") },
        { Confidence::Approximate, tr("Approximate: read from a figure or rounded") },
        { Confidence::AsTranscribed, tr("As transcribed from a secondary table") },
        { Confidence::Unclear, tr("Unclear") }, { Confidence::NotStated, tr("Not stated") } };
}

QList<std::pair<ExtractionRole, QString>> EnumLabels::extractionRoles()
{
    return { { ExtractionRole::Final, tr("Consensus") }, { ExtractionRole::Extractor1, tr("Extractor 1") },
        { ExtractionRole::Extractor2, tr("Extractor 2") } };
}

} // namespace ee::ui
