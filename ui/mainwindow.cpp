#include "ui/mainwindow.h"

#include "core/store/bundledbases.h"
#include "core/store/evidenceindex.h"
#include "core/store/studystore.h"
#include "ui/diagnostics/diagnosticspanel.h"
#include "ui/diagnostics/funneloverlay.h"
#include "ui/explorer/explorercontroller.h"
#include "ui/explorer/filterpanel.h"
#include "ui/explorer/modelpanel.h"
#include "ui/explorer/plotarea.h"
#include "ui/explorer/poolcsv.h"
#include "ui/explorer/studytablemodel.h"
#include "ui/explorer/summarystrip.h"
#include "ui/export/batchexportdialog.h"
#include "ui/export/exportdialog.h"
#include "ui/export/reportwriter.h"
#include "ui/export/rscriptwriter.h"
#include "ui/forms/importwizard.h"
#include "ui/forms/projecteditor.h"
#include "ui/forms/reconciliationdialog.h"
#include "ui/forms/studyeditordialog.h"
#include "ui/plots/baujatplot.h"
#include "ui/plots/forestplot.h"
#include "ui/plots/funnelplot.h"
#include "ui/preferences/preferencesdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace ee::ui {

namespace {
constexpr auto kGeometryKey = "mainWindow/geometry";
constexpr auto kStateKey = "mainWindow/state";
constexpr auto kPlotLayoutKey = "mainWindow/plotLayout";
constexpr int kStateVersion = 3;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new ExplorerController(this))
    , m_editor(new ProjectEditor(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Evidence Explorer"));
    setWindowIcon(QIcon(QStringLiteral(":/evidence/icons/evidence-explorer.svg")));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks | QMainWindow::AllowTabbedDocks);

    createCentralArea();
    createDocks();
    createMenus();
    connectViews();
    connect(m_controller, &ExplorerController::projectOpened, this, &MainWindow::handleProjectOpened);
    connect(m_controller, &ExplorerController::analysisUpdated, this, &MainWindow::handleAnalysisUpdated);
    connect(m_controller, &ExplorerController::selectionChanged, this, &MainWindow::handleSelectionChanged);
    // Edits reach the plots at once; the editor lets go of a project before it closes.
    connect(m_editor, &ProjectEditor::dataChanged, m_controller, &ExplorerController::reloadData);
    connect(m_editor, &ProjectEditor::editFailed, this,
        [this](const QString &message) { statusBar()->showMessage(tr("Not written: %1").arg(message), 10000); });
    connect(m_controller, &ExplorerController::projectClosing, this, [this] {
        if (m_studyEditor)
            m_studyEditor->close();
        m_editor->setStore(nullptr);
    });
    connect(m_controller, &ExplorerController::dataReloaded, this, &MainWindow::handleDataReloaded);
    statusBar()->showMessage(tr("No project open: File → Open, or File → Open Example."));
    resize(1500, 950);
    restoreWindowState();
    handleAnalysisUpdated();
}

MainWindow::~MainWindow()
{
    // The editor's commands free their undo log rows in the store, which the
    // controller owns and may delete first.
    m_editor->setStore(nullptr);
}

void MainWindow::createCentralArea()
{
    auto *central = new QWidget(this);
    m_summary = new SummaryStrip(central);
    m_plotArea = new PlotArea(central);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_summary);
    layout->addWidget(m_plotArea, 1);
    setCentralWidget(central);
}

void MainWindow::createDocks()
{
    m_filterPanel = new FilterPanel;
    auto *filterScroll = new QScrollArea;
    filterScroll->setWidget(m_filterPanel);
    filterScroll->setWidgetResizable(true);
    filterScroll->setFrameShape(QFrame::NoFrame);
    m_evidenceDock = new QDockWidget(tr("Evidence"), this);
    m_evidenceDock->setObjectName(QStringLiteral("evidenceDock"));
    m_evidenceDock->setWidget(filterScroll);
    addDockWidget(Qt::LeftDockWidgetArea, m_evidenceDock);

    m_modelPanel = new ModelPanel;
    m_modelDock = new QDockWidget(tr("Model"), this);
    m_modelDock->setObjectName(QStringLiteral("modelDock"));
    m_modelDock->setWidget(m_modelPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_modelDock);

    m_tableModel = new StudyTableModel(this);
    m_tableProxy = new QSortFilterProxyModel(this);
    m_tableProxy->setSourceModel(m_tableModel);
    m_tableProxy->setSortRole(Qt::UserRole);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("studyTable"));
    m_table->setModel(m_tableProxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Studies"));
    m_tableDock = new QDockWidget(tr("Studies"), this);
    m_tableDock->setObjectName(QStringLiteral("studiesDock"));
    m_tableDock->setWidget(m_table);
    addDockWidget(Qt::BottomDockWidgetArea, m_tableDock);
    // Heterogeneity and bias diagnostics, tabbed with the study table; computed
    // only while visible, so they never slow down a filter click otherwise.
    m_diagnostics = new DiagnosticsPanel;
    m_diagnosticsDock = new QDockWidget(tr("Diagnostics"), this);
    m_diagnosticsDock->setObjectName(QStringLiteral("diagnosticsDock"));
    m_diagnosticsDock->setWidget(m_diagnostics);
    addDockWidget(Qt::BottomDockWidgetArea, m_diagnosticsDock);
    tabifyDockWidget(m_tableDock, m_diagnosticsDock);
    m_tableDock->raise();
    resizeDocks({ m_evidenceDock }, { 300 }, Qt::Horizontal);
    resizeDocks({ m_tableDock }, { 220 }, Qt::Vertical);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = m_fileMenu->addAction(tr("&Open…"), this, &MainWindow::handleOpen);
    open->setShortcut(QKeySequence::Open);
    m_examplesMenu = m_fileMenu->addMenu(tr("Open &Example"));
    connect(m_examplesMenu, &QMenu::aboutToShow, this, &MainWindow::populateExamplesMenu);
    QAction *saveAs = m_fileMenu->addAction(tr("Save &As…"), this, &MainWindow::handleSaveAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    m_fileMenu->addSeparator();
    QMenu *exportPlot = m_fileMenu->addMenu(tr("&Export Plot"));
    const std::pair<QString, StudyPlot *> exportable[] = {
        { tr("&Forest Plot…"), m_plotArea->forest() },
        { tr("F&unnel Plot…"), m_plotArea->funnel() },
        { tr("&Baujat Plot…"), m_plotArea->baujat() },
    };
    for (const auto &[label, plot] : exportable) {
        StudyPlot *target = plot;
        exportPlot->addAction(label, this, [this, target] { ExportDialog::exportPlot(target, this); });
    }
    m_fileMenu->addAction(tr("Export &All Plots…"), this, &MainWindow::handleExportAllPlots);
    m_fileMenu->addAction(tr("Export &Report…"), this, &MainWindow::handleExportReport);
    m_fileMenu->addAction(tr("Export R &Script…"), this, &MainWindow::handleExportRScript);
    m_fileMenu->addSeparator();
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_editor->undoStack()->createUndoAction(m_editMenu, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    m_editMenu->addAction(undo);
    QAction *redo = m_editor->undoStack()->createRedoAction(m_editMenu, tr("&Redo"));
    redo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo });
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();
    QAction *editStudy = m_editMenu->addAction(tr("Edit &Study…"), this, &MainWindow::handleEditStudy);
    editStudy->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    editStudy->setToolTip(
        tr("Open the selected study in the study editor (or double-click it in a plot or the table)"));
    m_editMenu->addAction(tr("&New Study…"), this, &MainWindow::handleNewStudy);
    m_editMenu->addAction(tr("&Import Studies from CSV…"), this, &MainWindow::handleImportCsv);
    m_editMenu->addAction(tr("Re&concile Dual Extraction…"), this, &MainWindow::handleReconcile);
    m_editMenu->addSeparator();
    QAction *preferences = m_editMenu->addAction(tr("&Preferences…"), this, &MainWindow::handlePreferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : { m_evidenceDock, m_modelDock, m_tableDock, m_diagnosticsDock })
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_maximizeGroup = new QActionGroup(this);
    const std::pair<QString, StudyPlot *> layouts[] = {
        { tr("&All Plots"), nullptr },
        { tr("&Forest Plot Only"), m_plotArea->forest() },
        { tr("F&unnel Plot Only"), m_plotArea->funnel() },
        { tr("&Baujat Plot Only"), m_plotArea->baujat() },
    };
    int shortcut = 0;
    for (const auto &[label, plot] : layouts) {
        QAction *action = m_viewMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(plot == nullptr);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + shortcut++)));
        m_maximizeGroup->addAction(action);
        StudyPlot *target = plot;
        connect(action, &QAction::triggered, this, [this, target] { m_plotArea->maximize(target); });
    }
    m_viewMenu->addSeparator();
    m_columnsMenu = m_viewMenu->addMenu(tr("Forest Plot &Columns"));
    m_contourAction = m_viewMenu->addAction(tr("&Contour-Enhanced Funnel"));
    m_contourAction->setCheckable(true);
    connect(m_contourAction, &QAction::toggled, m_controller, &ExplorerController::setContourFunnel);
    m_smallStudyAction = m_viewMenu->addAction(tr("&Small-Study Tests on Funnel"));
    m_smallStudyAction->setCheckable(true);
    m_smallStudyAction->setToolTip(tr("Egger's regression line, trim-and-fill's imputed studies and the Egger and "
                                      "Begg tests"));
    connect(m_smallStudyAction, &QAction::toggled, m_controller, &ExplorerController::setSmallStudyTests);

    m_analysisMenu = menuBar()->addMenu(tr("&Analysis"));
    QMenu *order = m_analysisMenu->addMenu(tr("&Sort Studies By"));
    m_orderGroup = new QActionGroup(this);
    const std::pair<QString, StudyOrder> orders[] = {
        { tr("&Year"), StudyOrder::Year },
        { tr("&Effect"), StudyOrder::Effect },
        { tr("&Weight"), StudyOrder::Weight },
        { tr("&Label"), StudyOrder::Label },
    };
    for (const auto &[label, value] : orders) {
        QAction *action = order->addAction(label);
        action->setCheckable(true);
        action->setData(static_cast<int>(value));
        m_orderGroup->addAction(action);
        const StudyOrder chosen = value;
        connect(action, &QAction::triggered, this, [this, chosen] { m_controller->setOrder(chosen); });
    }
    QMenu *source = m_analysisMenu->addMenu(tr("Use &Values From"));
    source->setToolTip(tr("Dual extraction: analyse the consensus values, or one extractor's values"));
    m_sourceGroup = new QActionGroup(this);
    const std::pair<QString, store::ExtractionRole> sources[] = {
        { tr("&Consensus"), store::ExtractionRole::Final },
        { tr("Extractor &1"), store::ExtractionRole::Extractor1 },
        { tr("Extractor &2"), store::ExtractionRole::Extractor2 },
    };
    for (const auto &[label, role] : sources) {
        QAction *action = source->addAction(label);
        action->setCheckable(true);
        action->setData(static_cast<int>(role));
        m_sourceGroup->addAction(action);
        const store::ExtractionRole chosen = role;
        connect(action, &QAction::triggered, this, [this, chosen] { m_controller->setDataSource(chosen); });
    }
    QAction *excludeSelected = m_analysisMenu->addAction(tr("E&xclude Selected Studies"));
    excludeSelected->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(excludeSelected, &QAction::triggered, this, [this] {
        for (const QString &key : m_controller->selection())
            m_controller->setStudyExcluded(key, true);
    });
    QAction *includeAll = m_analysisMenu->addAction(tr("&Include All Studies"));
    connect(includeAll, &QAction::triggered, m_controller, &ExplorerController::includeAllStudies);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = m_helpMenu->addAction(tr("&About Evidence Explorer"), this, &MainWindow::handleAbout);
    about->setMenuRole(QAction::AboutRole);
    m_helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::connectViews()
{

    connect(m_filterPanel, &FilterPanel::outcomeEdited, this,
        [this] { m_controller->setOutcome(m_filterPanel->outcome()); });
    connect(m_filterPanel, &FilterPanel::filtersEdited, this,
        [this] { m_controller->setFilters(m_filterPanel->filters()); });
    connect(
        m_modelPanel, &ModelPanel::settingsChanged, this, [this] { m_controller->setModel(m_modelPanel->settings()); });

    for (StudyPlot *plot : m_plotArea->plots()) {
        connect(plot, &StudyPlot::studyClicked, this, &MainWindow::handleStudyClicked);
        connect(plot, &StudyPlot::contextMenuCreated, this,
            [plot](QMenu *menu) { ExportDialog::addExportActions(menu, plot); });
        connect(plot, &StudyPlot::studyExclusionRequested, m_controller, &ExplorerController::setStudyExcluded);
        connect(plot, &StudyPlot::studyActivated, this, [this](const QString &key) {
            m_controller->setSelection({ key });
            editStudyOfKey(key);
        });
        connect(plot, &StudyPlot::studyHovered, this, [this](const QString &key) {
            const int row = m_tableModel->rowOfKey(key);
            if (row >= 0)
                statusBar()->showMessage(m_tableModel->data(m_tableModel->index(row, StudyTableModel::Study)).toString()
                        + QStringLiteral(": ")
                        + m_tableModel->data(m_tableModel->index(row, StudyTableModel::Effect)).toString(),
                    4000);
        });
    }
    connect(m_diagnostics, &DiagnosticsPanel::studyClicked, this, &MainWindow::handleStudyClicked);
    connect(
        m_diagnostics, &DiagnosticsPanel::studyExclusionRequested, m_controller, &ExplorerController::setStudyExcluded);
    connect(m_diagnosticsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_diagnosticsStale)
            updateDiagnostics();
    });
    connect(m_tableModel, &StudyTableModel::exclusionRequested, m_controller, &ExplorerController::setStudyExcluded);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::handleTableSelectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        // The "Pooled" box toggles exclusion; a double-click elsewhere edits.
        if (index.flags() & Qt::ItemIsUserCheckable)
            return;
        editStudyOfKey(m_tableModel->keyOfRow(m_tableProxy->mapToSource(index).row()));
    });
}

QString MainWindow::openProject(const QString &path, bool readOnly)
{
    const QString error = m_controller->openProject(path, readOnly);
    if (!error.isEmpty())
        statusBar()->showMessage(error);
    return error;
}

QString MainWindow::openDefaultProject()
{
    return openProject(store::BundledBases::defaultBasePath(), true);
}

void MainWindow::handleProjectOpened()
{
    const store::EvidenceIndex *index = m_controller->index();
    const ExplorerState &state = m_controller->state();
    m_filterPanel->setIndex(*index);
    m_filterPanel->setOutcome(state.outcome);
    QList<std::pair<QString, QString>> facets;
    for (const store::FacetDefinition &facet : index->base().facets)
        facets.append({ facet.name, facet.label.isEmpty() ? facet.name : facet.label });
    m_modelPanel->setSubgroupFacets(facets);
    m_fitTableColumns = true;
    m_editor->setStore(m_controller->store());

    // Moderator columns beside each study in the forest plot, chosen per project.
    m_columnsMenu->clear();
    for (const auto &[name, label] : facets) {
        QAction *action = m_columnsMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(state.forestColumns.contains(name));
        const QString facet = name;
        connect(action, &QAction::toggled, this, [this, facet](bool on) {
            QStringList columns = m_controller->state().forestColumns;
            columns.removeAll(facet);
            if (on)
                columns.append(facet);
            m_controller->setForestColumns(columns);
        });
    }
    const QString title =
        index->base().project.title.isEmpty() ? m_controller->projectName() : index->base().project.title;
    const bool readOnly = m_controller->store()->isReadOnly();
    setWindowTitle(
        title + (readOnly ? tr(" [read-only]") : QString()) + QStringLiteral(" — ") + tr("Evidence Explorer"));
    statusBar()->showMessage(readOnly ? tr("Opened %1 read-only; File → Save As makes an editable copy.")
                                            .arg(QFileInfo(m_controller->store()->path()).fileName())
                                      : tr("Opened %1.").arg(m_controller->store()->path()),
        8000);
}

void MainWindow::handleAnalysisUpdated()
{
    const ExplorerResult &result = m_controller->result();
    const ExplorerState &state = m_controller->state();
    if (m_controller->hasProject()) {
        // The panels follow the state (the controller may have adjusted it).
        m_filterPanel->setOutcome(state.outcome);
        m_filterPanel->setCounts(result.query.facetCounts);
        m_filterPanel->setFilters(state.filters);
        const store::OutcomeKind kind = result.query.outcome ? result.query.outcome->kind : store::OutcomeKind::Binary;
        m_modelPanel->setOutcomeKind(kind);
        m_modelPanel->setSettings(state.model);
    }
    for (QAction *action : m_orderGroup->actions())
        action->setChecked(action->data().toInt() == static_cast<int>(state.order));
    for (QAction *action : m_sourceGroup->actions())
        action->setChecked(action->data().toInt() == static_cast<int>(state.dataSource));
    {
        const QSignalBlocker contour(m_contourAction);
        m_contourAction->setChecked(state.contourFunnel);
        const QSignalBlocker smallStudy(m_smallStudyAction);
        m_smallStudyAction->setChecked(state.smallStudyTests);
    }

    ForestData forest = result.forest;
    FunnelData funnel = result.funnel;
    BaujatData baujat = result.baujat;
    if (state.smallStudyTests && result.analysis)
        addSmallStudyOverlay(funnel, *result.analysis);
    if (!m_controller->hasProject())
        forest.emptyMessage = funnel.emptyMessage = baujat.emptyMessage =
            tr("No project is open. Use File → Open Example to explore a bundled evidence base.");
    m_plotArea->forest()->setData(forest);
    m_plotArea->funnel()->setData(funnel);
    m_plotArea->baujat()->setData(baujat);
    m_summary->setSummary(result.summary);
    m_summary->setVisible(m_controller->hasProject());

    m_diagnosticsStale = true;
    if (!m_diagnosticsDock->visibleRegion().isEmpty())
        updateDiagnostics();

    m_syncingSelection = true;
    if (m_controller->hasProject())
        m_tableModel->setResult(result, *m_controller->index(), result.forest.ratioScale);
    if (m_fitTableColumns && m_tableModel->rowCount() > 0) {
        // Once per project: columns sized to their contents, then left to the user.
        m_table->resizeColumnsToContents();
        for (int column = 0; column < m_tableModel->columnCount(); ++column)
            m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 260));
        m_fitTableColumns = false;
    }
    m_syncingSelection = false;
    handleSelectionChanged();
}

void MainWindow::updateDiagnostics()
{
    m_diagnostics->setResult(m_controller->result(), m_controller->state());
    m_diagnostics->setSelectedKeys(m_controller->selection());
    m_diagnosticsStale = false;
}

void MainWindow::handleSelectionChanged()
{
    const QSet<QString> &keys = m_controller->selection();
    for (StudyPlot *plot : m_plotArea->plots())
        plot->setSelectedKeys(keys);
    m_diagnostics->setSelectedKeys(keys);
    m_syncingSelection = true;
    QItemSelection selection;
    for (const QString &key : keys) {
        const int row = m_tableModel->rowOfKey(key);
        if (row < 0)
            continue;
        const QModelIndex left = m_tableProxy->mapFromSource(m_tableModel->index(row, 0));
        const QModelIndex right =
            m_tableProxy->mapFromSource(m_tableModel->index(row, m_tableModel->columnCount() - 1));
        selection.select(left, right);
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        m_table->scrollTo(selection.indexes().constFirst());
    m_syncingSelection = false;
}

void MainWindow::handleStudyClicked(const QString &key, Qt::KeyboardModifiers modifiers)
{
    QSet<QString> keys = m_controller->selection();
    if (key.isEmpty())
        keys.clear();
    else if (modifiers & (Qt::ControlModifier | Qt::ShiftModifier)) {
        if (keys.contains(key))
            keys.remove(key);
        else
            keys.insert(key);
    } else
        keys = { key };
    m_controller->setSelection(keys);
}

void MainWindow::handleTableSelectionChanged()
{
    if (m_syncingSelection)
        return;
    QSet<QString> keys;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        keys.insert(m_tableModel->keyOfRow(m_tableProxy->mapToSource(index).row()));
    m_controller->setSelection(keys);
}

void MainWindow::handleOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), QString(), tr("Evidence projects (*.evidence);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString error = openProject(path, !QFileInfo(path).isWritable());
    if (!error.isEmpty())
        showError(tr("Could not open the project"), error);
}

void MainWindow::handleSaveAs()
{
    if (!m_controller->hasProject()) {
        showError(tr("Nothing to save"), tr("No project is open."));
        return;
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"),
        m_controller->projectName() + QStringLiteral(".evidence"), tr("Evidence projects (*.evidence)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".evidence")))
        path += QStringLiteral(".evidence");
    const store::Status saved = m_controller->store()->saveAs(path);
    if (!saved.ok()) {
        showError(tr("Could not save the project"), saved.error().text());
        return;
    }
    const QString error = openProject(path, false);
    if (!error.isEmpty())
        showError(tr("Could not open the saved copy"), error);
}

void MainWindow::handleExportReport()
{
    const ExplorerResult &result = m_controller->result();
    if (!result.analysis) {
        showError(tr("Nothing to report"), result.message.isEmpty() ? tr("No analysis to report.") : result.message);
        return;
    }
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report"),
        m_controller->projectName() + QStringLiteral("-report.html"), tr("HTML report (*.html);;PDF report (*.pdf)"),
        &selectedFilter);
    if (path.isEmpty())
        return;
    const QString title = result.forest.title.isEmpty() ? tr("Evidence Explorer report") : result.forest.title;
    const QList<StudyPlot *> plots = m_plotArea->plots();
    const bool pdf = path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)
        || (selectedFilter.contains(QStringLiteral("pdf")) && !path.endsWith(QStringLiteral(".html")));
    if (pdf && !path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    const PlotExporter::Result written =
        pdf ? ReportWriter::writePdf(result, plots, title, path) : ReportWriter::writeHtml(result, plots, title, path);
    if (!written.ok())
        showError(tr("Could not write the report"), written.error);
    else
        statusBar()->showMessage(tr("Report written to %1").arg(path), 8000);
}

void MainWindow::handleExportRScript()
{
    const ExplorerResult &result = m_controller->result();
    if (!result.analysis) {
        showError(tr("Nothing to export"), result.message.isEmpty() ? tr("No analysis to export.") : result.message);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export R Script"), m_controller->projectName() + QStringLiteral(".R"), tr("R script (*.R)"));
    if (path.isEmpty())
        return;
    // The script reads the studies from a CSV in the pool format written beside it.
    QString csvPath = path;
    csvPath.replace(QRegularExpression(QStringLiteral("\\.[Rr]$")), QString());
    csvPath += QStringLiteral(".csv");
    const QString error = writePoolCsv(result, m_controller->state().model.subgroupFacet, csvPath);
    if (!error.isEmpty()) {
        showError(tr("Could not write the data"), error);
        return;
    }
    const store::OutcomeKind kind = result.query.outcome ? result.query.outcome->kind : store::OutcomeKind::Binary;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        showError(tr("Could not write the R script"), tr("%1: %2").arg(path, file.errorString()));
        return;
    }
    const QString script = RScriptWriter::script(*result.analysis,
        kind == store::OutcomeKind::Binary ? RScriptWriter::DataKind::Binary : RScriptWriter::DataKind::Continuous,
        QFileInfo(csvPath).fileName(), m_controller->state().model.subgroupFacet);
    file.write(script.toUtf8());
    statusBar()->showMessage(tr("R script and data written to %1 and %2").arg(path, csvPath), 8000);
}

void MainWindow::populateExamplesMenu()
{
    m_examplesMenu->clear();
    const QString defaultPath = store::BundledBases::defaultBasePath();
    if (QFileInfo::exists(defaultPath)) {
        QAction *action = m_examplesMenu->addAction(tr("Cell therapy for diabetic foot ulcers (bundled)"));
        connect(action, &QAction::triggered, this, [this] {
            const QString error = openDefaultProject();
            if (!error.isEmpty())
                showError(tr("Could not open the example"), error);
        });
        m_examplesMenu->addSeparator();
    }
    const auto examples = store::BundledBases::examples();
    if (!examples.ok()) {
        m_examplesMenu->addAction(examples.error().text())->setEnabled(false);
        return;
    }
    for (const store::BundledBase &example : examples.value()) {
        QAction *action =
            m_examplesMenu->addAction(example.info.title.isEmpty() ? example.info.name : example.info.title);
        action->setToolTip(example.info.description);
        const QString path = example.path;
        connect(action, &QAction::triggered, this, [this, path] {
            const QString error = openProject(path, true);
            if (!error.isEmpty())
                showError(tr("Could not open the example"), error);
        });
    }
    if (m_examplesMenu->isEmpty())
        m_examplesMenu->addAction(tr("No example projects were found in %1").arg(store::BundledBases::dataDirectory()))
            ->setEnabled(false);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void MainWindow::handleAbout()
{
    QMessageBox::about(this, tr("About Evidence Explorer"),
        tr("<h3>Evidence Explorer %1</h3>"
           "<p>Explore meta-analytic evidence: filter trials by cell type, dose, route and region, "
           "and see forest, funnel and Baujat plots recomputed as you go.</p>"
           "<p>Pooling follows the methods of R's metafor package, against which the engine "
           "is tested.</p>")
            .arg(QStringLiteral(EE_VERSION)));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray());
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray(), kStateVersion);
    m_plotArea->restoreLayout(settings.value(QLatin1String(kPlotLayoutKey)).toByteArray());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState(kStateVersion));
    settings.setValue(QLatin1String(kPlotLayoutKey), m_plotArea->saveLayout());
    m_controller->saveState();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

QString MainWindow::saveScreenshot(const QString &fileName)
{
    const QImage image = grab().toImage();
    if (image.isNull())
        return tr("Could not render the main window.");
    if (!image.save(fileName, "PNG"))
        return tr("Could not write the screenshot to %1.").arg(fileName);
    return {};
}

StudyEditorDialog *MainWindow::studyEditor()
{
    if (!m_studyEditor)
        m_studyEditor = new StudyEditorDialog(m_editor, this);
    return m_studyEditor;
}

void MainWindow::editStudyOfKey(const QString &key)
{
    const qint64 comparison = ExplorerController::comparisonOfKey(key);
    if (!m_controller->hasProject() || comparison == 0)
        return;
    for (const store::Comparison &candidate : m_controller->index()->base().comparisons) {
        if (candidate.id.value != comparison)
            continue;
        StudyEditorDialog *editor = studyEditor();
        editor->showStudy(candidate.study, candidate.id);
        editor->show();
        editor->raise();
        editor->activateWindow();
        if (!m_editor->canEdit())
            statusBar()->showMessage(m_editor->whyReadOnly(), 10000);
        return;
    }
}

bool MainWindow::ensureEditable()
{
    if (!m_controller->hasProject()) {
        showError(tr("Nothing to edit"), tr("No project is open. Use File → Open, or File → Open Example."));
        return false;
    }
    if (m_editor->canEdit())
        return true;
    if (!m_controller->store()->isReadOnly()) {
        showError(tr("Editing is not available"), m_editor->whyReadOnly());
        return false;
    }
    const auto answer = QMessageBox::question(this, tr("Read-only project"),
        tr("%1 is open read-only (the bundled evidence base is never changed). Save an editable copy and edit that?")
            .arg(QFileInfo(m_controller->store()->path()).fileName()));
    if (answer != QMessageBox::Yes)
        return false;
    handleSaveAs();
    return m_editor->canEdit();
}

void MainWindow::handleEditStudy()
{
    if (!m_controller->hasProject()) {
        ensureEditable();
        return;
    }
    QString key;
    if (!m_controller->selection().isEmpty())
        key = *m_controller->selection().cbegin();
    else if (m_tableModel->rowCount() > 0)
        key = m_tableModel->keyOfRow(0);
    if (!key.isEmpty()) {
        editStudyOfKey(key);
        return;
    }
    StudyEditorDialog *editor = studyEditor();
    editor->show();
    editor->raise();
}

void MainWindow::handleNewStudy()
{
    if (!ensureEditable())
        return;
    StudyEditorDialog *editor = studyEditor();
    editor->createStudy();
    editor->show();
    editor->raise();
}

void MainWindow::handleImportCsv()
{
    if (ensureEditable())
        ImportWizard::run(m_editor, this);
}

void MainWindow::handleReconcile()
{
    if (ensureEditable())
        ReconciliationDialog::run(m_editor, this);
}

void MainWindow::handlePreferences()
{
    PreferencesDialog::run(this);
}

void MainWindow::handleExportAllPlots()
{
    if (!m_controller->result().analysis) {
        showError(tr("Nothing to export"),
            m_controller->result().message.isEmpty() ? tr("No analysis to export.") : m_controller->result().message);
        return;
    }
    // The diagnostics views are exported as they are now: bring them up to date first.
    updateDiagnostics();
    QList<std::pair<QString, StudyPlot *>> plots {
        { tr("Forest plot"), m_plotArea->forest() },
        { tr("Funnel plot"), m_plotArea->funnel() },
        { tr("Baujat plot"), m_plotArea->baujat() },
    };
    plots += m_diagnostics->exportablePlots();
    BatchExportDialog::run(plots, m_controller->projectName(), this);
}

void MainWindow::handleDataReloaded()
{
    // Outcomes, facet levels and their counts may have changed with the data.
    if (const store::EvidenceIndex *index = m_controller->index())
        m_filterPanel->setIndex(*index);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && !m_retranslating) {
        m_retranslating = true;
        retranslate();
        m_retranslating = false;
    }
}

void MainWindow::retranslate()
{
    const QByteArray docks = saveState(kStateVersion);
    const QByteArray plotLayout = m_plotArea->saveLayout();
    const bool editorShown = m_studyEditor && m_studyEditor->isVisible();
    const store::StudyId editedStudy = m_studyEditor ? m_studyEditor->study() : store::StudyId();
    // Every widget with text is rebuilt; the controller (project, state,
    // selection) and the editor (undo history) are kept. The old widgets go
    // with deleteLater: Qt is still delivering this LanguageChange to them.
    if (m_studyEditor) {
        m_studyEditor->close();
        m_studyEditor->setParent(nullptr);
        m_studyEditor->deleteLater();
        m_studyEditor = nullptr;
    }
    setMenuBar(new QMenuBar(this)); // QMainWindow deletes the old one later
    QObject *const old[] = {m_orderGroup, m_maximizeGroup, m_sourceGroup, m_tableProxy, m_tableModel};
    for (QObject *object : old) {
        object->setParent(nullptr);
        object->deleteLater();
    }
    for (QDockWidget *dock : {m_evidenceDock, m_modelDock, m_tableDock, m_diagnosticsDock}) {
        removeDockWidget(dock);
        dock->hide();
        dock->setParent(nullptr);
        dock->deleteLater();
    }
    createCentralArea();
    createDocks();
    createMenus();
    connectViews();
    setWindowTitle(tr("Evidence Explorer"));
    restoreState(docks, kStateVersion);
    m_plotArea->restoreLayout(plotLayout);
    if (m_controller->hasProject())
        handleProjectOpened();
    m_controller->refresh();
    if (editorShown && editedStudy.value != 0) {
        StudyEditorDialog *editor = studyEditor();
        editor->showStudy(editedStudy);
        editor->show();
    }
}

} // namespace ee::ui
