#include "ui/export/exportsizefields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace ee::ui {

ExportSizeFields::ExportSizeFields(const QString &autoHeightText, const QString &autoHeightToolTip, QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
{
    m_preset = new QComboBox(parent);
    m_preset->setObjectName(QStringLiteral("preset"));
    for (ExportPreset p : { ExportPreset::SingleColumn, ExportPreset::OneAndHalfColumn, ExportPreset::DoubleColumn,
             ExportPreset::Slide, ExportPreset::Custom })
        m_preset->addItem(presetName(p), static_cast<int>(p));

    m_width = new QDoubleSpinBox(parent);
    m_width->setObjectName(QStringLiteral("widthMm"));
    m_width->setRange(10, 2000);
    m_width->setDecimals(1);
    m_width->setSuffix(tr(" mm"));
    m_height = new QDoubleSpinBox(parent);
    m_height->setObjectName(QStringLiteral("heightMm"));
    m_height->setRange(10, 2000);
    m_height->setDecimals(1);
    m_height->setSuffix(tr(" mm"));
    m_autoHeight = new QCheckBox(autoHeightText, parent);
    m_autoHeight->setObjectName(QStringLiteral("autoHeight"));
    m_autoHeight->setToolTip(autoHeightToolTip);

    m_dpi = new QSpinBox(parent);
    m_dpi->setObjectName(QStringLiteral("dpi"));
    m_dpi->setRange(72, 2400);
    m_dpi->setSuffix(tr(" dpi"));
    m_font = new QFontComboBox(parent);
    m_font->setObjectName(QStringLiteral("fontFamily"));
    m_fontSize = new QDoubleSpinBox(parent);
    m_fontSize->setObjectName(QStringLiteral("fontSize"));
    m_fontSize->setRange(5, 24);
    m_fontSize->setDecimals(1);
    m_fontSize->setSuffix(tr(" pt"));

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportSizeFields::handlePresetChanged);
    connect(m_width, &QDoubleSpinBox::valueChanged, this, [this] {
        if (m_updating)
            return;
        // Typing a size leaves the preset.
        m_updating = true;
        m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(ExportPreset::Custom)));
        m_updating = false;
        handleFieldEdited();
    });
    connect(m_height, &QDoubleSpinBox::valueChanged, this, &ExportSizeFields::handleFieldEdited);
    connect(m_autoHeight, &QCheckBox::toggled, this, [this](bool automatic) {
        m_height->setEnabled(!automatic);
        handleFieldEdited();
    });
    connect(m_dpi, &QSpinBox::valueChanged, this, &ExportSizeFields::handleFieldEdited);
    connect(m_font, &QFontComboBox::currentFontChanged, this, &ExportSizeFields::handleFieldEdited);
    connect(m_fontSize, &QDoubleSpinBox::valueChanged, this, &ExportSizeFields::handleFieldEdited);
}

ExportSizeFields::~ExportSizeFields() = default;

void ExportSizeFields::addSizeRows(QFormLayout *form)
{
    auto *heightRow = new QHBoxLayout;
    heightRow->addWidget(m_height, 1);
    heightRow->addWidget(m_autoHeight);
    form->addRow(tr("&Size:"), m_preset);
    form->addRow(tr("&Width:"), m_width);
    auto *heightLabel = new QLabel(tr("&Height:"), m_parent);
    heightLabel->setBuddy(m_height);
    form->addRow(heightLabel, heightRow);
}

void ExportSizeFields::addResolutionAndFontRows(QFormLayout *form)
{
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(m_fontSize);
    form->addRow(tr("&Resolution:"), m_dpi);
    auto *fontLabel = new QLabel(tr("F&ont:"), m_parent);
    fontLabel->setBuddy(m_font);
    form->addRow(fontLabel, fontRow);
}

void ExportSizeFields::setSettings(const ExportSettings &s)
{
    m_updating = true;
    m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(s.preset)));
    m_width->setValue(s.widthMm);
    m_autoHeight->setChecked(!s.heightMm);
    m_height->setEnabled(s.heightMm.has_value());
    if (s.heightMm)
        m_height->setValue(*s.heightMm);
    m_dpi->setValue(s.dpi);
    if (!s.fontFamily.isEmpty())
        m_font->setCurrentFont(QFont(s.fontFamily));
    if (s.fontPointSize > 0)
        m_fontSize->setValue(s.fontPointSize);
    else if (m_defaultFontPointSize > 0)
        m_fontSize->setValue(m_defaultFontPointSize);
    m_updating = false;
}

void ExportSizeFields::applyTo(ExportSettings &s) const
{
    s.preset = static_cast<ExportPreset>(m_preset->currentData().toInt());
    s.widthMm = m_width->value();
    if (m_autoHeight->isChecked())
        s.heightMm.reset();
    else
        s.heightMm = m_height->value();
    s.dpi = m_dpi->value();
    s.fontFamily = m_font->currentFont().family();
    s.fontPointSize = m_fontSize->value();
}

bool ExportSizeFields::automaticHeight() const
{
    return m_autoHeight->isChecked();
}

void ExportSizeFields::showAutomaticHeight(double heightMm)
{
    if (!m_autoHeight->isChecked())
        return;
    m_updating = true;
    m_height->setValue(heightMm);
    m_updating = false;
}

void ExportSizeFields::setResolutionEnabled(bool enabled)
{
    m_dpi->setEnabled(enabled);
}

QWidget *ExportSizeFields::lastSizeField() const
{
    return m_autoHeight;
}

void ExportSizeFields::handlePresetChanged()
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
        m_height->setEnabled(height.has_value());
        if (height)
            m_height->setValue(*height);
        m_updating = false;
    }
    Q_EMIT settingsEdited();
}

void ExportSizeFields::handleFieldEdited()
{
    if (m_updating)
        return;
    Q_EMIT settingsEdited();
}

} // namespace ee::ui
