#pragma once

#include "ui/export/exportsettings.h"

#include <QByteArray>
#include <QImage>
#include <QSizeF>
#include <QString>

namespace ee::ui {

class StudyPlot;

/// Writes a plot at an exact physical size: PNG and TIFF at a chosen DPI
/// (pixels = round(mm / 25.4 × dpi), DPI recorded in the file), SVG and PDF as
/// vectors with text kept as text. The height, when not given, follows the
/// plot at the export width and resolution, so the forest plot's rows are never
/// clipped. The preview image is rendered by the same code as the file.
class PlotExporter
{
public:
    /// Outcome of an export: empty `error` on success, else a translated message naming the file.
    struct Result {
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    /// Resolution the vector formats lay out at (device units per inch). Fonts
    /// stay physical, so this only sets the precision of coordinates.
    static constexpr int vectorDpi = 720;

    /// Size in mm the export will have: the settings' height, or the plot's preferred one.
    static QSizeF sizeMm(StudyPlot &plot, const ExportSettings &settings);
    /// Pixel size of `mm` at `dpi`: round(mm / 25.4 × dpi) each way, at least 1.
    static QSize pixelSize(const QSizeF &mm, int dpi);

    /// The raster image an export writes (for PNG/TIFF, and the preview at any dpi):
    /// exact pixel size, DPI set, transparent or greyscale as the settings say.
    static QImage renderImage(StudyPlot &plot, const ExportSettings &settings);
    /// The SVG document of the plot (also used for "Copy as SVG").
    static QByteArray renderSvg(StudyPlot &plot, const ExportSettings &settings);
    /// Writes the plot to `fileName` in `settings.format`.
    static Result exportToFile(StudyPlot &plot, const ExportSettings &settings, const QString &fileName);

    /// Smallest text a fixed-height export shrinks the font to: 6 pt in print (the
    /// journals' minimum), 5 pt on the slide preset (projected several times larger).
    static constexpr double minimumPrintPointSize = 6.0;
    static constexpr double minimumSlidePointSize = 5.0;
    static double minimumFontPointSize(const ExportSettings &settings)
    {
        return settings.preset == ExportPreset::Slide ? minimumSlidePointSize : minimumPrintPointSize;
    }

    /// How the text of a forest-like plot fits a fixed-height export.
    struct FontFit {
        double requestedPointSize = 0.0; ///< the settings' font size (or the plot's)
        double pointSize = 0.0; ///< the size the export uses: requested, or smaller so every row fits
        bool fits = true; ///< false: even at minimumFontPointSize() the rows need more height
        double neededHeightMm = 0.0; ///< height the rows need at pointSize (when !fits: at the minimum)
        bool reduced() const { return pointSize < requestedPointSize - 1e-9; }
    };

    /// The font size an export at `settings` uses. When the height is fixed and the
    /// plot's rows (forest, leave-one-out, cumulative) do not fit at the requested
    /// size, the largest size down to minimumFontPointSize() at which they do (0.25 pt
    /// steps); scatter plots and free heights keep the requested size.
    static FontFit fontFit(StudyPlot &plot, const ExportSettings &settings);
    /// `settings` with the font size fontFit() chose: what every render uses.
    static ExportSettings effectiveSettings(StudyPlot &plot, const ExportSettings &settings);
    /// A note when the font was reduced to fit ("… reduced from 12 pt to 8.5 pt …"); empty otherwise.
    static QString fitNote(StudyPlot &plot, const ExportSettings &settings);

    /// A warning when the plot does not fit the export size at a legible size (the
    /// forest plot shrinks its text below 70% to fit a fixed height, e.g. many
    /// studies on a slide); empty when it fits.
    static QString fitWarning(StudyPlot &plot, const ExportSettings &settings);

    /// Writes `image` as a baseline uncompressed TIFF (RGB or RGBA, 8 bit, DPI
    /// recorded): Qt has no TIFF writer without the optional image-formats plugin.
    static bool writeTiff(const QImage &image, QIODevice &device);
};

} // namespace ee::ui
