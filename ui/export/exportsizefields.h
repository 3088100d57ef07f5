#pragma once

#include "ui/export/exportsettings.h"

#include <QObject>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFontComboBox;
class QFormLayout;
class QSpinBox;
class QWidget;

namespace ee::ui {

/// The size and font fields the export dialogs share: size preset (journal
/// columns, 16:9 slide, custom), width in mm, height in mm or "follow the plot",
/// resolution in dpi, font family and font size. Choosing a preset fills in its
/// width, font size and height (fixed for the slide, automatic for journal
/// columns); typing a width switches the preset to Custom.
///
/// The widgets are children of the parent widget given to the constructor (so
/// `findChild` on the dialog finds them under their object names: preset,
/// widthMm, heightMm, autoHeight, dpi, fontFamily, fontSize); the dialog places
/// them with addSizeRows() and addResolutionAndFontRows(), so it can put its own
/// rows in between.
class ExportSizeFields : public QObject
{
    Q_OBJECT

public:
    /// `autoHeightText` and `autoHeightToolTip` label the "height follows the
    /// plot" checkbox, which reads differently for one plot and for several.
    ExportSizeFields(const QString &autoHeightText, const QString &autoHeightToolTip, QWidget *parent);
    ~ExportSizeFields() override;

    /// Adds the "Size", "Width" and "Height" rows to `form`.
    void addSizeRows(QFormLayout *form);
    /// Adds the "Resolution" and "Font" rows to `form`.
    void addResolutionAndFontRows(QFormLayout *form);

    /// Shows the preset, size, resolution and font of `settings` (without emitting
    /// settingsEdited). A font size of 0 shows defaultFontPointSize().
    void setSettings(const ExportSettings &settings);
    /// Writes the preset, width, height (unset when it follows the plot), dpi, font
    /// family and font size into `settings`; the other members are left alone.
    void applyTo(ExportSettings &settings) const;

    /// Font size shown for settings that leave it to the plot (0: keep the shown value).
    double defaultFontPointSize() const { return m_defaultFontPointSize; }
    void setDefaultFontPointSize(double points) { m_defaultFontPointSize = points; }

    /// True when the height follows the plot.
    bool automaticHeight() const;
    /// Shows the height the plot chose while the height follows it (without emitting settingsEdited).
    void showAutomaticHeight(double heightMm);
    /// The resolution only matters for raster formats.
    void setResolutionEnabled(bool enabled);
    /// The last field of the size rows in the tab order (a dialog's next row follows it).
    QWidget *lastSizeField() const;

Q_SIGNALS:
    /// The user changed a field (one signal per change, after the preset has filled in its values).
    void settingsEdited();

private:
    void handlePresetChanged();
    void handleFieldEdited();

    QWidget *m_parent = nullptr;
    QComboBox *m_preset = nullptr;
    QDoubleSpinBox *m_width = nullptr;
    QDoubleSpinBox *m_height = nullptr;
    QCheckBox *m_autoHeight = nullptr;
    QSpinBox *m_dpi = nullptr;
    QFontComboBox *m_font = nullptr;
    QDoubleSpinBox *m_fontSize = nullptr;
    double m_defaultFontPointSize = 0.0;
    bool m_updating = false;
};

} // namespace ee::ui
