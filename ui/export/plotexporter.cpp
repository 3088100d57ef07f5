#include "ui/export/plotexporter.h"

#include "ui/export/chartexportplot.h"
#include "ui/plots/effectformat.h"
#include "ui/plots/forestplot.h"
#include "ui/plots/plotpalette.h"
#include "ui/plots/scatterstudyplot.h"
#include "ui/plots/studyplot.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace ee::ui {

namespace {

class ExportText
{
    Q_DECLARE_TR_FUNCTIONS(PlotExport)
};

constexpr double mmPerInch = 25.4;

int dotsPerMeter(int dpi)
{
    return static_cast<int>(std::lround(dpi / 0.0254));
}

/// A 1 × 1 image at `dpi`: a paint device whose font metrics match the export's,
/// for asking the plot its preferred height before the real device exists.
QImage metricsDevice(int dpi)
{
    QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(dotsPerMeter(dpi));
    image.setDotsPerMeterY(dotsPerMeter(dpi));
    return image;
}

/// Puts the export's font and background on the plot for the duration of one
/// export and restores the plot as the screen shows it afterwards.
class ExportScope
{
public:
    ExportScope(StudyPlot &plot, const ExportSettings &settings)
        : m_plot(plot)
        , m_font(plot.font())
        , m_fontSet(plot.testAttribute(Qt::WA_SetFont))
    {
        QFont font = m_font;
        if (!settings.fontFamily.isEmpty())
            font.setFamily(settings.fontFamily);
        if (settings.fontPointSize > 0)
            font.setPointSizeF(settings.fontPointSize);
        if (font != m_font) {
            plot.setFont(font);
            m_changedFont = true;
        }
        if (settings.transparent) {
            if (auto *scatter = qobject_cast<ScatterStudyPlot *>(&plot))
                m_customPlot = scatter->customPlot();
            else if (auto *chart = qobject_cast<ChartExportPlot *>(&plot))
                m_customPlot = chart->chart();
            if (m_customPlot)
                m_customPlot->setBackground(QBrush(Qt::NoBrush));
        }
    }
    ~ExportScope()
    {
        if (m_customPlot)
            m_customPlot->setBackground(plotpalette::paper());
        if (m_changedFont) {
            if (m_fontSet)
                m_plot.setFont(m_font);
            else
                m_plot.setFont(QFont()); // back to inheriting the parent's font
        }
    }
    ExportScope(const ExportScope &) = delete;
    ExportScope &operator=(const ExportScope &) = delete;

private:
    StudyPlot &m_plot;
    QFont m_font;
    bool m_fontSet = false;
    bool m_changedFont = false;
    QCustomPlot *m_customPlot = nullptr;
};

void paintPlot(StudyPlot &plot, QPainter &painter, const QSizeF &size, const ExportSettings &settings)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF target(QPointF(0, 0), size);
    if (!settings.transparent)
        painter.fillRect(target, plotpalette::paper());
    plot.render(painter, target);
}

QImage toGreyscale(const QImage &source)
{
    QImage image = source.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int grey = qGray(line[x]);
            line[x] = qRgba(grey, grey, grey, qAlpha(line[x]));
        }
    }
    return image;
}

/// "12", "8.5", "8.25": a font size in the fewest decimals (quarter points at most).
QString pointsText(double points)
{
    const double quarters = std::round(points * 4);
    const int decimals = std::fmod(quarters, 4.0) == 0 ? 0 : (std::fmod(quarters, 2.0) == 0 ? 1 : 2);
    return effectformat::number(quarters / 4.0, decimals);
}

} // namespace

QSizeF PlotExporter::sizeMm(StudyPlot &plot, const ExportSettings &settings)
{
    const double width = std::max(1.0, settings.widthMm);
    if (settings.heightMm && *settings.heightMm > 0)
        return { width, *settings.heightMm };
    const int dpi = isRaster(settings.format) ? std::max(1, settings.dpi) : vectorDpi;
    ExportScope scope(plot, settings);
    const QImage device = metricsDevice(dpi);
    const QSize pixels = pixelSize(QSizeF(width, width), dpi);
    const QSizeF preferred = plot.preferredSize(pixels.width(), &device);
    return { width, std::max(1.0, preferred.height() / dpi * mmPerInch) };
}

QSize PlotExporter::pixelSize(const QSizeF &mm, int dpi)
{
    auto pixels = [dpi](double length) { return std::max(1, static_cast<int>(std::lround(length / mmPerInch * dpi))); };
    return { pixels(mm.width()), pixels(mm.height()) };
}

PlotExporter::FontFit PlotExporter::fontFit(StudyPlot &plot, const ExportSettings &settings)
{
    FontFit fit;
    fit.requestedPointSize = settings.fontPointSize > 0 ? settings.fontPointSize : plot.font().pointSizeF();
    fit.pointSize = fit.requestedPointSize;
    auto *forest = qobject_cast<ForestPlot *>(&plot);
    if (!forest || forest->isShowingMessage() || !settings.heightMm || *settings.heightMm <= 0
        || fit.requestedPointSize <= 0)
        return fit;
    const double height = *settings.heightMm;
    auto needed = [&plot, &settings](double points) {
        ExportSettings trial = settings;
        trial.heightMm.reset();
        trial.fontPointSize = points;
        return sizeMm(plot, trial).height();
    };
    constexpr double slackMm = 1e-6;
    fit.neededHeightMm = needed(fit.requestedPointSize);
    if (fit.neededHeightMm <= height + slackMm)
        return fit;
    // Quarter points: the largest size at which every row fits the height.
    const double floorPoints = std::min(minimumFontPointSize(settings), fit.requestedPointSize);
    const double atFloor = needed(floorPoints);
    if (atFloor > height + slackMm) {
        fit.pointSize = floorPoints;
        fit.fits = false;
        fit.neededHeightMm = atFloor;
        return fit;
    }
    int fitting = static_cast<int>(std::ceil(floorPoints * 4 - 1e-9));
    int tooBig = static_cast<int>(std::ceil(fit.requestedPointSize * 4 - 1e-9));
    double fittingHeight = fitting / 4.0 == floorPoints ? atFloor : needed(fitting / 4.0);
    if (fittingHeight > height + slackMm) { // the quarter above an odd floor does not fit
        fitting = 0;
        fittingHeight = atFloor;
    }
    while (fitting > 0 && tooBig - fitting > 1) {
        const int middle = (fitting + tooBig) / 2;
        const double h = needed(middle / 4.0);
        if (h <= height + slackMm) {
            fitting = middle;
            fittingHeight = h;
        } else {
            tooBig = middle;
        }
    }
    fit.pointSize = fitting > 0 ? fitting / 4.0 : floorPoints;
    fit.neededHeightMm = fittingHeight;
    return fit;
}

ExportSettings PlotExporter::effectiveSettings(StudyPlot &plot, const ExportSettings &settings)
{
    const FontFit fit = fontFit(plot, settings);
    if (!fit.reduced())
        return settings;
    ExportSettings effective = settings;
    effective.fontPointSize = fit.pointSize;
    return effective;
}

QString PlotExporter::fitNote(StudyPlot &plot, const ExportSettings &settings)
{
    const FontFit fit = fontFit(plot, settings);
    if (!fit.reduced() || !fit.fits)
        return {};
    const auto *forest = qobject_cast<ForestPlot *>(&plot);
    const int rows = forest ? forest->rowCount() : 0;
    return ExportText::tr(
        "The text is reduced from %1 pt to %2 pt so that all %n row(s) fit the height.", nullptr, rows)
        .arg(pointsText(fit.requestedPointSize), pointsText(fit.pointSize));
}

QImage PlotExporter::renderImage(StudyPlot &plot, const ExportSettings &requested)
{
    const ExportSettings settings = effectiveSettings(plot, requested);
    const int dpi = std::max(1, settings.dpi);
    const QSize pixels = pixelSize(sizeMm(plot, settings), dpi);
    ExportScope scope(plot, settings);
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(dotsPerMeter(dpi));
    image.setDotsPerMeterY(dotsPerMeter(dpi));
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        paintPlot(plot, painter, QSizeF(pixels), settings);
    }
    if (settings.greyscale)
        image = toGreyscale(image);
    if (!settings.transparent)
        image = image.convertToFormat(settings.greyscale ? QImage::Format_Grayscale8 : QImage::Format_RGB32);
    return image;
}

QByteArray PlotExporter::renderSvg(StudyPlot &plot, const ExportSettings &requested)
{
    const ExportSettings settings = effectiveSettings(plot, requested);
    const QSizeF mm = sizeMm(plot, settings);
    const QSize pixels = pixelSize(mm, vectorDpi);
    ExportScope scope(plot, settings);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(vectorDpi);
    generator.setSize(pixels);
    generator.setViewBox(QRect(QPoint(0, 0), pixels));
    generator.setTitle(plot.accessibleName().isEmpty() ? ExportText::tr("Plot") : plot.accessibleName());
    generator.setDescription(ExportText::tr("Exported by Evidence Explorer"));
    {
        QPainter painter(&generator);
        paintPlot(plot, painter, QSizeF(pixels), settings);
    }
    buffer.close();
    return bytes;
}

PlotExporter::Result PlotExporter::exportToFile(
    StudyPlot &plot, const ExportSettings &requested, const QString &fileName)
{
    const QString shown = QFileInfo(fileName).fileName();
    auto failed = [&](const QString &why) {
        return Result { ExportText::tr("Cannot write “%1”: %2").arg(shown, why) };
    };
    if (requested.widthMm <= 0 || (requested.heightMm && *requested.heightMm <= 0))
        return failed(ExportText::tr("the width and height must be positive"));
    if (isRaster(requested.format) && (requested.dpi < 10 || requested.dpi > 4800))
        return failed(ExportText::tr("the resolution must be between 10 and 4800 dpi, got %1").arg(requested.dpi));
    const ExportSettings settings = effectiveSettings(plot, requested);

    if (settings.format == ExportFormat::Pdf) {
        const QSizeF mm = sizeMm(plot, settings);
        QFile probe(fileName);
        if (!probe.open(QIODevice::WriteOnly))
            return failed(probe.errorString());
        probe.close();
        QPdfWriter writer(fileName);
        writer.setResolution(vectorDpi);
        writer.setCreator(QStringLiteral("Evidence Explorer"));
        writer.setTitle(plot.accessibleName());
        writer.setPageLayout(QPageLayout(QPageSize(mm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch),
            QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        ExportScope scope(plot, settings);
        QPainter painter;
        if (!painter.begin(&writer))
            return failed(ExportText::tr("the PDF could not be started"));
        // Paint in the page's own device units: the page is exactly the figure.
        const QSizeF units(writer.width(), writer.height());
        paintPlot(plot, painter, units, settings);
        if (!painter.end())
            return failed(ExportText::tr("the PDF could not be completed"));
        return {};
    }

    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    bool written = false;
    switch (settings.format) {
    case ExportFormat::Png:
        written = renderImage(plot, settings).save(&file, "PNG");
        break;
    case ExportFormat::Tiff:
        written = writeTiff(renderImage(plot, settings), file);
        break;
    case ExportFormat::Svg: {
        const QByteArray svg = renderSvg(plot, settings);
        written = file.write(svg) == svg.size();
        break;
    }
    case ExportFormat::Pdf:
        break;
    }
    if (!written) {
        file.cancelWriting();
        return failed(
            file.errorString().isEmpty() ? ExportText::tr("the image could not be encoded") : file.errorString());
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

QString PlotExporter::fitWarning(StudyPlot &plot, const ExportSettings &requested)
{
    auto *forest = qobject_cast<ForestPlot *>(&plot);
    if (!forest || forest->isShowingMessage())
        return {};
    const FontFit fit = fontFit(plot, requested);
    if (!fit.fits)
        return ExportText::tr("%n study row(s) do not fit this height even at %1 pt: they need %2 mm. "
                              "Choose a taller size (at least %2 mm) or let the height follow the plot.",
            nullptr, forest->rowCount())
            .arg(pointsText(fit.pointSize), effectformat::number(std::ceil(fit.neededHeightMm), 0));
    ExportSettings settings = requested;
    settings.fontPointSize = fit.pointSize;
    const int dpi = isRaster(settings.format) ? std::max(1, settings.dpi) : vectorDpi;
    const QSize pixels = pixelSize(sizeMm(plot, settings), dpi);
    ExportScope scope(plot, settings);
    const QImage device = metricsDevice(dpi);
    const ForestLayout &layout = forest->layout();
    const qreal scale = layout.fontScale(QSizeF(pixels), &device);
    bool numbersCut = false;
    bool clipped = false;
    const QRectF page = QRectF(QPointF(0, 0), QSizeF(pixels)).adjusted(-0.5, -0.5, 0.5, 0.5);
    for (const ForestLayout::PlacedText &placed : layout.placedTexts(QSizeF(pixels), &device)) {
        if (!placed.text.isEmpty() && placed.text.front().isDigit() && placed.text.endsWith(QChar(0x2026)))
            numbersCut = true;
        if (!page.contains(placed.rect))
            clipped = true;
    }
    const qreal points = layout.font().pointSizeF() * scale;
    if (clipped)
        return ExportText::tr("%n study row(s) do not fit this height: the bottom of the plot is cut. "
                              "Let the height follow the plot, or choose a smaller font.",
            nullptr, forest->rowCount());
    if (scale >= 0.7 - 1e-9 && !numbersCut)
        return {};
    QString text = ExportText::tr("At this size the text is shrunk to %1 pt").arg(effectformat::number(points, 1));
    if (numbersCut)
        text += ExportText::tr(" and some numbers are cut");
    return text + ExportText::tr(": choose a wider size, a smaller font or let the height follow the plot.");
}

bool PlotExporter::writeTiff(const QImage &source, QIODevice &device)
{
    // Baseline TIFF 6.0, little endian: header, pixel strip, then one IFD.
    const bool alpha = source.hasAlphaChannel();
    const bool grey = source.format() == QImage::Format_Grayscale8;
    const QImage image =
        grey ? source : source.convertToFormat(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    const quint32 width = static_cast<quint32>(image.width());
    const quint32 height = static_cast<quint32>(image.height());
    const quint16 samples = grey ? 1 : (alpha ? 4 : 3);
    const quint32 rowBytes = width * samples;
    const quint32 stripBytes = rowBytes * height;

    QByteArray out;
    auto u16 = [&out](quint16 v) {
        const quint16 le = qToLittleEndian(v);
        out.append(reinterpret_cast<const char *>(&le), 2);
    };
    auto u32 = [&out](quint32 v) {
        const quint32 le = qToLittleEndian(v);
        out.append(reinterpret_cast<const char *>(&le), 4);
    };
    out.append("II", 2);
    u16(42);
    const quint32 stripOffset = 8;
    quint32 afterStrip = stripOffset + stripBytes;
    afterStrip += afterStrip % 2; // word alignment
    // Extra data after the strip: bits per sample (when > 2 values), X and Y resolution.
    const quint32 bitsOffset = afterStrip;
    const quint32 xResOffset = bitsOffset + samples * 2u;
    const quint32 yResOffset = xResOffset + 8;
    const quint32 ifdOffset = yResOffset + 8;
    u32(ifdOffset);
    for (quint32 y = 0; y < height; ++y)
        out.append(reinterpret_cast<const char *>(image.constScanLine(static_cast<int>(y))), rowBytes);
    if (out.size() % 2)
        out.append('\0');
    for (quint16 s = 0; s < samples; ++s)
        u16(8);
    const quint32 dpi = static_cast<quint32>(std::lround(image.dotsPerMeterX() * 0.0254));
    u32(std::max<quint32>(1, dpi));
    u32(1);
    u32(std::max<quint32>(1, static_cast<quint32>(std::lround(image.dotsPerMeterY() * 0.0254))));
    u32(1);

    struct Entry {
        quint16 tag;
        quint16 type; // 3 SHORT, 4 LONG, 5 RATIONAL
        quint32 count;
        quint32 value;
    };
    QVector<Entry> entries = {
        { 256, 4, 1, width }, { 257, 4, 1, height },
        { 258, 3, samples, samples <= 2 ? 8u | (samples == 2 ? 8u << 16 : 0u) : bitsOffset },
        { 259, 3, 1, 1 }, // no compression
        { 262, 3, 1, grey ? 1u : 2u }, // BlackIsZero or RGB
        { 273, 4, 1, stripOffset }, { 277, 3, 1, samples }, { 278, 4, 1, height }, { 279, 4, 1, stripBytes },
        { 282, 5, 1, xResOffset }, { 283, 5, 1, yResOffset }, { 284, 3, 1, 1 }, // chunky
        { 296, 3, 1, 2 }, // inches
    };
    if (alpha)
        entries.push_back({ 338, 3, 1, 2 }); // unassociated alpha
    u16(static_cast<quint16>(entries.size()));
    for (const Entry &e : entries) {
        u16(e.tag);
        u16(e.type);
        u32(e.count);
        if (e.type == 3 && e.count == 1) {
            u16(static_cast<quint16>(e.value));
            u16(0);
        } else {
            u32(e.value);
        }
    }
    u32(0); // no further IFD
    return device.write(out) == out.size();
}

} // namespace ee::ui
