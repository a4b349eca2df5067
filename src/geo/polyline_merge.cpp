#include "polyline_merge.h"

#include <QLineF>

#include <limits>

namespace flank::geo {

namespace {

QPolygonF reversed(const QPolygonF& line)
{
    return QPolygonF(QList<QPointF>(line.crbegin(), line.crend()));
}

// `first` then `second`, without repeating a shared end point.
QPolygonF joined(QPolygonF first, const QPolygonF& second)
{
    const bool shared = !first.isEmpty() && !second.isEmpty() && first.last() == second.first();
    first.append(second.mid(shared ? 1 : 0));
    return first;
}

struct Join
{
    qsizetype a = -1;
    qsizetype b = -1;
    bool reverseA = false; // so that a's end meets b's start
    bool reverseB = false;
    double distance = std::numeric_limits<double>::max();
};

Join nearestJoin(const QList<QPolygonF>& lines, double gap)
{
    Join best;
    for (qsizetype a = 0; a < lines.size(); ++a) {
        for (qsizetype b = a + 1; b < lines.size(); ++b) {
            const QPointF ends[2][2] = {{lines[a].first(), lines[a].last()},
                                        {lines[b].first(), lines[b].last()}};
            for (int endA = 0; endA < 2; ++endA)
                for (int endB = 0; endB < 2; ++endB) {
                    const double distance = QLineF(ends[0][endA], ends[1][endB]).length();
                    if (distance <= gap && distance < best.distance)
                        best = Join{a, b, endA == 0, endB == 1, distance};
                }
        }
    }
    return best;
}

} // namespace

QList<QPolygonF> mergePolylines(QList<QPolygonF> lines, double gap)
{
    lines.removeIf([](const QPolygonF& line) { return line.size() < 2; });
    // Quadratic in the number of lines, which is a few dozen pieces of one border.
    for (Join join = nearestJoin(lines, gap); join.a >= 0; join = nearestJoin(lines, gap)) {
        const QPolygonF a = join.reverseA ? reversed(lines[join.a]) : lines[join.a];
        const QPolygonF b = join.reverseB ? reversed(lines[join.b]) : lines[join.b];
        lines[join.a] = joined(a, b);
        lines.removeAt(join.b);
    }
    return lines;
}

} // namespace flank::geo
