// The explorer's "Export R Script" data file: the pooled studies as a pool CSV
// that the CSV reader reads back into the same analysis.
#include "core/io/studycsv.h"
#include "core/store/bundledbases.h"
#include "ui/explorer/explorercontroller.h"
#include "ui/explorer/poolcsv.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

TEST(PoolCsv, ReadsBackIntoTheSameAnalysis)
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    auto examples = ee::store::BundledBases::examples();
    ASSERT_TRUE(examples.ok());
    ASSERT_FALSE(examples.value().isEmpty());
    ee::ui::ExplorerController controller;
    ASSERT_EQ(controller.openProject(examples.value().front().path, true), QString());
    ee::ui::ModelSettings model = controller.state().model;
    model.model = ee::stats::ModelChoice::Random;
    model.pooling = ee::stats::PoolingMethod::InverseVariance;
    controller.setModel(model);
    // One study excluded: it must not reach the file.
    const QString excluded = controller.result().studies.front().key;
    controller.setStudyExcluded(excluded, true);
    const auto &result = controller.result();
    ASSERT_TRUE(result.analysis.has_value());

    const QString file = dir.filePath(QStringLiteral("studies.csv"));
    ASSERT_EQ(ee::ui::writePoolCsv(result, QString(), file), QString());
    const ee::io::StudyCsvResult read = ee::io::readStudyCsv(file.toStdString(), result.analysis->options.measure);
    ASSERT_TRUE(read.ok()) << read.error->text();
    ASSERT_EQ(read.table->studies.size(), result.analysis->studies.size());
    for (std::size_t i = 0; i < read.table->studies.size(); ++i)
        EXPECT_EQ(read.table->studies[i].label, result.analysis->studies[i].label);
    const ee::stats::AnalysisResult again = ee::stats::analyse(read.table->studies, result.analysis->options);
    EXPECT_DOUBLE_EQ(again.fit.estimate, result.analysis->fit.estimate);
    EXPECT_DOUBLE_EQ(again.fit.tau2, result.analysis->fit.tau2);
}

TEST(PoolCsv, AnUnwritablePathIsNamed)
{
    ee::ui::ExplorerResult empty;
    const QString message = ee::ui::writePoolCsv(empty, QString(), QStringLiteral("/nonexistent-folder/x.csv"));
    EXPECT_TRUE(message.contains(QStringLiteral("/nonexistent-folder/x.csv"))) << message.toStdString();
}

} // namespace
