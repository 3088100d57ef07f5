#include "ui/export/exportdialog.h"

#include "ui/export/plotexporter.h"
#include "ui/plots/studyplot.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
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

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("preset"));
    for (ExportPreset p : { ExportPreset::SingleColumn, ExportPreset::OneAndHalfColumn, ExportPreset::DoubleColumn,
             ExportPreset::Slide, ExportPreset::Custom })
        m_preset->addItem(presetName(p), static_cast<int>(p));

    m_width = new QDoubleSpinBox(this);
    m_width->setObjectName(QStringLiteral("widthMm"));
    m_width->setRange(10, 2000);
    m_width->setDecimals(1);
    m_width->setSuffix(tr(" mm"));
    m_autoHeight = new QCheckBox(tr("Follow the plot"), this);
    m_autoHeight->setObjectName(QStringLiteral("autoHeight"));
    m_autoHeight->setToolTip(tr("The forest plot's height follows its rows; funnel and Baujat plots are 4:3."));
    m_height = new QDoubleSpinBox(this);
    m_height->setObjectName(QStringLiteral("heightMm"));
    m_height->setRange(10, 2000);
    m_height->setDecimals(1);
    m_height->setSuffix(tr(" mm"));
    auto *heightRow = new QHBoxLayout;
    heightRow->addWidget(m_height, 1);
    heightRow->addWidget(m_autoHeight);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("PNG image"), static_cast<int>(ExportFormat::Png));
    m_format->addItem(tr("TIFF image"), static_cast<int>(ExportFormat::Tiff));
    m_format->addItem(tr("SVG (vector)"), static_cast<int>(ExportFormat::Svg));
    m_format->addItem(tr("PDF (vector)"), static_cast<int>(ExportFormat::Pdf));
    m_dpi = new QSpinBox(this);
    m_dpi->setObjectName(QStringLiteral("dpi"));
    m_dpi->setRange(72, 2400);
    m_dpi->setSuffix(tr(" dpi"));

    m_font = new QFontComboBox(this);
    m_font->setObjectName(QStringLiteral("fontFamily"));
    m_fontSize = new QDoubleSpinBox(this);
    m_fontSize->setObjectName(QStringLiteral("fontSize"));
    m_fontSize->setRange(5, 24);
    m_fontSize->setDecimals(1);
    m_fontSize->setSuffix(tr(" pt"));
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(m_fontSize);

    m_greyscale = new QCheckBox(tr("Greyscale"), this);
    m_greyscale->setObjectName(QStringLiteral("greyscale"));
    m_transparent = new QCheckBox(tr("Transparent background"), this);
    m_transparent->setObjectName(QStringLiteral("transparent"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Size:"), m_preset);
    form->addRow(tr("&Width:"), m_width);
    auto *heightLabel = new QLabel(tr("&Height:"), this);
    heightLabel->setBuddy(m_height);
    form->addRow(heightLabel, heightRow);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Resolution:"), m_dpi);
    auto *fontLabel = new QLabel(tr("F&ont:"), this);
    fontLabel->setBuddy(m_font);
    form->addRow(fontLabel, fontRow);
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

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportDialog::handlePresetChanged);
    connect(m_width, &QDoubleSpinBox::valueChanged, this, [this] {
        if (m_updating)
            return;
        // Typing a size leaves the preset.
        m_updating = true;
        m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(ExportPreset::Custom)));
        m_updating = false;
        handleSettingsChanged();
    });
    connect(m_height, &QDoubleSpinBox::valueChanged, this, &ExportDialog::handleSettingsChanged);
    connect(m_autoHeight, &QCheckBox::toggled, this, &ExportDialog::handleSettingsChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::handleSettingsChanged);
    connect(m_dpi, &QSpinBox::valueChanged, this, &ExportDialog::handleSettingsChanged);
    connect(m_font, &QFontComboBox::currentFontChanged, this, &ExportDialog::handleSettingsChanged);
    connect(m_fontSize, &QDoubleSpinBox::valueChanged, this, &ExportDialog::handleSettingsChanged);
    connect(m_greyscale, &QCheckBox::toggled, this, &ExportDialog::handleSettingsChanged);
    connect(m_transparent, &QCheckBox::toggled, this, &ExportDialog::handleSettingsChanged);
    updatePreview();
}

ExportDialog::~ExportDialog() = default;

ExportSettings ExportDialog::settings() const
{
    ExportSettings s;
    s.preset = static_cast<ExportPreset>(m_preset->currentData().toInt());
    s.widthMm = m_width->value();
    if (!m_autoHeight->isChecked())
        s.heightMm = m_height->value();
    s.format = static_cast<ExportFormat>(m_format->currentData().toInt());
    s.dpi = m_dpi->value();
    s.fontFamily = m_font->currentFont().family();
    s.fontPointSize = m_fontSize->value();
    s.greyscale = m_greyscale->isChecked() && isRaster(s.format);
    s.transparent = m_transparent->isChecked() && s.format != ExportFormat::Pdf;
    return s;
}

void ExportDialog::setSettings(const ExportSettings &s)
{
    m_updating = true;
    m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(s.preset)));
    m_width->setValue(s.widthMm);
    m_autoHeight->setChecked(!s.heightMm);
    if (s.heightMm)
        m_height->setValue(*s.heightMm);
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(s.format)));
    m_dpi->setValue(s.dpi);
    if (!s.fontFamily.isEmpty())
        m_font->setCurrentFont(QFont(s.fontFamily));
    if (s.fontPointSize > 0)
        m_fontSize->setValue(s.fontPointSize);
    else if (m_plot)
        m_fontSize->setValue(m_plot->font().pointSizeF() > 0 ? m_plot->font().pointSizeF() : 9.0);
    m_greyscale->setChecked(s.greyscale);
    m_transparent->setChecked(s.transparent);
    m_updating = false;
    handleSettingsChanged();
}

void ExportDialog::handlePresetChanged()
{
    if (m_updating)
        return;
    const auto preset = static_cast<ExportPreset>(m_preset->currentData().toInt());
    if (preset != ExportPreset::Custom) {
        m_updating = true;
        m_width->setValue(presetWidthMm(preset));
        m_fontSize->setValue(presetFontPointSize(preset));
        const std::optional<double> height = presetHeightMm(preset);
        m_autoHeight->setChecked(!height);
        if (height)
            m_height->setValue(*height);
        m_updating = false;
    }
    handleSettingsChanged();
}

void ExportDialog::handleSettingsChanged()
{
    if (m_updating)
        return;
    const ExportSettings s = settings();
    m_dpi->setEnabled(isRaster(s.format));
    m_greyscale->setEnabled(isRaster(s.format));
    m_transparent->setEnabled(s.format != ExportFormat::Pdf);
    m_height->setEnabled(!m_autoHeight->isChecked());
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
    if (m_autoHeight->isChecked()) {
        // Show the height the plot chose.
        m_updating = true;
        m_height->setValue(mm.height());
        m_updating = false;
    }
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
