// The export dialog against a real forest plot: presets fill the size, typing a
// width leaves the preset, the preview is the export at the preview resolution,
// the file written matches the settings, and the context-menu actions exist.

#include "ui/plots/plotfixtures.h"
#include "ui/export/exportdialog.h"
#include "ui/export/plotexporter.h"
#include "ui/plots/forestplot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
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

} // namespace
} // namespace ee::ui
