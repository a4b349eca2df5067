#pragma once

#include "map_frame.h"
#include "map_style.h"

#include <QFont>
#include <QPainter>

namespace flank::render {

// The title band across the top (title, subtitle) and the sources footer across the bottom.
// Other decorations keep clear of both, so bandHeights() is what they ask.
class TitleBlockPainter
{
public:
    TitleBlockPainter(const MapFrame& frame, const MapStyle& style);

    double topBand() const;    // device pixels, 0 when the title is off
    double bottomBand() const; // device pixels, 0 when the footer is off
    void paint(QPainter& painter) const;

    QString title() const; // the frame's title, or one naming the treaty and date
    QString footerText() const;
    QString datasetCitation() const; // empty unless the frame asks for it

private:
    QFont font(double scale, bool bold) const;
    double padding() const { return m_frame.points(7); }

    const MapFrame& m_frame;
    const MapStyle& m_style;
};

} // namespace flank::render
