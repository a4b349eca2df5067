#include "border_lengths.h"

#include "gdal_handles.h"
#include "projector.h"

#include <ogr_geometry.h>

#include <memory>

namespace flank::geo {

namespace {

// Outlines closer than this (degrees, about 50 m) count as one border: the two countries'
// outlines are digitised separately and need not share every vertex.
constexpr double kTolerance = 0.0005;

struct Outline
{
    QList<QPolygonF> rings;
    QRectF bounds;
    qsizetype vertices = 0;
};

Outline outlineOf(const QList<GeoFeature>& features, const QString& iso3)
{
    Outline outline;
    for (const GeoFeature& feature : features) {
        if (feature.key != iso3)
            continue;
        outline.rings += feature.rings.decoded();
        outline.bounds =
            outline.bounds.isNull() ? feature.bounds : outline.bounds.united(feature.bounds);
        outline.vertices += feature.vertexCount();
    }
    return outline;
}

// The outline as lines, keeping only the segments that touch `window`: the long coast of a
// large country far from its neighbour never reaches GEOS.
std::unique_ptr<OGRMultiLineString> linesOf(const Outline& outline, const QRectF& window)
{
    auto lines = std::make_unique<OGRMultiLineString>();
    for (const QPolygonF& ring : outline.rings) {
        OGRLineString current;
        const auto flush = [&] {
            if (current.getNumPoints() >= 2)
                lines->addGeometry(&current);
            current.empty();
        };
        // Rings may or may not repeat their first point; either way every edge is walked.
        const qsizetype edges = ring.isClosed() ? ring.size() - 1 : ring.size();
        for (qsizetype i = 0; i < edges; ++i) {
            const QPointF a = ring[i], b = ring[(i + 1) % ring.size()];
            if (!QRectF(a, b)
                     .normalized()
                     .adjusted(-kTolerance, -kTolerance, kTolerance, kTolerance)
                     .intersects(window)) {
                flush();
                continue;
            }
            if (current.getNumPoints() == 0)
                current.addPoint(a.x(), a.y());
            current.addPoint(b.x(), b.y());
        }
        flush();
    }
    return lines;
}

double geodesicKm(const OGRGeometry* geometry)
{
    if (!geometry)
        return 0;
    switch (wkbFlatten(geometry->getGeometryType())) {
    case wkbLineString: {
        const auto* line = geometry->toLineString();
        double metres = 0;
        for (int i = 1; i < line->getNumPoints(); ++i)
            metres += geodesicDistance(QPointF(line->getX(i - 1), line->getY(i - 1)),
                                       QPointF(line->getX(i), line->getY(i)));
        return metres / 1000.0;
    }
    case wkbMultiLineString:
    case wkbGeometryCollection: {
        const auto* collection = geometry->toGeometryCollection();
        double km = 0;
        for (int i = 0; i < collection->getNumGeometries(); ++i)
            km += geodesicKm(collection->getGeometryRef(i));
        return km;
    }
    default:
        return 0; // points where the outlines only cross
    }
}

} // namespace

std::optional<double> sharedBorderKm(const QList<GeoFeature>& features, const QString& iso3A,
                                     const QString& iso3B)
{
    Outline small = outlineOf(features, iso3A);
    Outline large = outlineOf(features, iso3B);
    if (small.rings.isEmpty() || large.rings.isEmpty())
        return std::nullopt;
    if (small.vertices > large.vertices)
        std::swap(small, large);
    const QRectF window =
        small.bounds.adjusted(-kTolerance, -kTolerance, kTolerance, kTolerance)
            .intersected(large.bounds.adjusted(-kTolerance, -kTolerance, kTolerance, kTolerance));
    if (window.isEmpty())
        return 0.0;
    ensureGdalRegistered();
    // The large country's outline inside a thin band around the small one's is their border.
    const auto smallLines = linesOf(small, window);
    const auto largeLines = linesOf(large, window);
    if (smallLines->IsEmpty() || largeLines->IsEmpty())
        return 0.0;
    const std::unique_ptr<OGRGeometry> band(smallLines->Buffer(kTolerance, 2));
    if (!band)
        return std::nullopt;
    const std::unique_ptr<OGRGeometry> shared(largeLines->Intersection(band.get()));
    return geodesicKm(shared.get());
}

BorderLengths::BorderLengths(std::shared_ptr<const CountryLayer> countries)
    : m_countries(std::move(countries))
{
}

std::optional<double> BorderLengths::sharedKm(const QString& iso3A, const QString& iso3B)
{
    const QString key =
        iso3A < iso3B ? iso3A + QLatin1Char('|') + iso3B : iso3B + QLatin1Char('|') + iso3A;
    {
        const std::lock_guard lock(m_mutex);
        if (const auto found = m_known.constFind(key); found != m_known.constEnd())
            return *found;
    }
    const std::optional<double> km =
        sharedBorderKm(m_countries->features(Scale::Fine10m), iso3A, iso3B);
    const std::lock_guard lock(m_mutex);
    m_known.insert(key, km);
    return km;
}

} // namespace flank::geo
