#pragma once

#include <QRectF>
#include <QSizeF>
#include <QTransform>

namespace flank::render {

// Fits a map extent into a device rectangle, keeping the aspect ratio and centring it.
// Map y (northing) grows up, device y grows down.
class ViewTransform
{
public:
    ViewTransform(const QRectF& extent, const QSizeF& deviceSize);

    const QTransform& mapToDevice() const { return m_mapToDevice; }
    QTransform deviceToMap() const { return m_mapToDevice.inverted(); }
    QRectF visibleExtent() const { return m_visible; } // the whole device area in map units
    double pixelsPerMapUnit() const { return m_scale; }

private:
    QTransform m_mapToDevice;
    QRectF m_visible;
    double m_scale = 1.0;
};

} // namespace flank::render
