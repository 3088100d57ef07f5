#pragma once

#include <QWidget>

namespace ee::ui {

class ForestLayout;

/// The scrolled surface of a ForestPlot: paints a ForestLayout at its own width,
/// its height following the rows (height-for-width). Input is handled by the
/// owning plot through an event filter.
class ForestCanvas : public QWidget
{
    Q_OBJECT

public:
    ForestCanvas(const ForestLayout &layout, QWidget *parent = nullptr);

    /// Called after the layout's data or font changed: new height, repaint.
    void layoutChanged();

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// Whether hover and keyboard focus are drawn (they are not in exports).
    void setInteractive(bool interactive) { m_interactive = interactive; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const ForestLayout &m_layout;
    bool m_interactive = true;
};

} // namespace ee::ui
