#pragma once

#include "map_frame.h"
#include "map_style.h"
#include "view_transform.h"

#include "geo/projection_cache.h"

#include <QPainter>

namespace flank::render {

// Draws the layout decorations a frame asks for on top of the map: title band, legend,
// "Status as of" stamp, sources footer, scale bar, north arrow and inset. The window, its
// export preview and every file get them from here, so they cannot differ.
class DecorationPainter
{
public:
    DecorationPainter(const MapFrame& frame, const MapStyle& style,
                      geo::ProjectionCache& projections, const ViewTransform& view);
    void paint(QPainter& painter);
    // Device rectangles the title band, footer, date stamp and legend take, without painting:
    // map labels keep clear of them.
    QList<QRectF> reservedAreas() const;

private:
    void paintLegend(QPainter& painter);
    QString dateStampText() const;
    QFont dateStampFont() const;
    QRectF dateStampBox(double top) const;
    QRectF paintDateStamp(QPainter& painter, double top);
    void paintPanel(QPainter& painter, const QRectF& box);

    const MapFrame& m_frame;
    const MapStyle& m_style;
    geo::ProjectionCache& m_projections;
    const ViewTransform& m_view;
};

// "18 March 2025", the same in every picture whatever the machine's locale.
QString formatLongDate(const QDate& date);

} // namespace flank::render
