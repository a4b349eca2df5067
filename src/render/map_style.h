#pragma once

#include "core/map_state.h"
#include "posture/status.h"

#include <QColor>
#include <QFont>
#include <QString>

namespace flank::render {

// How a status is told apart without color too, so it survives grayscale print.
enum class FillPattern
{
    Solid,
    SparseHatch,
    Hatch,
    DenseHatch,
    CrossHatch,
    Stripes // horizontal: kept for occupied territory, which no status uses
};

struct StatusStyle
{
    QColor fill;
    FillPattern pattern = FillPattern::Solid;
    QColor patternColor;
};

// Colors, line widths (in points) and type sizes (in points) of one theme. The status palette
// follows Okabe and Ito's colorblind-safe set, each status also carrying a pattern.
struct MapStyle
{
    core::Theme theme = core::Theme::Light;
    QColor sea;
    QColor land; // states without data and outside the focus
    QColor border;
    QColor focusBorder;
    QColor selection;
    QColor hover;
    QColor occupiedHatch;
    QColor frontier; // land borders with Russia and Belarus
    QColor text;
    QColor textHalo;
    QColor panel; // legend and stamp background, opaque: a sprite of it is copied, not blended
    QColor panelBorder;
    double borderWidthPt = 0.5; // under one pixel at 96 dpi: Qt's fast hairline path
    double focusBorderWidthPt = 0.75;
    double selectionWidthPt = 2.4;
    double frontierWidthPt = 1.6;
    double baseFontPt = 9.0; // legend, stamp, labels scale from this
    QString fontFamily;

    StatusStyle statusStyle(posture::Status status) const;
    QColor overlayColor(posture::Status status) const; // second treaty: inner band color
    StatusStyle occupiedStyle() const { return {{}, FillPattern::Stripes, occupiedHatch}; }

    static MapStyle forTheme(core::Theme theme);
};

// Loads the bundled fonts once, so pictures do not depend on the machine's fonts.
QString bundledFontFamily();

} // namespace flank::render
