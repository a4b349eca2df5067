#include "vertex_importance.h"

#include <cmath>
#include <limits>
#include <vector>

namespace flank::geo {

namespace {

struct Span
{
    qsizetype first;
    qsizetype last;
    float ceiling; // no point inside may outrank the split that made this span
};

} // namespace

QList<float> douglasPeuckerImportance(const QPolygonF& points)
{
    const qsizetype count = points.size();
    constexpr float kAlways = std::numeric_limits<float>::infinity();
    QList<float> importance(count, 0.0f);
    if (count == 0)
        return importance;
    importance.first() = importance.last() = kAlways;
    const QPointF* p = points.constData();
    std::vector<Span> spans{{0, count - 1, kAlways}};
    while (!spans.empty()) {
        const Span span = spans.back();
        spans.pop_back();
        if (span.last - span.first < 2)
            continue;
        const QPointF a = p[span.first];
        const double abx = p[span.last].x() - a.x(), aby = p[span.last].y() - a.y();
        const double length2 = abx * abx + aby * aby;
        double widest = -1; // squared distance of the farthest inner point
        qsizetype at = span.first + 1;
        for (qsizetype i = span.first + 1; i < span.last; ++i) {
            const double apx = p[i].x() - a.x(), apy = p[i].y() - a.y();
            const double cross = abx * apy - aby * apx;
            // A closed ring's first span has equal ends: distance to that point instead.
            const double squared = length2 > 0 ? cross * cross / length2 : apx * apx + apy * apy;
            if (squared > widest) {
                widest = squared;
                at = i;
            }
        }
        const float value = std::min(span.ceiling, float(std::sqrt(widest)));
        importance[at] = value;
        spans.push_back({span.first, at, value});
        spans.push_back({at, span.last, value});
    }
    return importance;
}

} // namespace flank::geo
