#pragma once

#include <QString>

#include <optional>

namespace ee::ui {

/// File formats a plot can be exported to. Stored in settings, hence explicit values.
enum class ExportFormat : int {
    Png = 0, ///< raster at the chosen DPI
    Tiff = 1, ///< raster at the chosen DPI (journals' favourite)
    Svg = 2, ///< vector, text as <text>
    Pdf = 3, ///< vector, text as text, page = figure
};

/// Named sizes: journal columns and a 16:9 slide.
enum class ExportPreset : int {
    Custom = 0,
    SingleColumn = 1, ///< 85 mm wide
    OneAndHalfColumn = 2, ///< 120 mm wide
    DoubleColumn = 3, ///< 180 mm wide
    Slide = 4, ///< 16:9 slide, 254 × 142.875 mm (10 × 5.625 in, PowerPoint's default)
};

/// Everything that decides what an export writes. Sizes are physical (mm);
/// the pixel size of raster output is round(mm / 25.4 × dpi).
struct ExportSettings {
    ExportFormat format = ExportFormat::Png;
    ExportPreset preset = ExportPreset::SingleColumn;
    double widthMm = 85.0;
    /// Unset: the plot chooses (the forest plot's height follows its rows; scatter plots 4:3).
    std::optional<double> heightMm;
    int dpi = 300;
    QString fontFamily; ///< empty: the plot's font
    double fontPointSize = 0.0; ///< 0: the plot's font size
    bool greyscale = false; ///< raster formats only
    bool transparent = false; ///< PNG and TIFF only: no paper background

    /// Applies a preset's width, font size (and the slide's height); Custom leaves them alone.
    void applyPreset(ExportPreset value);
};

/// Font size a preset sets, in points (0 for Custom: the plot's font): 7 pt in a
/// single column, 8 pt in wider columns (journals ask for 6–8 pt), 12 pt on a slide.
double presetFontPointSize(ExportPreset preset);
/// Width of a preset in mm (0 for Custom).
double presetWidthMm(ExportPreset preset);
/// Height a preset fixes in mm (the slide), or nullopt (journal columns: height follows the plot).
std::optional<double> presetHeightMm(ExportPreset preset);
/// "single", "onehalf", "double", "slide" (the CLI's --preset values); "custom" for Custom.
QString presetCode(ExportPreset preset);
std::optional<ExportPreset> presetFromCode(const QString &code);
/// Translated name for menus: "Journal, single column (85 mm)".
QString presetName(ExportPreset preset);

/// Format from a file suffix (png, tif, tiff, svg, pdf; case-insensitive).
std::optional<ExportFormat> formatFromSuffix(const QString &suffix);
QString formatSuffix(ExportFormat format);
bool isRaster(ExportFormat format);

} // namespace ee::ui
