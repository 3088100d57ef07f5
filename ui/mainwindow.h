#pragma once

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QMenu;

namespace ee::ui {

/// The explorer's main window: menus, status bar, the "Evidence" and "Model"
/// docks on the left, the plots in the centre and the study table below.
/// Geometry and dock state persist with QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Renders the window as it is now into a PNG file; returns an error message, or an empty string.
    QString saveScreenshot(const QString &fileName);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createDocks();
    void restoreWindowState();
    void saveWindowState() const;
    void handleAbout();

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_analysisMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QDockWidget *m_evidenceDock = nullptr;
    QDockWidget *m_modelDock = nullptr;
    QDockWidget *m_tableDock = nullptr;
};

} // namespace ee::ui
