#include "flank_extent.h"

#include <algorithm>

namespace flank::geo {

QRectF projectedBox(const Projector& projector, const QRectF& lonLatBox)
{
    constexpr int kSteps = 32;
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    bool any = false;
    const auto add = [&](double lon, double lat) {
        const auto xy = projector.forward(QPointF(lon, lat));
        if (!xy)
            return;
        minX = any ? std::min(minX, xy->x()) : xy->x();
        maxX = any ? std::max(maxX, xy->x()) : xy->x();
        minY = any ? std::min(minY, xy->y()) : xy->y();
        maxY = any ? std::max(maxY, xy->y()) : xy->y();
        any = true;
    };
    for (int i = 0; i <= kSteps; ++i) {
        const double t = double(i) / kSteps;
        const double lon = lonLatBox.left() + t * lonLatBox.width();
        const double lat = lonLatBox.top() + t * lonLatBox.height();
        add(lon, lonLatBox.top());
        add(lon, lonLatBox.bottom());
        add(lonLatBox.left(), lat);
        add(lonLatBox.right(), lat);
    }
    return any ? QRectF(QPointF(minX, minY), QPointF(maxX, maxY)) : QRectF();
}

QRectF flankExtent(const Projector& projector)
{
    return projectedBox(projector,
                        QRectF(QPointF(kFlankWest, kFlankSouth), QPointF(kFlankEast, kFlankNorth)));
}

} // namespace flank::geo
