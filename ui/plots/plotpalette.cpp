#include "ui/plots/plotpalette.h"

#include <array>

namespace ee::ui::plotpalette {

namespace {

// Okabe & Ito (2008), ordered so that the first colours contrast most on white;
// yellow (#F0E442) is left out: it is unreadable on paper.
constexpr std::array<QRgb, 7> okabeIto = {
    0xFF0072B2, // blue
    0xFFE69F00, // orange
    0xFF009E73, // bluish green
    0xFFCC79A7, // reddish purple
    0xFF56B4E9, // sky blue
    0xFFD55E00, // vermillion
    0xFF000000, // black
};

} // namespace

QColor subgroupColor(int index)
{
    if (index < 0)
        return marker();
    return QColor::fromRgb(okabeIto[static_cast<std::size_t>(index) % okabeIto.size()]);
}

int subgroupColorCount()
{
    return static_cast<int>(okabeIto.size());
}

QColor ink()
{
    return QColor(0x1A, 0x1A, 0x1A);
}

QColor mutedInk()
{
    return QColor(0x4D, 0x4D, 0x4D);
}

QColor excluded()
{
    return QColor(0x9A, 0x9A, 0x9A);
}

QColor marker()
{
    return QColor::fromRgb(okabeIto[0]);
}

QColor gridLine()
{
    return QColor(0xD9, 0xD9, 0xD9);
}

QColor selectionBand()
{
    return QColor(0xD6, 0xE8, 0xF7);
}

QColor selectionRing()
{
    return QColor(0xD5, 0x5E, 0x00);
}

QColor hoverBand()
{
    return QColor(0xF0, 0xF0, 0xF0);
}

QColor paper()
{
    return QColor(Qt::white);
}

QColor contourShade(int level)
{
    switch (level) {
    case 0:
        return QColor(0xE3, 0xE3, 0xE3);
    case 1:
        return QColor(0xC4, 0xC4, 0xC4);
    default:
        return QColor(0xA0, 0xA0, 0xA0);
    }
}

} // namespace ee::ui::plotpalette
