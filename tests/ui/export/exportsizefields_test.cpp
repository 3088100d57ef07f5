// The size and font fields both export dialogs share: a preset fills in its
// width, font size and height, Custom keeps what the user typed, and every user
// change is reported by exactly one settingsEdited signal.

#include "ui/export/exportsizefields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QWidget>

#include <gtest/gtest.h>

namespace ee::ui {
namespace {

class ExportSizeFieldsTest : public ::testing::Test
{
protected:
    ExportSizeFieldsTest()
        : m_fields(new ExportSizeFields(QStringLiteral("Follow"), QStringLiteral("tip"), &m_host))
    {
        auto *form = new QFormLayout(&m_host);
        m_fields->addSizeRows(form);
        m_fields->addResolutionAndFontRows(form);
        ExportSettings initial;
        initial.applyPreset(ExportPreset::SingleColumn);
        m_fields->setSettings(initial);
    }

    template<typename T> T *field(const char *name)
    {
        T *widget = m_host.findChild<T *>(QString::fromLatin1(name));
        EXPECT_TRUE(widget) << name;
        return widget;
    }

    void choosePreset(ExportPreset preset)
    {
        auto *combo = field<QComboBox>("preset");
        combo->setCurrentIndex(combo->findData(static_cast<int>(preset)));
    }

    ExportSettings current() const
    {
        ExportSettings s;
        m_fields->applyTo(s);
        return s;
    }

    QWidget m_host;
    ExportSizeFields *m_fields;
};

TEST_F(ExportSizeFieldsTest, LaysOutFiveLabelledRows)
{
    auto *form = qobject_cast<QFormLayout *>(m_host.layout());
    ASSERT_TRUE(form);
    // Size, Width, Height (height + "follow" checkbox), Resolution, Font (family + size).
    EXPECT_EQ(form->rowCount(), 5);
    auto *heightLabel = qobject_cast<QLabel *>(form->itemAt(2, QFormLayout::LabelRole)->widget());
    ASSERT_TRUE(heightLabel);
    EXPECT_EQ(heightLabel->buddy(), field<QDoubleSpinBox>("heightMm"));
    auto *fontLabel = qobject_cast<QLabel *>(form->itemAt(4, QFormLayout::LabelRole)->widget());
    ASSERT_TRUE(fontLabel);
    EXPECT_EQ(fontLabel->buddy(), field<QFontComboBox>("fontFamily"));
    EXPECT_EQ(field<QCheckBox>("autoHeight")->text(), QStringLiteral("Follow"));
}

TEST_F(ExportSizeFieldsTest, PresetSetsWidthFontAndHeight)
{
    struct Expected {
        ExportPreset preset;
        double widthMm;
        double fontPointSize;
        std::optional<double> heightMm;
    };
    // Journal columns 85, 120 and 180 mm at 7, 8 and 8 pt, height following the plot;
    // the slide 254 mm × 5.625 in (5.625 × 25.4 = 142.875 mm, shown to 0.1 mm) at 12 pt.
    const Expected expected[] = {
        { ExportPreset::DoubleColumn, 180.0, 8.0, std::nullopt },
        { ExportPreset::Slide, 254.0, 12.0, 142.875 },
        { ExportPreset::OneAndHalfColumn, 120.0, 8.0, std::nullopt },
        { ExportPreset::SingleColumn, 85.0, 7.0, std::nullopt },
    };
    for (const Expected &e : expected) {
        choosePreset(e.preset);
        const ExportSettings s = current();
        EXPECT_EQ(s.preset, e.preset);
        EXPECT_EQ(s.widthMm, e.widthMm);
        EXPECT_EQ(s.widthMm, presetWidthMm(e.preset));
        EXPECT_EQ(s.fontPointSize, e.fontPointSize);
        EXPECT_EQ(s.fontPointSize, presetFontPointSize(e.preset));
        ASSERT_EQ(s.heightMm.has_value(), e.heightMm.has_value()) << presetCode(e.preset).toStdString();
        ASSERT_EQ(s.heightMm.has_value(), presetHeightMm(e.preset).has_value());
        EXPECT_EQ(field<QCheckBox>("autoHeight")->isChecked(), !e.heightMm.has_value());
        EXPECT_EQ(field<QDoubleSpinBox>("heightMm")->isEnabled(), e.heightMm.has_value());
        if (e.heightMm) {
            EXPECT_NEAR(*s.heightMm, *e.heightMm, 0.05);
            EXPECT_NEAR(*s.heightMm, *presetHeightMm(e.preset), 0.05);
        }
    }
}

TEST_F(ExportSizeFieldsTest, CustomKeepsTheUsersValues)
{
    choosePreset(ExportPreset::Slide);
    choosePreset(ExportPreset::Custom);
    ExportSettings s = current();
    EXPECT_EQ(s.preset, ExportPreset::Custom);
    EXPECT_EQ(s.widthMm, 254.0);
    EXPECT_EQ(s.fontPointSize, 12.0);
    ASSERT_TRUE(s.heightMm.has_value());
    EXPECT_NEAR(*s.heightMm, 142.9, 1e-9);

    field<QDoubleSpinBox>("widthMm")->setValue(100.0);
    field<QDoubleSpinBox>("heightMm")->setValue(70.5);
    field<QDoubleSpinBox>("fontSize")->setValue(10.5);
    field<QSpinBox>("dpi")->setValue(600);
    choosePreset(ExportPreset::Custom);
    s = current();
    EXPECT_EQ(s.preset, ExportPreset::Custom);
    EXPECT_EQ(s.widthMm, 100.0);
    EXPECT_EQ(s.heightMm, std::optional<double>(70.5));
    EXPECT_EQ(s.fontPointSize, 10.5);
    EXPECT_EQ(s.dpi, 600);
}

TEST_F(ExportSizeFieldsTest, TypingAWidthLeavesThePreset)
{
    choosePreset(ExportPreset::DoubleColumn);
    field<QDoubleSpinBox>("widthMm")->setValue(150.0);
    const ExportSettings s = current();
    EXPECT_EQ(s.preset, ExportPreset::Custom);
    EXPECT_EQ(s.widthMm, 150.0);
    EXPECT_EQ(s.fontPointSize, 8.0); // the double column's font size stays
}

TEST_F(ExportSizeFieldsTest, SettingsEditedOncePerUserChange)
{
    QSignalSpy spy(m_fields, &ExportSizeFields::settingsEdited);

    choosePreset(ExportPreset::Slide); // width, font size, height and checkbox change together
    EXPECT_EQ(spy.count(), 1);
    field<QDoubleSpinBox>("widthMm")->setValue(200.0); // also switches the preset to Custom
    EXPECT_EQ(spy.count(), 2);
    field<QDoubleSpinBox>("heightMm")->setValue(90.0);
    EXPECT_EQ(spy.count(), 3);
    field<QCheckBox>("autoHeight")->setChecked(true);
    EXPECT_EQ(spy.count(), 4);
    EXPECT_FALSE(field<QDoubleSpinBox>("heightMm")->isEnabled());
    field<QSpinBox>("dpi")->setValue(150);
    EXPECT_EQ(spy.count(), 5);
    field<QDoubleSpinBox>("fontSize")->setValue(9.5);
    EXPECT_EQ(spy.count(), 6);
    auto *font = field<QFontComboBox>("fontFamily");
    ASSERT_GT(font->count(), 1);
    font->setCurrentIndex(font->currentIndex() == 0 ? 1 : 0);
    EXPECT_EQ(spy.count(), 7);

    // Programmatic changes are not user edits.
    ExportSettings s;
    s.applyPreset(ExportPreset::OneAndHalfColumn);
    m_fields->setSettings(s);
    m_fields->showAutomaticHeight(66.6);
    EXPECT_EQ(spy.count(), 7);
    EXPECT_EQ(field<QDoubleSpinBox>("heightMm")->value(), 66.6);
    EXPECT_EQ(current().widthMm, 120.0);
    EXPECT_FALSE(current().heightMm.has_value());
}

TEST_F(ExportSizeFieldsTest, FontSizeLeftToThePlotShowsTheDefault)
{
    ExportSettings s; // fontPointSize 0: the plot's
    s.fontPointSize = 0.0;
    m_fields->setDefaultFontPointSize(9.0);
    m_fields->setSettings(s);
    EXPECT_EQ(current().fontPointSize, 9.0);
    field<QDoubleSpinBox>("fontSize")->setValue(11.0);
    m_fields->setDefaultFontPointSize(0.0); // 0: keep what is shown
    m_fields->setSettings(s);
    EXPECT_EQ(current().fontPointSize, 11.0);
}

} // namespace
} // namespace ee::ui
