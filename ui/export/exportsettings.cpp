#include "ui/export/exportsettings.h"

#include <QCoreApplication>

namespace ee::ui {

namespace {
class ExportText
{
    Q_DECLARE_TR_FUNCTIONS(PlotExport)
};
} // namespace

void ExportSettings::applyPreset(ExportPreset value)
{
    preset = value;
    if (value == ExportPreset::Custom)
        return;
    widthMm = presetWidthMm(value);
    heightMm = presetHeightMm(value);
    fontPointSize = presetFontPointSize(value);
}

double presetFontPointSize(ExportPreset preset)
{
    switch (preset) {
    case ExportPreset::Custom:
        return 0.0;
    case ExportPreset::SingleColumn:
        return 7.0;
    case ExportPreset::OneAndHalfColumn:
    case ExportPreset::DoubleColumn:
        return 8.0;
    case ExportPreset::Slide:
        return 12.0;
    }
    return 0.0;
}

double presetWidthMm(ExportPreset preset)
{
    switch (preset) {
    case ExportPreset::Custom:
        return 0.0;
    case ExportPreset::SingleColumn:
        return 85.0;
    case ExportPreset::OneAndHalfColumn:
        return 120.0;
    case ExportPreset::DoubleColumn:
        return 180.0;
    case ExportPreset::Slide:
        return 254.0;
    }
    return 0.0;
}

std::optional<double> presetHeightMm(ExportPreset preset)
{
    if (preset == ExportPreset::Slide)
        return 142.875;
    return std::nullopt;
}

QString presetCode(ExportPreset preset)
{
    switch (preset) {
    case ExportPreset::Custom:
        return QStringLiteral("custom");
    case ExportPreset::SingleColumn:
        return QStringLiteral("single");
    case ExportPreset::OneAndHalfColumn:
        return QStringLiteral("onehalf");
    case ExportPreset::DoubleColumn:
        return QStringLiteral("double");
    case ExportPreset::Slide:
        return QStringLiteral("slide");
    }
    return {};
}

std::optional<ExportPreset> presetFromCode(const QString &code)
{
    for (ExportPreset p : { ExportPreset::Custom, ExportPreset::SingleColumn, ExportPreset::OneAndHalfColumn,
             ExportPreset::DoubleColumn, ExportPreset::Slide }) {
        if (code.compare(presetCode(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QString presetName(ExportPreset preset)
{
    switch (preset) {
    case ExportPreset::Custom:
        return ExportText::tr("Custom size");
    case ExportPreset::SingleColumn:
        return ExportText::tr("Journal, single column (85 mm)");
    case ExportPreset::OneAndHalfColumn:
        return ExportText::tr("Journal, 1.5 column (120 mm)");
    case ExportPreset::DoubleColumn:
        return ExportText::tr("Journal, double column (180 mm)");
    case ExportPreset::Slide:
        return ExportText::tr("Slide, 16:9 (254 × 143 mm)");
    }
    return {};
}

std::optional<ExportFormat> formatFromSuffix(const QString &suffix)
{
    const QString s = suffix.toLower();
    if (s == QLatin1String("png"))
        return ExportFormat::Png;
    if (s == QLatin1String("tif") || s == QLatin1String("tiff"))
        return ExportFormat::Tiff;
    if (s == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (s == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

QString formatSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Tiff:
        return QStringLiteral("tiff");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

bool isRaster(ExportFormat format)
{
    return format == ExportFormat::Png || format == ExportFormat::Tiff;
}

} // namespace ee::ui
