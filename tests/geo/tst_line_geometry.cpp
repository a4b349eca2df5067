#include "geo/polyline_merge.h"
#include "geo/ring_clip.h"

#include <QtTest>

using namespace flank;

// The two line operations under the border lines: joining the pieces GEOS cuts a border into,
// and cutting a line where a projection tears.
class LineGeometryTest : public QObject
{
    Q_OBJECT

private slots:
    void piecesThatMeetAreJoined()
    {
        // Three pieces of one line, out of order and one reversed.
        const QPolygonF a{{0, 0}, {1, 0}};
        const QPolygonF b{{3, 0}, {2, 0}, {1, 0}};
        const QPolygonF c{{3, 0}, {4, 1}};
        const QList<QPolygonF> merged = geo::mergePolylines({c, a, b}, 0.0);
        QCOMPARE(merged.size(), 1);
        const QPolygonF& line = merged.constFirst();
        QCOMPARE(line.size(), 5); // the shared ends once each
        const bool forward = line.first() == QPointF(0, 0) && line.last() == QPointF(4, 1);
        const bool backward = line.first() == QPointF(4, 1) && line.last() == QPointF(0, 0);
        QVERIFY(forward || backward);
    }

    void gapsWiderThanAllowedStay()
    {
        const QPolygonF a{{0, 0}, {1, 0}};
        const QPolygonF b{{1.5, 0}, {2, 0}};
        QCOMPARE(geo::mergePolylines({a, b}, 0.1).size(), 2);
        const QList<QPolygonF> bridged = geo::mergePolylines({a, b}, 0.6);
        QCOMPARE(bridged.size(), 1);
        QCOMPARE(bridged.constFirst().size(), 4);
        // A single point is no line.
        QCOMPARE(geo::mergePolylines({a, QPolygonF{{5, 5}}}, 0.0).size(), 1);
    }

    void nearestEndsJoinFirst()
    {
        // b's start and c's are both within reach of a's end; b's is nearer, so b joins it.
        const QPolygonF a{{0, 0}, {1, 0}};
        const QPolygonF b{{1.01, 0}, {2, 0}};
        const QPolygonF c{{1.03, 0}, {1.03, 1}};
        const QList<QPolygonF> merged = geo::mergePolylines({a, c, b}, 0.05);
        QCOMPARE(merged.size(), 2);
        QCOMPARE(merged.constFirst(), (QPolygonF{{0, 0}, {1, 0}, {1.01, 0}, {2, 0}}));
    }

    void lineIsCutAtTheBoxEdges()
    {
        const QRectF box(QPointF(0, 0), QPointF(10, 10));
        // In, out across the right edge, back in, and along.
        const QPolygonF line{{2, 5}, {8, 5}, {12, 5}, {12, 8}, {8, 8}, {4, 8}};
        const QList<QPolygonF> parts = geo::clipPolyline(line, box);
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0), (QPolygonF{{2, 5}, {8, 5}, {10, 5}}));
        QCOMPARE(parts.at(1), (QPolygonF{{10, 8}, {8, 8}, {4, 8}}));
        // Wholly inside: the same line; wholly outside: nothing.
        QCOMPARE(geo::clipPolyline(QPolygonF{{1, 1}, {2, 2}}, box).constFirst(),
                 (QPolygonF{{1, 1}, {2, 2}}));
        QVERIFY(geo::clipPolyline(QPolygonF{{11, 1}, {12, 2}}, box).isEmpty());
        // A segment crossing the box through two edges keeps its middle.
        QCOMPARE(geo::clipPolyline(QPolygonF{{-5, 5}, {15, 5}}, box).constFirst(),
                 (QPolygonF{{0, 5}, {10, 5}}));
    }
};

QTEST_GUILESS_MAIN(LineGeometryTest)
#include "tst_line_geometry.moc"
