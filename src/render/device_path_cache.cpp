#include "device_path_cache.h"

#include "line_straightening.h"

#include "geo/ring_clip.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <cmath>
#include <utility>
#include <vector>

namespace flank::render {

namespace {

QPolygonF reducedRing(const QPolygonF& ring, double scale, double mergeDistance)
{
    const double kMergeSquared = mergeDistance * mergeDistance;
    QPolygonF reduced(ring.size()); // at most every point; cut to what is kept below
    QPointF* out = reduced.data();
    const QPointF* source = ring.constData();
    QPointF last(source[0].x() * scale, -source[0].y() * scale);
    *out++ = last;
    for (qsizetype i = 1; i < ring.size(); ++i) {
        const QPointF point(source[i].x() * scale, -source[i].y() * scale);
        const QPointF delta = point - last;
        if (delta.x() * delta.x() + delta.y() * delta.y() >= kMergeSquared) {
            *out++ = point;
            last = point;
        }
    }
    reduced.resize(out - reduced.constData());
    return reduced;
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
    // A bucket spans a quarter of a doubling. The second zoom within one (a pinch, a smooth
    // zoom) keeps each ring's candidates for the zooms after it; a picture drawn once keeps none.
    const double bucket = std::exp2(std::ceil(std::log2(pixelsPerMapUnit) * 4) / 4);
    const bool sameBucket = layer == m_layer && detail == m_detail && bucket == m_zoomBucket;
    m_zoomBucket = bucket;
    if (!sameBucket || bucket != m_candidateBucket) {
        m_candidates.clear();
        m_candidateBucket = sameBucket ? bucket : 0.0;
    }
    m_layer = layer;
    m_scale = pixelsPerMapUnit;
    m_detail = detail;
    const QRectF view = scaled(visibleMapExtent);
    const double margin = detail.windowMargin;
    m_window = view.adjusted(-view.width() * margin, -view.height() * margin, view.width() * margin,
                             view.height() * margin);
    m_paths.clear();
    ++m_generation;
}

const QPainterPath& DevicePathCache::pathFor(const geo::ProjectedFeature& feature)
{
    return entryFor(feature).cached.path;
}

const DevicePathCache::CachedPath&
DevicePathCache::cachedPathFor(const geo::ProjectedFeature& feature)
{
    return entryFor(feature).cached;
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

QPolygonF DevicePathCache::reduced(const QPolygonF& ring, const QList<float>* importance,
                                   Candidates* candidates) const
{
    const double tolerance = m_detail.straightenTolerance;
    if (!importance || importance->size() != ring.size() || tolerance <= 0) {
        // Cut before straightening: what lies outside the window need not be straightened.
        return straightenedRing(
            geo::clipRing(reducedRing(ring, m_scale, m_detail.mergeDistance), m_window), tolerance);
    }
    // The points that outrank this zoom's tolerance are its straightened ring: one pass, then
    // points still closer than the merge distance are merged and the ring is cut.
    const float threshold = float(tolerance / m_scale);
    if (!candidates)
        return geo::clipRing(
            outranking(ring.constData(), importance->constData(), ring.size(), threshold),
            m_window);
    if (candidates->points.isEmpty()) {
        // The points any zoom of this bucket keeps: those above the bucket's lowest threshold.
        const float lowest = float(tolerance / m_candidateBucket);
        const float* rank = importance->constData();
        candidates->points.reserve(ring.size());
        candidates->ranks.reserve(ring.size());
        for (qsizetype i = 0; i < ring.size(); ++i)
            if (i == 0 || rank[i] > lowest) {
                candidates->points.append(ring[i]);
                candidates->ranks.append(rank[i]);
            }
    }
    return geo::clipRing(outranking(candidates->points.constData(), candidates->ranks.constData(),
                                    candidates->points.size(), threshold),
                         m_window);
}

QPolygonF DevicePathCache::outranking(const QPointF* source, const float* rank, qsizetype count,
                                      float threshold) const
{
    const double mergeSquared = m_detail.mergeDistance * m_detail.mergeDistance;
    QPolygonF kept(count);
    QPointF* out = kept.data();
    QPointF last(source[0].x() * m_scale, -source[0].y() * m_scale);
    *out++ = last;
    for (qsizetype i = 1; i < count; ++i) {
        if (!(rank[i] > threshold))
            continue;
        const QPointF point(source[i].x() * m_scale, -source[i].y() * m_scale);
        const QPointF delta = point - last;
        if (delta.x() * delta.x() + delta.y() * delta.y() >= mergeSquared) {
            *out++ = point;
            last = point;
        }
    }
    kept.resize(out - kept.constData());
    return kept;
}

DevicePathCache::Entry DevicePathCache::assembled(QList<QPolygonF> rings) const
{
    Entry entry;
    entry.cached.copies = std::make_shared<std::vector<QPainterPath>>(m_bandCopies);
    QPainterPath& path = entry.cached.path;
    path.setFillRule(Qt::OddEvenFill);
    qsizetype elements = 0;
    for (const QPolygonF& ring : rings)
        elements += ring.size() + 1; // and the closing line
    path.reserve(int(elements));
    double largestArea = 0;
    for (QPolygonF& ring : rings) {
        // A ring smaller than a pixel is not worth a polygon of its own.
        if (ring.size() < 3)
            continue;
        path.addPolygon(ring);
        path.closeSubpath();
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
    m_bandCopies = std::max(m_bandCopies, maxThreads - 1);
    // Rings are reduced and cut independently, so threads take them one at a time from a
    // shared counter: Russia's many rings spread over all of them. The thread that finishes a
    // feature's last ring assembles its path. Every slot is made before the threads start, so
    // they only write their own.
    QList<QList<QPolygonF>> rings(missing.size());
    std::vector<Entry> entries(missing.size());
    std::vector<std::atomic<qsizetype>> ringsLeft(missing.size());
    struct Job
    {
        const QPolygonF* ring;
        const QList<float>* importance; // null when the layer has none
        Candidates* candidates;         // null when none are kept
        QPolygonF* result;
        qsizetype feature;
    };
    std::vector<Job> jobs;
    for (qsizetype i = 0; i < missing.size(); ++i) {
        const QList<QPolygonF>& source = missing[i]->rings;
        rings[i].resize(source.size());
        QPolygonF* results = rings[i].data();
        qsizetype reaching = 0;
        for (qsizetype ring = 0; ring < source.size(); ++ring)
            if (reachesWindow(*missing[i], ring)) {
                const QList<float>* importance =
                    ring < missing[i]->importance.size() ? &missing[i]->importance[ring] : nullptr;
                jobs.push_back({&source[ring], importance, nullptr, results + ring, i});
                ++reaching;
            }
        ringsLeft[std::size_t(i)] = reaching;
        if (reaching == 0)
            entries[std::size_t(i)] = assembled(std::move(rings[i]));
    }
    // Every slot is made before the threads start: they fill their own, never insert.
    if (m_candidateBucket > 0) {
        for (Job& job : jobs)
            if (job.importance)
                m_candidates[job.ring];
        for (Job& job : jobs)
            if (job.importance)
                job.candidates = &m_candidates[job.ring];
    }
    std::atomic<std::size_t> next{0};
    QList<QPolygonF>* featureRings = rings.data();
    const auto work = [&] {
        for (std::size_t i = next++; i < jobs.size(); i = next++) {
            const Job& job = jobs[i];
            *job.result = reduced(*job.ring, job.importance, job.candidates);
            if (--ringsLeft[std::size_t(job.feature)] == 0)
                entries[std::size_t(job.feature)] = assembled(std::move(featureRings[job.feature]));
        }
    };
    QList<QFuture<void>> helpers;
    for (std::size_t i = 1; i < std::min<std::size_t>(maxThreads, jobs.size()); ++i)
        helpers.append(QtConcurrent::run(work));
    work();
    for (QFuture<void>& helper : helpers)
        helper.waitForFinished();
    for (qsizetype i = 0; i < missing.size(); ++i)
        m_paths.insert(missing[i], std::move(entries[std::size_t(i)]));
}

} // namespace flank::render
