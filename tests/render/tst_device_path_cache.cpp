#include "render/device_path_cache.h"

#include "geo/vertex_importance.h"

#include <QtTest>

#include <cmath>

using namespace flank;

namespace {

// Map units are pixels here (scale 1); y is flipped by the cache, so rings are given with y up.
geo::ProjectedFeature featureWith(const QList<QPolygonF>& rings)
{
    geo::ProjectedFeature feature;
    feature.rings = rings;
    for (const QPolygonF& ring : rings) {
        feature.bounds = feature.bounds.united(ring.boundingRect());
        feature.ringBounds << ring.boundingRect();
    }
    return feature;
}

// A wavy ring: `points` points round a circle whose radius wobbles by `wobble` pixels.
QPolygonF wavyRing(QPointF centre, double radius, double wobble, int points, int seed)
{
    QPolygonF ring;
    for (int i = 0; i < points; ++i) {
        const double angle = 2 * M_PI * i / points;
        const double r = radius + wobble * std::sin(angle * (7 + seed % 5) + seed);
        ring << centre + QPointF(r * std::cos(angle), r * std::sin(angle));
    }
    ring << ring.first();
    return ring;
}

QList<QPointF> pointsOf(const QPainterPath& path)
{
    QList<QPointF> points;
    for (int i = 0; i < path.elementCount(); ++i)
        points << QPointF(path.elementAt(i));
    return points;
}

render::DevicePathCache preparedCache(const QRectF& view)
{
    render::DevicePathCache cache;
    cache.prepare(nullptr, 1.0, view, render::DevicePathCache::Detail{});
    return cache;
}

} // namespace

class DevicePathCacheTest : public QObject
{
    Q_OBJECT

private slots:
    // A side sampled every 2 px keeps only its ends; corners stay where they were.
    void straightRunsCollapseAndCornersStay()
    {
        QPolygonF square;
        for (int x = 0; x <= 400; x += 2)
            square << QPointF(x, 0);
        square << QPointF(400, 300) << QPointF(0, 300) << QPointF(0, 0);
        const geo::ProjectedFeature feature = featureWith({square});
        render::DevicePathCache cache = preparedCache(QRectF(-50, -50, 500, 400));
        const QPainterPath& path = cache.pathFor(feature);
        QVERIFY2(path.elementCount() <= 6, qPrintable(QString::number(path.elementCount())));
        QCOMPARE(path.boundingRect(), QRectF(0, -300, 400, 300)); // y flipped
        const QList<QPointF> points = pointsOf(path);
        QVERIFY(points.contains(QPointF(400, 0)));
        QVERIFY(points.contains(QPointF(400, -300)));
        QVERIFY(points.contains(QPointF(0, -300)));
    }

    // Detail larger than the tolerance survives: a zigzag of 2 px keeps every turn.
    void visibleDetailIsKept()
    {
        QPolygonF zigzag;
        for (int i = 0; i <= 100; ++i)
            zigzag << QPointF(i * 4, i % 2 ? 2 : 0);
        zigzag << QPointF(400, 100) << QPointF(0, 100) << QPointF(0, 0);
        const geo::ProjectedFeature feature = featureWith({zigzag});
        render::DevicePathCache cache = preparedCache(QRectF(-50, -50, 500, 300));
        QVERIFY(cache.pathFor(feature).elementCount() >= 101);
    }

    // A ring far outside the window is passed over, with the same path as cutting it away.
    void ringsFarFromTheViewAreLeftOut()
    {
        const QPolygonF near = wavyRing(QPointF(200, 200), 80, 3, 300, 1);
        const QPolygonF far = wavyRing(QPointF(90000, 200), 80, 3, 300, 2);
        const geo::ProjectedFeature withBoxes = featureWith({near, far});
        geo::ProjectedFeature withoutBoxes = withBoxes;
        withoutBoxes.ringBounds.clear();
        const QRectF view(0, 0, 400, 400);
        render::DevicePathCache skipping = preparedCache(view);
        render::DevicePathCache cutting = preparedCache(view);
        const QPainterPath& skipped = skipping.pathFor(withBoxes);
        QCOMPARE(pointsOf(skipped), pointsOf(cutting.pathFor(withoutBoxes)));
        QVERIFY(skipped.boundingRect().right() < 400);
        QVERIFY(!skipped.isEmpty());
    }

    // Paths built by several threads are the ones built one at a time.
    void buildingOnThreadsMatchesOneAtATime()
    {
        QList<geo::ProjectedFeature> features;
        for (int i = 0; i < 40; ++i) {
            const QPointF centre((i % 8) * 120, (i / 8) * 120);
            QList<QPolygonF> rings{wavyRing(centre, 50, 4, 400 + i * 37, i)};
            for (int island = 0; island < i % 6; ++island)
                rings << wavyRing(centre + QPointF(island * 9 - 20, 30), 3, 0.5, 40, island);
            features << featureWith(rings);
        }
        QList<const geo::ProjectedFeature*> all;
        for (const geo::ProjectedFeature& feature : features)
            all << &feature;
        const QRectF view(0, 0, 900, 500);
        render::DevicePathCache shared = preparedCache(view);
        shared.build(all, 4);
        QCOMPARE(shared.cachedCount(), features.size());
        render::DevicePathCache alone = preparedCache(view);
        for (const geo::ProjectedFeature& feature : features) {
            QCOMPARE(pointsOf(shared.pathFor(feature)), pointsOf(alone.pathFor(feature)));
            QCOMPARE(shared.largestRingFor(feature), alone.largestRingFor(feature));
        }
    }

    // A run of zooms close together (a pinch) reuses each ring's candidate points after the
    // second: every frame's paths are still exactly those a fresh cache builds at that zoom.
    void nearbyZoomsMatchFreshPaths()
    {
        QList<geo::ProjectedFeature> features;
        for (int i = 0; i < 6; ++i) {
            geo::ProjectedFeature feature =
                featureWith({wavyRing(QPointF(150 * i, 100), 60, 5, 2000, i)});
            feature.importance << geo::douglasPeuckerImportance(feature.rings.first());
            features << feature;
        }
        const QRectF view(-100, -100, 1000, 400);
        render::DevicePathCache zooming;
        qsizetype framesFromCandidates = 0;
        for (const double scale : {1.0, 1.01, 1.02, 1.03, 0.93, 0.931, 0.935, 1.5, 1.0}) {
            zooming.prepare(nullptr, scale, view, {});
            render::DevicePathCache fresh;
            fresh.prepare(nullptr, scale, view, {});
            for (const geo::ProjectedFeature& feature : features)
                QCOMPARE(pointsOf(zooming.pathFor(feature)), pointsOf(fresh.pathFor(feature)));
            QCOMPARE(fresh.candidateRingCount(), 0); // a first picture keeps none
            framesFromCandidates += zooming.candidateRingCount() > 0;
        }
        QCOMPARE(framesFromCandidates, 4); // 1.01 to 1.03 and 0.931 to 0.935, after the first
    }
};

QTEST_MAIN(DevicePathCacheTest)
#include "tst_device_path_cache.moc"
