#pragma once

#include <QMainWindow>

class QActionGroup;
class QDockWidget;
class QMenu;
class QSortFilterProxyModel;
class QTableView;

namespace ee::ui {

class DiagnosticsPanel;
class ExplorerController;
class FilterPanel;
class ModelPanel;
class PlotArea;
class ProjectEditor;
class StudyEditorDialog;
class StudyPlot;
class StudyTableModel;
class SummaryStrip;

/// The explorer's main window: the "Evidence" (filters) and "Model" docks on
/// the left, the summary strip and the forest, funnel and Baujat plots in the
/// centre, the study table below. Every filter or model change recomputes and
/// redraws everything at once; selection and exclusion are linked across all
/// views. Geometry, dock layout and the explorer state persist with QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a project file; returns an error message naming the file, or an empty string.
    QString openProject(const QString &path, bool readOnly);
    /// Opens the bundled cell-therapy evidence base (read-only).
    QString openDefaultProject();

    ExplorerController *controller() const { return m_controller; }
    FilterPanel *filterPanel() const { return m_filterPanel; }
    ModelPanel *modelPanel() const { return m_modelPanel; }
    PlotArea *plotArea() const { return m_plotArea; }
    SummaryStrip *summaryStrip() const { return m_summary; }
    QTableView *studyTable() const { return m_table; }
    DiagnosticsPanel *diagnosticsPanel() const { return m_diagnostics; }
    StudyTableModel *studyTableModel() const { return m_tableModel; }
    ProjectEditor *projectEditor() const { return m_editor; }
    /// The study editor, created on first use.
    StudyEditorDialog *studyEditor();
    /// Opens the study editor on the study of a plotted study key ("c<id>").
    void editStudyOfKey(const QString &key);

    /// Renders the window as it is now into a PNG file; returns an error message, or an empty string.
    QString saveScreenshot(const QString &fileName);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createDocks();
    void createCentralArea();
    void createMenus();
    void connectViews();
    void restoreWindowState();
    void saveWindowState() const;

    void handleProjectOpened();
    void handleDataReloaded();
    /// Rebuilds menus, docks and plots in the new interface language; the
    /// project, filters, selection, undo history and layout stay.
    void retranslate();
    /// For edits on a read-only project: offers to save an editable copy.
    bool ensureEditable();
    void handleEditStudy();
    void handleNewStudy();
    void handleImportCsv();
    void handleReconcile();
    void handlePreferences();
    void handleExportAllPlots();
    void handleAnalysisUpdated();
    void handleSelectionChanged();
    void handleStudyClicked(const QString &key, Qt::KeyboardModifiers modifiers);
    void handleTableSelectionChanged();
    void updateDiagnostics();
    void handleOpen();
    void handleSaveAs();
    void handleExportReport();
    void handleExportRScript();
    void handleAbout();
    void populateExamplesMenu();
    void showError(const QString &title, const QString &message);

    ExplorerController *m_controller = nullptr;
    FilterPanel *m_filterPanel = nullptr;
    ModelPanel *m_modelPanel = nullptr;
    PlotArea *m_plotArea = nullptr;
    SummaryStrip *m_summary = nullptr;
    StudyTableModel *m_tableModel = nullptr;
    QSortFilterProxyModel *m_tableProxy = nullptr;
    QTableView *m_table = nullptr;
    DiagnosticsPanel *m_diagnostics = nullptr;
    QDockWidget *m_diagnosticsDock = nullptr;
    bool m_diagnosticsStale = false;

    ProjectEditor *m_editor = nullptr;
    StudyEditorDialog *m_studyEditor = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QActionGroup *m_sourceGroup = nullptr;
    bool m_retranslating = false;
    QMenu *m_examplesMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QMenu *m_analysisMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_orderGroup = nullptr;
    QActionGroup *m_maximizeGroup = nullptr;
    QAction *m_contourAction = nullptr;
    QAction *m_smallStudyAction = nullptr;
    QDockWidget *m_evidenceDock = nullptr;
    QDockWidget *m_modelDock = nullptr;
    QDockWidget *m_tableDock = nullptr;
    bool m_syncingSelection = false;
    bool m_fitTableColumns = false;
};

} // namespace ee::ui
