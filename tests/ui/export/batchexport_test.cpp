// Batch export (issue 8): several plots in several formats into one folder, file
// names STEM-TITLE.SUFFIX, existing files never replaced silently, every file and
// every failure reported by name; and the batch dialog driving it.

#include "ui/export/batchexport.h"
#include "ui/export/batchexportdialog.h"
#include "ui/export/plotexporter.h"
#include "ui/plots/baujatplot.h"
#include "ui/plots/forestplot.h"
#include "ui/plots/funnelplot.h"
#include "ui/plots/plotfixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

namespace ee::ui {
namespace {

using testing::makeBaujat;
using testing::makeForest;
using testing::makeFunnel;

struct ThreePlots {
    ForestPlot forest;
    FunnelPlot funnel;
    BaujatPlot baujat;
    ThreePlots()
    {
        forest.setData(makeForest(12, 0));
        funnel.setData(makeFunnel(12, 2, false));
        baujat.setData(makeBaujat(12, 2));
    }
    QList<std::pair<QString, StudyPlot *>> list()
    {
        return { { QStringLiteral("Forest"), &forest }, { QStringLiteral("Funnel"), &funnel },
            { QStringLiteral("Baujat"), &baujat } };
    }
};

TEST(BatchExport, NamesFilesStemTitleSuffix)
{
    EXPECT_EQ(BatchExport::slug(QStringLiteral("Leave-one-out")), QStringLiteral("leave-one-out"));
    EXPECT_EQ(
        BatchExport::slug(QStringLiteral("  Meta regression (bubble) ")), QStringLiteral("meta-regression-bubble"));
    EXPECT_EQ(BatchExport::slug(QStringLiteral("Méta-régression")), QStringLiteral("méta-régression"));
    EXPECT_EQ(BatchExport::slug(QStringLiteral("???")), QStringLiteral("plot"));
    EXPECT_EQ(
        BatchExport::filePath(QStringLiteral("/d"), QStringLiteral("bcg"), QStringLiteral("GOSH"), ExportFormat::Pdf),
        QStringLiteral("/d/bcg-gosh.pdf"));
    EXPECT_EQ(BatchExport::filePath(QStringLiteral("/d"), QString(), QStringLiteral("Forest"), ExportFormat::Tiff),
        QStringLiteral("/d/plot-forest.tiff"));
}

TEST(BatchExport, WritesEveryPlotInEveryFormatAtTheExactSize)
{
    ThreePlots plots;
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("new/folder")); // created on the way
    ExportSettings settings;
    settings.applyPreset(ExportPreset::OneAndHalfColumn);
    settings.dpi = 150;
    const QList<BatchExport::Entry> entries =
        BatchExport::write(plots.list(), settings, { ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf }, folder,
            QStringLiteral("bcg"), BatchExport::Existing::Overwrite);
    ASSERT_EQ(entries.size(), 9);
    for (const BatchExport::Entry &e : entries) {
        EXPECT_TRUE(e.ok()) << e.error.toStdString();
        EXPECT_TRUE(QFileInfo::exists(e.path)) << e.path.toStdString();
    }
    EXPECT_EQ(entries[0].path, QDir(folder).filePath(QStringLiteral("bcg-forest.png")));
    EXPECT_EQ(entries[8].path, QDir(folder).filePath(QStringLiteral("bcg-baujat.pdf")));
    // 120 mm at 150 dpi = 708.66 → 709 px; the funnel is 4:3 of that: 531.75 → 532 px.
    const QImage funnel(QDir(folder).filePath(QStringLiteral("bcg-funnel.png")));
    EXPECT_EQ(funnel.width(), 709);
    EXPECT_EQ(funnel.height(), 532);
    const QImage forest(QDir(folder).filePath(QStringLiteral("bcg-forest.png")));
    EXPECT_EQ(forest.width(), 709);
    EXPECT_GT(testing::inkedFraction(forest), 0.01);
}

TEST(BatchExport, NeverReplacesSilently)
{
    ThreePlots plots;
    QTemporaryDir dir;
    ExportSettings settings;
    settings.dpi = 72;
    const QList<std::pair<QString, StudyPlot *>> one { { QStringLiteral("Forest"), &plots.forest } };
    const QString first = dir.filePath(QStringLiteral("a-forest.png"));
    ASSERT_TRUE(BatchExport::write(
        one, settings, { ExportFormat::Png }, dir.path(), QStringLiteral("a"), BatchExport::Existing::Overwrite)
                    .front()
                    .ok());
    const QList<BatchExport::Entry> planned =
        BatchExport::plan(one, { ExportFormat::Png }, dir.path(), QStringLiteral("a"));
    EXPECT_EQ(BatchExport::existing(planned), QStringList { first });

    const BatchExport::Entry unique = BatchExport::write(
        one, settings, { ExportFormat::Png }, dir.path(), QStringLiteral("a"), BatchExport::Existing::UniqueSuffix)
                                          .front();
    EXPECT_TRUE(unique.ok());
    EXPECT_EQ(unique.path, dir.filePath(QStringLiteral("a-forest-2.png")));
    const BatchExport::Entry third = BatchExport::write(
        one, settings, { ExportFormat::Png }, dir.path(), QStringLiteral("a"), BatchExport::Existing::UniqueSuffix)
                                         .front();
    EXPECT_EQ(third.path, dir.filePath(QStringLiteral("a-forest-3.png")));

    const QDateTime before = QFileInfo(first).lastModified();
    const BatchExport::Entry skipped = BatchExport::write(
        one, settings, { ExportFormat::Png }, dir.path(), QStringLiteral("a"), BatchExport::Existing::Skip)
                                           .front();
    EXPECT_TRUE(skipped.skipped);
    EXPECT_FALSE(skipped.ok());
    EXPECT_EQ(QFileInfo(first).lastModified(), before);
}

TEST(BatchExport, ReportsEachFailureByName)
{
    ThreePlots plots;
    QTemporaryDir dir;
    // A file where the folder should be: the folder cannot be created.
    const QString blocked = dir.filePath(QStringLiteral("blocked"));
    QFile file(blocked);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    const QList<BatchExport::Entry> entries = BatchExport::write(plots.list(), ExportSettings(), { ExportFormat::Png },
        blocked + QStringLiteral("/sub"), QStringLiteral("x"), BatchExport::Existing::Overwrite);
    ASSERT_EQ(entries.size(), 3);
    EXPECT_TRUE(entries[1].error.contains(QLatin1String("x-funnel.png"))) << entries[1].error.toStdString();
    const QString report = BatchExportDialog::reportFor(entries);
    EXPECT_EQ(report.count(QLatin1String("Failed: ")), 3) << report.toStdString();
    EXPECT_TRUE(report.contains(QLatin1String("x-baujat.png")));
}

TEST(BatchExportDialog, ExportsTheTickedPlotsAndListsTheFiles)
{
    ThreePlots plots;
    QTemporaryDir dir;
    BatchExportDialog dialog(plots.list(), QStringLiteral("analysis"));
    dialog.setFolder(dir.path());
    dialog.setFormats({ ExportFormat::Png, ExportFormat::Tiff });
    ExportSettings settings;
    settings.applyPreset(ExportPreset::Slide);
    settings.dpi = 96;
    dialog.setSettings(settings);
    dialog.setPlotChecked(1, false); // no funnel
    EXPECT_EQ(dialog.checkedPlots().size(), 2);
    const QList<BatchExport::Entry> planned = dialog.plannedFiles();
    ASSERT_EQ(planned.size(), 4);
    EXPECT_EQ(QFileInfo(planned[3].path).fileName(), QStringLiteral("analysis-baujat.tiff"));

    const QList<BatchExport::Entry> written = dialog.exportAll(BatchExport::Existing::UniqueSuffix);
    ASSERT_EQ(written.size(), 4);
    for (const BatchExport::Entry &e : written)
        EXPECT_TRUE(e.ok()) << e.error.toStdString();
    const QImage slide(dir.filePath(QStringLiteral("analysis-forest.png")));
    EXPECT_EQ(slide.size(), QSize(960, 540)); // 254 × 142.875 mm at 96 dpi
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("analysis-funnel.png"))));
    EXPECT_TRUE(dialog.reportText().startsWith(QLatin1String("4 file"))) << dialog.reportText().toStdString();
    EXPECT_EQ(dialog.reportText().count(QLatin1String("Written: ")), 4);
    EXPECT_TRUE(dialog.reportText().contains(QLatin1String("analysis-baujat.tiff")));

    // Again: the files exist, and with "add a number" nothing is replaced.
    const QList<BatchExport::Entry> again = dialog.exportAll(BatchExport::Existing::UniqueSuffix);
    ASSERT_EQ(again.size(), 4);
    EXPECT_EQ(QFileInfo(again[0].path).fileName(), QStringLiteral("analysis-forest-2.png"));

    dialog.resize(900, 600);
    dialog.grab().save(QStringLiteral("/tmp/batch-export-dialog.png"));
}

} // namespace
} // namespace ee::ui
