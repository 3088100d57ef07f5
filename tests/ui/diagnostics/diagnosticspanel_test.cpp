// Widget tests of the explorer's diagnostics views (issue 6), headless, on the
// BCG vaccine trials: log risk ratios and variances of metadat's dat.bcg
// (Colditz et al. 1994) as escalc(measure = "RR") computes them, copied from
// tests/reference/diagnostics/bcg_REML/input.csv; the reference numbers in the
// overlay test are metafor's, from that case's expected.json.

#include "core/stats/analysis.h"
#include "core/stats/diagnostics.h"
#include "ui/diagnostics/bubbleplot.h"
#include "ui/diagnostics/diagnosticsdata.h"
#include "ui/diagnostics/diagnosticspanel.h"
#include "ui/diagnostics/funneloverlay.h"
#include "ui/diagnostics/goshplot.h"
#include "ui/diagnostics/goshworker.h"
#include "ui/diagnostics/influencetablemodel.h"
#include "ui/diagnostics/metaregressionview.h"
#include "ui/export/batchexport.h"
#include "ui/export/chartexportplot.h"
#include "ui/export/exportsettings.h"
#include "ui/export/plotexporter.h"
#include "ui/plots/forestplot.h"
#include "ui/plots/funnelplot.h"
#include "ui/plots/plotfixtures.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

namespace {

using namespace ee;
using namespace ee::ui;
using ee::ui::testing::inkedFraction;

struct BcgRow {
    const char *label;
    double yi;
    double vi;
    int ablat;
    int year;
    const char *alloc;
};

constexpr BcgRow bcg[] = {
    { "Aronson 1948", -0.88931133392020545, 0.32558476500396133, 44, 1948, "random" },
    { "Ferguson & Simes 1949", -1.5853886572014306, 0.19458112139814385, 55, 1949, "random" },
    { "Rosenthal et al 1960", -1.3480731482996933, 0.41536796536796539, 42, 1960, "random" },
    { "Hart & Sutherland 1977", -1.4415511900213054, 0.020010031902247573, 52, 1977, "random" },
    { "Frimodt-Moller et al 1973", -0.21754732221129558, 0.051210172169630863, 13, 1973, "alternate" },
    { "Stein & Aronson 1953", -0.78611558581886398, 0.0069056184559087574, 44, 1953, "alternate" },
    { "Vandiviere et al 1973", -1.6208982235983918, 0.22301724757231517, 19, 1973, "random" },
    { "TPT Madras 1980", 0.011952333523840508, 0.0039615792978177295, 13, 1980, "random" },
    { "Coetzee & Berjak 1968", -0.4694176487381494, 0.056434210463248966, 27, 1968, "random" },
    { "Rosenthal et al 1961", -1.3713448034727844, 0.07302479361302891, 42, 1961, "systematic" },
    { "Comstock et al 1974", -0.33935882833839059, 0.01241221397155972, 18, 1974, "systematic" },
    { "Comstock & Webster 1969", 0.44591340057137874, 0.53250584520015276, 33, 1969, "systematic" },
    { "Comstock et al 1976", -0.017313948216879815, 0.071404659683986293, 33, 1976, "systematic" },
};

/// An ExplorerResult as the result builder makes it, for the first `k` BCG trials
/// (REML random effects on log risk ratios).
struct BcgVariant {
    bool outlier = false; ///< TPT Madras moved to log RR 1.5 (precise and far off: influential)
    bool missingLatitude = false; ///< the first two trials without a latitude
    bool constantRegion = false; ///< a moderator with one value only
    bool analysisLeaveOneOut = false; ///< the analysis carries its own leave-one-out fits
};

ExplorerResult bcgResult(int k = 13, BcgVariant variant = {})
{
    ExplorerResult result;
    std::vector<stats::Study> studies;
    result.query.facetNames = { QStringLiteral("allocation") };
    for (int i = 0; i < k; ++i) {
        BcgRow b = bcg[i];
        if (variant.outlier && i == 7)
            b.yi = 1.5;
        studies.push_back({ b.label, stats::GenericEffect { b.yi, b.vi } });
        store::QueryRow row;
        row.comparison.value = i + 1;
        row.label = row.studyLabel = QString::fromUtf8(b.label);
        row.year = b.year;
        row.facetLevels = { QString::fromLatin1(b.alloc) };
        if (!(variant.missingLatitude && i < 2))
            row.moderators.insert(QStringLiteral("absolute_latitude"),
                store::AttributeValue { QString::number(b.ablat), double(b.ablat), double(b.ablat) });
        if (variant.constantRegion)
            row.moderators.insert(
                QStringLiteral("region"), store::AttributeValue { QStringLiteral("Worldwide"), {}, {} });
        result.query.rows.append(row);
    }
    stats::AnalysisOptions options;
    options.measure = stats::EffectMeasure::GEN;
    options.model = stats::ModelChoice::Random;
    options.tau2 = stats::Tau2Estimator::REML;
    options.leaveOneOut = variant.analysisLeaveOneOut;
    result.analysis = stats::analyse(studies, options);
    const stats::PoolFit &fit = result.analysis->fit;
    for (int i = 0; i < k; ++i) {
        PlotStudy s;
        s.key = QStringLiteral("c") + QString::number(i + 1);
        s.label = QString::fromUtf8(bcg[i].label);
        s.yi = result.analysis->studies[static_cast<std::size_t>(i)].effect.yi;
        s.vi = bcg[i].vi;
        s.ciLower = s.yi - 1.96 * std::sqrt(s.vi);
        s.ciUpper = s.yi + 1.96 * std::sqrt(s.vi);
        s.weightPercent = result.analysis->studies[static_cast<std::size_t>(i)].weight.value_or(0.0);
        result.studies.append(s);
        result.analysisIndex.append(i);
    }
    result.forest.ratioScale = true;
    result.forest.measureLabel = QStringLiteral("Risk ratio (IV, random, 95% CI)");
    result.forest.favoursLeft = QStringLiteral("Favours BCG");
    result.forest.favoursRight = QStringLiteral("Favours control");
    result.forest.studies = result.studies;
    PooledRow overall;
    overall.label = QStringLiteral("Random-effects model (REML)");
    overall.estimate = fit.estimate;
    overall.ciLower = fit.ciLb;
    overall.ciUpper = fit.ciUb;
    result.forest.overall = overall;
    result.funnel.xLabel = QStringLiteral("Risk ratio (log scale)");
    result.funnel.ratioScale = true;
    result.funnel.pooled = fit.estimate;
    result.funnel.studies = result.studies;
    return result;
}

void renderTab(DiagnosticsPanel &panel, int tab, const QString &name)
{
    panel.tabs()->setCurrentIndex(tab);
    QApplication::processEvents();
    QImage image(panel.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    panel.render(&image);
    image.save(QStringLiteral("/tmp/diag-") + name + QStringLiteral(".png"));
}

bool waitFor(const std::function<bool()> &done, int ms = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

TEST(DiagnosticsOverlayTest, FunnelOverlayAgreesWithTheEngineAndMetafor)
{
    ExplorerResult result = bcgResult();
    addSmallStudyOverlay(result.funnel, *result.analysis);
    const FunnelOverlay &o = result.funnel.overlay;

    std::vector<double> yi, vi;
    for (const BcgRow &b : bcg) {
        yi.push_back(b.yi);
        vi.push_back(b.vi);
    }
    const stats::EggerTest egger = stats::eggerTest(yi, vi);
    const stats::TrimAndFill tf = stats::trimAndFill(yi, vi, stats::diagnosticsModel(*result.analysis));
    ASSERT_TRUE(o.eggerLine);
    EXPECT_DOUBLE_EQ(o.eggerSlope, egger.bias);
    EXPECT_DOUBLE_EQ(o.eggerIntercept, egger.limitEstimate);
    // metafor regtest(): zval -1.4013, est -0.1909 (bias = slope on sei -2.1120).
    EXPECT_NEAR(o.eggerSlope, -2.1120421208932956, 1e-8);
    EXPECT_NEAR(o.eggerIntercept, -0.19092864235982013, 1e-8);
    ASSERT_EQ(o.imputed.size(), static_cast<qsizetype>(tf.k0));
    ASSERT_EQ(o.imputed.size(), 1); // metafor trimfill(): k0 = 1 on the right
    EXPECT_NEAR(o.imputed[0].x(), 0.31040302401442244, 1e-8);
    EXPECT_NEAR(o.imputed[0].y(), std::sqrt(0.22301724757231517), 1e-8);
    ASSERT_TRUE(o.adjustedEstimate.has_value());
    EXPECT_NEAR(*o.adjustedEstimate, -0.6570828007603646, 1e-5);
    EXPECT_TRUE(o.testText.contains(QStringLiteral("Egger p = 0.189"))) << o.testText.toStdString();
    EXPECT_TRUE(o.testText.contains(QStringLiteral("Begg p = 0.952"))) << o.testText.toStdString();
    EXPECT_TRUE(o.testText.contains(QStringLiteral("right"))) << o.testText.toStdString();
    EXPECT_TRUE(o.warning.isEmpty()); // 13 studies

    FunnelPlot plot;
    plot.setData(result.funnel);
    plot.resize(700, 520);
    plot.show();
    QApplication::processEvents();
    plot.customPlot()->replot();
    EXPECT_TRUE(plot.showsEggerLine());
    EXPECT_EQ(plot.imputedPointCount(), 1);
    EXPECT_EQ(plot.pointCount(), 13);
    EXPECT_EQ(plot.overlayText(), o.testText);
    plot.toImage(QSize(700, 520), 1.0).save(QStringLiteral("/tmp/diag-funnel.png"));
}

TEST(DiagnosticsOverlayTest, WarnsBelowTenStudiesAndExplainsTooFew)
{
    ExplorerResult six = bcgResult(6);
    addSmallStudyOverlay(six.funnel, *six.analysis);
    EXPECT_FALSE(six.funnel.overlay.warning.isEmpty());
    EXPECT_TRUE(six.funnel.overlay.eggerLine);
    FunnelPlot sixPlot;
    sixPlot.setData(six.funnel);
    EXPECT_TRUE(sixPlot.overlayText().contains(six.funnel.overlay.warning));
    sixPlot.toImage(QSize(640, 480), 1.0).save(QStringLiteral("/tmp/diag-funnel-six.png"));

    ExplorerResult two = bcgResult(2);
    addSmallStudyOverlay(two.funnel, *two.analysis);
    EXPECT_FALSE(two.funnel.overlay.eggerLine);
    EXPECT_TRUE(two.funnel.overlay.imputed.isEmpty());
    EXPECT_TRUE(two.funnel.overlay.testText.contains(QStringLiteral("at least 3")))
        << two.funnel.overlay.testText.toStdString();

    // A funnel without an overlay draws none (the existing plots are unchanged).
    FunnelPlot plot;
    ExplorerResult plain = bcgResult();
    plot.setData(plain.funnel);
    EXPECT_FALSE(plot.showsEggerLine());
    EXPECT_EQ(plot.imputedPointCount(), 0);
    EXPECT_TRUE(plot.overlayText().isEmpty());
}

TEST(DiagnosticsPanelTest, EveryTabShowsOneRowOrPointPerStudy)
{
    const ExplorerResult result = bcgResult();
    DiagnosticsPanel panel;
    panel.resize(1000, 700);
    panel.show();
    panel.setResult(result, ExplorerState {});
    QApplication::processEvents();

    EXPECT_FALSE(panel.leaveOneOutPlot()->isShowingMessage());
    EXPECT_EQ(panel.leaveOneOutPlot()->rowCount(), 13);
    EXPECT_EQ(panel.leaveOneOutPlot()->data().studies.front().label, QStringLiteral("Omitting Aronson 1948"));
    EXPECT_EQ(
        panel.leaveOneOutPlot()->data().moderatorHeaders, QStringList({ QStringLiteral("τ²"), QStringLiteral("I²") }));
    // Leave-one-out agrees with the engine's leave1out().
    std::vector<double> yi, vi;
    for (const BcgRow &b : bcg) {
        yi.push_back(b.yi);
        vi.push_back(b.vi);
    }
    const auto loo = stats::leaveOneOut(yi, vi, stats::diagnosticsModel(*result.analysis));
    EXPECT_DOUBLE_EQ(panel.leaveOneOutPlot()->data().studies[3].yi, loo[3].fit.estimate);

    EXPECT_EQ(panel.cumulativePlot()->rowCount(), 13);
    // By year: Aronson 1948 first, TPT Madras 1980 last.
    EXPECT_EQ(panel.cumulativePlot()->data().studies.front().key, QStringLiteral("c1"));
    EXPECT_EQ(panel.cumulativePlot()->data().studies.back().key, QStringLiteral("c8"));
    EXPECT_NEAR(panel.cumulativePlot()->data().studies.back().yi, result.analysis->fit.estimate, 1e-8);

    MetaRegressionView *mr = panel.metaRegressionView();
    ASSERT_GE(mr->moderatorBox()->count(), 3); // year, absolute latitude, allocation
    EXPECT_EQ(mr->moderatorBox()->itemData(0).toString(), QStringLiteral("year"));
    const int ablat = mr->moderatorBox()->findData(QStringLiteral("mod:absolute_latitude"));
    ASSERT_GE(ablat, 0);
    mr->moderatorBox()->setCurrentIndex(ablat);
    ASSERT_TRUE(mr->fit().has_value()) << mr->message().toStdString();
    EXPECT_EQ(mr->bubblePlot()->pointCount(), 13);
    EXPECT_EQ(mr->coefficientTable()->rowCount(), 2);
    // metafor rma(yi, vi, mods = ~ ablat), bcg_REML_ablat/expected.json.
    EXPECT_NEAR(mr->fit()->beta(1), -0.02910166092801484, 1e-6);
    ASSERT_TRUE(mr->fit()->R2.has_value());
    EXPECT_NEAR(*mr->fit()->R2, 75.62447836149052, 1e-3);
    EXPECT_TRUE(mr->summaryText().contains(QStringLiteral("R²")));
    renderTab(panel, DiagnosticsPanel::MetaRegressionTab, QStringLiteral("metareg-ablat"));

    const int alloc = mr->moderatorBox()->findData(QStringLiteral("facet:allocation"));
    ASSERT_GE(alloc, 0);
    mr->moderatorBox()->setCurrentIndex(alloc);
    ASSERT_TRUE(mr->fit().has_value()) << mr->message().toStdString();
    EXPECT_EQ(mr->bubblePlot()->pointCount(), 13);
    EXPECT_EQ(mr->bubblePlot()->data().levels.size(), 3);
    EXPECT_EQ(mr->coefficientTable()->rowCount(), 3);
    renderTab(panel, DiagnosticsPanel::MetaRegressionTab, QStringLiteral("metareg-alloc"));

    EXPECT_TRUE(panel.influenceMessage().isEmpty());
    EXPECT_EQ(panel.influenceModel()->rowCount(), 13);
    EXPECT_EQ(panel.influenceModel()->columnCount(), InfluenceTableModel::ColumnCount);

    renderTab(panel, DiagnosticsPanel::LeaveOneOutTab, QStringLiteral("loo"));
    renderTab(panel, DiagnosticsPanel::CumulativeTab, QStringLiteral("cumulative"));
    renderTab(panel, DiagnosticsPanel::InfluenceTab, QStringLiteral("influence"));
}

TEST(DiagnosticsPanelTest, LeaveOneOutUsesTheAnalysisRefitsWhenPresent)
{
    const ExplorerResult computed = bcgResult();
    const ExplorerResult carried = bcgResult(13, { .analysisLeaveOneOut = true });
    ASSERT_EQ(carried.analysis->leaveOneOut.size(), 13u);
    const DiagnosticsStudies studies = diagnosticsStudies(carried);
    const ForestData a = leaveOneOutForest(computed, diagnosticsStudies(computed));
    const ForestData b = leaveOneOutForest(carried, studies);
    ASSERT_EQ(a.studies.size(), 13);
    ASSERT_EQ(b.studies.size(), 13);
    for (int i = 0; i < 13; ++i) {
        EXPECT_EQ(a.studies[i].key, b.studies[i].key);
        EXPECT_NEAR(a.studies[i].yi, b.studies[i].yi, 1e-10);
        EXPECT_EQ(a.studies[i].moderatorColumns, b.studies[i].moderatorColumns);
    }
}

TEST(DiagnosticsPanelTest, InfluentialStudiesAreFlaggedAndHighlighted)
{
    DiagnosticsPanel panel;
    panel.setResult(bcgResult(13, { .outlier = true }), ExplorerState {});
    InfluenceTableModel *model = panel.influenceModel();
    ASSERT_EQ(model->rowCount(), 13);
    const int row = model->rowOfKey(QStringLiteral("c8"));
    ASSERT_GE(row, 0);
    EXPECT_GE(model->influentialCount(), 1);
    EXPECT_EQ(
        model->data(model->index(row, InfluenceTableModel::Influential)).toString(), QStringLiteral("influential"));
    EXPECT_TRUE(model->data(model->index(row, InfluenceTableModel::Study), Qt::BackgroundRole).isValid());
    const int plain = model->rowOfKey(QStringLiteral("c1"));
    EXPECT_FALSE(model->data(model->index(plain, InfluenceTableModel::Study), Qt::BackgroundRole).isValid());
}

TEST(DiagnosticsPanelTest, MetaRegressionLeavesOutMissingValuesAndOffersOnlyVaryingModerators)
{
    DiagnosticsPanel panel;
    panel.setResult(bcgResult(13, { .missingLatitude = true, .constantRegion = true }), ExplorerState {});
    MetaRegressionView *mr = panel.metaRegressionView();
    EXPECT_LT(mr->moderatorBox()->findData(QStringLiteral("mod:region")), 0); // one value: no regression
    mr->moderatorBox()->setCurrentIndex(mr->moderatorBox()->findData(QStringLiteral("mod:absolute_latitude")));
    ASSERT_TRUE(mr->fit().has_value()) << mr->message().toStdString();
    EXPECT_EQ(mr->fit()->k, 11u);
    EXPECT_EQ(mr->bubblePlot()->pointCount(), 11);
    EXPECT_TRUE(mr->summaryText().contains(QStringLiteral("2 pooled studies without a value left out")))
        << mr->summaryText().toStdString();

    // Log scale: the regression is on log10(latitude).
    auto *log = mr->findChild<QCheckBox *>();
    ASSERT_NE(log, nullptr);
    EXPECT_TRUE(log->isEnabled());
    log->setChecked(true);
    ASSERT_TRUE(mr->fit().has_value());
    EXPECT_NEAR(mr->bubblePlot()->data().x.front(), std::log10(42.0), 1e-12); // Rosenthal 1960, the first with a value
    EXPECT_TRUE(mr->bubblePlot()->data().xLabel.startsWith(QStringLiteral("log₁₀")));
}

TEST(DiagnosticsPanelTest, PermutationTestRunsInTheBackground)
{
    DiagnosticsPanel panel;
    panel.setResult(bcgResult(), ExplorerState {});
    MetaRegressionView *mr = panel.metaRegressionView();
    mr->moderatorBox()->setCurrentIndex(mr->moderatorBox()->findData(QStringLiteral("mod:absolute_latitude")));
    ASSERT_TRUE(mr->permutationButton()->isEnabled());
    int finished = 0;
    QObject::connect(mr, &MetaRegressionView::permutationFinished, mr, [&finished] { ++finished; });
    mr->permutationButton()->click();
    EXPECT_TRUE(mr->isPermuting());
    EXPECT_TRUE(waitFor([&] { return finished > 0; }));
    EXPECT_FALSE(mr->isPermuting());
    EXPECT_TRUE(mr->permutationText().contains(QStringLiteral("1000 permutations")))
        << mr->permutationText().toStdString();
}

TEST(DiagnosticsPanelTest, SelectionIsLinked)
{
    DiagnosticsPanel panel;
    panel.setResult(bcgResult(), ExplorerState {});
    QStringList clicked;
    QObject::connect(&panel, &DiagnosticsPanel::studyClicked, &panel,
        [&clicked](const QString &key, Qt::KeyboardModifiers) { clicked << key; });
    Q_EMIT panel.leaveOneOutPlot()->studyClicked(QStringLiteral("c4"), Qt::NoModifier);
    Q_EMIT panel.metaRegressionView()->bubblePlot()->studyClicked(QStringLiteral("c5"), Qt::NoModifier);
    EXPECT_EQ(clicked, QStringList({ QStringLiteral("c4"), QStringLiteral("c5") }));

    panel.setSelectedKeys({ QStringLiteral("c4") });
    EXPECT_EQ(panel.leaveOneOutPlot()->selectedKeys(), QSet<QString>({ QStringLiteral("c4") }));
    EXPECT_EQ(panel.cumulativePlot()->selectedKeys(), QSet<QString>({ QStringLiteral("c4") }));
    EXPECT_EQ(panel.metaRegressionView()->bubblePlot()->selectedKeys(), QSet<QString>({ QStringLiteral("c4") }));
    const QModelIndexList rows = panel.influenceView()->selectionModel()->selectedRows();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(panel.influenceModel()->keyAt(rows.front().row()), QStringLiteral("c4"));
}

TEST(DiagnosticsPanelTest, TooFewStudiesShowAMessageInEveryTab)
{
    DiagnosticsPanel panel;
    panel.resize(900, 600);
    panel.setResult(bcgResult(2), ExplorerState {});
    EXPECT_TRUE(panel.leaveOneOutPlot()->message().contains(QStringLiteral("at least 3")))
        << panel.leaveOneOutPlot()->message().toStdString();
    EXPECT_TRUE(panel.cumulativePlot()->message().contains(QStringLiteral("at least 3")));
    EXPECT_TRUE(panel.metaRegressionView()->message().contains(QStringLiteral("at least 3")));
    EXPECT_TRUE(panel.influenceMessage().contains(QStringLiteral("at least 3")));
    EXPECT_TRUE(panel.goshStatus().contains(QStringLiteral("at least 3")));
    EXPECT_FALSE(panel.goshComputeButton()->isEnabled());
    renderTab(panel, DiagnosticsPanel::InfluenceTab, QStringLiteral("toofew"));

    // No analysis at all (engine error): the result's message everywhere.
    ExplorerResult failed;
    failed.message = QStringLiteral("No study matches the filters.");
    panel.setResult(failed, ExplorerState {});
    EXPECT_EQ(panel.leaveOneOutPlot()->message(), failed.message);
    EXPECT_EQ(panel.metaRegressionView()->message(), failed.message);
    EXPECT_EQ(panel.influenceMessage(), failed.message);
}

TEST(DiagnosticsGoshTest, WorkerFitsAllSubsetsOfEightStudies)
{
    const ExplorerResult result = bcgResult(8);
    DiagnosticsPanel panel;
    panel.resize(900, 600);
    panel.show();
    panel.setResult(result, ExplorerState {});
    ASSERT_TRUE(panel.goshComputeButton()->isEnabled());
    QVector<bool> finished;
    QObject::connect(panel.goshWorker(), &GoshWorker::finished, &panel, [&finished](bool c) { finished << c; });
    qint64 lastDone = 0;
    qint64 lastTotal = 0;
    QObject::connect(panel.goshWorker(), &GoshWorker::progressed, &panel, [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
    });
    panel.goshComputeButton()->click();
    EXPECT_TRUE(panel.goshCancelButton()->isEnabled());
    ASSERT_TRUE(waitFor([&] { return !finished.isEmpty(); }));
    EXPECT_FALSE(finished.front());
    EXPECT_EQ(lastTotal, 255); // progress reached the GUI thread before the end
    EXPECT_EQ(lastDone, 255);
    EXPECT_EQ(panel.goshWorker()->result().count(), 255u);
    EXPECT_TRUE(panel.goshWorker()->result().exhaustive);
    EXPECT_EQ(panel.goshPlot()->pointCount(), 255);
    EXPECT_EQ(panel.goshProgress()->value(), 1000);
    EXPECT_TRUE(panel.goshStatus().contains(QStringLiteral("255"))) << panel.goshStatus().toStdString();
    panel.goshPlot()->customPlot()->replot();
    renderTab(panel, DiagnosticsPanel::GoshTab, QStringLiteral("gosh"));
}

TEST(DiagnosticsGoshTest, ThirteenStudiesShadeTheDensity)
{
    DiagnosticsPanel panel;
    panel.resize(900, 600);
    panel.show();
    panel.setResult(bcgResult(), ExplorerState {});
    bool done = false;
    QObject::connect(panel.goshWorker(), &GoshWorker::finished, &panel, [&done](bool) { done = true; });
    panel.startGosh();
    ASSERT_TRUE(waitFor([&] { return done; }));
    const stats::GoshResult &g = panel.goshWorker()->result();
    EXPECT_EQ(g.count(), 8191u);
    // REML does not converge on a few subsets: left out of the plot and said so.
    EXPECT_EQ(panel.goshPlot()->pointCount(), static_cast<qint64>(g.count() - g.failed));
    if (g.failed > 0) {
        EXPECT_TRUE(panel.goshStatus().contains(QStringLiteral("did not converge")))
            << panel.goshStatus().toStdString();
    }
    panel.goshPlot()->customPlot()->replot();
    renderTab(panel, DiagnosticsPanel::GoshTab, QStringLiteral("gosh13"));
}

TEST(DiagnosticsGoshTest, CancellationStopsTheWorker)
{
    // 2^20 - 1 REML fits take long enough to cancel midway on any machine.
    std::vector<double> yi, vi;
    for (int i = 0; i < 20; ++i) {
        yi.push_back(bcg[i % 13].yi + 0.01 * i);
        vi.push_back(bcg[i % 13].vi);
    }
    stats::GoshOptions options;
    options.model.randomEffects = true;
    options.model.estimator = stats::Tau2Estimator::REML;
    GoshWorker worker;
    QVector<bool> finished;
    QObject::connect(&worker, &GoshWorker::finished, &worker, [&finished](bool c) { finished << c; });
    worker.start(yi, vi, options);
    EXPECT_TRUE(worker.isRunning());
    worker.cancel();
    ASSERT_TRUE(waitFor([&] { return !finished.isEmpty(); }));
    EXPECT_TRUE(finished.front());
    EXPECT_FALSE(worker.isRunning());
    EXPECT_TRUE(worker.result().cancelled);
}

TEST(DiagnosticsGoshTest, NewResultCancelsARunningComputation)
{
    DiagnosticsPanel panel;
    ExplorerResult result = bcgResult();
    panel.setResult(result, ExplorerState {});
    panel.startGosh();
    EXPECT_TRUE(panel.goshWorker()->isRunning() || panel.goshWorker()->result().count() > 0);
    panel.setResult(bcgResult(5), ExplorerState {}); // cancels and waits
    EXPECT_FALSE(panel.goshWorker()->isRunning());
    EXPECT_TRUE(panel.goshComputeButton()->isEnabled());
    EXPECT_EQ(panel.goshPlot()->pointCount(), 0);
}

// Export (issue 8): every diagnostics plot has the main plots' export actions in its
// context menu, is offered for batch export once it has something to draw, and
// exports at every preset with its exact pixel width and without clipped rows.

QStringList menuActionNames(StudyPlot *plot)
{
    std::unique_ptr<QMenu> menu(plot->createContextMenu(QPoint(1, 1)));
    QStringList names;
    for (const QAction *action : menu->actions())
        names << action->objectName();
    return names;
}

TEST(DiagnosticsExportTest, EveryPlotHasCopyAndExportActions)
{
    DiagnosticsPanel panel;
    panel.setResult(bcgResult(8), ExplorerState {});
    for (StudyPlot *plot :
        { static_cast<StudyPlot *>(panel.leaveOneOutPlot()), static_cast<StudyPlot *>(panel.cumulativePlot()),
            static_cast<StudyPlot *>(panel.metaRegressionView()->bubblePlot()),
            static_cast<StudyPlot *>(panel.goshExportPlot()) }) {
        const QStringList names = menuActionNames(plot);
        EXPECT_TRUE(names.contains(QStringLiteral("copyImage"))) << names.join(QLatin1Char(',')).toStdString();
        EXPECT_TRUE(names.contains(QStringLiteral("copySvg"))) << names.join(QLatin1Char(',')).toStdString();
        EXPECT_TRUE(names.contains(QStringLiteral("exportPlot"))) << names.join(QLatin1Char(',')).toStdString();
    }
}

TEST(DiagnosticsExportTest, ExportablePlotsListWhatHasSomethingToDraw)
{
    DiagnosticsPanel panel;
    panel.setResult(bcgResult(8), ExplorerState {});
    QStringList titles;
    for (const auto &[title, plot] : panel.exportablePlots()) {
        titles << title;
        EXPECT_FALSE(plot->isShowingMessage()) << title.toStdString();
    }
    // GOSH is offered only once computed.
    EXPECT_EQ(titles,
        QStringList(
            { QStringLiteral("Leave-one-out"), QStringLiteral("Cumulative"), QStringLiteral("Meta-regression") }));
    QVector<bool> finished;
    QObject::connect(panel.goshWorker(), &GoshWorker::finished, &panel, [&finished](bool c) { finished << c; });
    panel.startGosh();
    ASSERT_TRUE(waitFor([&] { return !finished.isEmpty(); }));
    const auto plots = panel.exportablePlots();
    ASSERT_EQ(plots.size(), 4);
    EXPECT_EQ(plots.back().first, QStringLiteral("GOSH"));
    EXPECT_EQ(plots.back().second, panel.goshExportPlot());

    // Too few studies: nothing to export.
    DiagnosticsPanel few;
    few.setResult(bcgResult(2), ExplorerState {});
    EXPECT_TRUE(few.exportablePlots().isEmpty());
}

TEST(DiagnosticsExportTest, EveryPlotExportsAtEveryPresetWithoutClipping)
{
    DiagnosticsPanel panel;
    panel.setResult(bcgResult(13), ExplorerState {});
    QVector<bool> finished;
    QObject::connect(panel.goshWorker(), &GoshWorker::finished, &panel, [&finished](bool c) { finished << c; });
    panel.startGosh();
    ASSERT_TRUE(waitFor([&] { return !finished.isEmpty(); }));
    const auto plots = panel.exportablePlots();
    ASSERT_EQ(plots.size(), 4);
    for (const auto &[title, plot] : plots) {
        for (ExportPreset preset : { ExportPreset::SingleColumn, ExportPreset::OneAndHalfColumn,
                 ExportPreset::DoubleColumn, ExportPreset::Slide }) {
            ExportSettings settings;
            settings.applyPreset(preset);
            settings.dpi = 150;
            const QImage image = PlotExporter::renderImage(*plot, settings);
            const QString name = title + QLatin1Char(' ') + presetCode(preset);
            // 85 mm at 150 dpi = 502 px; 120 mm = 709; 180 mm = 1063; 254 mm = 1500.
            EXPECT_EQ(image.width(), static_cast<int>(std::lround(presetWidthMm(preset) / 25.4 * 150)))
                << name.toStdString();
            if (preset == ExportPreset::Slide) {
                EXPECT_EQ(image.height(), 844) << name.toStdString(); // 142.875 mm at 150 dpi
            }
            EXPECT_GT(inkedFraction(image), 0.01) << name.toStdString() << " is blank";
            if (auto *forest = qobject_cast<ForestPlot *>(plot)) {
                // The rows grow the height (or shrink the font at the slide's fixed height):
                // no text is outside the page.
                const ExportSettings used = PlotExporter::effectiveSettings(*plot, settings);
                const QSize pixels = PlotExporter::pixelSize(PlotExporter::sizeMm(*plot, settings), 150);
                QFont font = forest->font();
                font.setPointSizeF(used.fontPointSize);
                const QFont before = forest->font();
                forest->setFont(font);
                QImage device(1, 1, QImage::Format_ARGB32);
                device.setDotsPerMeterX(static_cast<int>(std::lround(150 / 0.0254)));
                device.setDotsPerMeterY(static_cast<int>(std::lround(150 / 0.0254)));
                const QRectF page = QRectF(QPointF(0, 0), QSizeF(pixels)).adjusted(-0.5, -0.5, 0.5, 0.5);
                for (const QRectF &rect : forest->layout().textRects(QSizeF(pixels), &device))
                    EXPECT_TRUE(page.contains(rect)) << name.toStdString() << " clips text at " << rect.bottom();
                forest->setFont(before);
            }
            if (preset == ExportPreset::DoubleColumn)
                image.save(QStringLiteral("/tmp/diagnostics-export-%1.png").arg(BatchExport::slug(title)));
        }
    }
}

TEST(DiagnosticsExportTest, InfluenceCsvUsesDotDecimalsInAnyLocale)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    DiagnosticsPanel panel;
    panel.setResult(bcgResult(8), ExplorerState {});
    const QString csv = panel.influenceCsv();
    QLocale::setDefault(before);
    const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1 + 8);
    EXPECT_TRUE(lines.front().startsWith(QLatin1String("study,rstudent,dffits,cooks_d")));
    for (int i = 1; i < lines.size(); ++i) {
        // Every number parses in the C locale, and each row has all ten fields.
        const QStringList fields = lines[i].split(QLatin1Char(','));
        ASSERT_EQ(fields.size(), 10) << lines[i].toStdString();
        bool ok = false;
        fields[7].toDouble(&ok); // hat
        EXPECT_TRUE(ok) << lines[i].toStdString();
        EXPECT_FALSE(fields[7].contains(QLatin1Char(' ')));
    }
    // The weights are percentages of the total: they sum to 100.
    double total = 0;
    for (int i = 1; i < lines.size(); ++i)
        total += lines[i].split(QLatin1Char(','))[8].toDouble();
    EXPECT_NEAR(total, 100.0, 1e-6);

    QTemporaryDir dir;
    EXPECT_TRUE(panel.writeInfluenceCsv(dir.filePath(QStringLiteral("influence.csv"))).isEmpty());
    const QString error = panel.writeInfluenceCsv(dir.filePath(QStringLiteral("no/such/influence.csv")));
    EXPECT_TRUE(error.contains(QLatin1String("influence.csv"))) << error.toStdString();
}

} // namespace
