#include "ui/export/exportdialog.h"

#include "ui/export/exportsizefields.h"
#include "ui/export/plotexporter.h"
#include "ui/plots/studyplot.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace ee::ui {

namespace {
/// Largest preview rendered at the export's own resolution (pixels).
constexpr qint64 previewMaxPixels = 16'000'000;
/// Resolution SVG and PDF are previewed at.
constexpr int previewVectorDpi = 300;
} // namespace

ExportDialog::ExportDialog(StudyPlot *plot, QWidget *parent)
    : QDialog(parent)
    , m_plot(plot)
{
    setWindowTitle(tr("Export plot"));
    setObjectName(QStringLiteral("exportDialog"));

    m_fields = new ExportSizeFields(
        tr("Follow the plot"), tr("The forest plot's height follows its rows; funnel and Baujat plots are 4:3."), this);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("PNG image"), static_cast<int>(ExportFormat::Png));
    m_format->addItem(tr("TIFF image"), static_cast<int>(ExportFormat::Tiff));
    m_format->addItem(tr("SVG (vector)"), static_cast<int>(ExportFormat::Svg));
    m_format->addItem(tr("PDF (vector)"), static_cast<int>(ExportFormat::Pdf));
    m_greyscale = new QCheckBox(tr("Greyscale"), this);
    m_greyscale->setObjectName(QStringLiteral("greyscale"));
    m_transparent = new QCheckBox(tr("Transparent background"), this);
    m_transparent->setObjectName(QStringLiteral("transparent"));
    // The format row sits between the size rows and the resolution.
    QWidget::setTabOrder(m_fields->lastSizeField(), m_format);

    auto *form = new QFormLayout;
    m_fields->addSizeRows(form);
    form->addRow(tr("&Format:"), m_format);
    m_fields->addResolutionAndFontRows(form);
    form->addRow(QString(), m_greyscale);
    form->addRow(QString(), m_transparent);

    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("preview"));
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setMinimumSize(360, 300);
    // The pixmap follows the label's size, never the reverse.
    m_previewLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_previewLabel->setFrameShape(QFrame::StyledPanel);
    m_previewLabel->setBackgroundRole(QPalette::Dark);
    m_previewLabel->setAutoFillBackground(true);
    m_sizeLabel = new QLabel(this);
    m_sizeLabel->setObjectName(QStringLiteral("sizeText"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *side = new QVBoxLayout;
    side->addLayout(form);
    side->addStretch(1);
    auto *previewColumn = new QVBoxLayout;
    previewColumn->addWidget(m_previewLabel, 1);
    previewColumn->addWidget(m_sizeLabel);
    auto *top = new QHBoxLayout;
    top->addLayout(side);
    top->addLayout(previewColumn, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);

    ExportSettings initial;
    initial.applyPreset(ExportPreset::SingleColumn);
    if (m_plot) {
        initial.fontFamily = m_plot->font().family();
    }
    setSettings(initial);

    connect(m_fields, &ExportSizeFields::settingsEdited, this, &ExportDialog::handleSettingsChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::handleSettingsChanged);
    connect(m_greyscale, &QCheckBox::toggled, this, &ExportDialog::handleSettingsChanged);
    connect(m_transparent, &QCheckBox::toggled, this, &ExportDialog::handleSettingsChanged);
    updatePreview();
}

ExportDialog::~ExportDialog() = default;

ExportSettings ExportDialog::settings() const
{
    ExportSettings s;
    m_fields->applyTo(s);
    s.format = static_cast<ExportFormat>(m_format->currentData().toInt());
    s.greyscale = m_greyscale->isChecked() && isRaster(s.format);
    s.transparent = m_transparent->isChecked() && s.format != ExportFormat::Pdf;
    return s;
}

void ExportDialog::setSettings(const ExportSettings &s)
{
    m_updating = true;
    // Settings that leave the font size to the plot show the plot's own size.
    if (m_plot)
        m_fields->setDefaultFontPointSize(m_plot->font().pointSizeF() > 0 ? m_plot->font().pointSizeF() : 9.0);
    m_fields->setSettings(s);
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(s.format)));
    m_greyscale->setChecked(s.greyscale);
    m_transparent->setChecked(s.transparent);
    m_updating = false;
    handleSettingsChanged();
}

void ExportDialog::handleSettingsChanged()
{
    if (m_updating)
        return;
    const ExportSettings s = settings();
    m_fields->setResolutionEnabled(isRaster(s.format));
    m_greyscale->setEnabled(isRaster(s.format));
    m_transparent->setEnabled(s.format != ExportFormat::Pdf);
    updatePreview();
}

QString ExportDialog::sizeText() const
{
    if (!m_plot)
        return {};
    const ExportSettings s = settings();
    const QSizeF mm = PlotExporter::sizeMm(*m_plot, s);
    QString text = tr("%1 × %2 mm").arg(mm.width(), 0, 'f', 1).arg(mm.height(), 0, 'f', 1);
    if (isRaster(s.format)) {
        const QSize px = PlotExporter::pixelSize(mm, s.dpi);
        text += tr(" · %1 × %2 px at %3 dpi").arg(px.width()).arg(px.height()).arg(s.dpi);
    } else {
        text += tr(" · vector, text as text");
    }
    return text;
}

void ExportDialog::updatePreview()
{
    if (!m_plot)
        return;
    ExportSettings s = settings();
    const QSizeF mm = PlotExporter::sizeMm(*m_plot, s);
    // Show the height the plot chose.
    m_fields->showAutomaticHeight(mm.height());
    // The preview is the file's own rendering at the export resolution (layout and
    // font metrics depend on it), scaled for display; only very large rasters and
    // the vector formats are previewed at a lower resolution.
    s.heightMm = mm.height();
    if (!isRaster(s.format))
        s.dpi = previewVectorDpi;
    const QSize exportPixels = PlotExporter::pixelSize(mm, s.dpi);
    if (qint64(exportPixels.width()) * exportPixels.height() > previewMaxPixels)
        s.dpi = std::max(72,
            static_cast<int>(
                s.dpi * std::sqrt(double(previewMaxPixels) / (double(exportPixels.width()) * exportPixels.height()))));
    if (!isRaster(s.format))
        s.greyscale = false;
    m_preview = PlotExporter::renderImage(*m_plot, s);
    showPreview();
    QStringList lines { sizeText() };
    const ExportSettings chosen = settings();
    for (const QString &line : { PlotExporter::fitNote(*m_plot, chosen), PlotExporter::fitWarning(*m_plot, chosen) })
        if (!line.isEmpty())
            lines << line;
    m_sizeLabel->setText(lines.join(QLatin1Char('\n')));
    m_sizeLabel->setWordWrap(true);
}

void ExportDialog::showPreview()
{
    if (m_preview.isNull())
        return;
    QPixmap pixmap = QPixmap::fromImage(m_preview);
    const QSize room = m_previewLabel->contentsRect().size() - QSize(8, 8);
    if (room.isValid() && (pixmap.width() > room.width() || pixmap.height() > room.height()))
        pixmap = pixmap.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_previewLabel->setPixmap(pixmap);
}

void ExportDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    showPreview();
}

QString ExportDialog::writeTo(const QString &fileName)
{
    if (!m_plot)
        return tr("The plot no longer exists.");
    return PlotExporter::exportToFile(*m_plot, settings(), fileName).error;
}

bool ExportDialog::exportPlot(StudyPlot *plot, QWidget *parent)
{
    if (!plot)
        return false;
    ExportDialog dialog(plot, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const ExportSettings s = dialog.settings();
    const QString suffix = formatSuffix(s.format);
    const QString filter = s.format == ExportFormat::Tiff ? tr("TIFF image (*.tiff *.tif)")
                                                          : tr("%1 file (*.%2)").arg(suffix.toUpper(), suffix);
    QString fileName = QFileDialog::getSaveFileName(
        parent, tr("Export plot"), QDir::home().filePath(QStringLiteral("plot.") + suffix), filter);
    if (fileName.isEmpty())
        return false;
    if (!formatFromSuffix(QFileInfo(fileName).suffix()))
        fileName += QLatin1Char('.') + suffix;
    const QString error = dialog.writeTo(fileName);
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, tr("Export plot"), error);
        return false;
    }
    return true;
}

void ExportDialog::addExportActions(QMenu *menu, StudyPlot *plot)
{
    if (!menu || !plot)
        return;
    QAction *svg = menu->addAction(tr("Copy as SVG"));
    svg->setObjectName(QStringLiteral("copySvg"));
    QObject::connect(svg, &QAction::triggered, plot, [plot] { copyToClipboard(plot); });
    QAction *exportAction = menu->addAction(tr("Export…"));
    exportAction->setObjectName(QStringLiteral("exportPlot"));
    QObject::connect(exportAction, &QAction::triggered, plot, [plot] { exportPlot(plot, plot->window()); });
}

void ExportDialog::copyToClipboard(StudyPlot *plot, const ExportSettings &settings)
{
    if (!plot)
        return;
    ExportSettings svgSettings = settings;
    svgSettings.format = ExportFormat::Svg;
    auto *mime = new QMimeData;
    mime->setData(QStringLiteral("image/svg+xml"), PlotExporter::renderSvg(*plot, svgSettings));
    ExportSettings pngSettings = settings;
    pngSettings.format = ExportFormat::Png;
    mime->setImageData(PlotExporter::renderImage(*plot, pngSettings));
    QGuiApplication::clipboard()->setMimeData(mime);
}

} // namespace ee::ui
