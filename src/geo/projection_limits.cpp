#include "projection_limits.h"

namespace flank::geo {

namespace {

double antimeridianOf(const Projector& projector)
{
    if (projector.isGeographic())
        return 180.0;
    double cut = projector.centralMeridian() + 180.0;
    while (cut > 180.0)
        cut -= 360.0;
    while (cut <= -180.0)
        cut += 360.0;
    return cut;
}

double maxLatitudeOf(const Projector& projector)
{
    // Mercator-like projections run to infinity at the poles.
    const bool mercator = projector.crs().contains(QLatin1String("3857")) ||
                          projector.crs().contains(QLatin1String("merc"), Qt::CaseInsensitive);
    return mercator ? 85.06 : 90.0;
}

} // namespace

ProjectionLimits::ProjectionLimits(const Projector& projector)
    : cutLongitude(antimeridianOf(projector)), maxLatitude(maxLatitudeOf(projector))
{
}

bool ProjectionLimits::needsCut(const QRectF& lonLatBounds) const
{
    return cutLongitude > -180.0 && cutLongitude < 180.0 && lonLatBounds.left() < cutLongitude &&
           lonLatBounds.right() > cutLongitude;
}

bool ProjectionLimits::needsLatitudeClip(const QRectF& lonLatBounds) const
{
    return lonLatBounds.top() < -maxLatitude || lonLatBounds.bottom() > maxLatitude;
}

QList<QRectF> ProjectionLimits::boxesFor(const QRectF& lonLatBounds) const
{
    if (needsCut(lonLatBounds))
        return {QRectF(QPointF(-180.0, -maxLatitude), QPointF(cutLongitude, maxLatitude)),
                QRectF(QPointF(cutLongitude, -maxLatitude), QPointF(180.0, maxLatitude))};
    return {QRectF(QPointF(-540.0, -maxLatitude), QPointF(540.0, maxLatitude))};
}

} // namespace flank::geo
