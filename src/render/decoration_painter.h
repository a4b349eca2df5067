#pragma once

#include "map_frame.h"
#include "map_style.h"

#include <QPainter>

namespace flank::render {

// Draws the layout decorations a frame asks for (legend, date stamp, ...) on top of the map.
class DecorationPainter
{
public:
    DecorationPainter(const MapFrame& frame, const MapStyle& style);
    void paint(QPainter& painter);

private:
    void paintLegend(QPainter& painter);
    void paintDateStamp(QPainter& painter);
    void paintPanel(QPainter& painter, const QRectF& box);

    const MapFrame& m_frame;
    const MapStyle& m_style;
};

// "18 March 2025", the same in every picture whatever the machine's locale.
QString formatLongDate(const QDate& date);

} // namespace flank::render
