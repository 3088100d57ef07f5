#pragma once

#include "ui/export/exportsettings.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;

namespace ee::ui {

class ExportSizeFields;
class StudyPlot;

/// "Export plot…": preset, exact size in mm, format, resolution, font, colour
/// or greyscale, transparent background, and a preview rendered by the same
/// code that writes the file (PlotExporter::renderImage at the export size).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(StudyPlot *plot, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// Shows the dialog for `plot`, asks for a file name and writes it. Shows a
    /// message box on failure. True when a file was written.
    static bool exportPlot(StudyPlot *plot, QWidget *parent = nullptr);

    /// Adds "Export…" and "Copy as SVG" to a plot's context menu.
    static void addExportActions(QMenu *menu, StudyPlot *plot);
    /// Puts the plot on the clipboard as SVG (image/svg+xml) and as a 300 dpi image.
    static void copyToClipboard(StudyPlot *plot, const ExportSettings &settings = ExportSettings());

    ExportSettings settings() const;
    void setSettings(const ExportSettings &settings);
    /// The image the preview shows (the export at the preview's resolution), for tests.
    QImage previewImage() const { return m_preview; }
    /// "85.0 × 112.3 mm · 1004 × 1326 px at 300 dpi"
    QString sizeText() const;

    /// Writes the plot with the current settings to `fileName`; empty string on success, else the message.
    QString writeTo(const QString &fileName);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showPreview();
    void handleSettingsChanged();
    void updatePreview();

    QPointer<StudyPlot> m_plot;
    ExportSizeFields *m_fields = nullptr;
    QComboBox *m_format = nullptr;
    QCheckBox *m_greyscale = nullptr;
    QCheckBox *m_transparent = nullptr;
    QLabel *m_previewLabel = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QImage m_preview;
    bool m_updating = false;
};

} // namespace ee::ui
