// Drives the real main window offscreen on the bundled evidence bases: filters,
// model settings, linked selection and exclusion, checked against the engine.
#include "core/stats/analysis.h"
#include "core/store/bundledbases.h"
#include "core/store/evidenceindex.h"
#include "ui/diagnostics/diagnosticspanel.h"
#include "ui/explorer/explorercontroller.h"
#include "ui/explorer/facetfilterbox.h"
#include "ui/explorer/filterpanel.h"
#include "ui/explorer/modelpanel.h"
#include "ui/explorer/plotarea.h"
#include "ui/explorer/studytablemodel.h"
#include "ui/explorer/summarystrip.h"
#include "ui/mainwindow.h"
#include "ui/plots/baujatplot.h"
#include "ui/plots/forestplot.h"
#include "ui/plots/funnelplot.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

#include <gtest/gtest.h>

#include <cmath>

namespace {

using ee::ui::MainWindow;

class ExplorerWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
    }

    /// An example project with full arm-level data (converted from metadat).
    QString exampleWithFacets(MainWindow &window)
    {
        auto examples = ee::store::BundledBases::examples();
        EXPECT_TRUE(examples.ok());
        if (!examples.ok())
            return {};
        for (const ee::store::BundledBase &example : examples.value()) {
            if (!window.openProject(example.path, true).isEmpty())
                continue;
            if (!window.controller()->result().query.rows.isEmpty() && !facetToSplit(window).isEmpty())
                return example.path;
        }
        return {};
    }

    /// A facet with at least two levels that each have studies with data.
    static QString facetToSplit(MainWindow &window)
    {
        for (const ee::store::FacetCounts &facet : window.controller()->result().query.facetCounts) {
            int populated = 0;
            for (const ee::store::LevelCount &level : facet.levels)
                populated += level.comparisons > 0 ? 1 : 0;
            if (populated >= 2)
                return facet.facet;
        }
        return {};
    }

    /// The engine run directly on the rows the store returns for the same filters.
    static ee::stats::AnalysisResult engineFor(MainWindow &window)
    {
        const auto &result = window.controller()->result();
        std::vector<ee::stats::Study> studies;
        for (const ee::store::QueryRow &row : result.query.rows) {
            if (window.controller()->state().excluded.contains(QStringLiteral("c") + QString::number(row.comparison.value)))
                continue;
            ee::stats::Study study;
            study.label = row.label.toStdString();
            if (result.query.outcome->kind == ee::store::OutcomeKind::Binary)
                study.data = ee::stats::BinaryArms{*row.treatment.events, row.treatment.n, *row.control.events,
                                                   row.control.n};
            else
                study.data = ee::stats::ContinuousArms{*row.treatment.mean, *row.treatment.sd, row.treatment.n,
                                                       *row.control.mean,   *row.control.sd,   row.control.n};
            studies.push_back(study);
        }
        ee::stats::AnalysisOptions options;
        const ee::ui::ModelSettings model = window.controller()->state().model;
        options.measure = model.measure;
        options.method = model.pooling;
        options.model = model.model;
        options.tau2 = model.tau2;
        options.hksj = model.hksj;
        return ee::stats::analyse(studies, options);
    }

    QTemporaryDir m_settingsDir;
};

TEST_F(ExplorerWindowTest, OpensTheBundledBaseWithAllThreePlots)
{
    MainWindow window;
    ASSERT_EQ(window.openDefaultProject(), QString());
    window.show();
    const auto &result = window.controller()->result();
    ASSERT_TRUE(result.analysis.has_value()) << result.message.toStdString();
    EXPECT_FALSE(window.plotArea()->forest()->isShowingMessage());
    EXPECT_EQ(window.plotArea()->forest()->rowCount(), static_cast<int>(result.forest.studies.size()));
    EXPECT_GE(window.plotArea()->funnel()->pointCount(), 3);
    EXPECT_GE(window.plotArea()->baujat()->pointCount(), 2);
    // Arms without data for the outcome are listed, never drawn.
    EXPECT_GT(result.query.notExtracted.size() + result.query.rows.size(), result.forest.studies.size());
    bool listed = false;
    for (int row = 0; row < window.studyTableModel()->rowCount(); ++row)
        listed = listed
            || window.studyTableModel()->index(row, ee::ui::StudyTableModel::Treatment).data().toString()
                == QStringLiteral("not extracted");
    EXPECT_TRUE(listed);
}

TEST_F(ExplorerWindowTest, TogglingAFacetLevelChangesStudiesNumbersPlotAndSummary)
{
    MainWindow window;
    ASSERT_FALSE(exampleWithFacets(window).isEmpty());
    window.show();
    const QString facet = facetToSplit(window);
    const int rowsBefore = static_cast<int>(window.controller()->result().query.rows.size());
    const double before = window.controller()->result().analysis->fit.estimate;

    ee::ui::FacetFilterBox *box = window.filterPanel()->facetBox(facet);
    ASSERT_NE(box, nullptr);
    auto *list = box->findChild<QListWidget *>(QStringLiteral("levels"));
    ASSERT_NE(list, nullptr);
    // Untick the first level that has studies: exactly the user's click.
    QListWidgetItem *item = nullptr;
    for (int i = 0; i < list->count() && !item; ++i) {
        if (!list->item(i)->text().endsWith(QStringLiteral("(0)")))
            item = list->item(i);
    }
    ASSERT_NE(item, nullptr);
    item->setCheckState(Qt::Unchecked);

    const auto &result = window.controller()->result();
    ASSERT_TRUE(window.controller()->state().filters.contains(facet));
    const int rowsAfter = static_cast<int>(result.query.rows.size());
    EXPECT_LT(rowsAfter, rowsBefore);
    ASSERT_TRUE(result.analysis.has_value()) << result.message.toStdString();
    const ee::stats::AnalysisResult expected = engineFor(window);
    EXPECT_DOUBLE_EQ(result.analysis->fit.estimate, expected.fit.estimate);
    EXPECT_DOUBLE_EQ(result.analysis->fit.tau2, expected.fit.tau2);
    EXPECT_EQ(result.analysis->fit.k, expected.fit.k);
    EXPECT_NE(result.analysis->fit.estimate, before);
    EXPECT_EQ(window.plotArea()->forest()->rowCount(), rowsAfter);
    EXPECT_TRUE(window.summaryStrip()->text().contains(QStringLiteral("%1 studies").arg(rowsAfter)))
        << window.summaryStrip()->text().toStdString();
    // The chip line names the filter; clicking "All" clears it.
    box->findChild<QToolButton *>(QStringLiteral("all"))->click();
    EXPECT_FALSE(window.controller()->state().filters.contains(facet));
    EXPECT_EQ(window.controller()->result().query.rows.size(), rowsBefore);
}

TEST_F(ExplorerWindowTest, ModelChangesRecomputeWithTheEngine)
{
    MainWindow window;
    ASSERT_FALSE(exampleWithFacets(window).isEmpty());
    auto *model = window.modelPanel()->findChild<QComboBox *>(QStringLiteral("modelCombo"));
    auto *tau2 = window.modelPanel()->findChild<QComboBox *>(QStringLiteral("tau2Combo"));
    model->setCurrentIndex(model->findData(static_cast<int>(ee::stats::ModelChoice::Random)));
    tau2->setCurrentIndex(tau2->findData(static_cast<int>(ee::stats::Tau2Estimator::DL)));
    const auto &result = window.controller()->result();
    ASSERT_TRUE(result.analysis.has_value());
    EXPECT_TRUE(result.analysis->fit.randomEffects);
    EXPECT_EQ(result.analysis->fit.tau2Estimator, ee::stats::Tau2Estimator::DL);
    const ee::stats::AnalysisResult expected = engineFor(window);
    EXPECT_DOUBLE_EQ(result.analysis->fit.estimate, expected.fit.estimate);
    EXPECT_DOUBLE_EQ(result.analysis->fit.tau2, expected.fit.tau2);
}

TEST_F(ExplorerWindowTest, SelectionInAPlotReachesTheTableAndTheOtherPlots)
{
    MainWindow window;
    ASSERT_EQ(window.openDefaultProject(), QString());
    window.show();
    const QString key = window.controller()->result().forest.studies.front().key;
    Q_EMIT window.plotArea()->forest()->studyClicked(key, Qt::NoModifier);
    EXPECT_EQ(window.controller()->selection(), QSet<QString>{key});
    EXPECT_EQ(window.plotArea()->funnel()->selectedKeys(), QSet<QString>{key});
    EXPECT_EQ(window.plotArea()->baujat()->selectedKeys(), QSet<QString>{key});
    const QModelIndexList rows = window.studyTable()->selectionModel()->selectedRows();
    ASSERT_EQ(rows.size(), 1);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(window.studyTable()->model());
    EXPECT_EQ(window.studyTableModel()->keyOfRow(proxy->mapToSource(rows.front()).row()), key);

    // And back: selecting another row in the table selects it in the plots.
    const QString other = window.controller()->result().forest.studies.back().key;
    const int row = window.studyTableModel()->rowOfKey(other);
    window.studyTable()->selectionModel()->select(proxy->mapFromSource(window.studyTableModel()->index(row, 1)),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    EXPECT_EQ(window.controller()->selection(), QSet<QString>{other});
    EXPECT_EQ(window.plotArea()->forest()->selectedKeys(), QSet<QString>{other});
}

TEST_F(ExplorerWindowTest, ExcludingAStudyRecomputesAndKeepsItListed)
{
    MainWindow window;
    ASSERT_FALSE(exampleWithFacets(window).isEmpty());
    const auto kBefore = window.controller()->result().analysis->fit.k;
    const QString key = window.controller()->result().forest.studies.front().key;
    const int row = window.studyTableModel()->rowOfKey(key);
    ASSERT_GE(row, 0);
    // Untick "Pooled" in the table, as a user would.
    window.studyTableModel()->setData(window.studyTableModel()->index(row, ee::ui::StudyTableModel::Included),
                                      Qt::Unchecked, Qt::CheckStateRole);
    const auto &result = window.controller()->result();
    EXPECT_EQ(result.analysis->fit.k, kBefore - 1);
    EXPECT_DOUBLE_EQ(result.analysis->fit.estimate, engineFor(window).fit.estimate);
    // Still drawn and listed, marked excluded.
    bool drawnExcluded = false;
    for (const ee::ui::PlotStudy &study : result.forest.studies)
        drawnExcluded = drawnExcluded || (study.key == key && study.excluded);
    EXPECT_TRUE(drawnExcluded);
    EXPECT_EQ(window.studyTableModel()->index(window.studyTableModel()->rowOfKey(key), 0).data(Qt::CheckStateRole),
              QVariant(Qt::Unchecked));
    // The plot's context-menu request includes it again.
    Q_EMIT window.plotArea()->funnel()->studyExclusionRequested(key, false);
    EXPECT_EQ(window.controller()->result().analysis->fit.k, kBefore);
}

TEST_F(ExplorerWindowTest, NoLevelTickedShowsAMessageInEveryPlot)
{
    MainWindow window;
    ASSERT_FALSE(exampleWithFacets(window).isEmpty());
    const QString facet = facetToSplit(window);
    window.filterPanel()->facetBox(facet)->findChild<QToolButton *>(QStringLiteral("none"))->click();
    EXPECT_FALSE(window.controller()->result().analysis.has_value());
    EXPECT_TRUE(window.plotArea()->forest()->isShowingMessage());
    EXPECT_TRUE(window.plotArea()->funnel()->isShowingMessage());
    EXPECT_TRUE(window.plotArea()->baujat()->isShowingMessage());
    EXPECT_TRUE(window.plotArea()->forest()->message().contains(window.filterPanel()->facetBox(facet)->label()))
        << window.plotArea()->forest()->message().toStdString();
}

TEST_F(ExplorerWindowTest, SubgroupsDrawSectionsAndTheTestForDifferences)
{
    MainWindow window;
    ASSERT_FALSE(exampleWithFacets(window).isEmpty());
    const QString facet = facetToSplit(window);
    auto *subgroup = window.modelPanel()->findChild<QComboBox *>(QStringLiteral("subgroupCombo"));
    subgroup->setCurrentIndex(subgroup->findData(facet));
    const auto &result = window.controller()->result();
    ASSERT_TRUE(result.analysis && result.analysis->subgroups);
    EXPECT_GE(result.forest.subgroups.size(), 2);
    EXPECT_FALSE(result.forest.subgroupTest.isEmpty());
    EXPECT_GE(window.plotArea()->forest()->diamondCount(), 2);
}

TEST_F(ExplorerWindowTest, FiltersAndModelPersistForTheProject)
{
    QString path;
    QString facet;
    QStringList kept;
    {
        MainWindow window;
        path = exampleWithFacets(window);
        ASSERT_FALSE(path.isEmpty());
        facet = facetToSplit(window);
        const auto &levels = window.controller()->result().query.facetCounts;
        for (const auto &counts : levels) {
            if (counts.facet == facet)
                kept = {counts.levels.front().code};
        }
        window.controller()->setFilters({{facet, kept}});
        window.close();
    }
    MainWindow restored;
    ASSERT_EQ(restored.openProject(path, true), QString());
    EXPECT_EQ(restored.controller()->state().filters.value(facet), kept);
    EXPECT_EQ(restored.filterPanel()->filters().value(facet), kept);
}

TEST_F(ExplorerWindowTest, SmallStudyTestsDrawEggersLineOnTheFunnel)
{
    MainWindow window;
    ASSERT_FALSE(exampleWithFacets(window).isEmpty());
    EXPECT_FALSE(window.plotArea()->funnel()->showsEggerLine());
    window.controller()->setSmallStudyTests(true);
    EXPECT_TRUE(window.plotArea()->funnel()->showsEggerLine());
    EXPECT_FALSE(window.plotArea()->funnel()->overlayText().isEmpty());
    window.controller()->setSmallStudyTests(false);
    EXPECT_FALSE(window.plotArea()->funnel()->showsEggerLine());
}

TEST_F(ExplorerWindowTest, DiagnosticsFollowTheFiltersWhenShown)
{
    MainWindow window;
    ASSERT_FALSE(exampleWithFacets(window).isEmpty());
    window.show();
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("diagnosticsDock"));
    ASSERT_NE(dock, nullptr);
    dock->raise();
    QApplication::processEvents();
    const int k = static_cast<int>(window.controller()->result().analysis->fit.k);
    EXPECT_EQ(window.diagnosticsPanel()->leaveOneOutPlot()->rowCount(), k);

    // A filter change reaches the visible panel at once.
    const QString facet = facetToSplit(window);
    const auto &counts = window.controller()->result().query.facetCounts;
    QStringList keep;
    for (const auto &facetCounts : counts) {
        if (facetCounts.facet != facet)
            continue;
        for (const auto &level : facetCounts.levels) {
            if (level.comparisons > 0 && keep.isEmpty())
                keep << level.code;
        }
    }
    window.controller()->setFilters({{facet, keep}});
    ASSERT_TRUE(window.controller()->result().analysis.has_value());
    EXPECT_EQ(window.diagnosticsPanel()->leaveOneOutPlot()->rowCount(),
              static_cast<int>(window.controller()->result().analysis->fit.k));
    EXPECT_LT(window.diagnosticsPanel()->leaveOneOutPlot()->rowCount(), k);
}

} // namespace
