#include "device_path_cache.h"

#include "geo/ring_clip.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <utility>
#include <vector>

namespace flank::render {

namespace {

QPolygonF reducedRing(const QPolygonF& ring, double scale, double mergeDistance)
{
    const double kMergeSquared = mergeDistance * mergeDistance;
    QPolygonF reduced;
    reduced.reserve(ring.size() / 4 + 4);
    QPointF last(ring.constFirst().x() * scale, -ring.constFirst().y() * scale);
    reduced.append(last);
    for (qsizetype i = 1; i < ring.size(); ++i) {
        const QPointF point(ring[i].x() * scale, -ring[i].y() * scale);
        const QPointF delta = point - last;
        if (delta.x() * delta.x() + delta.y() * delta.y() >= kMergeSquared) {
            reduced.append(point);
            last = point;
        }
    }
    return reduced;
}

// Douglas-Peucker on a ring already thinned by distance: drops points that lie within
// `tolerance` pixels of the line between the points kept around them. Mostly smooth runs of
// short steps go, which cost the line drawer as much each as a long one.
QPolygonF straightenedRing(const QPolygonF& ring, double tolerance)
{
    const qsizetype count = ring.size();
    if (count < 5 || tolerance <= 0)
        return ring;
    std::vector<bool> keep(count, false);
    keep[0] = keep[count - 1] = true;
    const double limit = tolerance * tolerance;
    std::vector<std::pair<qsizetype, qsizetype>> spans{{0, count - 1}};
    while (!spans.empty()) {
        const auto [first, last] = spans.back();
        spans.pop_back();
        const QPointF a = ring[first], b = ring[last];
        const QPointF ab = b - a;
        const double length2 = ab.x() * ab.x() + ab.y() * ab.y();
        double farthest = -1;
        qsizetype at = -1;
        for (qsizetype i = first + 1; i < last; ++i) {
            const QPointF ap = ring[i] - a;
            double distance2;
            if (length2 == 0) {
                distance2 = ap.x() * ap.x() + ap.y() * ap.y();
            } else {
                const double cross = ab.x() * ap.y() - ab.y() * ap.x();
                distance2 = cross * cross / length2;
            }
            if (distance2 > farthest) {
                farthest = distance2;
                at = i;
            }
        }
        if (at > 0 && farthest > limit) {
            keep[at] = true;
            spans.push_back({first, at});
            spans.push_back({at, last});
        }
    }
    QPolygonF result;
    result.reserve(count / 2 + 2);
    for (qsizetype i = 0; i < count; ++i)
        if (keep[i])
            result.append(ring[i]);
    return result;
}

} // namespace

QRectF DevicePathCache::scaled(const QRectF& mapRect) const
{
    return QRectF(QPointF(mapRect.left() * m_scale, -mapRect.bottom() * m_scale),
                  QPointF(mapRect.right() * m_scale, -mapRect.top() * m_scale));
}

void DevicePathCache::prepare(const geo::ProjectedLayer* layer, double pixelsPerMapUnit,
                              const QRectF& visibleMapExtent, const Detail& detail)
{
    const bool sameZoom = layer == m_layer && pixelsPerMapUnit == m_scale && detail == m_detail;
    if (sameZoom && m_window.contains(scaled(visibleMapExtent)))
        return;
    m_layer = layer;
    m_scale = pixelsPerMapUnit;
    m_detail = detail;
    const QRectF view = scaled(visibleMapExtent);
    const double margin = detail.windowMargin;
    m_window = view.adjusted(-view.width() * margin, -view.height() * margin, view.width() * margin,
                             view.height() * margin);
    m_paths.clear();
}

const QPainterPath& DevicePathCache::pathFor(const geo::ProjectedFeature& feature)
{
    return entryFor(feature).path;
}

const QPolygonF& DevicePathCache::largestRingFor(const geo::ProjectedFeature& feature)
{
    return entryFor(feature).largestRing;
}

const DevicePathCache::Entry& DevicePathCache::entryFor(const geo::ProjectedFeature& feature)
{
    auto found = m_paths.constFind(&feature);
    if (found == m_paths.constEnd()) {
        build({&feature}, 1);
        found = m_paths.constFind(&feature);
    }
    return *found;
}

bool DevicePathCache::reachesWindow(const geo::ProjectedFeature& feature, qsizetype ring) const
{
    // Cutting would leave nothing of a ring whose box lies outside the window.
    return ring >= feature.ringBounds.size() ||
           scaled(feature.ringBounds[ring]).intersects(m_window);
}

QPolygonF DevicePathCache::reduced(const QPolygonF& ring) const
{
    // Cut before straightening: what lies outside the window need not be straightened.
    return straightenedRing(
        geo::clipRing(reducedRing(ring, m_scale, m_detail.mergeDistance), m_window),
        m_detail.straightenTolerance);
}

DevicePathCache::Entry DevicePathCache::assembled(QList<QPolygonF> rings)
{
    Entry entry;
    entry.path.setFillRule(Qt::OddEvenFill);
    double largestArea = 0;
    for (QPolygonF& ring : rings) {
        // A ring smaller than a pixel is not worth a polygon of its own.
        if (ring.size() < 3)
            continue;
        entry.path.addPolygon(ring);
        entry.path.closeSubpath();
        const QRectF box = ring.boundingRect();
        if (box.width() * box.height() > largestArea) {
            largestArea = box.width() * box.height();
            entry.largestRing = std::move(ring);
        }
    }
    return entry;
}

void DevicePathCache::build(const QList<const geo::ProjectedFeature*>& features, int maxThreads)
{
    QList<const geo::ProjectedFeature*> missing;
    for (const geo::ProjectedFeature* feature : features)
        if (!m_paths.contains(feature) && !missing.contains(feature))
            missing.append(feature);
    if (missing.isEmpty())
        return;
    // Rings are reduced and cut independently, so threads take them one at a time from a
    // shared counter: Russia's many rings spread over all of them. Every slot is made before
    // the threads start, so they only write their own.
    QList<QList<QPolygonF>> rings(missing.size());
    struct Job
    {
        const QPolygonF* ring;
        QPolygonF* result;
    };
    std::vector<Job> jobs;
    for (qsizetype i = 0; i < missing.size(); ++i) {
        const QList<QPolygonF>& source = missing[i]->rings;
        rings[i].resize(source.size());
        QPolygonF* results = rings[i].data();
        for (qsizetype ring = 0; ring < source.size(); ++ring)
            if (reachesWindow(*missing[i], ring))
                jobs.push_back({&source[ring], results + ring});
    }
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < jobs.size(); i = next++)
            *jobs[i].result = reduced(*jobs[i].ring);
    };
    QList<QFuture<void>> helpers;
    for (std::size_t i = 1; i < std::min<std::size_t>(maxThreads, jobs.size()); ++i)
        helpers.append(QtConcurrent::run(work));
    work();
    for (QFuture<void>& helper : helpers)
        helper.waitForFinished();
    for (qsizetype i = 0; i < missing.size(); ++i)
        m_paths.insert(missing[i], assembled(std::move(rings[i])));
}

} // namespace flank::render
