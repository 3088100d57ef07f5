#include "ui/diagnostics/diagnosticspanel.h"

#include "core/stats/diagnostics.h"
#include "ui/diagnostics/bubbleplot.h"
#include "ui/diagnostics/goshplot.h"
#include "ui/diagnostics/goshworker.h"
#include "ui/diagnostics/influencetablemodel.h"
#include "ui/diagnostics/metaregressionview.h"
#include "ui/export/chartexportplot.h"
#include "ui/export/exportdialog.h"
#include "ui/plots/forestplot.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>
#include <exception>

namespace ee::ui {

namespace {

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

} // namespace

DiagnosticsPanel::DiagnosticsPanel(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_leaveOneOut(new ForestPlot(this))
    , m_cumulative(new ForestPlot(this))
    , m_metaRegression(new MetaRegressionView(this))
    , m_influenceStack(new QStackedWidget(this))
    , m_influenceMessage(messageLabel(this))
    , m_influenceView(new QTableView(this))
    , m_influenceModel(new InfluenceTableModel(this))
    , m_influenceNote(new QLabel(this))
    , m_goshWorker(new GoshWorker(this))
    , m_goshPlot(new GoshPlot(this))
    , m_goshCompute(new QPushButton(tr("Compute"), this))
    , m_goshCancel(new QPushButton(tr("Cancel"), this))
    , m_goshProgress(new QProgressBar(this))
    , m_goshStatus(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_tabs->addTab(m_leaveOneOut, tr("Leave-one-out"));
    m_tabs->addTab(m_cumulative, tr("Cumulative"));
    m_tabs->addTab(m_metaRegression, tr("Meta-regression"));

    // Influence: the table, or a message.
    m_influenceView->setModel(m_influenceModel);
    m_influenceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_influenceView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_influenceView->verticalHeader()->setVisible(false);
    m_influenceView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_influenceView->horizontalHeader()->setStretchLastSection(true);
    m_influenceNote->setWordWrap(true);
    auto *influencePage = new QWidget(this);
    auto *influenceLayout = new QVBoxLayout(influencePage);
    influenceLayout->addWidget(m_influenceView, 1);
    influenceLayout->addWidget(m_influenceNote);
    m_influenceStack->addWidget(influencePage);
    m_influenceStack->addWidget(m_influenceMessage);
    m_tabs->addTab(m_influenceStack, tr("Influence"));
    // Pooled studies only are listed, so the one action is to exclude.
    m_influenceView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_influenceView, &QTableView::customContextMenuRequested, this, &DiagnosticsPanel::showInfluenceMenu);
    connect(m_influenceView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT studyClicked(m_influenceModel->keyAt(index.row()), QGuiApplication::keyboardModifiers());
    });

    // GOSH: controls above the plot.
    auto *goshPage = new QWidget(this);
    auto *goshLayout = new QVBoxLayout(goshPage);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_goshCompute);
    controls->addWidget(m_goshCancel);
    controls->addWidget(m_goshProgress, 1);
    goshLayout->addLayout(controls);
    m_goshStatus->setWordWrap(true);
    goshLayout->addWidget(m_goshStatus);
    goshLayout->addWidget(m_goshPlot, 1);
    m_goshCompute->setToolTip(tr("Fit the model to every subset of the studies (a random million beyond 20 studies)"));
    m_goshProgress->setRange(0, 1000);
    m_tabs->addTab(goshPage, tr("GOSH"));
    connect(m_goshCompute, &QPushButton::clicked, this, &DiagnosticsPanel::startGosh);
    connect(m_goshCancel, &QPushButton::clicked, this, &DiagnosticsPanel::cancelGosh);
    connect(m_goshWorker, &GoshWorker::progressed, this, &DiagnosticsPanel::handleGoshProgress);
    connect(m_goshWorker, &GoshWorker::finished, this, &DiagnosticsPanel::handleGoshFinished);

    // Export: the same context-menu actions as the main plots.
    m_leaveOneOut->setAccessibleName(tr("Leave-one-out forest plot"));
    m_cumulative->setAccessibleName(tr("Cumulative forest plot"));
    m_metaRegression->bubblePlot()->setAccessibleName(tr("Meta-regression bubble plot"));
    m_goshPlot->customPlot()->setAccessibleName(tr("GOSH plot"));
    m_goshExport = new ChartExportPlot(m_goshPlot->customPlot(), this);
    for (StudyPlot *plot : { static_cast<StudyPlot *>(m_leaveOneOut), static_cast<StudyPlot *>(m_cumulative),
             static_cast<StudyPlot *>(m_metaRegression->bubblePlot()), static_cast<StudyPlot *>(m_goshExport) })
        connect(plot, &StudyPlot::contextMenuCreated, plot,
            [plot](QMenu *menu) { ExportDialog::addExportActions(menu, plot); });
    m_goshPlot->customPlot()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_goshPlot->customPlot(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = m_goshExport->createContextMenu(QPoint(), this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_goshPlot->customPlot()->mapToGlobal(pos));
    });

    connectPlot(m_leaveOneOut);
    connectPlot(m_cumulative);
    connect(m_metaRegression, &MetaRegressionView::studyClicked, this, &DiagnosticsPanel::studyClicked);
    connect(m_metaRegression, &MetaRegressionView::studyExclusionRequested, this,
        &DiagnosticsPanel::studyExclusionRequested);

    setResult(ExplorerResult {}, ExplorerState {});
}

DiagnosticsPanel::~DiagnosticsPanel()
{
    m_goshWorker->cancelAndWait();
}

void DiagnosticsPanel::connectPlot(StudyPlot *plot)
{
    connect(plot, &StudyPlot::studyClicked, this, &DiagnosticsPanel::studyClicked);
    connect(plot, &StudyPlot::studyExclusionRequested, this, &DiagnosticsPanel::studyExclusionRequested);
}

void DiagnosticsPanel::showInfluenceMenu(const QPoint &pos)
{
    const QString key = m_influenceModel->keyAt(m_influenceView->indexAt(pos).row());
    QMenu menu(this);
    const QAction *exclude = nullptr;
    if (!key.isEmpty()) {
        exclude = menu.addAction(tr("Exclude study"));
        menu.addSeparator();
    }
    QAction *csv = menu.addAction(tr("Export table as CSV…"));
    csv->setObjectName(QStringLiteral("exportInfluenceCsv"));
    csv->setEnabled(!m_influenceRows.empty());
    const QAction *chosen = menu.exec(m_influenceView->viewport()->mapToGlobal(pos));
    if (chosen && chosen == exclude) {
        Q_EMIT studyExclusionRequested(key, true);
    } else if (chosen == csv) {
        const QString fileName = QFileDialog::getSaveFileName(
            this, tr("Export influence table"), QStringLiteral("influence.csv"), tr("CSV file (*.csv)"));
        if (fileName.isEmpty())
            return;
        const QString error = writeInfluenceCsv(fileName);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export influence table"), error);
    }
}

QString DiagnosticsPanel::influenceCsv() const
{
    auto quoted = [](QString text) -> QString {
        if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))) {
            text.replace(QLatin1String("\""), QLatin1String("\"\""));
            return QLatin1Char('"') + text + QLatin1Char('"');
        }
        return text;
    };
    // Locale-independent on purpose: the file is read by R and spreadsheets.
    auto number = [](bool present, double value) {
        return present && std::isfinite(value) ? QString::number(value, 'g', 10) : QString();
    };
    QString csv =
        QStringLiteral("study,rstudent,dffits,cooks_d,cov_r,tau2_del,qe_del,hat,weight_percent,influential\n");
    for (const stats::StudyInfluence &s : m_influenceRows) {
        const PlotStudy study = m_studies.studies.value(static_cast<int>(s.study));
        const QStringList fields { quoted(study.label), number(s.estimable, s.rstudent), number(s.estimable, s.dffits),
            number(s.estimable, s.cookD), number(s.estimable, s.covR), number(s.estimable, s.tau2Del),
            number(s.estimable, s.QEDel), number(true, s.hat), number(true, s.weight),
            s.influential ? QStringLiteral("1") : QStringLiteral("0") };
        csv += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv;
}

QString DiagnosticsPanel::writeInfluenceCsv(const QString &fileName) const
{
    const QString shown = QFileInfo(fileName).fileName();
    if (m_influenceRows.empty())
        return tr("Cannot write “%1”: there are no influence diagnostics to export.").arg(shown);
    QSaveFile file(fileName);
    const QByteArray bytes = influenceCsv().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("Cannot write “%1”: %2").arg(shown, file.errorString());
    return {};
}

QList<std::pair<QString, StudyPlot *>> DiagnosticsPanel::exportablePlots() const
{
    QList<std::pair<QString, StudyPlot *>> plots;
    if (!m_leaveOneOut->isShowingMessage())
        plots.append({ tr("Leave-one-out"), m_leaveOneOut });
    if (!m_cumulative->isShowingMessage())
        plots.append({ tr("Cumulative"), m_cumulative });
    BubblePlot *bubble = m_metaRegression->bubblePlot();
    if (m_metaRegression->message().isEmpty() && !bubble->isShowingMessage() && bubble->pointCount() > 0)
        plots.append({ tr("Meta-regression"), bubble });
    if (m_goshPlot->pointCount() > 0)
        plots.append({ tr("GOSH"), m_goshExport });
    return plots;
}

QString DiagnosticsPanel::influenceMessage() const
{
    return m_influenceStack->currentWidget() == m_influenceMessage ? m_influenceMessage->text() : QString();
}

QString DiagnosticsPanel::goshStatus() const
{
    return m_goshStatus->text();
}

void DiagnosticsPanel::setResult(const ExplorerResult &result, const ExplorerState &state)
{
    m_goshWorker->cancelAndWait();
    m_result = result;
    m_state = state;
    m_studies = diagnosticsStudies(result);
    if (!result.analysis && result.message.isEmpty())
        m_result.message = tr("No analysis to diagnose.");

    auto guarded = [this](auto build, const QString &what) {
        try {
            return build(m_result, m_studies);
        } catch (const std::exception &e) {
            ForestData empty;
            empty.emptyMessage = tr("%1 failed: %2").arg(what, QString::fromStdString(e.what()));
            return empty;
        }
    };
    m_leaveOneOut->setData(guarded(leaveOneOutForest, tr("Leave-one-out")));
    m_cumulative->setData(guarded(cumulativeForest, tr("Cumulative meta-analysis")));
    m_metaRegression->setData(m_result, m_studies);
    updateInfluence();
    resetGosh();
    setSelectedKeys(m_selected);
}

void DiagnosticsPanel::updateInfluence()
{
    QString message = !m_result.message.isEmpty() ? m_result.message
                                                  : tooFewStudiesMessage(tr("Influence diagnostics"), m_studies.size());
    std::vector<stats::StudyInfluence> rows;
    if (message.isEmpty()) {
        try {
            stats::DiagnosticsRequest request;
            request.influence = true;
            const stats::DiagnosticsResult d = stats::runDiagnostics(*m_result.analysis, request);
            rows = d.influence; // StudyInfluence::study indexes the pooled studies, as m_studies
        } catch (const std::exception &e) {
            message = tr("Influence diagnostics failed: %1").arg(QString::fromStdString(e.what()));
        }
    }
    m_influenceModel->setRows(m_studies.studies, rows);
    m_influenceRows = rows;
    if (!message.isEmpty()) {
        m_influenceMessage->setText(message);
        m_influenceStack->setCurrentWidget(m_influenceMessage);
        return;
    }
    const int flagged = m_influenceModel->influentialCount();
    m_influenceNote->setText(flagged == 0 ? tr("No study is flagged as influential.")
                                          : tr("%n study(s) flagged as influential (highlighted).", nullptr, flagged));
    m_influenceStack->setCurrentIndex(0);
}

void DiagnosticsPanel::resetGosh()
{
    m_goshPlot->clear();
    m_goshExport->setEmptyMessage(tr("Compute the GOSH plot first."));
    m_goshProgress->setValue(0);
    m_goshCancel->setEnabled(false);
    const QString message =
        !m_result.message.isEmpty() ? m_result.message : tooFewStudiesMessage(tr("A GOSH plot"), m_studies.size());
    m_goshCompute->setEnabled(message.isEmpty());
    if (!message.isEmpty()) {
        m_goshStatus->setText(message);
        return;
    }
    const std::size_t k = m_studies.yi.size();
    const QLocale locale;
    if (k <= 20)
        m_goshStatus->setText(tr("%1 subsets of %2 studies. Press Compute to fit them.")
                                  .arg(locale.toString(static_cast<qint64>((1LL << k) - 1)))
                                  .arg(k));
    else
        m_goshStatus->setText(tr("%1 random subsets of %2 studies. Press Compute to fit them.")
                                  .arg(locale.toString(static_cast<qint64>(goshSubsets)))
                                  .arg(k));
}

void DiagnosticsPanel::startGosh()
{
    if (!m_result.analysis || m_studies.size() < kDiagnosticsMinimumStudies)
        return;
    stats::GoshOptions options;
    options.model = stats::diagnosticsModel(*m_result.analysis);
    options.subsets = goshSubsets;
    options.seed = 1;
    options.threads = 2;
    m_goshPlot->clear();
    m_goshProgress->setValue(0);
    m_goshCompute->setEnabled(false);
    m_goshCancel->setEnabled(true);
    m_goshStatus->setText(tr("Fitting subsets…"));
    m_goshWorker->start(m_studies.yi, m_studies.vi, options);
}

void DiagnosticsPanel::cancelGosh()
{
    m_goshWorker->cancel();
}

void DiagnosticsPanel::handleGoshProgress(qint64 done, qint64 total)
{
    if (total > 0)
        m_goshProgress->setValue(static_cast<int>(done * 1000 / total));
}

void DiagnosticsPanel::handleGoshFinished(bool cancelled)
{
    m_goshCompute->setEnabled(true);
    m_goshCancel->setEnabled(false);
    if (!m_goshWorker->error().isEmpty()) {
        m_goshStatus->setText(tr("GOSH failed: %1").arg(m_goshWorker->error()));
        return;
    }
    if (cancelled) {
        m_goshProgress->setValue(0);
        m_goshStatus->setText(tr("Cancelled."));
        return;
    }
    m_goshProgress->setValue(1000);
    const stats::GoshResult &g = m_goshWorker->result();
    const stats::PoolFit &fit = m_result.analysis->fit;
    const QString xLabel = m_result.funnel.xLabel.isEmpty() ? m_result.forest.measureLabel : m_result.funnel.xLabel;
    m_goshPlot->setResult(g, QPointF(fit.estimate, fit.I2), xLabel, m_result.forest.ratioScale);
    m_goshExport->setEmptyMessage(m_goshPlot->pointCount() > 0 ? QString() : tr("No subset could be fitted."));
    const QLocale locale;
    QString status = g.exhaustive
        ? tr("All %1 subsets of %2 studies fitted.").arg(locale.toString(static_cast<qint64>(g.count()))).arg(g.k)
        : tr("%1 random subsets of %2 studies fitted (seed 1).")
              .arg(locale.toString(static_cast<qint64>(g.count())))
              .arg(g.k);
    if (g.failed > 0)
        status += tr(" %n fit(s) did not converge and are not shown.", nullptr, static_cast<int>(g.failed));
    status += tr(" The cross marks the model on all studies.");
    m_goshStatus->setText(status);
}

void DiagnosticsPanel::setSelectedKeys(const QSet<QString> &keys)
{
    m_selected = keys;
    m_leaveOneOut->setSelectedKeys(keys);
    m_cumulative->setSelectedKeys(keys);
    m_metaRegression->setSelectedKeys(keys);
    QItemSelection selection;
    for (int r = 0; r < m_influenceModel->rowCount(); ++r) {
        if (keys.contains(m_influenceModel->keyAt(r)))
            selection.select(
                m_influenceModel->index(r, 0), m_influenceModel->index(r, InfluenceTableModel::ColumnCount - 1));
    }
    m_influenceView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

} // namespace ee::ui
