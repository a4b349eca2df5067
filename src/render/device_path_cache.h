#pragma once

#include "geo/projected_layer.h"

#include <QHash>
#include <QPainterPath>
#include <QRectF>

#include <memory>
#include <vector>

namespace flank::render {

// Country outlines reduced to what one zoom level can show (points closer than a fraction of a
// pixel merged) and cut to a window around the view, in zoom-scaled map coordinates (x * s, -y *
// s). Panning only translates them: a pan frame reuses every path until the view leaves the window,
// and a new zoom rebuilds only the features in view.
class DevicePathCache
{
public:
    // A cached outline with the copies the other threads of a banded picture draw: a
    // QPainterPath fills hidden caches as it is drawn, so no two threads may draw the same
    // one. Band n > 0 draws copies[n - 1], made by that band's thread the first time it needs
    // it and kept with the path, so a pan copies nothing.
    struct CachedPath
    {
        QPainterPath path;
        std::shared_ptr<std::vector<QPainterPath>> copies;
    };

    struct Detail
    {
        // Pixels of the frame (device pixels divided by the picture's pixel ratio).
        double mergeDistance = 0.7; // finer detail is not visible
        // How far a dropped point may lie off the outline kept (0: keep every point): half a
        // pixel, which the antialiased edge hides.
        double straightenTolerance = 0.5;
        // The cut window reaches this many view sizes beyond the view on each side, so a drag
        // of up to that far reuses the paths; a picture drawn once needs none.
        double windowMargin = 0.5;
        friend bool operator==(const Detail&, const Detail&) = default;
    };

    // Readies paths for `layer` at `pixelsPerMapUnit` covering `visibleMapExtent`; forgets
    // earlier paths when the layer, zoom or detail changes or the view has left the window.
    void prepare(const geo::ProjectedLayer* layer, double pixelsPerMapUnit,
                 const QRectF& visibleMapExtent, const Detail& detail);

    // Builds the paths of `features` not yet cached, sharing the work among up to `maxThreads`
    // threads; pathFor() builds one on the calling thread when it is missing.
    void build(const QList<const geo::ProjectedFeature*>& features, int maxThreads);
    const QPainterPath& pathFor(const geo::ProjectedFeature& feature);
    const CachedPath& cachedPathFor(const geo::ProjectedFeature& feature);
    // The feature's largest ring after reduction and cutting, where its name goes.
    const QPolygonF& largestRingFor(const geo::ProjectedFeature& feature);
    qsizetype cachedCount() const { return m_paths.size(); }
    // Rings whose candidate points are kept for zooms close to this one.
    qsizetype candidateRingCount() const { return m_candidates.size(); }
    // Changes whenever the paths are forgotten (a new zoom, layer or window).
    quint64 generation() const { return m_generation; }

private:
    struct Entry
    {
        CachedPath cached;
        QPolygonF largestRing;
    };
    // A ring's points that some zoom of the current bucket keeps, with their importance.
    struct Candidates
    {
        QPolygonF points; // map coordinates; empty until first needed
        QList<float> ranks;
    };
    const Entry& entryFor(const geo::ProjectedFeature& feature);
    bool reachesWindow(const geo::ProjectedFeature& feature, qsizetype ring) const;
    // Safe on any thread; from the ring's importance (geo::douglasPeuckerImportance) when given.
    // With `candidates`, from them (filled first when empty): the same points, fewer to read.
    QPolygonF reduced(const QPolygonF& ring, const QList<float>* importance,
                      Candidates* candidates) const;
    // The points from `source` above `threshold`, zoom-scaled, closer ones merged.
    QPolygonF outranking(const QPointF* source, const float* rank, qsizetype count,
                         float threshold) const;
    Entry assembled(QList<QPolygonF> rings) const; // safe on any thread
    QRectF scaled(const QRectF& mapRect) const;

    const geo::ProjectedLayer* m_layer = nullptr;
    double m_scale = 0.0;
    Detail m_detail;
    QRectF m_window;      // scaled coordinates; geometry outside it is cut away
    int m_bandCopies = 0; // copy slots per path: the most threads asked for, less one
    quint64 m_generation = 0;
    QHash<const geo::ProjectedFeature*, Entry> m_paths;
    double m_zoomBucket = 0.0;                        // of the latest zoom
    double m_candidateBucket = 0.0;                   // 0: no candidates kept
    QHash<const QPolygonF*, Candidates> m_candidates; // by source ring
};

} // namespace flank::render
