// Exports at an exact physical size (issue 8): pixel sizes for width × DPI, the
// PDF page, SVG with text as text, transparent and greyscale rasters, and forest
// plots of 3 and 38 studies without overlapping text at every journal preset.

#include "ui/export/exportsettings.h"
#include "ui/export/plotexporter.h"
#include "ui/plots/baujatplot.h"
#include "ui/plots/forestplot.h"
#include "ui/plots/funnelplot.h"
#include "ui/plots/plotfixtures.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtEndian>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

namespace ee::ui {
namespace {

using testing::inkedFraction;
using testing::makeBaujat;
using testing::makeForest;
using testing::makeFunnel;

std::unique_ptr<StudyPlot> makePlot(const QString &kind, int studies)
{
    if (kind == QLatin1String("forest")) {
        auto plot = std::make_unique<ForestPlot>();
        plot->setData(makeForest(studies, studies > 10 ? 3 : 0));
        return plot;
    }
    if (kind == QLatin1String("funnel")) {
        auto plot = std::make_unique<FunnelPlot>();
        plot->setData(makeFunnel(studies, 2, true));
        return plot;
    }
    auto plot = std::make_unique<BaujatPlot>();
    plot->setData(makeBaujat(studies, 2));
    return plot;
}

int expectedPixels(double mm, int dpi)
{
    return static_cast<int>(std::lround(mm / 25.4 * dpi));
}

/// ImageWidth and ImageLength of the first IFD of a little-endian TIFF.
QSize tiffSize(const QByteArray &bytes)
{
    if (bytes.size() < 8 || !bytes.startsWith("II"))
        return {};
    auto u16 = [&](qsizetype at) { return qFromLittleEndian<quint16>(bytes.constData() + at); };
    auto u32 = [&](qsizetype at) { return qFromLittleEndian<quint32>(bytes.constData() + at); };
    const quint32 ifd = u32(4);
    const quint16 count = u16(ifd);
    QSize size;
    for (quint16 i = 0; i < count; ++i) {
        const qsizetype entry = ifd + 2 + i * 12;
        const quint16 tag = u16(entry);
        const quint16 type = u16(entry + 2);
        const int value = type == 3 ? u16(entry + 8) : static_cast<int>(u32(entry + 8));
        if (tag == 256)
            size.setWidth(value);
        if (tag == 257)
            size.setHeight(value);
    }
    return size;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class ExportFormats : public ::testing::TestWithParam<const char *>
{
};

TEST_P(ExportFormats, PngHasExactPixelSizeForWidthAndDpi)
{
    const QString kind = QString::fromLatin1(GetParam());
    auto plot = makePlot(kind, 12);
    QTemporaryDir dir;
    ExportSettings settings;
    settings.applyPreset(ExportPreset::SingleColumn);
    settings.dpi = 300;
    settings.format = ExportFormat::Png;
    const QString path = dir.filePath(QStringLiteral("plot.png"));
    const PlotExporter::Result result = PlotExporter::exportToFile(*plot, settings, path);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    const QImage image(path);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), expectedPixels(85, 300)); // 1004
    EXPECT_EQ(image.width(), 1004);
    const QSizeF mm = PlotExporter::sizeMm(*plot, settings);
    EXPECT_EQ(image.height(), expectedPixels(mm.height(), 300));
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 300, 0.5);
    EXPECT_GT(inkedFraction(image), 0.01) << "blank image";
    image.save(QStringLiteral("/tmp/export-") + kind + QStringLiteral("-85mm-300dpi.png"));
}

TEST_P(ExportFormats, TiffHasExactPixelSizeWithGivenHeight)
{
    const QString kind = QString::fromLatin1(GetParam());
    auto plot = makePlot(kind, 12);
    QTemporaryDir dir;
    ExportSettings settings;
    settings.preset = ExportPreset::Custom;
    settings.widthMm = 120;
    settings.heightMm = 90;
    settings.dpi = 600;
    settings.format = ExportFormat::Tiff;
    const QString path = dir.filePath(QStringLiteral("plot.tiff"));
    ASSERT_TRUE(PlotExporter::exportToFile(*plot, settings, path).ok());
    EXPECT_EQ(tiffSize(readAll(path)), QSize(expectedPixels(120, 600), expectedPixels(90, 600)));
}

TEST_P(ExportFormats, SvgParsesAndKeepsTextAsText)
{
    const QString kind = QString::fromLatin1(GetParam());
    auto plot = makePlot(kind, 12);
    ExportSettings settings;
    settings.applyPreset(ExportPreset::DoubleColumn);
    settings.format = ExportFormat::Svg;
    const QByteArray svg = PlotExporter::renderSvg(*plot, settings);
    QSvgRenderer renderer(svg);
    EXPECT_TRUE(renderer.isValid());
    QXmlStreamReader xml(svg);
    int texts = 0;
    QString width;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("text"))
                ++texts;
            if (xml.name() == QLatin1String("svg"))
                width = xml.attributes().value(QLatin1String("width")).toString();
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(texts, 5);
    ASSERT_TRUE(width.endsWith(QLatin1String("mm"))) << width.toStdString();
    EXPECT_NEAR(width.chopped(2).toDouble(), 180.0, 0.05);
    QFile out(QStringLiteral("/tmp/export-") + kind + QStringLiteral(".svg"));
    if (out.open(QIODevice::WriteOnly))
        out.write(svg);
}

TEST_P(ExportFormats, PdfPageHasRequestedSize)
{
    const QString kind = QString::fromLatin1(GetParam());
    auto plot = makePlot(kind, 12);
    QTemporaryDir dir;
    ExportSettings settings;
    settings.preset = ExportPreset::Custom;
    settings.widthMm = 85;
    settings.heightMm = 70;
    settings.format = ExportFormat::Pdf;
    const QString path = QStringLiteral("/tmp/export-") + kind + QStringLiteral(".pdf");
    const PlotExporter::Result result = PlotExporter::exportToFile(*plot, settings, path);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    const QByteArray pdf = readAll(path);
    ASSERT_TRUE(pdf.startsWith("%PDF"));
    const QRegularExpression mediaBox(QStringLiteral(R"(/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\])"));
    const QRegularExpressionMatch match = mediaBox.match(QString::fromLatin1(pdf));
    ASSERT_TRUE(match.hasMatch());
    // PDF units are points (1/72 in); Qt writes whole points, so allow half a point (0.18 mm).
    EXPECT_NEAR(match.captured(1).toDouble(), 85 / 25.4 * 72, 0.5);
    EXPECT_NEAR(match.captured(2).toDouble(), 70 / 25.4 * 72, 0.5);
    // Text is text: the page uses a font.
    EXPECT_TRUE(pdf.contains("/Font"));
}

INSTANTIATE_TEST_SUITE_P(Plots, ExportFormats, ::testing::Values("forest", "funnel", "baujat"));

TEST(PlotExport, TransparentPngHasTransparentCorners)
{
    auto plot = makePlot(QStringLiteral("funnel"), 12);
    ExportSettings settings;
    settings.format = ExportFormat::Png;
    settings.transparent = true;
    settings.dpi = 150;
    const QImage image = PlotExporter::renderImage(*plot, settings);
    ASSERT_TRUE(image.hasAlphaChannel());
    EXPECT_EQ(qAlpha(image.pixel(0, 0)), 0);
    EXPECT_GT(inkedFraction(image), 0.01);
    image.save(QStringLiteral("/tmp/export-funnel-transparent.png"));
    // The plot is opaque again for the screen afterwards.
    const QImage opaque = PlotExporter::renderImage(*plot, ExportSettings());
    EXPECT_EQ(qAlpha(opaque.pixel(0, 0)), 255);
}

TEST(PlotExport, GreyscaleImageHasNoColour)
{
    auto plot = makePlot(QStringLiteral("baujat"), 12);
    ExportSettings settings;
    settings.greyscale = true;
    settings.dpi = 150;
    const QImage image = PlotExporter::renderImage(*plot, settings).convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            const QRgb p = image.pixel(x, y);
            ASSERT_TRUE(qRed(p) == qGreen(p) && qGreen(p) == qBlue(p)) << x << "," << y;
        }
    }
}

TEST(PlotExport, FontOverrideAppliesAndIsRestored)
{
    auto plot = makePlot(QStringLiteral("forest"), 12);
    const QFont before = plot->font();
    ExportSettings settings;
    settings.fontPointSize = 14;
    settings.dpi = 150;
    const QSizeF big = PlotExporter::sizeMm(*plot, settings);
    settings.fontPointSize = 7;
    const QSizeF small = PlotExporter::sizeMm(*plot, settings);
    EXPECT_GT(big.height(), small.height());
    EXPECT_EQ(plot->font(), before);
}

TEST(PlotExport, RejectsBadSizeAndResolutionNamingTheFile)
{
    auto plot = makePlot(QStringLiteral("forest"), 3);
    QTemporaryDir dir;
    ExportSettings settings;
    settings.widthMm = -5;
    PlotExporter::Result result = PlotExporter::exportToFile(*plot, settings, dir.filePath(QStringLiteral("a.png")));
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.contains(QLatin1String("a.png")));
    settings = ExportSettings();
    settings.dpi = 0;
    result = PlotExporter::exportToFile(*plot, settings, dir.filePath(QStringLiteral("b.png")));
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.contains(QLatin1String("dpi")));
    settings = ExportSettings();
    result = PlotExporter::exportToFile(*plot, settings, dir.filePath(QStringLiteral("no/such/dir/c.png")));
    EXPECT_FALSE(result.ok());
}

TEST(PlotExport, PresetsAndFormatsRoundTripTheirCodes)
{
    for (ExportPreset p :
        { ExportPreset::SingleColumn, ExportPreset::OneAndHalfColumn, ExportPreset::DoubleColumn, ExportPreset::Slide })
        EXPECT_EQ(presetFromCode(presetCode(p)), p);
    EXPECT_FALSE(presetFromCode(QStringLiteral("triple")).has_value());
    EXPECT_EQ(presetWidthMm(ExportPreset::OneAndHalfColumn), 120.0);
    EXPECT_NEAR(*presetHeightMm(ExportPreset::Slide) / presetWidthMm(ExportPreset::Slide), 9.0 / 16.0, 1e-9);
    EXPECT_EQ(formatFromSuffix(QStringLiteral("TIF")), ExportFormat::Tiff);
    EXPECT_FALSE(formatFromSuffix(QStringLiteral("jpg")).has_value());
}

/// A forest like the diagnostics views draw: no per-arm data columns, τ² and I² as moderator columns.
ForestData diagnosticsLikeForest(int studies)
{
    ForestData data = makeForest(studies, 0);
    data.title = QStringLiteral("Leave-one-out analysis");
    data.moderatorHeaders = { QStringLiteral("τ²"), QStringLiteral("I²") };
    for (PlotStudy &study : data.studies) {
        study.label = QStringLiteral("Omitting ") + study.label;
        study.dataColumns.clear();
        study.moderatorColumns = { QStringLiteral("0.012"), QStringLiteral("34%") };
    }
    data.dataHeaders.clear();
    return data;
}

/// Which forest a fit test draws.
enum class ForestKind : int {
    Main = 0, ///< data and moderator columns, three subgroups beyond 10 studies
    Plain = 1, ///< data and moderator columns, no subgroups
    Diagnostics = 2, ///< τ² and I² columns, as leave-one-out and cumulative draw
};

ForestData forestOf(ForestKind kind, int studies)
{
    switch (kind) {
    case ForestKind::Main:
        return makeForest(studies, studies > 10 ? 3 : 0);
    case ForestKind::Plain:
        return makeForest(studies, 0);
    case ForestKind::Diagnostics:
        return diagnosticsLikeForest(studies);
    }
    return {};
}

/// The forest plot's height follows its rows, so at each preset nothing overlaps; at the
/// slide's fixed height the exporter reduces the font (to 5 pt at least) until every row
/// fits, or says it does not fit and names the height needed.
class ForestPresetFit : public ::testing::TestWithParam<std::tuple<int, ExportPreset, ForestKind>>
{
};

TEST_P(ForestPresetFit, NoTextOverlapsOrIsClippedAtTheExportSize)
{
    const auto [studies, preset, kind] = GetParam();
    ForestPlot plot;
    plot.setData(forestOf(kind, studies));
    ExportSettings settings;
    settings.applyPreset(preset);
    settings.dpi = 300;
    const QSizeF mm = PlotExporter::sizeMm(plot, settings);
    const QSize pixels = PlotExporter::pixelSize(mm, settings.dpi);
    const PlotExporter::FontFit fit = PlotExporter::fontFit(plot, settings);
    const std::string name = std::to_string(studies) + " studies, " + presetCode(preset).toStdString() + ", kind "
        + std::to_string(static_cast<int>(kind));
    EXPECT_EQ(fit.requestedPointSize, settings.fontPointSize);
    EXPECT_GE(fit.pointSize, PlotExporter::minimumFontPointSize(settings));
    // Only a fixed height reduces the font; journal columns grow instead.
    if (!presetHeightMm(preset)) {
        EXPECT_FALSE(fit.reduced()) << name;
        EXPECT_TRUE(fit.fits) << name;
    }
    if (preset == ExportPreset::Slide && studies > 10) {
        // 38 rows at 12 pt need more than a slide's 142.9 mm.
        EXPECT_TRUE(fit.reduced()) << name;
        if (kind != ForestKind::Main) {
            // 38 rows alone fit at a reduced size, and the dialog and CLI say so.
            EXPECT_TRUE(fit.fits) << name << " needs " << fit.neededHeightMm << " mm at " << fit.pointSize << " pt";
            EXPECT_LE(fit.neededHeightMm, 142.875 + 1e-6) << name;
            EXPECT_FALSE(PlotExporter::fitNote(plot, settings).isEmpty()) << name;
        }
        if (!fit.fits) {
            // 38 rows in three subgroups (titles, subtotals, heterogeneity lines) do not fit
            // even at 5 pt: the exporter says so and names a taller size.
            const QString warning = PlotExporter::fitWarning(plot, settings);
            EXPECT_TRUE(warning.contains(QLatin1String("taller"))) << warning.toStdString();
            return;
        }
    }
    // The export lays the plot out in the font it chose: check that layout.
    const ExportSettings used = PlotExporter::effectiveSettings(plot, settings);
    QFont font = plot.font();
    font.setPointSizeF(used.fontPointSize);
    plot.setFont(font);
    QImage device(1, 1, QImage::Format_ARGB32);
    device.setDotsPerMeterX(static_cast<int>(std::lround(300 / 0.0254)));
    device.setDotsPerMeterY(static_cast<int>(std::lround(300 / 0.0254)));
    const QVector<QRectF> rects = plot.layout().textRects(QSizeF(pixels), &device);
    ASSERT_FALSE(rects.isEmpty());
    const QRectF page(QPointF(0, 0), QSizeF(pixels));
    for (int i = 0; i < rects.size(); ++i) {
        EXPECT_TRUE(page.adjusted(-0.5, -0.5, 0.5, 0.5).contains(rects[i]))
            << "text " << i << " clipped: " << rects[i].bottom() << " of " << page.bottom() << ", " << rects[i].right()
            << " of " << page.right() << " at " << name;
        for (int j = i + 1; j < rects.size(); ++j) {
            const QRectF overlap = rects[i].intersected(rects[j]);
            EXPECT_FALSE(overlap.width() > 0.5 && overlap.height() > 0.5)
                << "texts " << i << " and " << j << " overlap at " << name;
        }
    }
    // Readable: the text keeps at least 70% of its size and no number is cut; otherwise
    // the exporter must say so (the dialog shows it under the preview).
    const qreal scale = plot.layout().fontScale(QSizeF(pixels), &device);
    bool numbersCut = false;
    for (const ForestLayout::PlacedText &placed : plot.layout().placedTexts(QSizeF(pixels), &device)) {
        if (!placed.text.isEmpty() && placed.text.front().isDigit() && placed.text.endsWith(QChar(0x2026)))
            numbersCut = true;
    }
    const bool readable = scale >= 0.7 - 1e-9 && !numbersCut;
    EXPECT_EQ(PlotExporter::fitWarning(plot, settings).isEmpty(), readable) << name;
    // 1.5 and double columns and the slide hold 3 and 38 studies readably.
    if (preset != ExportPreset::SingleColumn) {
        EXPECT_TRUE(readable) << "scale " << scale << " of " << used.fontPointSize << " pt"
                              << (numbersCut ? ", numbers cut" : "") << " at " << name;
    }
    // On the slide the reduced font is not shrunk again for width: what is drawn is what the note says.
    if (preset == ExportPreset::Slide) {
        EXPECT_GE(used.fontPointSize * scale, PlotExporter::minimumFontPointSize(settings) - 1e-6) << name;
    }
    if (preset == ExportPreset::SingleColumn || preset == ExportPreset::Slide)
        PlotExporter::renderImage(plot, settings)
            .save(QStringLiteral("/tmp/export-forest-%1-%2-%3.png")
                      .arg(studies)
                      .arg(presetCode(preset))
                      .arg(static_cast<int>(kind)));
}

INSTANTIATE_TEST_SUITE_P(Presets, ForestPresetFit,
    ::testing::Combine(::testing::Values(3, 38),
        ::testing::Values(ExportPreset::SingleColumn, ExportPreset::OneAndHalfColumn, ExportPreset::DoubleColumn,
            ExportPreset::Slide),
        ::testing::Values(ForestKind::Main, ForestKind::Plain, ForestKind::Diagnostics)));

TEST(PlotExport, SlideThatCannotHoldTheRowsSaysSoAndSuggestsATallerSize)
{
    ForestPlot plot;
    plot.setData(makeForest(150, 0));
    ExportSettings settings;
    settings.applyPreset(ExportPreset::Slide);
    const PlotExporter::FontFit fit = PlotExporter::fontFit(plot, settings);
    EXPECT_FALSE(fit.fits);
    EXPECT_EQ(fit.pointSize, PlotExporter::minimumSlidePointSize);
    EXPECT_GT(fit.neededHeightMm, 142.875);
    const QString warning = PlotExporter::fitWarning(plot, settings);
    EXPECT_TRUE(warning.contains(QLatin1String("taller"))) << warning.toStdString();
    EXPECT_TRUE(warning.contains(QString::number(std::ceil(fit.neededHeightMm), 'f', 0))) << warning.toStdString();
    EXPECT_TRUE(PlotExporter::fitNote(plot, settings).isEmpty());
    // A free height never reduces the font.
    settings.heightMm.reset();
    EXPECT_FALSE(PlotExporter::fontFit(plot, settings).reduced());
}

TEST(PlotExport, ScatterPlotsKeepTheirFontAtAFixedHeight)
{
    auto plot = makePlot(QStringLiteral("funnel"), 38);
    ExportSettings settings;
    settings.applyPreset(ExportPreset::Slide);
    const PlotExporter::FontFit fit = PlotExporter::fontFit(*plot, settings);
    EXPECT_FALSE(fit.reduced());
    EXPECT_EQ(fit.pointSize, 12.0);
}

} // namespace
} // namespace ee::ui
