#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QImage>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace ee::ui {

namespace {
constexpr auto kGeometryKey = "mainWindow/geometry";
constexpr auto kStateKey = "mainWindow/state";
constexpr int kStateVersion = 1;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Evidence Explorer"));
    setWindowIcon(QIcon(QStringLiteral(":/evidence/icons/evidence-explorer.svg")));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks | QMainWindow::AllowTabbedDocks);

    createDocks();
    createMenus();
    statusBar()->showMessage(tr("Ready"));
    resize(1400, 900);
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_evidenceDock = new QDockWidget(tr("Evidence"), this);
    m_evidenceDock->setObjectName(QStringLiteral("evidenceDock"));
    addDockWidget(Qt::LeftDockWidgetArea, m_evidenceDock);

    m_modelDock = new QDockWidget(tr("Model"), this);
    m_modelDock->setObjectName(QStringLiteral("modelDock"));
    addDockWidget(Qt::LeftDockWidgetArea, m_modelDock);

    m_tableDock = new QDockWidget(tr("Studies"), this);
    m_tableDock->setObjectName(QStringLiteral("studiesDock"));
    addDockWidget(Qt::BottomDockWidgetArea, m_tableDock);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : {m_evidenceDock, m_modelDock, m_tableDock})
        m_viewMenu->addAction(dock->toggleViewAction());

    m_analysisMenu = menuBar()->addMenu(tr("&Analysis"));

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = m_helpMenu->addAction(tr("&About Evidence Explorer"), this, &MainWindow::handleAbout);
    about->setMenuRole(QAction::AboutRole);
    m_helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
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
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState(kStateVersion));
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

} // namespace ee::ui
