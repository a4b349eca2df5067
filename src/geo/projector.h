#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace flank::geo {

// Longitude/latitude (WGS 84) to a map CRS and back, with PROJ. Axis order is always
// x = easting/longitude, y = northing/latitude (proj_normalize_for_visualization).
class Projector
{
public:
    explicit Projector(const QString& crs); // "EPSG:3035", "ESRI:54030", a PROJ string, WKT
    ~Projector();
    Projector(Projector&&) noexcept;
    Projector& operator=(Projector&&) noexcept;

    bool isValid() const;
    QString errorString() const;
    const QString& crs() const { return m_crs; }
    QString wkt() const;            // the target CRS as WKT, for GeoTIFF
    bool isGeographic() const;      // degrees rather than metres
    double centralMeridian() const; // lon_0 of the projection, 0 when it has none
    QRectF areaOfUse() const;       // lon/lat box where the CRS is meant to be used

    std::optional<QPointF> forward(QPointF lonLat) const;
    std::optional<QPointF> inverse(QPointF xy) const;
    // Projects in place; points that fail become NaN. Returns how many failed.
    int forward(std::vector<double>& x, std::vector<double>& y) const;

private:
    struct Handles;
    std::unique_ptr<Handles> m_handles;
    QString m_crs;
    QString m_error;
};

// Geodesic distance on the WGS 84 ellipsoid, in metres.
double geodesicDistance(QPointF lonLatA, QPointF lonLatB);

} // namespace flank::geo
