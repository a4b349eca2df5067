#include "line_straightening.h"

#include <utility>
#include <vector>

namespace flank::render {

namespace {

// The point of `points` between `first` and `last` (exclusive) farthest from the line through
// them, and its squared distance; -1 when there is none. Distances go to `distances` first, a
// loop the compiler runs two points at a time, then the first of the largest is picked.
std::pair<qsizetype, double> farthestFrom(const QPointF* points, qsizetype first, qsizetype last,
                                          std::vector<double>& distances)
{
    const qsizetype count = last - first - 1;
    if (count <= 0)
        return {-1, -1};
    distances.resize(std::size_t(count));
    double* distance = distances.data();
    const QPointF* inner = points + first + 1;
    const double ax = points[first].x(), ay = points[first].y();
    const double abx = points[last].x() - ax, aby = points[last].y() - ay;
    const double length2 = abx * abx + aby * aby;
    if (length2 == 0) {
        for (qsizetype i = 0; i < count; ++i) {
            const double apx = inner[i].x() - ax, apy = inner[i].y() - ay;
            distance[i] = apx * apx + apy * apy;
        }
    } else {
        for (qsizetype i = 0; i < count; ++i) {
            const double cross = abx * (inner[i].y() - ay) - aby * (inner[i].x() - ax);
            distance[i] = cross * cross / length2;
        }
    }
    double farthest = -1;
    qsizetype at = -1;
    for (qsizetype i = 0; i < count; ++i)
        if (distance[i] > farthest) {
            farthest = distance[i];
            at = i;
        }
    return {first + 1 + at, farthest};
}

} // namespace

// Douglas-Peucker on a ring already thinned by distance: drops points that lie within
// `tolerance` pixels of the line between the points kept around them. Mostly smooth runs of
// short steps go, which cost the line drawer as much each as a long one.
QPolygonF straightenedRing(const QPolygonF& ring, double tolerance)
{
    const qsizetype count = ring.size();
    if (count < 5 || tolerance <= 0)
        return ring;
    std::vector<unsigned char> keep(count, 0);
    keep[0] = keep[count - 1] = 1;
    qsizetype kept = 2;
    const double limit = tolerance * tolerance;
    const QPointF* points = ring.constData();
    std::vector<double> distances;
    std::vector<std::pair<qsizetype, qsizetype>> spans{{0, count - 1}};
    while (!spans.empty()) {
        const auto [first, last] = spans.back();
        spans.pop_back();
        const auto [at, farthest] = farthestFrom(points, first, last, distances);
        if (at > 0 && farthest > limit) {
            keep[at] = 1;
            ++kept;
            spans.push_back({first, at});
            spans.push_back({at, last});
        }
    }
    QPolygonF result(kept);
    QPointF* out = result.data();
    for (qsizetype i = 0; i < count; ++i)
        if (keep[i])
            *out++ = points[i];
    return result;
}

} // namespace flank::render
