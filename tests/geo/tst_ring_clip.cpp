#include "geo/ring_clip.h"

#include <QtTest>

#include <cmath>

using namespace flank;

namespace {

double area(const QPolygonF& ring)
{
    double sum = 0;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        sum += (ring[j].x() + ring[i].x()) * (ring[j].y() - ring[i].y());
    return std::abs(sum) / 2;
}

// A square with a notch, its corners every unit along the sides, so cut sides have points.
QPolygonF notchedSquare()
{
    QPolygonF ring;
    for (int x = 0; x < 10; ++x)
        ring << QPointF(x, 0);
    for (int y = 0; y < 10; ++y)
        ring << QPointF(10, y);
    ring << QPointF(10, 10) << QPointF(6, 10) << QPointF(5, 6) << QPointF(4, 10) << QPointF(0, 10);
    return ring;
}

} // namespace

class RingClipTest : public QObject
{
    Q_OBJECT

private slots:
    void ringInsideIsKeptAsItIs()
    {
        const QPolygonF ring = notchedSquare();
        QCOMPARE(geo::clipRing(ring, QRectF(-1, -1, 12, 12)), ring);
    }

    void ringOutsideIsDropped()
    {
        QVERIFY(geo::clipRing(notchedSquare(), QRectF(20, 20, 5, 5)).isEmpty());
    }

    // Cut by one side, by two (a corner) and by all four: what is left lies in the box and
    // covers the part of the ring inside it (the notch is 4 units² below y = 10, 2 of them
    // left of x = 5).
    void cutsKeepThePartInside_data()
    {
        QTest::addColumn<QRectF>("box");
        QTest::addColumn<double>("area");
        QTest::newRow("right side") << QRectF(-5, -5, 10, 20) << 50.0 - 2.0;
        QTest::newRow("corner") << QRectF(5, 5, 20, 20) << 25.0 - 2.0;
        QTest::newRow("all sides") << QRectF(2, 2, 6, 6) << 36.0 - 1.0;
    }

    void cutsKeepThePartInside()
    {
        QFETCH(QRectF, box);
        QFETCH(double, area);
        const QPolygonF cut = geo::clipRing(notchedSquare(), box);
        QVERIFY(!cut.isEmpty());
        for (const QPointF& point : cut)
            QVERIFY2(box.adjusted(-1e-9, -1e-9, 1e-9, 1e-9).contains(point),
                     qPrintable(QStringLiteral("%1,%2").arg(point.x()).arg(point.y())));
        QCOMPARE(::area(cut), area);
    }

    // A zigzag leaving and entering a box: each part starts as far along the line as the
    // whole line had run by then, so a dashed pen keeps its phase part by part.
    void measuredPartsKnowWhereTheyStart()
    {
        const QPolygonF line{QPointF(0, 0), QPointF(10, 0), QPointF(10, 10), QPointF(0, 10)};
        const QRectF box(QPointF(-1, -1), QPointF(5, 11)); // the left half, both ends inside
        const QList<geo::MeasuredPart> parts = geo::clipPolylineMeasured(line, box);
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0].startLength, 0.0);
        QCOMPARE(parts[0].line, (QPolygonF{QPointF(0, 0), QPointF(5, 0)}));
        QCOMPARE(parts[1].startLength, 25.0); // 10 along, 10 down, 5 back
        QCOMPARE(parts[1].line, (QPolygonF{QPointF(5, 10), QPointF(0, 10)}));
        // The unmeasured clip gives the same lines.
        const QList<QPolygonF> plain = geo::clipPolyline(line, box);
        QCOMPARE(plain.size(), 2);
        QCOMPARE(plain[1], parts[1].line);
        // A line wholly inside is one part from its start.
        const QList<geo::MeasuredPart> whole =
            geo::clipPolylineMeasured(line, QRectF(-1, -1, 20, 20));
        QCOMPARE(whole.size(), 1);
        QCOMPARE(whole[0].line, line);
        QCOMPARE(whole[0].startLength, 0.0);
    }

    // Runs of whole segments: the segments that reach into the box, uncut, each run with the
    // length of the line before it.
    void segmentRunsKeepWholeSegments()
    {
        const QPolygonF line{QPointF(0, 0), QPointF(10, 0), QPointF(10, 10), QPointF(0, 10),
                             QPointF(0, 20)};
        const QRectF box(QPointF(-1, -1), QPointF(5, 5)); // near the start and nowhere else
        const QList<geo::MeasuredPart> runs = geo::segmentRunsInto(line, box);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs[0].line, (QPolygonF{QPointF(0, 0), QPointF(10, 0)}));
        QCOMPARE(runs[0].startLength, 0.0);
        // The left side: the first segment, then the last two after a segment away from it.
        const QList<geo::MeasuredPart> left =
            geo::segmentRunsInto(line, QRectF(QPointF(-1, -1), QPointF(3, 21)));
        QCOMPARE(left.size(), 2);
        QCOMPARE(left[1].line, (QPolygonF{QPointF(10, 10), QPointF(0, 10), QPointF(0, 20)}));
        QCOMPARE(left[1].startLength, 20.0);
        QVERIFY(geo::segmentRunsInto(line, QRectF(50, 50, 5, 5)).isEmpty());
    }

    // A level or upright line has bounds with no area; a box it crosses still gets its
    // segments, and one beside it none.
    void segmentRunsOfStraightLines()
    {
        const QPolygonF level{QPointF(0, 5), QPointF(10, 5), QPointF(20, 5)};
        const QList<geo::MeasuredPart> crossed =
            geo::segmentRunsInto(level, QRectF(QPointF(12, 0), QPointF(14, 10)));
        QCOMPARE(crossed.size(), 1);
        QCOMPARE(crossed[0].line, (QPolygonF{QPointF(10, 5), QPointF(20, 5)}));
        QCOMPARE(crossed[0].startLength, 10.0);
        const QPolygonF upright{QPointF(3, 0), QPointF(3, 30)};
        QCOMPARE(geo::segmentRunsInto(upright, QRectF(QPointF(0, 10), QPointF(6, 12))).size(), 1);
        QVERIFY(geo::segmentRunsInto(upright, QRectF(QPointF(4, 10), QPointF(6, 12))).isEmpty());
    }
};

QTEST_APPLESS_MAIN(RingClipTest)
#include "tst_ring_clip.moc"
