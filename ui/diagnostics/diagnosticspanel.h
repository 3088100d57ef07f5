#pragma once

#include "core/stats/influencediagnostics.h"
#include "ui/diagnostics/diagnosticsdata.h"
#include "ui/explorer/explorerresult.h"
#include "ui/explorer/explorerstate.h"

#include <QList>
#include <QSet>
#include <QWidget>

#include <utility>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace ee::ui {

class ChartExportPlot;
class ForestPlot;
class GoshPlot;
class GoshWorker;
class InfluenceTableModel;
class MetaRegressionView;
class StudyPlot;

/// Heterogeneity and robustness views of the explorer's current analysis, in
/// tabs: leave-one-out forest, cumulative forest (by year), meta-regression
/// (bubble plot, coefficients, permutation test), influence diagnostics and
/// GOSH (computed in the background on request). Every view follows the same
/// linked selection as the main plots. Statistics come from core/stats; this
/// panel only arranges them.
class DiagnosticsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Tab : int {
        LeaveOneOutTab = 0,
        CumulativeTab,
        MetaRegressionTab,
        InfluenceTab,
        GoshTab,
    };

    explicit DiagnosticsPanel(QWidget *parent = nullptr);
    ~DiagnosticsPanel() override;

    /// Shows the diagnostics of `result` (call on every analysis update): recomputes
    /// leave-one-out, cumulative, meta-regression and influence (milliseconds), and
    /// cancels a running GOSH computation or permutation test. `state` is kept with
    /// the result; no view depends on it yet.
    void setResult(const ExplorerResult &result, const ExplorerState &state);

    QTabWidget *tabs() const { return m_tabs; }
    ForestPlot *leaveOneOutPlot() const { return m_leaveOneOut; }
    ForestPlot *cumulativePlot() const { return m_cumulative; }
    MetaRegressionView *metaRegressionView() const { return m_metaRegression; }
    QTableView *influenceView() const { return m_influenceView; }
    InfluenceTableModel *influenceModel() const { return m_influenceModel; }
    /// The message the influence tab shows instead of its table, or empty.
    QString influenceMessage() const;
    GoshPlot *goshPlot() const { return m_goshPlot; }
    GoshWorker *goshWorker() const { return m_goshWorker; }
    QPushButton *goshComputeButton() const { return m_goshCompute; }
    QPushButton *goshCancelButton() const { return m_goshCancel; }
    QProgressBar *goshProgress() const { return m_goshProgress; }
    /// The message the GOSH tab shows (too few studies, status after a run).
    QString goshStatus() const;
    /// The GOSH chart as a StudyPlot for the exporter (it draws the GOSH tab's message until computed).
    ChartExportPlot *goshExportPlot() const { return m_goshExport; }

    /// The plots that have something to draw, with their translated titles, for batch
    /// export: leave-one-out, cumulative, the meta-regression bubble plot and, once
    /// computed, GOSH. Each also has "Copy as SVG" and "Export…" in its context menu.
    QList<std::pair<QString, StudyPlot *>> exportablePlots() const;
    /// The influence table as CSV: a header row of column codes, one row per study,
    /// numbers with '.' decimals at full precision (any locale), empty when not estimable.
    QString influenceCsv() const;
    /// Writes influenceCsv() to `fileName`; empty string on success, else a message naming the file.
    QString writeInfluenceCsv(const QString &fileName) const;

    /// Subsets above which GOSH samples instead of enumerating (k > 20).
    static constexpr std::size_t goshSubsets = 1000000;

public Q_SLOTS:
    /// Highlights these studies in every view.
    void setSelectedKeys(const QSet<QString> &keys);
    /// Starts the GOSH computation (the Compute button does this).
    void startGosh();
    void cancelGosh();

Q_SIGNALS:
    /// Same contract as StudyPlot::studyClicked (empty key: empty space).
    void studyClicked(const QString &key, Qt::KeyboardModifiers modifiers);
    void studyExclusionRequested(const QString &key, bool exclude);

private:
    void connectPlot(StudyPlot *plot);
    void showInfluenceMenu(const QPoint &pos);
    void updateInfluence();
    void resetGosh();
    void handleGoshProgress(qint64 done, qint64 total);
    void handleGoshFinished(bool cancelled);

    ExplorerResult m_result;
    ExplorerState m_state;
    DiagnosticsStudies m_studies;
    QSet<QString> m_selected;

    QTabWidget *m_tabs = nullptr;
    ForestPlot *m_leaveOneOut = nullptr;
    ForestPlot *m_cumulative = nullptr;
    MetaRegressionView *m_metaRegression = nullptr;

    QStackedWidget *m_influenceStack = nullptr;
    QLabel *m_influenceMessage = nullptr;
    QTableView *m_influenceView = nullptr;
    InfluenceTableModel *m_influenceModel = nullptr;
    std::vector<stats::StudyInfluence> m_influenceRows;
    QLabel *m_influenceNote = nullptr;
    bool m_syncingSelection = false;

    GoshWorker *m_goshWorker = nullptr;
    GoshPlot *m_goshPlot = nullptr;
    ChartExportPlot *m_goshExport = nullptr;
    QPushButton *m_goshCompute = nullptr;
    QPushButton *m_goshCancel = nullptr;
    QProgressBar *m_goshProgress = nullptr;
    QLabel *m_goshStatus = nullptr;
};

} // namespace ee::ui
