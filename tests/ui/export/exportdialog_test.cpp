// The export dialog against a real forest plot: presets fill the size, typing a
// width leaves the preset, the preview is the export at the preview resolution,
// the file written matches the settings, and the context-menu actions exist.

#include "ui/export/exportdialog.h"
#include "ui/export/plotexporter.h"
#include "ui/plots/forestplot.h"
#include "ui/plots/plotfixtures.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QSpinBox>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

namespace ee::ui {
namespace {

TEST(ExportDialog, PresetSetsSizeAndTypingAWidthMakesItCustom)
{
    ForestPlot plot;
    plot.setData(testing::makeForest(10));
    ExportDialog dialog(&plot);
    auto *preset = dialog.findChild<QComboBox *>(QStringLiteral("preset"));
    auto *width = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("widthMm"));
    auto *autoHeight = dialog.findChild<QCheckBox *>(QStringLiteral("autoHeight"));
    ASSERT_TRUE(preset && width && autoHeight);
    EXPECT_EQ(dialog.settings().widthMm, 85.0);
    EXPECT_FALSE(dialog.settings().heightMm.has_value());

    preset->setCurrentIndex(preset->findData(static_cast<int>(ExportPreset::Slide)));
    EXPECT_EQ(dialog.settings().widthMm, 254.0);
    ASSERT_TRUE(dialog.settings().heightMm.has_value());
    EXPECT_NEAR(*dialog.settings().heightMm, 142.9, 0.06);
    EXPECT_FALSE(autoHeight->isChecked());

    width->setValue(100);
    EXPECT_EQ(dialog.settings().preset, ExportPreset::Custom);
    EXPECT_EQ(dialog.settings().widthMm, 100.0);
}

TEST(ExportDialog, PreviewIsTheExportAtPreviewResolution)
{
    ForestPlot plot;
    plot.setData(testing::makeForest(12));
    ExportDialog dialog(&plot);
    const ExportSettings s = dialog.settings();
    const QSizeF mm = PlotExporter::sizeMm(plot, s);
    const QImage preview = dialog.previewImage();
    // The preview is the 85 mm export at its own 300 dpi.
    EXPECT_EQ(preview.size(), PlotExporter::pixelSize(mm, 300));
    EXPECT_EQ(preview, PlotExporter::renderImage(plot, s));
    EXPECT_GT(testing::inkedFraction(preview), 0.01);
    EXPECT_TRUE(dialog.sizeText().contains(QStringLiteral("1004 × ")));
    preview.save(QStringLiteral("/tmp/export-dialog-preview.png"));
    dialog.resize(900, 600);
    dialog.show();
    dialog.grab().save(QStringLiteral("/tmp/export-dialog.png"));
}

TEST(ExportDialog, WritesTheFileWithTheDialogSettings)
{
    ForestPlot plot;
    plot.setData(testing::makeForest(5));
    ExportDialog dialog(&plot);
    auto *dpi = dialog.findChild<QSpinBox *>(QStringLiteral("dpi"));
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("format"));
    ASSERT_TRUE(dpi && format);
    dpi->setValue(600);
    format->setCurrentIndex(format->findData(static_cast<int>(ExportFormat::Png)));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.png"));
    EXPECT_TRUE(dialog.writeTo(path).isEmpty());
    EXPECT_EQ(QImage(path).width(), static_cast<int>(std::lround(85 / 25.4 * 600)));
    // Greyscale and transparent are not offered for PDF.
    format->setCurrentIndex(format->findData(static_cast<int>(ExportFormat::Pdf)));
    EXPECT_FALSE(dpi->isEnabled());
    EXPECT_FALSE(dialog.findChild<QCheckBox *>(QStringLiteral("transparent"))->isEnabled());
}

TEST(ExportDialog, ContextMenuActions)
{
    ForestPlot plot;
    plot.setData(testing::makeForest(5));
    QMenu *menu = plot.createContextMenu(QPoint(1, 1));
    ExportDialog::addExportActions(menu, &plot);
    EXPECT_TRUE(menu->findChild<QAction *>(QStringLiteral("exportPlot")));
    QAction *svg = menu->findChild<QAction *>(QStringLiteral("copySvg"));
    ASSERT_TRUE(svg);
    delete menu;
}

TEST(ExportDialog, SlidePreviewAndNoteSayTheFontWasReduced)
{
    ForestPlot plot;
    plot.setData(testing::makeForest(38, 0));
    ExportDialog dialog(&plot);
    dialog.resize(1000, 640);
    ExportSettings slide;
    slide.applyPreset(ExportPreset::Slide);
    slide.fontFamily = plot.font().family();
    dialog.setSettings(slide);
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("sizeText"));
    ASSERT_TRUE(label);
    const PlotExporter::FontFit fit = PlotExporter::fontFit(plot, dialog.settings());
    ASSERT_TRUE(fit.reduced());
    EXPECT_TRUE(label->text().contains(QLatin1String("reduced from 12 pt"))) << label->text().toStdString();
    // The preview is the export with the reduced font: the slide's exact pixels, and equal to the file's image.
    ExportSettings used = dialog.settings();
    EXPECT_EQ(dialog.previewImage().size(), QSize(3000, 1688)); // 254 × 142.875 mm at 300 dpi
    EXPECT_EQ(dialog.previewImage(), PlotExporter::renderImage(plot, used));
    dialog.grab().save(QStringLiteral("/tmp/export-dialog-slide-38.png"));

    // 150 rows do not fit even at 6 pt: the dialog says so and names a taller size.
    ForestPlot many;
    many.setData(testing::makeForest(150, 0));
    ExportDialog tooMany(&many);
    tooMany.setSettings(slide);
    auto *warning = tooMany.findChild<QLabel *>(QStringLiteral("sizeText"));
    EXPECT_TRUE(warning->text().contains(QLatin1String("taller"))) << warning->text().toStdString();
}

} // namespace
} // namespace ee::ui
